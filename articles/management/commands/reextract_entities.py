"""Run entity extraction again over stored articles, keeping links editors confirmed."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from articles.importing.reextract import reextract


class Command(BaseCommand):
    help = "Find officials, people, organisations and countries again in stored articles (after adding aliases)."

    def add_arguments(self, parser):
        parser.add_argument("--since", help="Only articles published on or after YYYY-MM-DD.")

    def handle(self, *args, **options):
        since = None
        if options["since"]:
            try:
                since = dt.date.fromisoformat(options["since"])
            except ValueError:
                raise CommandError(f"--since {options['since']!r} is not a date YYYY-MM-DD", returncode=2) from None
        summary = reextract(since=since)
        if options["verbosity"] >= 1:
            self.stdout.write(f"Re-extracted {summary.articles} articles; links changed in {summary.changed}.")
