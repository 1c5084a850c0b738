"""The printed table, and each request's verdict against issue 7's targets (added to the JSON rows too)."""

from __future__ import annotations

TARGET_P95_MS = {"postgresql": 100.0, "sqlite": 200.0}  # issue 7, at 100,000 articles
RATIO, SLACK_MS = 1.5, 10.0  # the view never more than 1.5× its bare SQL floor plus 10 ms
LABELS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def _ms(value) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def _rate(value) -> str:
    return "–" if value is None else f"{value:,.0f}"


def verdict(row: dict, database: str) -> str:
    """ok, or what misses: `>100ms` (the absolute p95 target), `>floor` (1.5 × floor + 10 ms)."""
    misses = []
    if row.get("status") != 200:
        misses.append(f"HTTP {row.get('status')}")
    if row.get("timeouts"):
        misses.append(f"{row['timeouts']} timed out")
    target = TARGET_P95_MS[database]
    row["target_p95_ms"] = target
    row["floor_limit_ms"] = RATIO * row["floor_p95"] + SLACK_MS if row.get("floor_p95") is not None else None
    if row.get("p95") is not None and row["p95"] > target:
        misses.append(f">{target:.0f}ms")
    if row["floor_limit_ms"] is not None and row.get("p95") is not None and row["p95"] > row["floor_limit_ms"]:
        misses.append(">floor")
    row["meets_targets"] = not misses
    return "ok" if not misses else " ".join(misses)


def _import_section(report: dict) -> list[str]:
    columns = [(db, size, result) for db, sizes in report["results"].items() for size, result in sizes.items()]
    if not any("import" in r for _, _, r in columns):
        return []
    width = 20
    lines = [
        f"Import: {report.get('import_files', {}).get('files', '?'):,} corpus files, titles tagged, imported into the "
        "archive just measured" + (" (a copy of it: --keep)" if any("import_copy_seconds" in r for *_, r in columns) else ""),
        "  " + " " * 44 + "".join(f"{LABELS[db] + ' ' + f'{int(size):,}':>{width}}" for db, size, _ in columns),
    ]

    def line(label: str, values: list[str]) -> None:
        lines.append(f"  {label:<44}" + "".join(f"{v:>{width}}" for v in values))

    def get(result, *keys):
        for key in keys:
            if not isinstance(result, dict) or key not in result:
                return None
            result = result[key]
        return result

    line("read the files (floor), files/s", [_rate(get(r, "floors", "read", "files_per_second")) for *_, r in columns])
    parse = next((get(r, "floors", "parse_extract") for *_, r in columns if get(r, "floors", "parse_extract")), None)
    if parse:
        line(
            "parse + extraction alone, 1 core, articles/s",
            [f"{parse['articles_per_second']:,.0f} (parse {parse['parse_only_per_second']:,.0f})"] + [""] * (len(columns) - 1),
        )
    line(
        "import_paths, articles/s",
        [_rate(get(r, "import", "articles_per_second")) + (" (deadline)" if get(r, "import", "interrupted_by_deadline") else "")
         for *_, r in columns],
    )
    line(
        "  outcome (imported/failed/other)",
        [
            f"{get(r, 'import', 'imported')}/{get(r, 'import', 'failed')}/"
            f"{(get(r, 'import', 'files') or 0) - (get(r, 'import', 'imported') or 0) - (get(r, 'import', 'failed') or 0)}"
            if get(r, "import") else "–"
            for *_, r in columns
        ],
    )
    line(
        "  peak RSS MiB (RSS before the import)",
        [
            f"{get(r, 'import', 'rss_peak_kib') / 1024:,.0f} ({get(r, 'import', 'rss_baseline_kib') / 1024:,.0f})"
            if get(r, "import") else "–"
            for *_, r in columns
        ],
    )
    line(
        "  workers (largest worker's peak RSS MiB)",
        [
            f"{get(r, 'import', 'workers')} ({(get(r, 'import', 'rss_worker_peak_kib') or 0) / 1024:,.0f})"
            if get(r, "import") and get(r, "import", "workers") is not None else "–"
            for *_, r in columns
        ],
    )
    line("bulk insert of the same rows (floor), art/s", [_rate(get(r, "floors", "bulk_insert", "articles_per_second")) for *_, r in columns])
    ratios = []
    for *_, r in columns:
        imp, floor = get(r, "import", "articles_per_second"), get(r, "floors", "bulk_insert", "articles_per_second")
        ratios.append(f"{floor / imp:,.0f}×" if imp and floor else "–")
    line("  import is slower than the insert floor by", ratios)
    return lines


