"""Terminal rendering of status boards, explanations and subject lists (Vietnamese or English)."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Mapping, Sequence

from antq_compliance.audit.decisions import Finding as AuditFinding
from antq_compliance.audit.replay import CriterionChange, RulebookDiff, StatusChange, StatusDiff
from antq_compliance.domain.dates import fmt_date, fmt_instant
from antq_compliance.domain.facts import Fact
from antq_compliance.domain.record import SubjectSummary
from antq_compliance.domain.vocabulary import Status, Verdict
from antq_compliance.regulation.clauses import catalogue
from antq_compliance.regulation.results import CriterionResult, Explanation, YearStatus

__all__ = ["audit_table", "board", "diff_table", "explanation", "history_table", "subjects_table"]

_MARK = {
    Status.MET: "✔",
    Status.NOT_MET: "✘",
    Status.PENDING: "…",
    Status.NOT_APPLICABLE: "–",
}

_TEXT = {
    "vi": {
        "year": "năm",
        "window": "kỳ đánh giá",
        "rules": "Quy định áp dụng",
        "reading": "Cách hiểu khác mặc định (docs/rules.md)",
        "as_of": "tính đến hết ngày",
        "known": "dữ liệu ghi nhận đến",
        "everything": "toàn bộ",
        "verdict": "Kết quả",
        "criterion": "Tiêu chí",
        "status": "Trạng thái",
        "reason": "Lý do",
        "scope": "Phạm vi",
        "provisional_note": (
            "* tiêu chí tạm thời (văn bản chưa được đối chiếu): kết quả mang tính tạm thời"
        ),
        "due": "hạn",
        "evidence": "Căn cứ (dữ kiện)",
        "none": "(không có)",
        "id": "Mã",
        "name": "Tên",
        "kind": "Loại",
        "ownership": "Sở hữu",
        "province": "Tỉnh",
        "commune": "Xã, phường",
        "count": "{} đơn vị",
        "facts": "Dữ kiện",
        "recorded": "ghi nhận",
        "interp": "Trạng thái văn bản",
        "rejudged": "xét lại theo quy định khác",
        "retired": "đã thôi áp dụng, thay bằng",
    },
    "en": {
        "year": "year",
        "window": "window",
        "rules": "Rulebook",
        "reading": "Readings other than the defaults (docs/rules.md)",
        "as_of": "as of",
        "known": "known at",
        "everything": "everything recorded",
        "verdict": "Verdict",
        "criterion": "Criterion",
        "status": "Status",
        "reason": "Reason",
        "scope": "Scope",
        "provisional_note": (
            "* provisional clause (wording not verified): the result is provisional"
        ),
        "due": "due",
        "evidence": "Evidence (facts)",
        "none": "(none)",
        "id": "Id",
        "name": "Name",
        "kind": "Kind",
        "ownership": "Ownership",
        "province": "Province",
        "commune": "Commune",
        "count": "{} subjects",
        "facts": "Facts",
        "recorded": "recorded",
        "interp": "Text status",
        "rejudged": "judged again under another rulebook",
        "retired": "retired, replaced by",
    },
}


def _width() -> int:
    return max(80, min(shutil.get_terminal_size((110, 24)).columns, 140))


def _row(result: CriterionResult, lang: str, width: int) -> list[str]:
    name = result.id + ("*" if result.provisional else "")
    label = result.status.label(lang)
    head = f"  {_MARK[result.status]} {name:<16} {label:<14} "
    reason = result.reason(lang)
    wrapped = textwrap.wrap(reason, width=max(30, width - len(head))) or [""]
    lines = [head + wrapped[0]]
    lines += [" " * len(head) + more for more in wrapped[1:]]
    return lines


def board(status: YearStatus, lang: str = "vi") -> str:
    """A unit's checklist for the year: verdict, then one line per criterion with its reason."""
    t = _TEXT[lang]
    width = _width()
    known = fmt_instant(status.as_of.known_at, lang) if status.as_of.known_at else t["everything"]
    rules = ", ".join(f"{r.instrument} ({r.version})" for r in status.rulebook)
    verdict = status.verdict.label(lang).upper()
    if status.provisional:
        verdict += " *"
    lines = [
        f"{status.subject}  {status.name}",
        f"  {t['year'].capitalize()} {status.year} · {t['window']} "
        f"{fmt_date(status.window.start, lang)}–{fmt_date(status.window.end, lang)}"
        + (f" ({status.window.clause})" if status.window.clause else "")
        + f" · {t['rules']}: {rules}",
        f"  {t['as_of'].capitalize()} {fmt_date(status.as_of.business, lang)} · "
        f"{t['known']}: {known}",
        f"  {t['verdict']}: {verdict} — {status.reason(lang)}",
    ]
    reading = status.rulebook[0]
    if not reading.default_reading:
        shown = ", ".join(f"{name}={value}" for name, value in reading.interpretation)
        lines.append(f"  {t['reading']}: {shown}")
    if status.scope is not None:
        lines.append(f"  {t['scope']} ({status.scope.id}): {status.scope.reason(lang)}")
    note = status.window.note_vi if lang == "vi" else status.window.note
    if note:
        lines.append(f"  {t['window'].capitalize()}: {note}")
    if status.verdict is not Verdict.NOT_APPLICABLE:
        for result in status.criteria:
            lines += _row(result, lang, width)
    if status.provisional:
        lines.append(f"  {t['provisional_note']}")
    return "\n".join(lines)


