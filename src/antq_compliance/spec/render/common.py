"""Helpers shared by the HTML and Markdown editions of the specification report."""

from __future__ import annotations

import re
from collections.abc import Sequence

from antq_compliance.domain.dates import fmt_date
from antq_compliance.regulation.clauses import Clause, instruments
from antq_compliance.spec.features import TEXT_STATUS_LINE, RuleFacts
from antq_compliance.spec.implementations import Implementation, description_lines
from antq_compliance.spec.render.labels import _STATE_MARK
from antq_compliance.spec.report import ClauseReport, Report
from antq_compliance.spec.results import Run


def _in_force(item: Clause, t: dict[str, str]) -> str:
    start = (
        f"{t['from']} {fmt_date(item.effective_from)}"
        if item.effective_from
        else (f"{t['from']}: {t['not_confirmed']}")
    )
    end = f"; {t['to']} {fmt_date(item.effective_to)}" if item.effective_to else ""
    return start + end


def _article_label(article: int, t: dict[str, str]) -> str:
    return f"{t['article']} {article}" if article else t["whole"]


def _run_summary(runs: Sequence[Run]) -> tuple[str, str]:
    """(css state, short text) for a list of runs."""
    done = [r for r in runs if r.status != "not_run"]
    if not done:
        return "na", ""
    failed = sum(1 for r in done if r.status == "failed")
    passed = sum(1 for r in done if r.status == "passed")
    if failed:
        return "gap", f"✗ {failed}/{len(done)}"
    # all passed, and none missing on a store: ok; a skip or a store not run: look again
    return ("ok" if passed == len(runs) else "warn"), f"✓ {passed}/{len(done)}"


def _groups(report: Report) -> list[tuple[str, list[tuple[int, list[ClauseReport]]]]]:
    """Clauses by instrument (catalogue order of instruments) and article."""
    out: list[tuple[str, list[tuple[int, list[ClauseReport]]]]] = []
    for inst in instruments():
        mine = [c for c in report.clauses if c.clause.instrument == inst]
        if not mine:
            continue
        articles: dict[int, list[ClauseReport]] = {}
        for item in mine:
            articles.setdefault(item.clause.article, []).append(item)
        out.append((inst, sorted(articles.items())))
    return out


def _rule_paragraph(rule: RuleFacts) -> str:
    """The Rule's description (our Vietnamese paraphrase), without its text status line (the
    badge shows it)."""
    status_lines = set(TEXT_STATUS_LINE.values())
    return " ".join(
        line for line in description_lines(rule.rule.description) if line not in status_lines
    )


def _article_id(instrument: str, article: int) -> str:
    return f"{instrument}.D{article}"


# --- HTML -------------------------------------------------------------------------------------

_QUOTED = re.compile(r'"[^"]*"|<[^<>]+>')
_PLACEHOLDER = re.compile(r"<[^<>]+>")
_RESULT_WORDS = {
    "đạt": "pass",
    "chưa đạt": "fail",
    "chưa kết luận": "pending",
    "đang chờ": "pending",
    "không áp dụng": "na",
}


def _impl_version(impl: Implementation, t: dict[str, str]) -> str:
    """ "version 2022.1" for a rule version; for an audit check, the severity of its findings."""
    if impl.role == "audit":
        return t[f"severity_{impl.version}"]
    return f"{t['version']} {impl.version}"


def _state_text(item: ClauseReport, t: dict[str, str]) -> tuple[str, str]:
    """(css state, text) of the matrix's implementation column."""
    state = item.state
    text = f"{_STATE_MARK[state]} {t['state_' + state]}"
    if item.clause.replaced_by:
        text += f" → {t['replaced_by']} " + ", ".join(item.clause.replaced_by)
    css = {"rule": "ok", "check": "ok", "rule_check": "ok", "not_implemented": "warn"}
    return css.get(state, "na"), text


def _state_detail(item: ClauseReport, t: dict[str, str]) -> str:
    """The implementation state in words, for the clause's own section."""
    _, text = _state_text(item, t)
    if item.retired_in:
        text += f"; {t['retired_in']} " + ", ".join(item.retired_in)
    return text


def _official_where(report: Report, item: ClauseReport, lang: str) -> str | None:
    """ "Điều 6, khoản 3, điểm đ (tt124-2021.vi.md)"; None when no text of the instrument was
    supplied."""
    text = report.official.get(item.clause.instrument)
    if text is None:
        return None
    if item.wording is None:
        return text.source.name
    return f"{item.wording.where(lang)} ({text.source.name})"


def _official_meta(report: Report, t: dict[str, str]) -> str:
    if not report.official:
        return t["no_official"]
    parts = []
    for inst, text in report.official.items():
        mine = [c for c in report.clauses if c.clause.instrument == inst and not c.clause.retired]
        found = sum(1 for c in mine if c.wording is not None)
        parts.append(f"{text.source} ({inst}: {found}/{len(mine)} {t['official_found']})")
    return "; ".join(parts)
