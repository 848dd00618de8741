"""Small builders for tests: a compliant year for one unit, as drafts, in a few lines."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from antq_compliance import (
    BriefingHeld,
    Collective,
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    CoordinationForm,
    CoordinationParty,
    EmulationRated,
    EmulationTitle,
    FactData,
    FactDraft,
    InternalRuleIssued,
    MovementModelAssessed,
    MovementModelEstablished,
    Ownership,
    PartyResolutionAdopted,
    ProtectionForceEstablished,
    Rating,
    ResolutionForm,
    RuleTopic,
    SecurityPlanAdopted,
    Size,
    SizeClass,
    StandardRegistrationFiled,
    SubjectKind,
    SubjectRegistered,
    SubUnitEstablished,
    SubUnitKind,
)

SUBJECT = "2100000001"

EVENTS_DOC = Path(__file__).resolve().parents[1] / "docs" / "events.md"
DOCUMENTED_LINES: list[dict[str, Any]] = [
    json.loads(line)
    for block in re.findall(r"```jsonl\n(.*?)```", EVENTS_DOC.read_text("utf-8"), flags=re.S)
    for line in block.splitlines()
    if line.strip()
]
"""Every interchange line shown in ``docs/events.md``, parsed."""


def draft(
    fact_id: str, data: FactData, on: date, subject: str = SUBJECT, **extra: str
) -> FactDraft:
    return FactDraft(
        id=fact_id, subject=subject, occurred_on=on, recorded_by="test", data=data, **extra
    )


def registration(
    subject: str = SUBJECT,
    *,
    size: SizeClass = SizeClass.LARGE,
    party: bool = True,
    headcount: int = 100,
    kind: SubjectKind = SubjectKind.ENTERPRISE,
    armed_forces: bool = False,
) -> FactDraft:
    enterprise = kind is SubjectKind.ENTERPRISE
    return draft(
        f"{subject}-reg",
        SubjectRegistered(
            kind=kind,
            name="Công ty Điện lực Trà Vinh" if enterprise else "Sở Tư pháp tỉnh Trà Vinh",
            ownership=Ownership.STATE_OWNED if enterprise else None,
            size=Size(declared=size) if enterprise else None,
            has_party_organisation=party,
            province="Trà Vinh",
            commune="Phường 1",
            headcount=headcount,
            armed_forces=armed_forces,
        ),
        date(2020, 1, 1),
        subject,
    )


def compliant_year(
    year: int = 2024, subject: str = SUBJECT, headcount: int = 100
) -> list[FactDraft]:
    """Every Article 6 criterion met for ``year`` (party organisation present): the duties of
    clause 1, a coordination regulation with the police, a guard force rated "Hoàn thành tốt
    nhiệm vụ" (clause 4) and one sub-unit holding "Tập thể lao động tiên tiến" (clause 5)."""
    p = f"{subject}-{year}"
    return [
        draft(
            f"{p}-nq",
            PartyResolutionAdopted(year=year, form=ResolutionForm.DEDICATED),
            date(year, 1, 15),
            subject,
        ),
        draft(f"{p}-kh", SecurityPlanAdopted(year=year), date(year, 2, 1), subject),
        draft(f"{p}-dk", StandardRegistrationFiled(year=year), date(year, 2, 2), subject),
        draft(
            f"{p}-rule",
            InternalRuleIssued(title="Nội quy", topics=frozenset(RuleTopic)),
            date(year - 1, 12, 1),
            subject,
        ),
        draft(
            f"{p}-pb",
            BriefingHeld(
                topics=frozenset(RuleTopic), criteria_briefed=True, staff_reached=headcount
            ),
            date(year, 3, 1),
            subject,
        ),
        draft(
            f"{p}-mh",
            MovementModelEstablished(model=f"mh-{year}", name="CLB Công nhân tự quản về ANTT"),
            date(year, 1, 5),
            subject,
        ),
        draft(
            f"{p}-mh-dg",
            MovementModelAssessed(model=f"mh-{year}", effective=True, assessed_by="Công an tỉnh"),
            date(year, 10, 1),
            subject,
        ),
        draft(
            f"{p}-pc",
            CoordinationAgreementSigned(
                partners=frozenset({CoordinationParty.POLICE}),
                form=CoordinationForm.REGULATION,
                title="Quy chế phối hợp",
            ),
            date(year, 1, 10),
            subject,
        ),
        draft(
            f"{p}-pc-hd",
            CoordinationActivityRecorded(
                partners=frozenset({CoordinationParty.POLICE}), description="Tuần tra chung"
            ),
            date(year, 5, 1),
            subject,
        ),
        draft(f"{p}-llbv", ProtectionForceEstablished(members=5), date(year, 1, 3), subject),
        draft(
            f"{p}-llbv-td",
            EmulationRated(
                year=year,
                collective=Collective.GUARD_FORCE,
                rating=Rating.GOOD,
                decided_by="Hội đồng thi đua",
            ),
            date(year, 10, 20),
            subject,
        ),
        draft(
            f"{p}-dm",
            SubUnitEstablished(
                sub_unit=f"to-bv-{year}", name="Tổ bảo vệ", sub_unit_kind=SubUnitKind.TO
            ),
            date(year, 1, 4),
            subject,
        ),
        draft(
            f"{p}-dm-td",
            EmulationRated(
                year=year,
                collective=Collective.SUB_UNIT,
                sub_unit=f"to-bv-{year}",
                title=EmulationTitle.ADVANCED,
                decided_by="Hội đồng thi đua",
            ),
            date(year, 10, 20),
            subject,
        ),
    ]
