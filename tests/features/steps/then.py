"""Then: statuses, verdicts, reasons, evidence, errors, history, comparison, findings."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pytest_bdd import then

from antq_compliance import (
    AuditFinding,
    CriterionResult,
    Status,
    StatusChange,
    Verdict,
    catalogue,
)

from .base import (
    _ACTION,
    CLAUSE,
    CRITERION_WORDS,
    VERDICT_WORDS,
    Change,
    E,
    Spec,
    step_re,
    vn_date,
    vn_instant,
    vn_text,
)

# --- Then -----------------------------------------------------------------------------------------


def _word(words: dict[str, E], text: str) -> E:
    try:
        return words[text]
    except KeyError:
        allowed = ", ".join(f'"{w}"' for w in words)
        raise AssertionError(f"{text!r} is not a result word; use one of {allowed}") from None


def _describe(result: CriterionResult) -> str:
    return f"{result.id} is {result.status.label_vi!r} ({result.status.value}): {result.reason_vi}"


@then(step_re(rf'{CLAUSE} là "(?P<expected>[^"]+)"'))
def criterion_is(spec: Spec, clause: str, expected: str) -> None:
    result = spec.result(clause)
    assert result.status is _word(CRITERION_WORDS, expected), _describe(result)


@then(step_re(r'kết quả năm là "(?P<expected>[^"]+)"'))
def verdict_is(spec: Spec, expected: str) -> None:
    status = spec.last().status
    assert status.verdict is _word(VERDICT_WORDS, expected), (
        f"verdict is {status.verdict.value}: {status.reason_vi}; "
        + "; ".join(_describe(r) for r in status.criteria)
    )


@then(step_re(rf"kết quả không có {CLAUSE}"))
def criterion_absent(spec: Spec, clause: str) -> None:
    """The clause does not apply to this kind of unit at all: it is not among the results."""
    status = spec.last().status
    shown = [r.id for r in (*status.scopes, *status.criteria)]
    assert clause not in shown, f"{clause} is among the results: {shown}"


@then("các tiêu chí có kết quả như sau:")
def criteria_table(spec: Spec, datatable: Sequence[Sequence[object]]) -> None:
    header = [str(cell) for cell in datatable[0]]
    assert header == ["tiêu chí", "kết quả"], f"the header must be | tiêu chí | kết quả |: {header}"
    wrong = []
    for clause_id, expected in ((str(a), str(b)) for a, b in datatable[1:]):
        result = spec.result(clause_id)
        if result.status is not _word(CRITERION_WORDS, expected):
            wrong.append(f"expected {expected!r}, but {_describe(result)}")
    assert not wrong, "\n".join(wrong)


@then(step_re(rf"kết quả (?:năm|của {CLAUSE}) (?P<marked>được|không được) đánh dấu tạm thời"))
def provisional_mark(spec: Spec, clause: str | None, marked: str) -> None:
    expected = marked == "được"
    if clause is None:
        status = spec.last().status
        assert status.provisional is expected, f"verdict provisional={status.provisional}"
    else:
        result = spec.result(clause)
        assert result.provisional is expected, (
            f"{clause} provisional={result.provisional} (text status {result.text_status.value})"
        )


@then(step_re(rf'lý do của {CLAUSE} nêu "(?P<text>[^"]+)"'))
def reason_mentions(spec: Spec, clause: str, text: str) -> None:
    result = spec.result(clause)
    assert text in result.reason_vi, f"{text!r} not in the reason: {_describe(result)}"


@then(step_re(rf'{CLAUSE} có hạn hoàn thành "(?P<day>[^"]+)"'))
def criterion_due(spec: Spec, clause: str, day: str) -> None:
    result = spec.result(clause)
    assert result.due == vn_date(day), f"due {result.due}; {_describe(result)}"


@then(step_re(rf'{CLAUSE} (?P<relation>dựa trên|không dựa trên) dữ kiện "(?P<fact_id>[^"]+)"'))
def criterion_evidence(spec: Spec, clause: str, relation: str, fact_id: str) -> None:
    """Asked through ``Ledger.explain``: the evidence facts behind the result."""
    last = spec.last()
    explanation = spec.ledger.explain(
        spec.current().subject,
        clause,
        last.year,
        as_of=last.as_of,
        known_at=last.known_at,
        rulebook=last.rulebook,
    )
    evidence = [f.id for f in explanation.evidence]
    detail = f"evidence {evidence}: {_describe(explanation.result)}"
    if relation == "dựa trên":
        assert fact_id in evidence, f"{fact_id} missing from the {detail}"
    else:
        assert fact_id not in evidence, f"{fact_id} present in the {detail}"


@then(step_re(r'kỳ đánh giá là từ ngày "(?P<start>[^"]+)" đến ngày "(?P<end>[^"]+)"'))
def window_is(spec: Spec, start: str, end: str) -> None:
    window = spec.last().status.window
    assert (window.start, window.end) == (vn_date(start), vn_date(end)), window


@then(step_re(r'kết quả được đánh giá theo "(?P<instrument>[^"]+)"'))
def evaluated_under(spec: Spec, instrument: str) -> None:
    """The result names the rule version used: the status's and every criterion's."""
    status = spec.last().status
    used = status.rulebook[0].instrument
    assert used == instrument, f"evaluated under {used} ({status.rulebook}), not {instrument}"
    known = catalogue()
    others = [
        f"{r.id}: {r.rule.instrument}"
        for r in (*([status.scope] if status.scope else []), *status.criteria)
        if r.id in known and r.rule.instrument != instrument  # provincial ones name their basis
    ]
    assert not others, f"criteria evaluated under another rule version: {others}"


@then(step_re(r'việc (?P<action>đánh giá|ghi nhận) báo lỗi "(?P<text>[^"]+)"'))
def step_fails(spec: Spec, action: str, text: str) -> None:
    """The last evaluation (đánh giá) or recording (ghi nhận) raised a library error whose
    message contains TEXT."""
    if spec.error is not None and spec.error_action != action:
        spec.error_checked = True  # reported here; not again at teardown
        raise AssertionError(
            f"the error came from the {_ACTION[spec.error_action]}, not the "
            f"{_ACTION[action]}: {spec.error!r}"
        )
    if spec.error is None:
        if action == "đánh giá":
            status = spec.last().status
            raise AssertionError(f"no error: the evaluation gave {status.verdict.value}")
        raise AssertionError(f"no error: the last {_ACTION[spec.error_action]} succeeded")
    spec.error_checked = True
    assert text in str(spec.error), f"{text!r} not in the error: {spec.error!r}"


@then("sổ không có thêm dữ kiện nào")
def nothing_written(spec: Spec) -> None:
    """The log's head is where it was before the last recording a When step attempted."""
    if spec.head_before is None:
        raise AssertionError("no recording was attempted by a When step ('Khi rút lại …')")
    head = spec.ledger.head()
    assert head == spec.head_before, f"{head - spec.head_before} fact(s) written"


