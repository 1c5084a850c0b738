"""`make bench`: import and search measured at archive scale, against the floor each database allows.

bench/run.py orchestrates (no Django import: it only prepares databases and
starts workers); bench/worker.py runs one phase in its own process with
DATABASE_URL pointing at one database; see bench/README.md.
"""
