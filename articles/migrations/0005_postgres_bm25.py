"""BM25 ranking on PostgreSQL, so both databases rank as well as FTS5's bm25() (measured in tests/test_relevance.py).

ts_rank and ts_rank_cd know nothing of how rare a word is; they lost to a
bare bm25() on the known-item test. This adds what BM25 needs and nothing
else: a one-row table of collection statistics kept by triggers, a function
for the inverse document frequency of a query's lexemes (counted with the GIN
index), and the BM25 sum for one article's tsvector, the title weighted ten
to one as on SQLite. Nothing here runs on SQLite.
"""

from django.db import migrations

FORWARD = [
    """
    CREATE TABLE articles_search_stats (
        id integer PRIMARY KEY CHECK (id = 1),
        documents bigint NOT NULL,
        lexemes bigint NOT NULL
    )
    """,
    """
    INSERT INTO articles_search_stats (id, documents, lexemes)
    SELECT 1, count(*), coalesce(sum(length(search_vector)), 0) FROM articles_article
    """,
    """
    CREATE FUNCTION articles_search_stats_track() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            UPDATE articles_search_stats SET documents = documents + 1, lexemes = lexemes + length(NEW.search_vector) WHERE id = 1;
        ELSIF TG_OP = 'DELETE' THEN
            UPDATE articles_search_stats SET documents = documents - 1, lexemes = lexemes - length(OLD.search_vector) WHERE id = 1;
        ELSIF length(NEW.search_vector) <> length(OLD.search_vector) THEN
            UPDATE articles_search_stats SET lexemes = lexemes + length(NEW.search_vector) - length(OLD.search_vector) WHERE id = 1;
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER articles_search_stats_track AFTER INSERT OR DELETE OR UPDATE OF title, body
    ON articles_article FOR EACH ROW EXECUTE FUNCTION articles_search_stats_track()
    """,
    """
    CREATE FUNCTION articles_idf(query_lexemes text[]) RETURNS float8[] LANGUAGE sql STABLE AS $$
        SELECT coalesce(array_agg(greatest(ln((s.documents - d.df + 0.5) / (d.df + 0.5)), 1e-6) ORDER BY d.ord), '{}')
        FROM articles_search_stats s,
             LATERAL (
                 SELECT l.ord, (SELECT count(*) FROM articles_article
                                WHERE search_vector @@ to_tsquery('simple', quote_literal(l.lexeme))) AS df
                 FROM unnest(query_lexemes) WITH ORDINALITY AS l(lexeme, ord)
             ) d
    $$
    """,
    """
    CREATE FUNCTION articles_bm25(v tsvector, query_lexemes text[], idfs float8[], avg_length float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(sum(q.idf * t.tf * 2.2 / (t.tf + 1.2 * (0.25 + 0.75 * length(v) / greatest(avg_length, 1)))), 0)
        FROM unnest(query_lexemes, idfs) AS q(lexeme, idf)
        JOIN LATERAL (
            SELECT (SELECT sum(CASE w WHEN 'A' THEN 10 ELSE 1 END) FROM unnest(u.weights) AS w) AS tf
            FROM unnest(v) AS u WHERE u.lexeme = q.lexeme
        ) t ON true
    $$
    """,
]
BACKWARD = [
    "DROP FUNCTION IF EXISTS articles_bm25(tsvector, text[], float8[], float8)",
    "DROP FUNCTION IF EXISTS articles_idf(text[])",
    "DROP TRIGGER IF EXISTS articles_search_stats_track ON articles_article",
    "DROP FUNCTION IF EXISTS articles_search_stats_track()",
    "DROP TABLE IF EXISTS articles_search_stats",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_importrun_process")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