# --- Then: history and comparison ----------------------------------------------------------------

NOTHING_YET = "chưa có"
"""The word for "no result yet" (before the first recording) in a change."""


def _is(words: dict[str, E], expected: str, actual: E | None) -> bool:
    if expected == NOTHING_YET:
        return actual is None
    return actual is _word(words, expected)


def _shown(value: Status | Verdict | None) -> str:
    return NOTHING_YET if value is None else value.label_vi


def _describe_change(change: Change) -> str:
    criteria = "; ".join(f"{c.id} {_shown(c.before)} → {_shown(c.after)}" for c in change.criteria)
    return (
        f"{change.label}: {_shown(change.verdict_before)} → {_shown(change.verdict_after)}, "
        f"criteria [{criteria}], facts {list(change.facts)}"
    )


def _history(spec: Spec) -> list[StatusChange]:
    if spec.history is None:
        raise AssertionError("no history yet: 'Khi xem lịch sử kết quả năm …' must come first")
    return spec.history


def _change(spec: Spec) -> Change:
    if spec.change is None:
        raise AssertionError(
            "no change to look at: compare two instants ('Khi so sánh kết quả …') or name an "
            "entry of the history ('lần thay đổi thứ N là …') first"
        )
    return spec.change


@then(step_re(r"lịch sử có (?P<count>\d+) lần thay đổi"))
def history_length(spec: Spec, count: str) -> None:
    history = _history(spec)
    shown = "; ".join(
        f"{vn_text(c.recorded_at)} {_shown(c.verdict_before)} → {_shown(c.verdict_after)} "
        f"{list(c.facts)[:3]}"
        for c in history
    )
    assert len(history) == int(count), f"{len(history)} change(s): {shown}"


@then(
    step_re(
        r'lần thay đổi thứ (?P<number>\d+)(?: lúc "(?P<at>[^"]+)")? là "(?P<before>[^"]+)" → '
        r'"(?P<after>[^"]+)"(?: do dữ kiện "(?P<fact_id>[^"]+)")?'
    )
)
def history_entry(
    spec: Spec, number: str, at: str | None, before: str, after: str, fact_id: str | None
) -> None:
    """Entry N (from 1) of the history: when, the verdict before and after, a fact recorded
    then. Later "tiêu chí … đổi từ …" and "dữ kiện giải thích là …" steps look at this entry."""
    history = _history(spec)
    index = int(number)
    assert 1 <= index <= len(history), f"the history has {len(history)} change(s)"
    entry = history[index - 1]
    spec.change = change = Change(
        label=f"change {index} at {vn_text(entry.recorded_at)}",
        verdict_before=entry.verdict_before,
        verdict_after=entry.verdict_after,
        criteria=entry.criteria,
        facts=entry.facts,
    )
    if at is not None:
        assert entry.recorded_at == vn_instant(at, time_required=True), _describe_change(change)
    assert _is(VERDICT_WORDS, before, entry.verdict_before), _describe_change(change)
    assert _is(VERDICT_WORDS, after, entry.verdict_after), _describe_change(change)
    if fact_id is not None:
        assert fact_id in entry.facts, _describe_change(change)