def explanation(exp: Explanation, lang: str = "vi") -> str:
    t = _TEXT[lang]
    r = exp.result
    lines = [
        f"{exp.status.subject}  {exp.status.name} — {t['year']} {exp.status.year}",
        f"{r.id}  {r.title_vi if lang == 'vi' else r.title_en}",
        f"  {t['interp']}: {r.text_status.label(lang)} · {t['rules']}: "
        f"{r.rule.instrument} ({r.rule.version})",
        f"  {t['status']}: {r.status.label(lang)}"
        + (
            "  (tạm thời)"
            if r.provisional and lang == "vi"
            else "  (provisional)"
            if r.provisional
            else ""
        ),
        f"  {t['reason']}: {r.reason(lang)}",
    ]
    if r.due:
        lines.append(f"  {t['due']}: {fmt_date(r.due, lang)}")
    lines.append(f"  {t['evidence']}:")
    if not exp.evidence:
        lines.append(f"    {t['none']}")
    lines += [_fact_line(f, lang) for f in exp.evidence]
    lines.append(f"  {t['verdict']}: {exp.status.verdict.label(lang)} — {exp.status.reason(lang)}")
    return "\n".join(lines)


def _fact_line(fact: Fact, lang: str) -> str:
    label = fact.data.label_vi if lang == "vi" else fact.data.label_en
    doc = f" [{fact.document_ref}]" if fact.document_ref else ""
    return (
        f"    {fact.id}: {label}{doc} — {fmt_date(fact.occurred_on, lang)}"
        f" ({_TEXT[lang]['recorded']} {fmt_instant(fact.recorded_at, lang)}, {fact.recorded_by})"
    )


def subjects_table(
    rows: Sequence[SubjectSummary],
    lang: str = "vi",
    verdicts: Mapping[str, Verdict] | None = None,
    year: int | None = None,
) -> str:
    """The subjects, one line each, then their count. With ``verdicts`` (by subject, for
    ``year``) a column gives each one's verdict."""
    t = _TEXT[lang]
    header = [t["id"], t["name"], t["kind"], t["ownership"], t["province"], t["commune"]]
    header.append(t["facts"])
    if verdicts is not None:
        header.append(f"{t['verdict']} {year}")
    body = []
    for s in rows:
        row = [
            s.id,
            s.name,
            s.kind.label(lang),
            s.ownership.label(lang) if s.ownership else "–",
            s.province,
            s.commune or "–",
            str(s.facts),
        ]
        if verdicts is not None:
            verdict = verdicts.get(s.id)
            row.append(verdict.label(lang) if verdict else "–")
        body.append(row)
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    lines = [fmt.format(*header).rstrip(), fmt.format(*("-" * w for w in widths))]
    lines += [fmt.format(*row).rstrip() for row in body]
    lines.append(str(t["count"]).format(len(rows)))
    return "\n".join(lines)