def _build_line(result: dict) -> str | None:
    """How the archive was made: built (method, rate, phases) or reused, and its size."""
    if "reused" in result:
        reused = result["reused"]
        return f"  archive: reused (--reuse), {reused['articles']:,} articles, {reused['database_bytes'] / 1024**2:,.0f} MiB"
    build = result.get("build")
    if not build:
        return None
    phases = [f"entities and corpus cache {build['entities_seconds']:,.0f} s"]
    if "copy_seconds" in build:
        phases += [
            f"COPY {build['copy_seconds']:,.0f} s on {build['connections']} connections",
            f"indexes {build['indexes_seconds']:,.0f} s",
            f"constraints {build['constraints_seconds']:,.0f} s",
        ]
    else:
        phases.append(f"load {build['load_seconds'] - build['entities_seconds']:,.0f} s")
    phases.append(f"{build['maintenance']} {build['maintenance_seconds']:,.0f} s")
    return (
        f"  archive: built with {build.get('method', 'bulk_create')}, {build['articles']:,} articles, "
        f"{build['articles_per_second']:,.0f} articles/s ({'; '.join(phases)}), {build['database_bytes'] / 1024**2:,.0f} MiB"
    )


def render(report: dict) -> str:
    machine = report["machine"]
    opts = report["options"]
    pg = machine.get("postgresql", "").split(" on ")[0]
    lines = [
        f"make bench, {report['started']}: nproc {machine['nproc']}, {machine['memory_gib']} GiB, Python {machine['python']}, "
        f"SQLite {machine['sqlite']}" + (f", {pg}" if pg else ""),
        f"load average at start {machine['loadavg_start'][0]:.2f}, at end {machine.get('loadavg_end', [0])[0]:.2f} "
        "(others were using this machine: expect noise)",
        f"Targets (issue 7, at 100,000 articles): p95 ≤ 100 ms PostgreSQL, ≤ 200 ms SQLite; view p95 ≤ "
        f"{RATIO} × floor p95 + {SLACK_MS:.0f} ms. Times in ms, {opts['repeat']} runs each (nearest-rank percentiles).",
        "",
    ]
    lines += _import_section(report)
    for database, sizes in report["results"].items():
        for size, result in sizes.items():
            lines += ["", f"Search: {LABELS[database]}, {int(size):,} articles"]
            if (build := _build_line(result)) is not None:
                lines.append(build)
            if "error" in result:
                lines.append(f"  FAILED: {result['error']}")
            if "search" not in result:
                continue
            lines.append(
                f"  {'request':<13}{'endpoint':<9}{'count':>7}{'SQL':>5}{'p50':>8}{'p95':>8}{'p99':>8}"
                f"{'floor50':>9}{'floor95':>9}{'p95/fl':>8}  target"
            )
            whats = {}
            # What the database matched, by the floor's COUNT: a view whose search timed out shows 0.
            matched = {row["request"]: row["count"] for row in result["search"]["rows"] if row["endpoint"] == "floor"}
            for row in result["search"]["rows"]:
                whats.setdefault(row["request"], row["what"])
                if row["endpoint"] == "floor":
                    continue
                ratio = f"{row['ratio_p95']:.1f}×" if row.get("ratio_p95") else "–"
                lines.append(
                    f"  {row['request']:<13}{row['endpoint']:<9}{matched.get(row['request'], '–'):>7}"
                    f"{row['queries']:>5}{_ms(row['p50']):>8}{_ms(row['p95']):>8}{_ms(row['p99']):>8}"
                    f"{_ms(row['floor_p50']):>9}{_ms(row['floor_p95']):>9}{ratio:>8}  {verdict(row, database)}"
                    + (f" (n={row['n']})" if row["n"] < opts["repeat"] else "")
                )
            lines.append("  the mix: " + "; ".join(f"{name}: {what}" for name, what in whats.items()))
    if report.get("not_run"):
        lines += ["", "Not run (deadline or interruption): " + ", ".join(report["not_run"])]
    return "\n".join(lines) + "\n"
