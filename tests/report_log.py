"""The hand-built provincial log whose every figure is known (``store/test_reports.py`` and
``cli/test_report_cli.py``).

Trà Vinh units A (state-owned, a compliant 2024), B (private, its registration retracted, one
attendance corrected, one session retracted), C (FDI, an incident), D (a small private
enterprise, out of scope), E (private, moves to Vĩnh Long on 01/07/2025), F (former Vĩnh Long
province), G (Hà Nội, never counted), H (registered after the merger under the old name
"Trà Vinh").
"""

from __future__ import annotations

from datetime import date

from antq_compliance import (
    CommendationReceived,
    FactDraft,
    FactRetracted,
    FestivalDayHeld,
    IncidentKind,
    IncidentOccurred,
    Ledger,
    Ownership,
    ProfileChanged,
    PropagandaSessionHeld,
    Recipient,
    Severity,
    Size,
    SizeClass,
    StandardRegistrationFiled,
    SubjectKind,
    SubjectRegistered,
)
from builders import compliant_year, draft
from conftest import FakeClock

A, B, C, D, E, F, G, H = (
    "2100000001",
    "2100000002",
    "2100000003",
    "2100000004",
    "2100000005",
    "1500000001",
    "0100000001",
    "2100000008",
)


def enterprise(
    subject: str,
    ownership: Ownership,
    *,
    province: str = "Trà Vinh",
    commune: str = "Phường 1",
    size: SizeClass = SizeClass.MEDIUM,
    on: date = date(2020, 1, 1),
) -> FactDraft:
    return draft(
        f"{subject}-reg",
        SubjectRegistered(
            kind=SubjectKind.ENTERPRISE,
            name=f"Công ty {subject} Trà Vinh",
            ownership=ownership,
            size=Size(declared=size),
            has_party_organisation=ownership is Ownership.STATE_OWNED,
            province=province,
            commune=commune,
            headcount=100,
        ),
        on,
        subject,
    )


def session(fact_id: str, subject: str, on: date, attendance: int, **extra: str) -> FactDraft:
    return draft(
        fact_id,
        PropagandaSessionHeld(topic="Phòng, chống tín dụng đen", attendance=attendance),
        on,
        subject,
        **extra,
    )


def first_batch() -> list[FactDraft]:
    """What was recorded first (clock 2025-01-10)."""
    return [
        enterprise(A, Ownership.STATE_OWNED),
        enterprise(B, Ownership.PRIVATE, commune="Phường 2"),
        enterprise(C, Ownership.FOREIGN_INVESTED),
        enterprise(D, Ownership.PRIVATE, size=SizeClass.SMALL),
        enterprise(E, Ownership.PRIVATE),
        enterprise(F, Ownership.PRIVATE, province="Vĩnh Long", commune="Phường 9"),
        enterprise(G, Ownership.PRIVATE, province="Hà Nội", commune="Phường Ba Đình"),
        *compliant_year(2024, A),
        draft("A-nh-2024", FestivalDayHeld(attendance=300), date(2024, 8, 19), A),
        draft("B-dk-2024", StandardRegistrationFiled(year=2024), date(2024, 2, 1), B),
        session("B-tt-1", B, date(2024, 3, 5), 100),
        session("B-tt-2", B, date(2024, 4, 5), 80),
        draft("C-dk-2024", StandardRegistrationFiled(year=2024), date(2024, 2, 3), C),
        draft(
            "C-vv-2024",
            IncidentOccurred(
                kind=IncidentKind.CRIME,
                severity=Severity.SERIOUS,
                description="Trộm cắp cuộn cáp đồng trong kho (tội phạm nghiêm trọng)",
            ),
            date(2024, 6, 2),
            C,
        ),
        draft(
            "C-kt-2024",
            CommendationReceived(
                awarded_by="Giám đốc Công an tỉnh Trà Vinh",
                recipient=Recipient.INDIVIDUAL,
                title="Giấy khen",
            ),
            date(2024, 12, 5),
            C,
        ),
        session("D-tt-1", D, date(2024, 9, 9), 50),
        session("G-tt-1", G, date(2024, 9, 9), 999),
    ]


def corrections() -> list[FactDraft]:
    """Recorded later (clock 2025-06-01): a retraction, a correction, a retracted session."""
    return [
        draft(
            "B-dk-2024-rut",
            FactRetracted(target="B-dk-2024", reason="Nộp nhầm, doanh nghiệp chưa đăng ký"),
            date(2024, 6, 30),
            B,
        ),
        session(
            "B-tt-1-sua",
            B,
            date(2024, 3, 5),
            120,
            supersedes="B-tt-1",
            reason="Sửa số lượt người dự theo biên bản",
        ),
        draft(
            "B-tt-2-rut",
            FactRetracted(target="B-tt-2", reason="Nhập trùng"),
            date(2024, 4, 5),
            B,
        ),
    ]


def merger_year() -> list[FactDraft]:
    """2025, recorded at clock 2025-12-01: E moves on 01/07/2025; H registers under the old name."""
    return [
        session("E-tt-1", E, date(2025, 3, 10), 30),
        draft("E-sap-nhap", ProfileChanged(province="Vĩnh Long"), date(2025, 7, 1), E),
        session("E-tt-2", E, date(2025, 8, 10), 40),
        session("F-tt-1", F, date(2025, 2, 1), 25),
        enterprise(H, Ownership.PRIVATE, on=date(2025, 9, 1)),
        session("H-tt-1", H, date(2025, 10, 1), 60),
    ]


def all_drafts() -> list[FactDraft]:
    return [*first_batch(), *corrections(), *merger_year()]


def fill(ledger: Ledger, clock: FakeClock) -> None:
    clock.set("2025-01-10T02:00:00")
    ledger.record_many(first_batch())
    clock.set("2025-06-01T02:00:00")
    ledger.record_many(corrections())
    clock.set("2025-12-01T02:00:00")
    ledger.record_many(merger_year())
