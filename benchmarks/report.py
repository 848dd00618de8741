"""Write the figures of a ``make bench`` run (its JSON) into ``docs/performance.md``.

``python benchmarks/report.py reports/bench.json --into docs/performance.md`` replaces what lies
between the markers ``<!-- bench:begin -->`` and ``<!-- bench:end -->`` with a table of every
row of the run (figure, value, baseline measured in the same run, ratio, target and whether it
holds) and what the machine was doing (cores, load average at the start and the end). Without
``--into`` the Markdown is printed. The prose around the markers says what the figures mean; the
figures themselves come only from the run.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value:,.2f} ms"
    if unit == "MiB":
        return f"{value:,.0f} MiB"
    return f"{value:,.0f} {unit}"


def _target(row: dict[str, Any]) -> str:
    if row.get("target") is None:
        return ""
    sign = "≤" if row.get("lower_is_better") else "≥"
    return f"{sign} {row['target']:.1f}: {'holds' if row['holds'] else '**missed**'}"


def markdown(results: dict[str, Any], source: str) -> str:
    """The run's figures as Markdown: the machine, then one table row per figure."""
    meta = results["meta"]
    start = ", ".join(f"{x:.2f}" for x in meta.get("load_average_start", ()))
    end = ", ".join(f"{x:.2f}" for x in meta.get("load_average_end", ()))
    lines = [
        f"Run of {meta['started']} (`{source}`): {meta['units']:,} units, {meta['events']:,} "
        f"events, eventsourcing {meta['eventsourcing']}, psycopg {meta.get('psycopg')}, Python "
        f"{meta['python']}, {meta['cpus']} cores; load average (1, 5, 15 min) {start or '-'} at "
        f"the start, {end or '-'} at the end; {meta['total_seconds']:,.0f} s in all.",
        "",
        "| store | figure | value | baseline (same run) | baseline value | ratio | target |",
        "|---|---|---:|---|---:|---:|---|",
    ]
    for row in results["rows"]:
        value = row["missing"] or _number(row["value"], row["unit"])
        ratio = "" if row["ratio"] is None else f"{row['ratio']:.2f}"
        lines.append(
            f"| {row['store']} | {row['figure']} | {value} | {row['baseline']} | "
            f"{_number(row['baseline_value'], row['unit'])} | {ratio} | {_target(row)} |"
        )
    notes = [f"* {row['store']}, {row['figure']}: {row['note']}" for row in results["rows"]]
    notes = [n for n, row in zip(notes, results["rows"], strict=True) if row["note"]]
    return "\n".join([*lines, "", *notes, ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("json", type=Path, help="the run's JSON (make bench: reports/bench.json)")
    parser.add_argument("--into", type=Path, help="the Markdown file whose markers to fill")
    args = parser.parse_args(argv)
    text = markdown(json.loads(args.json.read_text(encoding="utf-8")), str(args.json))
    if args.into is None:
        print(text)
        return 0
    doc = args.into.read_text(encoding="utf-8")
    if BEGIN not in doc or END not in doc:
        raise SystemExit(f"{args.into}: no {BEGIN} ... {END} markers")
    head, rest = doc.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    args.into.write_text(f"{head}{BEGIN}\n{text}{END}{tail}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
