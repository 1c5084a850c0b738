"""PostgreSQL: document frequencies for BM25 from ANALYZE's statistics when the word is common.

articles_idf() counted the documents holding each query word with a GIN
bitmap scan on every ranked search: for a word in 90% of 100,000 articles
that count alone took 100-800 ms. ANALYZE already keeps the frequency of the
most common lexemes of search_vector (pg_stats.most_common_elems, about
1,000 of them); a common word's document frequency is read from there
(within a fraction of a percent, and the IDF of a common word is small
anyway), and only words outside that list — rare ones, cheap to count — are
counted exactly. Before the first ANALYZE every word is counted, as before.
The function runs with sequential scans allowed: searches turn them off
(articles/results.py), and the catalogue views behind pg_stats then take
over a second.
"""

from django.db import migrations

FROM_STATISTICS = """
CREATE OR REPLACE FUNCTION articles_idf(query_lexemes text[]) RETURNS float8[] LANGUAGE sql STABLE
-- Searches turn sequential scans off for their own statements; reading pg_stats needs them.
SET enable_seqscan = on AS $$
    WITH common AS (
        SELECT f.lexeme, f.freq
        FROM pg_stats ps,
             unnest(ps.most_common_elems::text::text[], ps.most_common_elem_freqs) AS f(lexeme, freq)
        WHERE ps.schemaname = current_schema() AND ps.tablename = 'articles_article'
          AND ps.attname = 'search_vector' AND f.lexeme = ANY(query_lexemes)
    )
    SELECT coalesce(array_agg(greatest(ln((s.documents - d.df + 0.5) / (d.df + 0.5)), 1e-6) ORDER BY d.ord), '{}')
    FROM articles_search_stats s,
         LATERAL (
             SELECT l.ord, coalesce(
                 (SELECT c.freq * s.documents FROM common c WHERE c.lexeme = l.lexeme LIMIT 1),
                 (SELECT count(*) FROM articles_article WHERE search_vector @@ to_tsquery('simple', quote_literal(l.lexeme)))
             ) AS df
             FROM unnest(query_lexemes) WITH ORDINALITY AS l(lexeme, ord)
         ) d
$$
"""

COUNTING = """
CREATE OR REPLACE FUNCTION articles_idf(query_lexemes text[]) RETURNS float8[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(greatest(ln((s.documents - d.df + 0.5) / (d.df + 0.5)), 1e-6) ORDER BY d.ord), '{}')
    FROM articles_search_stats s,
         LATERAL (
             SELECT l.ord, (SELECT count(*) FROM articles_article
                            WHERE search_vector @@ to_tsquery('simple', quote_literal(l.lexeme))) AS df
             FROM unnest(query_lexemes) WITH ORDINALITY AS l(lexeme, ord)
         ) d
$$
"""


def _run(statement):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_faster_bm25")]
    operations = [migrations.RunPython(_run(FROM_STATISTICS), _run(COUNTING))]