def history_table(
    subject: str, year: int, changes: Sequence[StatusChange], lang: str = "vi"
) -> str:
    """One block per recording instant at which the year's status changed."""
    head = (
        f"{subject} — lịch sử kết quả năm {year}"
        if lang == "vi"
        else f"{subject} — status history for {year}"
    )
    lines = [head]
    for change in changes:
        before = change.verdict_before.label(lang) if change.verdict_before else "–"
        shown = ", ".join(change.facts[:5]) + (
            f", … (+{len(change.facts) - 5})" if len(change.facts) > 5 else ""
        )
        lines.append(
            f"  {fmt_instant(change.recorded_at, lang)}  {before} → "
            f"{change.verdict_after.label(lang)}"
            f"  [{shown}]"
        )
        if change.verdict_before is None:
            first = "bản ghi đầu tiên" if lang == "vi" else "first record"
            lines.append(
                f"      ({first}: {len(change.criteria)} tiêu chí)"
                if lang == "vi"
                else f"      ({first}: {len(change.criteria)} criteria)"
            )
        else:
            lines += [_change_line(c, lang) for c in change.criteria]
    return "\n".join(lines)


def _change_line(c: CriterionChange, lang: str) -> str:
    before = c.before.label(lang) if c.before else "–"
    after = c.after.label(lang) if c.after else "–"
    reason = c.reason_vi if lang == "vi" else c.reason_en
    return f"      {c.id:<16} {before} → {after}: {reason}"


def diff_table(delta: StatusDiff, lang: str = "vi") -> str:
    t = _TEXT[lang]
    lines = [
        f"{delta.subject} — {t['year']} {delta.year}: {fmt_instant(delta.known_from, lang)} → "
        f"{fmt_instant(delta.known_to, lang)}",
        f"  {t['verdict']}: {delta.before.verdict.label(lang)} → {delta.after.verdict.label(lang)}",
    ]
    lines += [_change_line(c, lang) for c in delta.criteria]
    lines.append(f"  {t['evidence']}:")
    if not delta.facts:
        lines.append(f"    {t['none']}")
    lines += [_fact_line(f, lang) for f in delta.facts]
    return "\n".join(lines)


def rejudge_table(delta: RulebookDiff, lang: str = "vi") -> str:
    """A re-judgement: the rule versions, the verdicts, each clause that changed; a retired
    clause names the clauses that replaced it."""
    t = _TEXT[lang]
    known = fmt_instant(delta.known_at, lang) if delta.known_at else t["everything"]
    lines = [
        f"{delta.subject} — {t['year']} {delta.year}, {t['rejudged']} "
        f"({t['as_of']} {fmt_date(delta.as_of, lang)}; {t['known']}: {known})",
        f"  {t['rules']}: {delta.rule_before} → {delta.rule_after}",
        f"  {t['verdict']}: {delta.before.verdict.label(lang)} → {delta.after.verdict.label(lang)}",
    ]
    for change in delta.criteria:
        line = _change_line(change, lang)
        if change.after is None and change.id in catalogue():
            successors = catalogue()[change.id].replaced_by
            if successors:
                line += f" ({t['retired']} {', '.join(successors)})"
        lines.append(line)
    return "\n".join(lines)


def audit_table(year: int, findings: Sequence[AuditFinding], lang: str = "vi") -> str:
    if not findings:
        return f"Năm {year}: không có phát hiện" if lang == "vi" else f"{year}: no findings"
    lines = [
        f"Năm {year}: {len(findings)} phát hiện"
        if lang == "vi"
        else f"{year}: {len(findings)} findings"
    ]
    for f in findings:
        clause = f.clause + ("*" if f.provisional else "")
        lines.append(
            f"  [{f.severity}] {f.subject} {f.code} ({clause}): {f.message(lang)}"
            f" — {', '.join(f.evidence)}"
        )
    if any(f.provisional for f in findings):
        lines.append(f"  {_TEXT[lang]['provisional_note']}")
    return "\n".join(lines)
