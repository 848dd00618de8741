"""The benchmark script runs at a tiny size and writes valid JSON (a smoke test: no timing is
asserted, only that every figure is there, next to a baseline, and the data is realistic)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import orjson
import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    for name in ("bench", "generate"):
        sys.modules.pop(name, None)
    import bench as module

    monkeypatch.setattr(module, "LATENCY_SAMPLES", 20)
    monkeypatch.setattr(module, "HISTORY_UNITS", 3)
    return module


def test_the_generator_is_deterministic_and_a_prefix(bench: object) -> None:
    import generate

    small = list(generate.generate_events(300, 2024, 7))
    again = list(generate.generate_events(300, 2024, 7))
    larger = list(generate.generate_events(900, 2024, 7))
    assert small == again and larger[: len(small)] == small and len(small) >= 300
    assert list(generate.unit_range(1, 3, 2024, 7)) == list(generate.generate(3, 2024, 7))
    years = {d.occurred_on.year for d in generate.history(2, 2024, 5, 7)}
    assert {2020, 2024} <= years


def _check_follow(
    memory: dict[str, Any], days: dict[str, Any], events: int, rows: list[dict[str, Any]]
) -> None:
    """The follower from empty: its memory on the log of the memory series, then on a log
    recorded day by day, next to the rebuild of that log."""
    follow = memory["follow"]  # antq follow --once into the on-disk view, in its own process
    assert follow["notifications"] == follow["events"] == memory["events"]
    assert follow["peak_mib"] > 0 and follow["subjects"] >= memory["subjects"]
    assert days["events"] == events and days["units"] == 8
    assert days["follow"]["subjects"] == 8  # each unit evaluated once, however spread
    assert len(days["follow"]["runs"]) == len(days["rebuild"]["runs"]) == 3
    assert any(r["figure"].startswith("follow --once from empty") for r in rows)


def test_the_benchmark_runs_and_writes_every_figure(bench: object, tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    main = bench.main  # type: ignore[attr-defined]
    profile = tmp_path / "p.pstats"
    args = ["--units", "8", "--stores", "sqlite", "--writers", "", "--json", str(out)]
    args += ["--memory-events", "300", "--profile", str(profile), "--latency-events", "300"]
    assert main(args) == 0
    results = orjson.loads(out.read_bytes())
    sqlite = results["stores"]["sqlite"]
    events = results["meta"]["events"]
    assert sqlite["import"]["events"] == events == sqlite["statuses"]["events"] > 100
    assert sqlite["es_replay"]["events"] == events == sqlite["replay"]["events"]
    assert sqlite["payloads_identical"] is True  # same streams, versions and topics
    assert sqlite["memory"]["events"] == events and sqlite["memory"]["peak_mib"] > 0
    assert sqlite["as_of"]["samples"] == 10 and sqlite["as_of"]["p99_ms"] > 0
    for key in ("read_plain", "read_raw", "replay", "statuses", "es_replay"):
        figure = sqlite[key]  # each the median of fresh processes
        assert figure["events"] == events and len(figure["runs"]) == 3, key
    assert sqlite["status_log"]["samples"] == 10 and sqlite["status_log"]["p99_ms"] > 0
    saved = sqlite["report_saved"]  # antq report province from the saved projection
    assert saved["first"]["units"] == saved["maintained"]["units"] > 0
    assert sqlite["report_projection"]["events"] == events
    assert (  # both in fresh processes (three each), since the seventh round
        len(sqlite["report_projection"]["runs"]) == len(sqlite["province_reports"]["runs"]) == 3
        and sqlite["province_reports"]["provinces"] >= 1
    )
    reports = sqlite["province_reports"]  # every province's report, from a fresh projection
    assert reports["events"] == events and reports["provinces"] >= 1 and reports["rate"] > 0
    large = sqlite["large_log"]  # Ledger.status and as-of on a log of its own
    assert large["events"] >= 300 and large["subjects"] >= 10 and large["epoch_ms"] > 0
    assert large["status"]["samples"] == large["as_of"]["samples"] == 10
    assert sqlite["import"]["peak_mib"] > 0  # the import ran in a process of its own
    assert sqlite["baseline_append"]["events"] == events  # so did eventsourcing's append
    (memory,) = results["memory_sizes"]
    assert memory["events"] >= 300 and memory["peak_mib"] > 0
    assert memory["import"]["events"] == memory["events"]  # the log was filled by an import
    assert any(
        f.startswith("peak RSS of an import") for f in (r["figure"] for r in results["rows"])
    )
    _check_follow(memory, sqlite["follow_days"], events, results["rows"])
    assert Path(sqlite["profile_import"]).stat().st_size > 0
    assert Path(sqlite["profile"]).stat().st_size > 0
    figures = {row["figure"] for row in results["rows"]}
    assert {"import_jsonl", "statuses", "replay (statuses-only projection)"} <= figures
    assert "report_projection() (full rebuild)" in figures
    assert f"antq report province {saved['province']} (saved projection)" in figures
    baselines = {row["baseline"] for row in results["rows"]}
    assert "plain sqlite3 read, same rows" in baselines  # the physical limit
    status_row = next(
        r for r in results["rows"] if r["figure"].startswith("one status from the log")
    )
    assert status_row["target"] == 1.0  # the 2 ms target is checked on the real path
    assert f"province reports, all {reports['provinces']} (full rebuild)" in figures
    assert f"as-of status on a {large['events']:,}-event log, p99" in figures
    assert any(f.startswith("peak RSS of follow --once") for f in figures)
    for row in results["rows"]:
        assert row["baseline_value"] > 0 and row["ratio"] is not None
        assert row["holds"] in (None, True, False)


def test_the_report_fills_the_performance_page_from_a_run(bench: object, tmp_path: Path) -> None:
    import report

    run = {
        "meta": {
            "started": "2026-12-06T09:00:00+00:00",
            "units": 5000,
            "events": 98754,
            "eventsourcing": "9.5.6",
            "psycopg": "3.3.9",
            "python": "3.11.7",
            "cpus": 2,
            "total_seconds": 600.0,
            "load_average_start": [0.5, 0.4, 0.3],
            "load_average_end": [1.1, 0.9, 0.5],
        },
        "rows": [
            {
                "store": "sqlite",
                "figure": "import_jsonl",
                "unit": "events/s",
                "value": 9000.0,
                "missing": "",
                "baseline": "es insert_events x1,000",
                "baseline_value": 30000.0,
                "ratio": 0.3,
                "target": 0.9,
                "holds": False,
                "note": "a fresh process each",
            }
        ],
    }
    source = tmp_path / "bench.json"
    source.write_text(orjson.dumps(run).decode(), encoding="utf-8")
    page = tmp_path / "performance.md"
    page.write_text("# P\n\n<!-- bench:begin -->\nold\n<!-- bench:end -->\n\nAfter.\n")
    assert report.main([str(source), "--into", str(page)]) == 0
    text = page.read_text(encoding="utf-8")
    assert "old" not in text and text.endswith("<!-- bench:end -->\n\nAfter.\n")
    assert "| sqlite | import_jsonl | 9,000 events/s | es insert_events x1,000 |" in text
    assert "0.30 | ≥ 0.9: **missed** |" in text
    assert "0.50, 0.40, 0.30 at the start, 1.10, 0.90, 0.50 at the end" in text
    page.write_text("no markers")
    with pytest.raises(SystemExit):
        report.main([str(source), "--into", str(page)])