@then(step_re(rf'(?:{CLAUSE}|kết quả năm) đổi từ "(?P<before>[^"]+)" sang "(?P<after>[^"]+)"'))
def changed(spec: Spec, clause: str | None, before: str, after: str) -> None:
    """In the comparison or the history entry looked at: clause X's status, or the verdict."""
    change = _change(spec)
    if clause is None:
        ok = _is(VERDICT_WORDS, before, change.verdict_before) and _is(
            VERDICT_WORDS, after, change.verdict_after
        )
        assert ok, _describe_change(change)
        return
    found = [c for c in change.criteria if c.id == clause]
    assert found, f"{clause} did not change in {_describe_change(change)}"
    ok = _is(CRITERION_WORDS, before, found[0].before) and _is(
        CRITERION_WORDS, after, found[0].after
    )
    assert ok, f"{_describe_change(change)}; reason: {found[0].reason_vi}"


@then("không có tiêu chí nào thay đổi")
def nothing_changed(spec: Spec) -> None:
    change = _change(spec)
    assert not change.criteria, _describe_change(change)


@then(step_re(r'dữ kiện giải thích là (?P<ids>"[^"]+"(?:(?:, | và )"[^"]+")*)'))
def explaining_facts(spec: Spec, ids: str) -> None:
    """Exactly these facts (in recording order) explain the change looked at."""
    change = _change(spec)
    expected = re.findall(r'"([^"]+)"', ids)
    assert list(change.facts) == expected, _describe_change(change)


# --- Then: audit findings -----------------------------------------------------------------------

SEVERITY_WORDS = {"lỗi": "error", "cảnh báo": "warning"}


def _findings(spec: Spec) -> list[AuditFinding]:
    if spec.findings is None:
        raise AssertionError("no audit yet: 'Khi rà soát các quyết định năm …' must come first")
    return spec.findings


def _describe_findings(findings: Sequence[AuditFinding]) -> str:
    return (
        "; ".join(
            f"[{f.severity}] {f.subject} {f.code} ({f.clause}): {f.message_vi} — {list(f.evidence)}"
            for f in findings
        )
        or "no finding"
    )


def _finding(spec: Spec, code: str) -> AuditFinding:
    findings = _findings(spec)
    found = [f for f in findings if f.code == code]
    assert found, f"no finding {code!r}: {_describe_findings(findings)}"
    assert len(found) == 1, f"{len(found)} findings {code!r}: {_describe_findings(found)}"
    return found[0]


@then(step_re(r'có phát hiện "(?P<code>[^"]+)" mức "(?P<level>lỗi|cảnh báo)"'))
def finding_present(spec: Spec, code: str, level: str) -> None:
    finding = _finding(spec, code)
    assert finding.severity == SEVERITY_WORDS[level], _describe_findings([finding])


@then(step_re(r"có (?P<count>\d+) phát hiện"))
def finding_count(spec: Spec, count: str) -> None:
    findings = _findings(spec)
    assert len(findings) == int(count), _describe_findings(findings)


@then("không có phát hiện nào")
def no_finding(spec: Spec) -> None:
    findings = _findings(spec)
    assert not findings, _describe_findings(findings)


@then(step_re(r'phát hiện "(?P<code>[^"]+)" (?P<marked>được|không được) đánh dấu tạm thời'))
def finding_provisional(spec: Spec, code: str, marked: str) -> None:
    """A finding on a provisional clause is provisional, like a criterion's result."""
    finding = _finding(spec, code)
    assert finding.provisional is (marked == "được"), _describe_findings([finding])


@then(
    step_re(
        r'phát hiện "(?P<code>[^"]+)" (?:nêu "(?P<text>[^"]+)"|dựa trên dữ kiện '
        r'"(?P<fact_id>[^"]+)"|được đối chiếu với dữ liệu ghi nhận đến "(?P<known>[^"]+)")'
    )
)
def finding_detail(
    spec: Spec, code: str, text: str | None, fact_id: str | None, known: str | None
) -> None:
    """The finding's Vietnamese message mentions TEXT, its evidence includes fact ID, or the
    decision was compared with the record as known at that instant."""
    finding = _finding(spec, code)
    if text is not None:
        assert text in finding.message_vi, _describe_findings([finding])
    if fact_id is not None:
        assert fact_id in finding.evidence, _describe_findings([finding])
    if known is not None:
        assert finding.known_at == vn_instant(known), (
            f"compared as known at {vn_text(finding.known_at)}"
        )
