"""The hand-built provincial logs whose every figure is known (``store/test_reports.py``,
``store/test_reports_kinds.py`` and the ``cli/test_report*.py`` tests).

Trà Vinh units A (state-owned, a compliant 2024), B (private, its registration retracted, one
attendance corrected, one session retracted), C (FDI, an incident), D (a small private
enterprise, out of scope), E (private, moves to Vĩnh Long on 01/07/2025), F (former Vĩnh Long
province), G (Hà Nội, never counted), H (registered after the merger under the old name
"Trà Vinh").
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

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


# --- every kind of subject (store/test_reports_kinds.py) ----------------------------------------
#
# In former Trà Vinh, Phường 1 (29254) with two khóm, a private enterprise it manages (T1), one
# on its territory managed by the province (T2), an upper-secondary school (province) and a
# primary school (out of scope); a small enterprise recorded in "Phường 1" without a code (T3).
# In former Vĩnh Long, another Phường 1 (29551) with a khóm and an enterprise (V1).

P1, K1, K2 = "29254", "29254-KHOM1", "29254-KHOM2"
T1, T2, T3 = "2100000011", "2100000012", "2100000013"
SCHOOL, PRIMARY = "8400001", "8400002"
VL, VK1, V1 = "29551", "29551-KHOM1", "1500000011"


def line(fact_id: str, type_name: str, subject: str, on: str, data: dict[str, Any]) -> str:
    return json.dumps(
        {
            "id": fact_id,
            "type": type_name,
            "subject": subject,
            "occurred_on": on,
            "recorded_by": "cong-an-tinh",
            "format": 3,
            "data": data,
        },
        ensure_ascii=False,
    )


def registration(subject: str, kind: str, province: str, **more: Any) -> str:
    data = {"kind": kind, "name": more.pop("name"), "has_party_organisation": True}
    data |= {"province": province, **more}
    return line(f"{subject}-reg", "SubjectRegistered", subject, "2015-01-01", data)


def kinds_enterprise(
    subject: str, province: str, code: str | None, managed_by: str, **more: Any
) -> str:
    data = {
        "name": f"Công ty TNHH {subject}",
        "ownership": "private",
        "size": {"declared": more.pop("size", "medium")},
        "commune": "Phường 1",
        "headcount": 120,
        "managed_by": managed_by,
        **({"commune_code": code} if code else {}),
    }
    return registration(subject, "enterprise", province, **data)


def registered(subject: str, year: int = 2024, on: str = "02-10") -> str:
    return line(
        f"{subject}-dk-{year}",
        "StandardRegistrationFiled",
        subject,
        f"{year}-{on}",
        {"year": year},
    )


def decided(subject: str, on: str, level: str, *, recognised: bool = True, year: int = 2024) -> str:
    data: dict[str, Any] = {
        "year": year,
        "authority_level": level,
        "authority": f"UBND {level}",
        "decision_number": f"{subject[-3:]}/QĐ-UBND",
        "outcome": "recognised" if recognised else "not_recognised",
    }
    if recognised:
        data["certificate_number"] = f"GCN-{subject}"
    return line(f"{subject}-qd-{year}", "RecognitionDecided", subject, on, data)


def first_lines() -> list[str]:
    area = {"commune": "Phường 1", "local_type": "khom"}
    return [
        registration(P1, "commune", "Trà Vinh", name="Phường 1", commune_type="phuong"),
        registration(K1, "residential_area", "Trà Vinh", name="Khóm 1", **area),
        registration(K2, "residential_area", "Trà Vinh", name="Khóm 2", **area),
        kinds_enterprise(T1, "Trà Vinh", P1, "commune"),
        kinds_enterprise(T2, "Trà Vinh", P1, "province"),
        kinds_enterprise(T3, "Trà Vinh", None, "commune", size="small"),
        registration(
            SCHOOL,
            "educational_institution",
            "Trà Vinh",
            name="Trường THPT Phường 1",
            commune="Phường 1",
            commune_code=P1,
            headcount=80,
            learners=1000,
            education_levels=["upper_secondary"],
            managed_by="province",
        ),
        registration(
            PRIMARY,
            "educational_institution",
            "Trà Vinh",
            name="Trường Tiểu học Phường 1",
            commune="Phường 1",
            commune_code=P1,
            headcount=30,
            learners=500,
            education_levels=["primary"],
            managed_by="district",
        ),
        registration(VL, "commune", "Vĩnh Long", name="Phường 1", commune_type="phuong"),
        registration(VK1, "residential_area", "Vĩnh Long", name="Khóm 1", **area),
        kinds_enterprise(V1, "Vĩnh Long", VL, "commune"),
        *(registered(s) for s in (P1, K1, K2, T1, T2, SCHOOL, VL, VK1, V1)),
        decided(K1, "2024-11-12", "commune"),
        decided(K2, "2024-11-13", "commune"),
        decided(T1, "2024-11-18", "commune"),
        decided(SCHOOL, "2024-11-19", "province"),
        decided(VK1, "2024-11-12", "commune"),
        line(
            "T3-tt",
            "PropagandaSessionHeld",
            T3,
            "2024-05-05",
            {"topic": "Phòng, chống tín dụng đen", "attendance": 40},
        ),
    ]


def correction_lines() -> list[str]:
    """Recorded on 10/01/2025: T1's recognition was signed in error and is replaced by a
    refusal (the commune's clause 4 falls from 3/3 to 2/3)."""
    refusal = json.loads(decided(T1, "2024-11-18", "commune", recognised=False))
    refusal |= {"id": f"{T1}-qd-2024-sua", "supersedes": f"{T1}-qd-2024", "reason": "Ký nhầm"}
    return [json.dumps(refusal, ensure_ascii=False)]


def year_2025_lines() -> list[str]:
    """2025: K1 registers, then (after Trà Vinh ceased to exist on 30/06/2025) is recognised;
    T1 records its new province."""
    return [
        registered(K1, 2025),
        line(f"{T1}-sn", "ProfileChanged", T1, "2025-07-01", {"province": "Vĩnh Long"}),
        decided(K1, "2025-11-12", "commune", year=2025),
    ]


def write(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def fill_kinds(ledger: Ledger, clock: FakeClock, tmp: Path, *, corrected: bool = True) -> None:
    clock.set("2024-12-20T02:00:00")
    ledger.import_jsonl(write(tmp / "first.jsonl", first_lines()))
    if corrected:
        clock.set("2025-01-10T02:00:00")
        ledger.import_jsonl(write(tmp / "correction.jsonl", correction_lines()))
    clock.set("2025-12-01T02:00:00")
    ledger.import_jsonl(write(tmp / "2025.jsonl", year_2025_lines()))
