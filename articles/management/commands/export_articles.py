"""Print articles as JSON lines, narrowed by the same filters as search."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from articles.exporting import article_record, with_export_relations
from articles.filters import ArticleFilter
from articles.models import Article


class Command(BaseCommand):
    help = "Print one JSON object per line per article. Accepts the same filters as /search/."

    def add_arguments(self, parser):
        parser.add_argument("--q", default="", help="Full-text query, in the search syntax.")
        parser.add_argument("--date-from", help="Published on or after YYYY-MM-DD.")
        parser.add_argument("--date-to", help="Published on or before YYYY-MM-DD.")
        parser.add_argument("--country", action="append", default=[], help="ISO code; repeat for any of several.")
        parser.add_argument("--official", action="append", default=[], help="Person slug; repeatable.")
        parser.add_argument("--organisation", action="append", default=[], help="Organisation slug; repeatable.")
        parser.add_argument("--source", action="append", default=[], help="Source slug; repeatable.")
        parser.add_argument("--sort", choices=["relevance", "newest", "oldest"], help="Order (default: newest first).")

    def handle(self, *args, **options):
        params = QueryDict(mutable=True)
        for name in ("q", "date_from", "date_to", "sort"):
            if options.get(name):
                params[name] = options[name]
        for name in ("country", "official", "organisation", "source"):
            params.setlist(name, options[name])
        article_filter = ArticleFilter(params, queryset=Article.objects.all())
        if not article_filter.form.is_valid():
            problems = "; ".join(f"{field}: {' '.join(errors)}" for field, errors in article_filter.form.errors.items())
            raise CommandError(f"Invalid filters: {problems}", returncode=2)
        for article in with_export_relations(article_filter.qs).iterator(chunk_size=500):
            self.stdout.write(json.dumps(article_record(article), ensure_ascii=False))
