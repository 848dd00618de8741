"""Results in JSON: the status contract (``docs/status.md``), history, diffs, audit findings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from antq_compliance.audit.decisions import Finding as AuditFinding
from antq_compliance.audit.replay import CriterionChange, RulebookDiff, StatusChange, StatusDiff
from antq_compliance.codec.converter import _instant, converter
from antq_compliance.codec.facts import fact_to_json
from antq_compliance.domain.record import SubjectSummary
from antq_compliance.regulation.results import Explanation, RuleRef, YearStatus

__all__ = [
    "STATUS_FORMAT",
    "change_to_json",
    "diff_to_json",
    "explanation_to_json",
    "finding_to_json",
    "rejudge_to_json",
    "rule_to_json",
    "status_to_json",
    "subject_to_json",
]

STATUS_FORMAT = 1
"""Version of the status contract (``docs/status.md``). Independent of the fact formats."""


# --- results -----------------------------------------------------------------------------------


def rule_to_json(rule: RuleRef) -> dict[str, Any]:
    """A rule reference: instrument, version, and the readings that differ from the defaults
    (``{}`` under the documented ones)."""
    return {
        "instrument": rule.instrument,
        "version": rule.version,
        "interpretation": dict(rule.interpretation),
    }


def status_to_json(status: YearStatus) -> dict[str, Any]:
    """The public status contract as a JSON-ready dict (see ``docs/status.md``)."""

    def criterion(c: Any) -> dict[str, Any]:
        return {
            "id": c.id,
            "status": c.status.value,
            "provisional": c.provisional,
            "text_status": c.text_status.value,
            "evidence": list(c.evidence),
            "reason_vi": c.reason_vi,
            "reason_en": c.reason_en,
            "due": c.due.isoformat() if c.due else None,
            "rule": rule_to_json(c.rule),
            "title_vi": c.title_vi,
            "title_en": c.title_en,
        }

    return {
        "format": STATUS_FORMAT,
        "subject": status.subject,
        "name": status.name,
        "kind": status.kind.value if status.kind is not None else None,
        "year": status.year,
        "window": {
            "start": status.window.start.isoformat(),
            "end": status.window.end.isoformat(),
            "clause": status.window.clause,
            "note": status.window.note or None,
            "note_vi": status.window.note_vi or None,
        },
        "rulebook": [rule_to_json(r) for r in status.rulebook],
        "verdict": status.verdict.value,
        "provisional": status.provisional,
        "reason_vi": status.reason_vi,
        "reason_en": status.reason_en,
        "scope": criterion(status.scope) if status.scope else None,
        "scopes": [criterion(c) for c in status.scopes],
        "criteria": [criterion(c) for c in status.criteria],
        "as_of": {
            "business": status.as_of.business.isoformat(),
            "known_at": (
                converter.unstructure(status.as_of.known_at, datetime)
                if status.as_of.known_at
                else None
            ),
        },
    }


# --- audit -------------------------------------------------------------------------------------


def _criterion_change(c: CriterionChange) -> dict[str, Any]:
    return {
        "id": c.id,
        "before": c.before.value if c.before else None,
        "after": c.after.value if c.after else None,
        "reason_vi": c.reason_vi,
        "reason_en": c.reason_en,
    }


def change_to_json(change: StatusChange) -> dict[str, Any]:
    return {
        "recorded_at": _instant(change.recorded_at),
        "facts": list(change.facts),
        "verdict_before": change.verdict_before.value if change.verdict_before else None,
        "verdict_after": change.verdict_after.value,
        "criteria": [_criterion_change(c) for c in change.criteria],
    }


def diff_to_json(delta: StatusDiff) -> dict[str, Any]:
    return {
        "subject": delta.subject,
        "year": delta.year,
        "from": _instant(delta.known_from),
        "to": _instant(delta.known_to),
        "verdict_before": delta.before.verdict.value,
        "verdict_after": delta.after.verdict.value,
        "criteria": [_criterion_change(c) for c in delta.criteria],
        "facts": [fact_to_json(f) for f in delta.facts],
    }


def rejudge_to_json(delta: RulebookDiff) -> dict[str, Any]:
    """A re-judgement (``Ledger.rejudge``, ``antq diff --from-rulebook``)."""
    return {
        "subject": delta.subject,
        "year": delta.year,
        "as_of": delta.as_of.isoformat(),
        "known_at": _instant(delta.known_at) if delta.known_at else None,
        "rulebook_before": delta.rule_before,
        "rulebook_after": delta.rule_after,
        "verdict_before": delta.before.verdict.value,
        "verdict_after": delta.after.verdict.value,
        "criteria": [_criterion_change(c) for c in delta.criteria],
    }


def finding_to_json(finding: AuditFinding) -> dict[str, Any]:
    return {
        "subject": finding.subject,
        "year": finding.year,
        "code": finding.code,
        "severity": finding.severity,
        "clause": finding.clause,
        "message_vi": finding.message_vi,
        "message_en": finding.message_en,
        "decision": finding.decision,
        "text_status": finding.text_status.value,
        "provisional": finding.provisional,
        "known_at": _instant(finding.known_at),
        "evidence": list(finding.evidence),
    }


def subject_to_json(summary: SubjectSummary) -> dict[str, Any]:
    """A registered subject as ``antq subjects --format json`` lists it."""
    return {
        "id": summary.id,
        "name": summary.name,
        "kind": summary.kind.value,
        "ownership": summary.ownership.value if summary.ownership else None,
        "province": summary.province,
        "commune": summary.commune,
        "commune_code": summary.commune_code,
        "facts": summary.facts,
    }


def explanation_to_json(explanation: Explanation) -> dict[str, Any]:
    """One criterion explained: its result in the status contract's shape, the evidence facts in
    the interchange shape, and the year's verdict."""
    body = status_to_json(explanation.status)
    chosen = next(
        c for c in [body["scope"], *body["criteria"]] if c and c["id"] == explanation.result.id
    )
    return {
        "subject": body["subject"],
        "year": body["year"],
        "criterion": chosen,
        "evidence": [fact_to_json(f) for f in explanation.evidence],
        "verdict": body["verdict"],
        "as_of": body["as_of"],
    }
