"""A covering index of each article's date, and BM25 in PL/pgSQL over pre-parsed term queries.

- `article_id_published` (id, published_on): a search reads the date of every
  match for its months and its newest matches. On SQLite, looking each match
  up in the table reads its whole row (the body is stored inline): 400 ms for
  89,000 matches at 100,000 articles against 100 ms through this index.
- `articles_bm25_terms()`: the BM25 of migration 0008, with each term's
  tsquery parsed once per search instead of once per row and term, and
  written in PL/pgSQL, which keeps its plan, instead of a SQL function with a
  FROM clause, which PostgreSQL cannot inline and sets up afresh for every
  row. The same scores, 2-4x faster over 2,000 candidates.
"""

from django.db import migrations, models

BM25_TERMS = """
CREATE OR REPLACE FUNCTION articles_bm25_terms(v tsvector, terms tsquery[], idfs float8[], avg_length float8)
RETURNS float8 LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    total float8 := 0;
    tf float8;
    norm float8 := 1.2 * (0.25 + 0.75 * length(v) / greatest(avg_length, 1));
BEGIN
    FOR i IN 1 .. coalesce(array_length(terms, 1), 0) LOOP
        -- As in 0008: ten times ts_rank_cd with these weights is the weighted term frequency.
        tf := 10 * ts_rank_cd('{0.1, 0.1, 0.1, 1}', v, terms[i], 0);
        IF tf > 0 THEN
            total := total + idfs[i] * tf * 2.2 / (tf + norm);
        END IF;
    END LOOP;
    RETURN total;
END
$$
"""

DROP_BM25_TERMS = "DROP FUNCTION IF EXISTS articles_bm25_terms(tsvector, tsquery[], float8[], float8)"


def _run(statement):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0010_lookup_indexes")]
    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["id", "published_on"], name="article_id_published"),
        ),
        migrations.RunPython(_run(BM25_TERMS), _run(DROP_BM25_TERMS)),
    ]
