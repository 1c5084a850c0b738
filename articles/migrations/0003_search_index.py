"""The full-text index, one per database vendor; raw SQL lives here and nowhere else.

SQLite: an external-content FTS5 table over title and body (porter stemming,
diacritics removed), kept in sync by triggers.
PostgreSQL: an `english_unaccent` text search configuration, and a stored
generated tsvector column (title weight A, body weight C) with a GIN index.
Hyphens are turned into spaces before indexing so that "Ming-yen" is the two
words "ming yen" on both databases, as FTS5's tokenizer already has it.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """
    CREATE VIRTUAL TABLE articles_article_fts USING fts5(
        title, body, content='articles_article', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER articles_article_fts_insert AFTER INSERT ON articles_article BEGIN
        INSERT INTO articles_article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END
    """,
    """
    CREATE TRIGGER articles_article_fts_delete AFTER DELETE ON articles_article BEGIN
        INSERT INTO articles_article_fts(articles_article_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END
    """,
    """
    CREATE TRIGGER articles_article_fts_update AFTER UPDATE OF title, body ON articles_article BEGIN
        INSERT INTO articles_article_fts(articles_article_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO articles_article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END
    """,
    "INSERT INTO articles_article_fts(articles_article_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS articles_article_fts_update",
    "DROP TRIGGER IF EXISTS articles_article_fts_delete",
    "DROP TRIGGER IF EXISTS articles_article_fts_insert",
    "DROP TABLE IF EXISTS articles_article_fts",
]

POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'english_unaccent') THEN
            CREATE TEXT SEARCH CONFIGURATION english_unaccent (COPY = english);
            ALTER TEXT SEARCH CONFIGURATION english_unaccent
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
        END IF;
    END $$
    """,
    """
    ALTER TABLE articles_article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english_unaccent'::regconfig, translate(coalesce(title, ''), '-', ' ')), 'A') ||
        setweight(to_tsvector('english_unaccent'::regconfig, translate(coalesce(body, ''), '-', ' ')), 'C')
    ) STORED
    """,
    "CREATE INDEX articles_article_search_vector ON articles_article USING gin (search_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS articles_article_search_vector",
    "ALTER TABLE articles_article DROP COLUMN IF EXISTS search_vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS english_unaccent",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_seed_countries")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
