"""A province-sized, fictitious event log for Trà Vinh, 2021–2025, in the interchange format.

Seeded and deterministic: the same seed writes the same bytes. Every line is format 3. About
320 enterprises of the three ownership types and 8 State-budget-funded agencies in Trà Vinh,
20 communes with three residential areas each, 8 upper-secondary and 2 primary schools, some
enterprises in Vĩnh Long. Each year:

* registrations for the standard, with shares close to what the province reported for
  2021–2022 (every state-owned enterprise, over 70% of private ones, over 40% of FDI ones);
  a unit that registered one year mostly registers the next;
* the year's work of the units that registered, as the criteria read it: under Circular 23
  (2021) the security plan, an emulation commitment signed by every worker, rules on four
  topics, a coordination plan with the police and the local authority, a self-management model
  and a protection force; under Circular 124 (2022 on) the Party resolution and the plan in Q1,
  rules on six topics (the two new ones added in 2022), briefings reaching every worker on the
  rules and the criteria, an effective model assessed in the window (clause 1), the emulation
  rating of the guard force (clause 4) and of each sub-unit — phòng, ban, tổ, đội — at least
  70% of them "Hoàn thành tốt nhiệm vụ" or better (clause 5). Most units do all of it; the
  others miss one or two things (a plan adopted in April, a briefing that reached 90% of the
  workers, a model assessed not effective, clause 2 assessed not fully implemented, a serious
  fire, a fatal labour accident or an unlawful strike, a worker fined in the security-and-order
  field or disciplined for a social evil, a guard force rated only "Hoàn thành nhiệm vụ" or a
  guard disciplined, fewer than 70% of the sub-units rated well; under Circular 23 a theft or a
  fire, a prosecuted worker), and a unit founded during the year, or one without a model yet,
  does not make it; some achieving units have what stays below the thresholds (a minor fire, a
  labour accident without deaths, a guard reprimanded);
* the review meeting (with the Party committee, the mass organisations, the guard force, the
  grassroots police and the managing authority), the dossier of TT124.D9.K2.b and the People's
  Committee's decision with its certificate: between 16 and 19 November under Circular 124
  (January 2022 for the Circular 23 year 2021) — recognised for most units that achieved, not
  recognised for some that did not — with three procedure slips a year for an audit to find
  (a unit recognised against the record, a meeting without the police, a dossier without the
  minutes);
* from 2022, the year of the residential areas (households counted, crime figures compared
  with the year before, the grassroots force rated; decided by the commune before 15/11), the
  schools (learners briefed, the parents' board, subject groups rated; decided by the province)
  and the communes, whose clause 4 reads the areas and private enterprises they manage (decided
  by the district on 19/11, 2022-2024);
* Decree 80 figures of the previous year for about a third of the enterprises, within their
  declared size class; direct propaganda sessions and their attendances, the "Công nhân tự
  quản về ANTT" club replicated from 5 to 13 enterprises by 2022 and more after, festival days,
  commendations, incidents (asset theft, social evils, black-market lending), corrections
  (superseded attendances) and retractions, and the merger of Trà Vinh into Vĩnh Long on
  01/07/2025 (most units record the new province; the others keep the old name, which the
  report resolves through the mapping).

Names, tax codes and decision numbers are invented; commune names are pre-2025 names used as
illustration.

    python examples/tra_vinh/generate.py --out build/tra_vinh_province.jsonl [--seed 124]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

YEARS = range(2021, 2026)
TT23_YEAR = 2021  # judged by Circular 23 (calendar year); Circular 124 from 2022
RULE_TOPICS = [
    "unit_protection",
    "state_secrets",
    "internal_political_security",
    "occupational_safety",
    "fire_prevention",
    "environment",
]
TT23_TOPICS = ["unit_protection", "state_secrets", "internal_political_security", "fire_prevention"]
NEW_TOPICS = ["occupational_safety", "environment"]  # added by Circular 124
AGENCIES = [
    "Tư pháp",
    "Y tế",
    "Xây dựng",
    "Tài chính",
    "Công Thương",
    "Nội vụ",
    "Giáo dục và Đào tạo",
    "Nông nghiệp và Phát triển nông thôn",
]
MERGER = date(2025, 7, 1)
LAST_DAY = date(2025, 11, 30)  # the log ends here: nothing later is recorded
DOCUMENTS = ["submission_letter", "results_report", "meeting_minutes"]  # TT124.D9.K2.b
DECIDED_BY = "Hội đồng Thi đua - Khen thưởng"

# Share of in-scope units that register for the standard, by ownership and year.
REGISTRATION = {
    "state_owned": {2021: 1.0, 2022: 1.0, 2023: 1.0, 2024: 1.0, 2025: 1.0},
    "private": {2021: 0.58, 2022: 0.76, 2023: 0.79, 2024: 0.83, 2025: 0.86},
    "foreign_invested": {2021: 0.32, 2022: 0.46, 2023: 0.52, 2024: 0.58, 2025: 0.63},
}
# Share of the registered units (founded before the year) that miss one or two criteria.
SLIP = {"state_owned": 0.08, "private": 0.16, "foreign_invested": 0.18, None: 0.08}
# What a unit misses, with weights: Circular 23 (2021) and Circular 124 years.
SLIPS_TT23 = {"no_plan": 2, "commitment_short": 5, "incident": 2, "offence": 1}
SLIPS_TT124 = {
    "late_plan": 3,  # clause 1 (p2)
    "late_registration": 2,  # p2
    "late_resolution": 2,  # p1
    "rules_missing": 3,  # p3
    "briefing_short": 4,  # p4
    "model_not_effective": 2,  # p5
    "coordination_not_fulfilled": 1,  # clause 2, as the review meeting assessed it
    "incident": 2,  # clause 3 points d, g: a serious fire, a fatal accident, an unlawful strike
    "sanctioned": 1,  # 3.h: a worker fined in the security-and-order field
    "social_evil": 1,  # 3.h: disciplined from a warning upward for a social evil
    "guard_rated_low": 2,  # clause 4: the guard force only "Hoàn thành nhiệm vụ"
    "guard_disciplined": 1,  # clause 4 (and 5): a guard disciplined from a warning upward
    "sub_units_short": 2,  # clause 5: fewer than 70% of the sub-units rated well
}
APPLY_IF_ACHIEVED = 0.95  # units that achieved and filed their dossier
APPLY_IF_NOT = 0.35  # units that did not achieve and still asked for recognition
SESSIONS = {2021: 185, 2022: 205, 2023: 205, 2024: 210, 2025: 215}
NEW_MODELS = {2021: 5, 2022: 8, 2023: 10, 2024: 12, 2025: 10}
CLB = "clb-cntq"
CLB_NAME = "CLB Công nhân tự quản về an ninh, trật tự"
TEAM = "to-tu-quan"
TEAM_NAME = "Tổ tự quản bảo vệ an ninh, trật tự"

TRA_VINH_PLACES = [
    *(f"Phường {n}, thành phố Trà Vinh" for n in range(1, 10)),
    "Xã Long Đức, thành phố Trà Vinh",
    "Thị trấn Càng Long, huyện Càng Long",
    "Thị trấn Châu Thành, huyện Châu Thành",
    "Xã Đa Lộc, huyện Châu Thành",
    "Thị trấn Cầu Kè, huyện Cầu Kè",
    "Thị trấn Tiểu Cần, huyện Tiểu Cần",
    "Thị trấn Cầu Quan, huyện Tiểu Cần",
    "Thị trấn Cầu Ngang, huyện Cầu Ngang",
    "Thị trấn Trà Cú, huyện Trà Cú",
    "Thị trấn Định An, huyện Trà Cú",
    "Phường 1, thị xã Duyên Hải",
]
VINH_LONG_PLACES = [
    *(f"Phường {n}, thành phố Vĩnh Long" for n in range(1, 6)),
    "Thị trấn Long Hồ, huyện Long Hồ",
]
TRADES = [
    ("Thủy sản", "agriculture_industry_construction"),
    ("May mặc", "agriculture_industry_construction"),
    ("Chế biến dừa", "agriculture_industry_construction"),
    ("Xây dựng", "agriculture_industry_construction"),
    ("Cơ khí", "agriculture_industry_construction"),
    ("Vận tải", "trade_services"),
    ("Thương mại", "trade_services"),
    ("Dược phẩm", "agriculture_industry_construction"),
    ("Giày da", "agriculture_industry_construction"),
    ("Nông sản", "agriculture_industry_construction"),
]
WORDS = [
    "Cửu Long",
    "Phú Hưng",
    "Tân Thành",
    "Hòa Bình",
    "Đại Phát",
    "Nam Việt",
    "Trường Long",
    "Minh Phú",
    "Sông Hậu",
    "Hưng Thịnh",
    "Thuận Phát",
    "An Khang",
    "Bảo Ngọc",
    "Đức Tín",
]
FOREIGN = ["Hàn Quốc", "Đài Loan", "Nhật Bản", "Singapore", "Trung Quốc"]
TOPICS = [
    "Phổ biến Luật An ninh quốc gia và nội quy bảo vệ doanh nghiệp",
    "Phòng, chống tội phạm trộm cắp tài sản trong doanh nghiệp",
    "Nhận diện và phòng, chống tín dụng đen",
    "Phòng, chống tệ nạn xã hội trong công nhân",
    "Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "Phòng, chống ma túy trong công nhân lao động",
]
# Incidents, as (kind, classification, description). Circular 23 (2021) lists thefts of
# high-value assets and fires of any size; Circular 124 counts neither a theft nor a fire that is
# not serious (TT124.D6.K3.g), nor "other" incidents (black-market lending, gambling).
LISTED_INCIDENTS: list[tuple[str, dict[str, Any], str]] = [
    ("high_value_theft", {}, "Phát hiện trộm cắp tài sản của doanh nghiệp (dây điện, vật tư)"),
    ("high_value_theft", {}, "Mất trộm thiết bị, nguyên liệu trong kho"),
    (
        "fire_explosion",
        {"severity": "minor"},
        "Chập điện gây cháy nhỏ tại xưởng, dập tắt kịp thời",
    ),
]
OTHER_INCIDENTS: list[tuple[str, dict[str, Any], str]] = [
    ("other", {}, "Phát hiện công nhân vay tín dụng đen, lãi suất cao"),
    ("other", {}, "Phát hiện nhóm công nhân tụ tập cờ bạc (tệ nạn xã hội)"),
]
# What makes a unit fail TT124.D6.K3 (points d and g), and what stays below the threshold.
SERIOUS_INCIDENTS: list[tuple[str, dict[str, Any], str]] = [
    (
        "fire_explosion",
        {"severity": "serious"},
        "Cháy kho thành phẩm, thiệt hại lớn về tài sản",
    ),
    (
        "labour_accident",
        {"severity": "serious", "deaths": 1},
        "Tai nạn lao động làm chết 01 công nhân",
    ),
    ("strike", {"unlawful": True}, "Ngừng việc tập thể, được xác định là đình công trái pháp luật"),
]
MINOR_INCIDENTS: list[tuple[str, dict[str, Any], str]] = [
    ("fire_explosion", {"severity": "minor"}, "Chập điện gây cháy nhỏ, dập tắt kịp thời"),
    (
        "labour_accident",
        {"severity": "minor", "deaths": 0},
        "Tai nạn lao động, 01 công nhân bị thương nhẹ",
    ),
    ("technical_incident", {"severity": "minor"}, "Sự cố máy nén khí, không thiệt hại về người"),
]
CLASSIFIED_BY = "Công an tỉnh"
# Directly subordinate units (đầu mối trực thuộc) as (name, kind), the first ones first.
ENTERPRISE_SUB_UNITS = [
    ("Phòng Hành chính - Nhân sự", "phong"),
    ("Phòng Kế toán", "phong"),
    ("Tổ Sản xuất số 1", "to"),
    ("Phòng Kinh doanh", "phong"),
    ("Tổ Sản xuất số 2", "to"),
    ("Đội Vận chuyển", "doi"),
]
AGENCY_SUB_UNITS = [
    ("Văn phòng Sở", "phong"),
    ("Thanh tra Sở", "ban"),
    ("Phòng Kế hoạch - Tài chính", "phong"),
    ("Phòng Quản lý chuyên ngành", "phong"),
]
GOOD_RATINGS = [
    {"rating": "good"},
    {"rating": "good"},
    {"rating": "excellent"},
    {"title": "advanced"},
]


@dataclass
class Unit:
    subject: str
    kind: str  # enterprise | agency
    name: str
    ownership: str | None
    size: str | None
    sector: str | None
    headcount: int
    party: bool
    province: str
    commune: str
    since: date
    zeal: float
    """How keen the unit is to register; it keeps the same units registering year after year."""
    topics: set[str] = field(default_factory=set)
    models: list[tuple[str, date]] = field(default_factory=list)
    standing: bool = False
    """Rules, protection force, coordination agreement, sub-units recorded."""
    sub_units: list[str] = field(default_factory=list)

    @property
    def province_managed(self) -> bool:
        """Recognised by the provincial People's Committee (agencies, state-owned enterprises,
        foreign-invested ones — in the industrial zones the province manages); the others by
        the commune's, whose clause 4 (TT124.D5.K4) counts them."""
        return self.kind == "agency" or self.ownership in ("state_owned", "foreign_invested")


class Log:
    """Collects interchange lines; every line is format 3."""

    def __init__(self) -> None:
        self.lines: list[dict[str, Any]] = []

    def add(
        self, fact_id: str, type_: str, subject: str, on: date, data: dict[str, Any], **extra: Any
    ) -> str:
        assert on <= LAST_DAY, (fact_id, on)
        line: dict[str, Any] = {
            "id": fact_id,
            "type": type_,
            "subject": subject,
            "occurred_on": on.isoformat(),
            "recorded_by": extra.pop("recorded_by", "pv05-tra-vinh"),
            "format": 3,
            "data": data,
        }
        line.update({k: v for k, v in extra.items() if v is not None})
        self.lines.append(line)
        return fact_id


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def _units(rng: random.Random) -> list[Unit]:
    units: list[Unit] = []
    plan = [("state_owned", 24), ("private", 236), ("foreign_invested", 60)]
    serial = 0
    for ownership, count in plan:
        for _ in range(count):
            serial += 1
            trade, sector = rng.choice(TRADES)
            word = rng.choice(WORDS)
            if ownership == "state_owned":
                name = f"Công ty TNHH MTV {trade} {word} Trà Vinh"
                size = rng.choice(["large", "medium", "medium"])
            elif ownership == "private":
                name = f"Công ty {rng.choice(['TNHH', 'CP'])} {trade} {word} {serial}"
                size = rng.choices(["micro", "small", "medium", "large"], [5, 35, 45, 15])[0]
            else:
                name = f"Công ty TNHH {trade} {word} {rng.choice(FOREIGN)} Việt Nam"
                size = rng.choice(["medium", "large", "large"])
            headcount = {"micro": 8, "small": 60, "medium": 180, "large": 600}[size]
            headcount = max(5, int(headcount * rng.uniform(0.6, 1.6)))
            units.append(
                Unit(
                    subject=f"21{serial:08d}",
                    kind="enterprise",
                    name=name,
                    ownership=ownership,
                    size=size,
                    sector=sector,
                    headcount=headcount,
                    party=ownership == "state_owned" or rng.random() < 0.25,
                    province="Trà Vinh",
                    commune=rng.choice(TRA_VINH_PLACES),
                    since=_day(rng, date(2015, 1, 1), date(2020, 12, 31))
                    if rng.random() < 0.9
                    else _day(rng, date(2021, 1, 1), date(2023, 12, 31)),
                    zeal=rng.random(),
                )
            )
    for n in range(1, 9):  # provincial agencies, 7-digit budget codes
        units.append(
            Unit(
                subject=f"10{n:05d}",
                kind="agency",
                name=f"Sở {AGENCIES[n - 1]} tỉnh Trà Vinh",
                ownership=None,
                size=None,
                sector=None,
                headcount=rng.randint(40, 200),
                party=True,
                province="Trà Vinh",
                commune=rng.choice(TRA_VINH_PLACES[:9]),
                since=date(2019, 1, 1),
                zeal=1.0,
            )
        )
    for n in range(1, 21):  # a few units of the former Vĩnh Long province
        ownership = rng.choices(["state_owned", "private", "foreign_invested"], [2, 14, 4])[0]
        trade, sector = rng.choice(TRADES)
        size = rng.choice(["small", "medium", "large"])
        units.append(
            Unit(
                subject=f"15{n:08d}",
                kind="enterprise",
                name=f"Công ty TNHH {trade} {rng.choice(WORDS)} Vĩnh Long {n}",
                ownership=ownership,
                size=size,
                sector=sector,
                headcount={"small": 70, "medium": 200, "large": 500}[size],
                party=ownership == "state_owned",
                province="Vĩnh Long",
                commune=rng.choice(VINH_LONG_PLACES),
                since=_day(rng, date(2016, 1, 1), date(2020, 12, 31)),
                zeal=rng.random(),
            )
        )
    return units


def _in_scope_by(unit: Unit, day: date) -> bool:
    """Registered by ``day`` and, under Circular 124 (2022 on), not a small or micro enterprise."""
    small = ("small", "micro") if day.year > TT23_YEAR else ()
    return unit.since <= day and unit.size not in small


def _register(log: Log, unit: Unit) -> None:
    data: dict[str, Any] = {
        "kind": unit.kind,
        "name": unit.name,
        "has_party_organisation": unit.party,
        "province": unit.province,
        "commune": unit.commune,
        "headcount": unit.headcount,
    }
    if unit.kind == "enterprise":
        data["ownership"] = unit.ownership
        data["size"] = {"declared": unit.size}
    else:
        data["state_budget_funded"] = True  # an agency under TT124.D2.K2
    data["managed_by"] = "province" if unit.province_managed else "commune"
    data["commune_code"] = PLACE_CODES[unit.commune]
    log.add(f"{unit.subject}-reg", "SubjectRegistered", unit.subject, unit.since, data)


# Decree 80 caps (employees, revenue in billion VND) of micro, small and medium, per sector.
ND80_CAPS = {
    "agriculture_industry_construction": [(10, 3), (100, 50), (200, 200)],
    "trade_services": [(10, 10), (50, 100), (100, 300)],
}
SIZES = ["micro", "small", "medium", "large"]


def _size_figures(log: Log, rng: random.Random, unit: Unit, year: int) -> None:
    """The figures of ``year - 1`` by which Decree 80 sizes the enterprise, filed in Q1 of
    ``year``: insured employees and revenue within its declared class."""
    assert unit.sector is not None and unit.size is not None
    caps = ND80_CAPS[unit.sector]
    rank = SIZES.index(unit.size)
    low_emp, low_rev = caps[rank - 1] if rank else (0, 0)
    if rank < len(caps):
        employees = max(low_emp + 1, min(unit.headcount, caps[rank][0]) - rng.randint(0, 3))
        revenue = rng.randint(max(1, low_rev), caps[rank][1])
    else:
        employees = max(unit.headcount, low_emp + 1)
        revenue = rng.randint(low_rev + 1, 3 * low_rev)
    swing = min(2, employees - 1)
    months = [employees + (swing if m % 2 else -swing) for m in range(12)]  # averages employees
    log.add(
        f"{unit.subject}-qm-{year - 1}",
        "SizeFiguresReported",
        unit.subject,
        _day(rng, date(year, 2, 1), date(year, 3, 31)),
        {
            "year": year - 1,
            "sector": unit.sector,
            "month_end_insured": months,
            "revenue_vnd": revenue * 1_000_000_000,
        },
        document_ref=f"BCTC {year - 1}",
    )


def _standing(log: Log, rng: random.Random, unit: Unit, year: int) -> None:
    """Rules, protection force, coordination agreement and the directly subordinate units
    (phòng, ban, tổ, đội), recorded the first year the unit does the work: dated before 2021 for
    a unit founded before (its self-management team too, as Circular 23 asked), early in the
    year for a unit founded since."""
    if unit.standing:
        return
    unit.standing = True
    s = unit.subject
    old = unit.since < date(2021, 1, 1)
    if old:
        end = date(2020, 12, 31)
        start = min(unit.since + timedelta(days=20), end)
        rules_on, force_on, plan_on, team_on, units_on = (_day(rng, start, end) for _ in "abcde")
        topics, title = TT23_TOPICS, "Nội quy bảo vệ cơ quan, bảo vệ bí mật và phòng cháy"
        _establish(log, unit, TEAM, TEAM_NAME, team_on)  # its team under Circular 23
    else:
        rules_on, force_on, plan_on, units_on = (
            _day(rng, date(year, 1, 3), date(year, 1, 20)) for _ in "abcd"
        )
        topics = RULE_TOPICS
        title = "Nội quy bảo vệ cơ quan, an toàn lao động, PCCC và bảo vệ môi trường"
    log.add(f"{s}-noiquy", "InternalRuleIssued", s, rules_on, {"title": title, "topics": topics})
    unit.topics.update(topics)
    members = max(2, min(20, unit.headcount // 40))
    log.add(f"{s}-llbv", "ProtectionForceEstablished", s, force_on, {"members": members})
    log.add(
        f"{s}-pc",
        "CoordinationAgreementSigned",
        s,
        plan_on,
        {
            "partners": ["police", "local_authority"],
            "form": "plan" if old else "regulation",
            "title": "Kế hoạch phối hợp bảo đảm ANTT" if old else "Quy chế phối hợp bảo đảm ANTT",
        },
        document_ref=f"{rng.randint(1, 40)}/{'KHPH' if old else 'QCPH'}",
    )
    names = AGENCY_SUB_UNITS if unit.kind == "agency" else ENTERPRISE_SUB_UNITS
    count = min(len(names), max(2, unit.headcount // (50 if unit.kind == "agency" else 80)))
    for n, (name, kind) in enumerate(names[:count], 1):
        ref = f"dm-{n}"
        log.add(
            f"{s}-{ref}",
            "SubUnitEstablished",
            s,
            units_on,
            {"sub_unit": ref, "name": name, "sub_unit_kind": kind},
        )
        unit.sub_units.append(ref)


def _team(log: Log, rng: random.Random, unit: Unit, year: int) -> None:
    """A unit founded since 2021 sets up its self-management team from 2023; until then only
    the club, if it got one, counts as its model."""
    if year >= 2023 and all(model != TEAM for model, _ in unit.models):
        _establish(log, unit, TEAM, TEAM_NAME, _day(rng, date(year, 1, 10), date(year, 1, 25)))


def _establish(log: Log, unit: Unit, model: str, name: str, on: date) -> None:
    s = unit.subject
    log.add(
        f"{s}-mh-{model}",
        "MovementModelEstablished",
        s,
        on,
        {"model": model, "name": name},
        document_ref=f"QĐ thành lập {name}",
    )
    unit.models.append((model, on))


def _slipping(rng: random.Random, working: list[Unit]) -> set[str]:
    """The units that miss something this year: an exact share of each ownership group."""
    chosen: set[str] = set()
    for ownership, share in SLIP.items():
        group = [u.subject for u in working if u.ownership == ownership]
        chosen.update(rng.sample(group, round(share * len(group))))
    return chosen


def _slips(rng: random.Random, unit: Unit, year: int) -> list[str]:
    """What a unit that slips misses this year: one thing, or two."""
    table = SLIPS_TT23 if year == TT23_YEAR else SLIPS_TT124
    options = {
        k: w
        for k, w in table.items()
        if not (k == "late_resolution" and not unit.party)
        and not (k == "rules_missing" and set(NEW_TOPICS) <= unit.topics)
        and not (k == "model_not_effective" and not unit.models)
    }
    first = rng.choices(list(options), list(options.values()))[0]
    if rng.random() < 0.2:
        del options[first]
        return sorted({first, rng.choices(list(options), list(options.values()))[0]})
    return [first]


def _year_work(log: Log, rng: random.Random, unit: Unit, year: int, slips: list[str]) -> None:
    """The facts of the year's work, minus what ``slips`` says the unit missed."""
    s = unit.subject
    q1 = (date(year, 1, 5), date(year, 3, 28))
    late = (date(year, 4, 2), date(year, 5, 25))
    if "no_plan" not in slips:
        on = _day(rng, *(late if "late_plan" in slips else q1))
        log.add(f"{s}-kh-{year}", "SecurityPlanAdopted", s, on, {"year": year})
    if unit.party:
        on = _day(rng, *(late if "late_resolution" in slips else q1))
        form = rng.choice(["dedicated", "integrated"])
        log.add(f"{s}-nq-{year}", "PartyResolutionAdopted", s, on, {"year": year, "form": form})
    if year > TT23_YEAR and not set(NEW_TOPICS) <= unit.topics:
        # Circular 124 added two topics: the unit adds a rule on them, in Q1 of its first
        # Circular 124 year (or only the next January).
        on = date(year + 1, 1, 10) if "rules_missing" in slips else _day(rng, *q1)
        if on <= LAST_DAY:
            log.add(
                f"{s}-noiquy-bs",
                "InternalRuleIssued",
                s,
                on,
                {
                    "title": "Quy định về an toàn lao động và bảo vệ môi trường",
                    "topics": NEW_TOPICS,
                },
            )
            unit.topics.update(NEW_TOPICS)
    if year == TT23_YEAR:
        signed = unit.headcount
        if "commitment_short" in slips:
            signed = min(unit.headcount - 1, int(unit.headcount * rng.uniform(0.8, 0.97)))
        log.add(
            f"{s}-cam-ket-{year}",
            "EmulationCommitmentSigned",
            s,
            _day(rng, *q1),
            {"year": year, "staff_signed": signed},
        )
    # Briefings on the rules and the criteria: one, or two that together reach everyone.
    topics = TT23_TOPICS if year == TT23_YEAR else RULE_TOPICS
    reached = unit.headcount
    if "briefing_short" in slips:
        reached = min(unit.headcount - 1, int(unit.headcount * rng.uniform(0.82, 0.97)))
    parts = [reached]
    if reached >= 40 and rng.random() < 0.3:
        first = int(reached * rng.uniform(0.55, 0.8))
        parts = [first, reached - first]
    spans = [(date(year, 3, 1), date(year, 4, 15)), (date(year, 5, 1), date(year, 6, 30))]
    for n, (staff, span) in enumerate(zip(parts, spans, strict=False), 1):
        log.add(
            f"{s}-pb-{year}-{n}",
            "BriefingHeld",
            s,
            _day(rng, *span),
            {"topics": topics, "criteria_briefed": True, "staff_reached": staff},
        )
    if year == TT23_YEAR or rng.random() < 0.85:  # none is no failure under TT124.D6.K2
        log.add(
            f"{s}-pchd-{year}",
            "CoordinationActivityRecorded",
            s,
            _day(rng, date(year, 4, 1), date(year, 10, 31)),
            {
                "partners": ["police", "local_authority"],
                "description": rng.choice(
                    [
                        "Phối hợp tuần tra, bảo vệ tài sản",
                        "Phối hợp kiểm tra phòng cháy, chữa cháy",
                        "Phối hợp nắm tình hình công nhân lao động",
                    ]
                ),
            },
        )
    for model, established in unit.models:
        log.add(
            f"{s}-dg-{model}-{year}",
            "MovementModelAssessed",
            s,
            _day(rng, max(established + timedelta(days=30), date(year, 10, 1)), date(year, 10, 28)),
            {
                "model": model,
                "effective": "model_not_effective" not in slips,
                "assessed_by": f"Công an {_commune_name(unit, date(year, 10, 1))}",
            },
        )
    if year == TT23_YEAR:
        if "incident" in slips:
            _incident(log, rng, unit, year, f"{s}-vv-{year}", rng.choice(LISTED_INCIDENTS))
        if "offence" in slips:
            log.add(
                f"{s}-vp-{year}",
                "StaffOffenceRecorded",
                s,
                _day(rng, date(year, 2, 1), date(year, 10, 31)),
                {
                    "staff_ref": f"NLD-{year}-{rng.randint(1000, 9999)}",
                    "stage": rng.choice(["prosecuted", "social_evil"]),
                },
            )
        return
    _clauses_2_to_5(log, rng, unit, year, slips)


def _clauses_2_to_5(log: Log, rng: random.Random, unit: Unit, year: int, slips: list[str]) -> None:
    """Under Circular 124: what the review body found about clause 2 where it found it not
    fulfilled, the incidents and sanctions of clause 3, and the year's emulation results of the
    guard force (clause 4) and of each sub-unit (clause 5), decided before the window ends."""
    s = unit.subject
    staff = "employee" if unit.kind == "enterprise" else "civil_servant"
    from_warning = "raise_deferred" if staff == "employee" else "warning"  # discipline.toml
    if "coordination_not_fulfilled" in slips:
        log.add(
            f"{s}-k2-{year}",
            "CriterionAssessed",
            s,
            _day(rng, date(year, 10, 15), date(year, 11, 10)),
            {
                "year": year,
                "clause": "TT124.D6.K2",
                "fulfilled": False,
                "assessed_by": "Đoàn kiểm tra Công an tỉnh",
                "note": "Chưa triển khai đầy đủ quy chế phối hợp với Công an cơ sở",
            },
        )
    if "incident" in slips:
        _incident(log, rng, unit, year, f"{s}-vv-{year}", rng.choice(SERIOUS_INCIDENTS))
    if "sanctioned" in slips:
        log.add(
            f"{s}-xp-{year}",
            "AdministrativeSanctionImposed",
            s,
            _day(rng, date(year, 2, 1), date(year, 10, 31)),
            {
                "person_ref": f"NLD-{year}-{rng.randint(1000, 9999)}",
                "regime": staff,
                "field": "security_order",
                "measure": "phạt tiền về hành vi gây rối trật tự công cộng",
                "decided_by": f"Trưởng Công an {_commune_name(unit, date(year, 6, 1))}",
            },
            document_ref=f"{rng.randint(10, 99)}/QĐ-XPHC",
        )
    if "social_evil" in slips:
        _discipline(log, rng, unit, year, "social_evil", staff, from_warning, None)
    if "guard_disciplined" in slips:
        _discipline(log, rng, unit, year, "violation", "employee", "raise_deferred", "guard_force")
    decided = _day(rng, date(year, 10, 20), date(year, 11, 8))
    guard = {"rating": "done"} if "guard_rated_low" in slips else rng.choice(GOOD_RATINGS)
    _rated(log, unit, year, decided, "guard_force", None, guard)
    count = len(unit.sub_units)
    well = count - count // 4  # 2 of 2, 3 of 3, 3 of 4, 4 of 5, 5 of 6: 70% or more
    if "sub_units_short" in slips:
        well = math.ceil(count * 0.7) - 1  # one short of 70%
    for n, ref in enumerate(unit.sub_units):
        result = rng.choice(GOOD_RATINGS) if n < well else {"rating": "done"}
        _rated(log, unit, year, decided, "sub_unit", ref, result)


def _rated(
    log: Log,
    unit: Unit,
    year: int,
    on: date,
    collective: str,
    sub_unit: str | None,
    result: dict[str, str],
) -> None:
    """A collective's emulation title or rating of ``year`` (TT124.D6.K4-K5)."""
    data: dict[str, Any] = {"year": year, "collective": collective}
    if sub_unit is not None:
        data["sub_unit"] = sub_unit
    data.update(result)
    data["decided_by"] = DECIDED_BY
    name = sub_unit or "llbv"
    log.add(f"{unit.subject}-td-{name}-{year}", "EmulationRated", unit.subject, on, data)


def _discipline(
    log: Log,
    rng: random.Random,
    unit: Unit,
    year: int,
    reason: str,
    regime: str,
    form: str,
    collective: str | None,
) -> None:
    """A disciplinary decision against one person of the unit, by pseudonymous reference."""
    data: dict[str, Any] = {
        "person_ref": f"NLD-{year}-{rng.randint(1000, 9999)}",
        "regime": regime,
        "form": form,
        "reason": reason,
    }
    if collective is not None:
        data["collective"] = collective
    data["decided_by"] = "Người đứng đầu cơ quan, doanh nghiệp"
    suffix = "kl" if form != "reprimand" else "kt"  # kỷ luật, khiển trách
    log.add(
        f"{unit.subject}-{suffix}-{collective or reason}-{year}",
        "DisciplineDecided",
        unit.subject,
        _day(rng, date(year, 2, 1), date(year, 10, 31)),
        data,
        document_ref=f"{rng.randint(1, 60)}/QĐ-KL",
    )


def _incident(
    log: Log,
    rng: random.Random,
    unit: Unit,
    year: int,
    fact_id: str,
    incident: tuple[str, dict[str, Any], str],
) -> None:
    """An incident between 10/01 and 10/11: inside both the calendar year (Circular 23) and
    the 16/11–15/11 window (Circular 124) of ``year``, and no other year's; classified (its
    seriousness, deaths, unlawfulness) by the police where the text needs it."""
    kind, classification, description = incident
    data: dict[str, Any] = {"kind": kind, **classification, "description": description}
    if classification:
        data["classified_by"] = CLASSIFIED_BY
    log.add(
        fact_id,
        "IncidentOccurred",
        unit.subject,
        _day(rng, date(year, 1, 10), date(year, 11, 10)),
        data,
    )


def _commune_name(unit: Unit, day: date) -> str:
    """The commune as named in running text on ``day`` ("phường 3, thành phố Trà Vinh"); after
    the merger, with its new province."""
    head, _, rest = unit.commune.partition(", ")
    head = head[0].lower() + head[1:]
    if day >= MERGER:
        return f"{head}, tỉnh Vĩnh Long"
    return f"{head}, {rest}" if rest else head


class Decisions:
    """Numbers the decisions of each People's Committee per year."""

    def __init__(self, rng: random.Random, low: int = 120) -> None:
        self.rng = rng
        self.low = low
        self.next: dict[tuple[str, int], int] = {}

    def number(self, authority: str, year: int) -> int:
        key = (authority, year)
        if key not in self.next:
            self.next[key] = self.rng.randint(self.low, self.low + 360)
        self.next[key] += 1
        return self.next[key]


def _recognition(
    log: Log,
    rng: random.Random,
    numbers: Decisions,
    unit: Unit,
    year: int,
    *,
    recognised: bool,
    police_present: bool = True,
    documents: list[str] = DOCUMENTS,
    assessed: bool = False,
) -> None:
    """Review meeting, dossier and decision. Under Circular 124 the window ends on 15/11 and
    the decision is due before 20/11 (TT124.D9.K1.c): the meeting in the window's last days,
    the decision between 16 and 19 November. Circular 23 reads its year as the calendar year:
    none of its listed incidents can be ruled out before 31/12, so the 2021 decisions are
    signed in January. ``assessed``: the meeting records that clause 2 was fully implemented."""
    s = unit.subject
    if year == TT23_YEAR:
        meet = (date(year, 12, 10), date(year, 12, 20))
        send = (date(year, 12, 21), date(year, 12, 30))
        sign = (date(year + 1, 1, 5), date(year + 1, 1, 20))
    else:
        meet = (date(year, 11, 11), date(year, 11, 13))
        send = (date(year, 11, 14), date(year, 11, 15))
        sign = (date(year, 11, 16), date(year, 11, 19))
    met_on, sent_on, signed_on = (_day(rng, *span) for span in (meet, send, sign))
    head = "Giám đốc Sở" if unit.kind == "agency" else rng.choice(["Giám đốc", "Tổng Giám đốc"])
    attendees = ["party_committee"] if unit.party else []
    attendees += ["mass_organisations", "guard_force"]
    attendees += ["grassroots_police"] if police_present else []
    attendees += ["managing_authority"]
    log.add(
        f"{s}-hx-{year}",
        "ReviewMeetingHeld",
        s,
        met_on,
        {"year": year, "chaired_by": head, "attendees": attendees},
        document_ref=f"BB họp xét {met_on.strftime('%d/%m/%Y')}",
    )
    if assessed:
        log.add(
            f"{s}-k2-{year}",
            "CriterionAssessed",
            s,
            met_on,
            {
                "year": year,
                "clause": "TT124.D6.K2",
                "fulfilled": True,
                "assessed_by": "Cuộc họp kiểm điểm",
                "note": "Thực hiện đầy đủ quy chế phối hợp với Công an và quy định của địa phương",
            },
        )
    province = "Vĩnh Long" if sent_on >= MERGER else "Trà Vinh"
    if sent_on >= MERGER:  # the police took over from the Steering Committees
        recipient = (
            f"Công an tỉnh {province}"
            if unit.province_managed
            else f"Công an {_commune_name(unit, sent_on)}"
        )
    elif unit.province_managed:
        recipient = f"Cơ quan thường trực Ban Chỉ đạo tỉnh {province}"
    else:
        recipient = f"Cơ quan thường trực Ban Chỉ đạo {_commune_name(unit, sent_on)}"
    log.add(
        f"{s}-hs-{year}",
        "DossierSubmitted",
        s,
        sent_on,
        {"year": year, "documents": documents, "submitted_to": recipient},
    )
    if unit.province_managed:
        level, authority = "province", f"UBND tỉnh {province}"
    else:
        level, authority = "commune", f"UBND {_commune_name(unit, signed_on)}"
    _decision(log, numbers, s, year, signed_on, (level, authority), recognised)


def _decision(
    log: Log,
    numbers: Decisions,
    s: str,
    year: int,
    signed_on: date,
    by: tuple[str, str],
    recognised: bool,
) -> None:
    """The year's RecognitionDecided of subject ``s``, by (authority level, authority), numbered
    in the authority's own series, with its certificate when it recognises."""
    level, authority = by
    number = numbers.number(authority, year)
    data: dict[str, Any] = {
        "year": year,
        "authority_level": level,
        "authority": authority,
        "decision_number": f"{number}/QĐ-UBND",
        "outcome": "recognised" if recognised else "not_recognised",
    }
    if recognised:
        data["certificate_number"] = f"{number}/GCN-UBND"
    log.add(
        f"{s}-qd-{year}",
        "RecognitionDecided",
        s,
        signed_on,
        data,
        recorded_by={"commune": "ubnd-xa", "district": "ubnd-huyen"}.get(level, "ubnd-tinh"),
        document_ref=f"QĐ {number}/QĐ-UBND",
    )


def _registered(
    rng: random.Random, enterprises: list[Unit], agencies: list[Unit], year: int
) -> list[Unit]:
    """The units that register for ``year``: every agency and an exact share of the in-scope
    enterprises of each ownership, the keenest first (so that mostly the same units register
    year after year)."""
    scope_day = date(year, 11, 15)
    registered: list[Unit] = []
    for ownership, shares in REGISTRATION.items():
        pool = [u for u in enterprises if u.ownership == ownership and _in_scope_by(u, scope_day)]
        keen = {u.subject: u.zeal + rng.uniform(0, 0.3) + _pushed(u) for u in pool}
        pool.sort(key=lambda u: (-keen[u.subject], u.subject))
        registered += pool[: math.ceil(shares[year] * len(pool))]
    return sorted(registered + agencies, key=lambda u: u.subject)


def _pushed(unit: Unit) -> float:
    """A private enterprise of a keen commune registers before the others (``KEEN_PLACES``)."""
    return 1.0 if unit.commune in KEEN_PLACES and not unit.province_managed else 0.0


def _decisions(
    log: Log,
    rng: random.Random,
    numbers: Decisions,
    year: int,
    registered: list[Unit],
    achieved: list[Unit],
    missed: dict[str, list[str]],
) -> None:
    """Most units that achieved apply and are recognised (about a third of their review
    meetings record that clause 2 was fully implemented); some that did not apply and are
    refused. Three procedure slips: one unit recognised despite a listed incident (or another
    miss), one review meeting without the grassroots police, one dossier without the minutes of
    the meeting."""
    failing = sorted(s for s, why in missed.items() if why != ["founded_this_year"])
    incidents = [s for s in failing if "incident" in missed[s]]
    against_record = rng.choice(incidents or failing) if failing else None
    applying = [u for u in achieved if rng.random() < APPLY_IF_ACHIEVED]
    odd = rng.sample(applying, 2)
    for unit in registered:
        s = unit.subject
        if unit in applying:
            _recognition(
                log,
                rng,
                numbers,
                unit,
                year,
                recognised=True,
                police_present=unit is not odd[0],
                documents=[d for d in DOCUMENTS if d != "meeting_minutes" or unit is not odd[1]],
                assessed=year > TT23_YEAR and rng.random() < 0.3,
            )
        elif s == against_record:
            _recognition(log, rng, numbers, unit, year, recognised=True)
        elif s in failing and rng.random() < APPLY_IF_NOT:
            _recognition(log, rng, numbers, unit, year, recognised=False)


# --- residential areas, communes and schools (TT124 Art. 4, 5 and 7) --------------------------

PLACE_CODES: dict[str, str] = {
    **{place: str(29254 + 3 * n) for n, place in enumerate(TRA_VINH_PLACES)},
    **{place: str(29551 + 3 * n) for n, place in enumerate(VINH_LONG_PLACES)},
}
"""Each commune's 5-digit code (illustrative numbers in the shape of the national list)."""
KEEN_PLACES = frozenset(p for n, p in enumerate(TRA_VINH_PLACES) if n % 5 in (0, 1, 3))
"""Communes whose police bring every private enterprise they manage to register: their
enterprises register first, so these communes can meet TT124.D5.K4's 100%."""
AREAS_PER_COMMUNE = 3
SCHOOL_TOWNS = [0, 10, 11, 13, 14, 16, 17, 19]  # TRA_VINH_PLACES with an upper-secondary school
PRIMARY_TOWNS = [1, 2]  # and two primary schools, out of scope (TT124.D1.K2.b)
SCHOOL_TOPICS = [
    "institution_protection",
    "internal_political_security",
    "learner_management",
    "fire_prevention",
]
SCHOOL_SUB_UNITS = [
    ("Tổ Toán - Tin học", "to_chuyen_mon"),
    ("Tổ Ngữ văn", "to_chuyen_mon"),
    ("Tổ Ngoại ngữ", "to_chuyen_mon"),
    ("Tổ Khoa học tự nhiên", "to_chuyen_mon"),
    ("Tổ Khoa học xã hội", "to_chuyen_mon"),
    ("Tổ Văn phòng", "to"),
]
AREA_SLIP, COMMUNE_SLIP, SCHOOL_SLIP = 0.15, 0.1, 0.2
AREA_SLIPS = {
    "late_registration": 2,  # TT124.D4.K1.p1
    "households_short": 3,  # D4.K1.p2: fewer than 100% of the households registered
    "crimes_rose": 3,  # D4.K4.a: one count higher than the year before
    "hotspot": 2,  # D4.K4.c: a new social-order hotspot
    "force_low": 2,  # D4.K5: the grassroots force rated "không hoàn thành nhiệm vụ"
}
SCHOOL_SLIPS = {"briefing_short": 3, "school_violence": 2, "sub_units_short": 2}


@dataclass
class Local:
    """A residential area, a commune or a school of Trà Vinh."""

    subject: str
    kind: str  # residential_area | commune | educational_institution
    name: str
    place: str
    """The commune it is in (for a commune, itself), as named in ``TRA_VINH_PLACES``."""
    since: date
    levels: tuple[str, ...] = ()
    headcount: int = 0
    learners: int = 0
    counts: list[int] = field(default_factory=list)
    """Crimes, social evils, other violations of the last year reported."""
    recognised: dict[int, bool] = field(default_factory=dict)
    """Year -> whether its decision recognised it."""
    slips: dict[int, list[str]] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return PLACE_CODES[self.place]

    @property
    def in_scope(self) -> bool:
        return self.kind != "educational_institution" or "upper_secondary" in self.levels


def _running(place: str, day: date) -> str:
    """A commune as named in running text ("phường 3, thành phố Trà Vinh"); after the merger,
    with its new province."""
    head, _, rest = place.partition(", ")
    head = head[0].lower() + head[1:]
    if day >= MERGER:
        return f"{head}, tỉnh Vĩnh Long"
    return f"{head}, {rest}" if rest else head


def _locals(rng: random.Random) -> list[Local]:
    out: list[Local] = []
    for place in TRA_VINH_PLACES:
        commune = Local(PLACE_CODES[place], "commune", place, place, date(2008, 1, 1))
        commune.counts = [rng.randint(8, 20), rng.randint(4, 12), rng.randint(20, 45)]
        out.append(commune)
        urban = not place.startswith("Xã")
        for n in range(1, AREAS_PER_COMMUNE + 1):
            word = "Khóm" if urban else "Ấp"
            subject = f"{PLACE_CODES[place]}-{'KHOM' if urban else 'AP'}{n}"
            name = f"{word} {n}, {_running(place, date(2020, 1, 1)).split(', ')[0]}"
            area = Local(subject, "residential_area", name, place, date(2008, 1, 1))
            area.counts = [rng.randint(1, 6), rng.randint(0, 4), rng.randint(4, 16)]
            out.append(area)
    for n, town in enumerate([*SCHOOL_TOWNS, *PRIMARY_TOWNS], 1):
        place = TRA_VINH_PLACES[town]
        upper = town in SCHOOL_TOWNS
        where = place.split(", ")[1 if place.startswith("Phường") else 0]
        where = where.replace("Thị trấn ", "").replace("thành phố ", "").replace("thị xã ", "")
        name = f"Trường THPT {where}" if upper else f"Trường Tiểu học {place.split(', ')[0]}"
        out.append(
            Local(
                f"84{n:05d}",
                "educational_institution",
                name,
                place,
                date(2005, 8, 1),
                levels=("upper_secondary",) if upper else ("primary",),
                headcount=rng.randint(60, 110) if upper else rng.randint(30, 50),
                learners=rng.randint(900, 1500) if upper else rng.randint(400, 700),
            )
        )
    return out


def _register_local(log: Log, local: Local) -> None:
    data: dict[str, Any] = {
        "kind": local.kind,
        "name": local.name,
        "has_party_organisation": True,
        "province": "Trà Vinh",
    }
    if local.kind == "commune":
        data["commune_type"] = (
            "phuong"
            if local.place.startswith("Phường")
            else "thi_tran"
            if local.place.startswith("Thị trấn")
            else "xa"
        )
    else:
        data["commune"] = local.place
    if local.kind == "residential_area":
        data["local_type"] = "khom" if "KHOM" in local.subject else "ap"
    if local.kind == "educational_institution":
        data |= {
            "headcount": local.headcount,
            "education_levels": list(local.levels),
            "learners": local.learners,
            "managed_by": "province" if local.in_scope else "district",
            "commune_code": local.code,
        }
    log.add(f"{local.subject}-reg", "SubjectRegistered", local.subject, local.since, data)


def _area_year(log: Log, rng: random.Random, area: Local, year: int, slips: list[str]) -> None:
    """A residential area's year (window 01/11 of Y-1 to 31/10 of Y): the Party cell's
    resolution and the registration in Q1, the households counted on 31 March, the grassroots
    force's rating in October, and what ``slips`` says it missed."""
    s = area.subject
    q1, late = (date(year, 1, 5), date(year, 3, 25)), (date(year, 4, 2), date(year, 5, 20))
    on = _day(rng, *q1)
    log.add(f"{s}-nq-{year}", "PartyResolutionAdopted", s, on, {"year": year, "form": "integrated"})
    on = _day(rng, *(late if "late_registration" in slips else q1))
    log.add(f"{s}-dk-{year}", "StandardRegistrationFiled", s, on, {"year": year})
    residing = rng.randint(220, 620)
    registered = residing - rng.randint(3, 15) if "households_short" in slips else residing
    log.add(
        f"{s}-hgd-{year}",
        "HouseholdsCounted",
        s,
        date(year, 3, 31),
        {"year": year, "residing": residing, "registered": registered},
    )
    if "hotspot" in slips:
        log.add(
            f"{s}-td-{year}",
            "HotspotIdentified",
            s,
            _day(rng, date(year, 2, 1), date(year, 9, 30)),
            {"description": "Tụ điểm tụ tập cờ bạc, sử dụng ma túy tại khu đất trống"},
            recorded_by="cong-an-xa",
        )
    rating = "not_done" if "force_low" in slips else rng.choice(["done", "good", "good"])
    log.add(
        f"{s}-tbv-{year}",
        "EmulationRated",
        s,
        _day(rng, date(year, 10, 15), date(year, 10, 30)),
        {
            "year": year,
            "collective": "grassroots_force",
            "rating": rating,
            "decided_by": f"UBND {_running(area.place, date(year, 10, 1))}",
        },
    )


def _crime_figures(log: Log, rng: random.Random, local: Local, year: int, rose: bool) -> None:
    """The police's counts of the year (its window), reported on its last day: held or lower
    than the year before, or one of them higher (``rose``)."""
    counts = [max(0, c - rng.choice([0, 0, 1, 2])) for c in local.counts]
    if rose:
        group = rng.randrange(3)
        counts[group] = local.counts[group] + rng.randint(1, 3)
    local.counts = counts
    general = local.kind == "commune"
    on = date(year, 11, 15) if general else date(year, 10, 31)  # the window's last day
    start, end = ("16/11", "15/11") if general else ("01/11", "31/10")
    log.add(
        f"{local.subject}-sl-{year}",
        "CrimeFiguresReported",
        local.subject,
        min(on, LAST_DAY),
        {
            "year": year,
            "crimes": counts[0],
            "social_evils": counts[1],
            "other_violations": counts[2],
            "source": f"Công an {_running(local.place, on)}, số liệu kỳ {start}/{year - 1} - "
            f"{end}/{year}",
        },
        recorded_by="cong-an-xa",
    )


def _commune_year(log: Log, rng: random.Random, commune: Local, year: int) -> None:
    """The commune's own year: the Party committee's resolution, the plan and the registration
    in Q1, its model assessed in October (or, in a commune that slips, the plan in April)."""
    s = commune.subject
    q1, late = (date(year, 1, 5), date(year, 3, 25)), (date(year, 4, 2), date(year, 5, 20))
    late_plan = "late_plan" in commune.slips.get(year, [])
    log.add(
        f"{s}-nq-{year}",
        "PartyResolutionAdopted",
        s,
        _day(rng, *q1),
        {"year": year, "form": "integrated"},
    )
    log.add(
        f"{s}-kh-{year}",
        "SecurityPlanAdopted",
        s,
        _day(rng, *(late if late_plan else q1)),
        {"year": year},
    )
    log.add(f"{s}-dk-{year}", "StandardRegistrationFiled", s, _day(rng, *q1), {"year": year})
    if year == TT23_YEAR + 1:
        log.add(
            f"{s}-mh",
            "MovementModelEstablished",
            s,
            date(2019, 5, 1),
            {"model": "to-tu-quan", "name": "Tổ tự quản về an ninh, trật tự ở khu dân cư"},
        )
    log.add(
        f"{s}-mh-dg-{year}",
        "MovementModelAssessed",
        s,
        _day(rng, date(year, 10, 1), date(year, 10, 28)),
        {
            "model": "to-tu-quan",
            "effective": True,
            "assessed_by": f"Ban Chỉ đạo {commune.place.split(', ')[-1]}",
        },
    )


def _school_year(log: Log, rng: random.Random, school: Local, year: int, slips: list[str]) -> None:
    """An upper-secondary school's year: resolution, plan and registration in Q1, its staff and
    then its learners briefed, its arrangement with the parents' board for the school year,
    its model assessed, the guard force and the subject groups rated in June (the school year
    ends in ``year``), and what ``slips`` says it missed."""
    s = school.subject
    q1 = (date(year, 1, 5), date(year, 3, 25))
    log.add(
        f"{s}-nq-{year}",
        "PartyResolutionAdopted",
        s,
        _day(rng, *q1),
        {"year": year, "form": "integrated"},
    )
    log.add(f"{s}-kh-{year}", "SecurityPlanAdopted", s, _day(rng, *q1), {"year": year})
    log.add(f"{s}-dk-{year}", "StandardRegistrationFiled", s, _day(rng, *q1), {"year": year})
    learners = school.learners
    if "briefing_short" in slips:
        learners -= rng.randint(20, 90)
    for n, (reached, span) in enumerate(
        [
            (school.headcount, (date(year, 1, 5), date(year, 1, 20))),
            (learners, (date(year, 2, 15), date(year, 3, 20))),
        ],
        1,
    ):
        log.add(
            f"{s}-pb-{year}-{n}",
            "BriefingHeld",
            s,
            _day(rng, *span),
            {"topics": SCHOOL_TOPICS, "criteria_briefed": True, "staff_reached": reached},
        )
    if "school_violence" in slips:
        log.add(
            f"{s}-vv-{year}",
            "IncidentOccurred",
            s,
            _day(rng, date(year, 2, 1), date(year, 10, 31)),
            {
                "kind": "school_violence",
                "description": "Học sinh đánh nhau gây thương tích ngoài cổng trường",
            },
        )
    log.add(
        f"{s}-dg-{year}",
        "MovementModelAssessed",
        s,
        _day(rng, date(year, 10, 1), date(year, 10, 28)),
        {
            "model": "xung-kich",
            "effective": True,
            "assessed_by": f"Công an {_running(school.place, date(year, 10, 1))}",
        },
    )
    decided = _day(rng, date(year, 6, 1), date(year, 6, 15))
    data = {"year": year, "collective": "guard_force", **rng.choice(GOOD_RATINGS)}
    log.add(f"{s}-td-llbv-{year}", "EmulationRated", s, decided, {**data, "decided_by": DECIDED_BY})
    well = len(SCHOOL_SUB_UNITS) - (3 if "sub_units_short" in slips else 1)  # 4/6 (66%), 5/6
    for n in range(len(SCHOOL_SUB_UNITS)):
        result = rng.choice(GOOD_RATINGS) if n < well else {"rating": "done"}
        log.add(
            f"{s}-td-dm-{n + 1}-{year}",
            "EmulationRated",
            s,
            decided,
            {
                "year": year,
                "collective": "sub_unit",
                "sub_unit": f"dm-{n + 1}",
                **result,
                "decided_by": DECIDED_BY,
            },
        )
    log.add(
        f"{s}-pbcm-{year}",
        "ParentsBoardArrangementAdopted",
        s,
        _day(rng, date(year, 9, 5), date(year, 9, 25)),
        {"title": f"Quy chế phối hợp với Ban Đại diện cha mẹ học sinh năm học {year}-{year + 1}"},
    )


def _school_standing(log: Log, school: Local) -> None:
    """What stands from year to year: rules, guard force, subject groups, the model, and the
    first arrangement with the parents' board."""
    s = school.subject
    log.add(
        f"{s}-noiquy",
        "InternalRuleIssued",
        s,
        date(2021, 9, 6),
        {"title": "Nội quy nhà trường", "topics": SCHOOL_TOPICS},
    )
    log.add(f"{s}-llbv", "ProtectionForceEstablished", s, date(2015, 8, 15), {"members": 4})
    for n, (name, kind) in enumerate(SCHOOL_SUB_UNITS, 1):
        log.add(
            f"{s}-dm-{n}",
            "SubUnitEstablished",
            s,
            date(2015, 8, 15),
            {"sub_unit": f"dm-{n}", "name": name, "sub_unit_kind": kind},
        )
    log.add(
        f"{s}-mh",
        "MovementModelEstablished",
        s,
        date(2019, 10, 1),
        {"model": "xung-kich", "name": "Đội thanh niên xung kích an ninh trường học"},
    )
    log.add(
        f"{s}-pbcm-2021",
        "ParentsBoardArrangementAdopted",
        s,
        date(2021, 9, 20),
        {"title": "Quy chế phối hợp với Ban Đại diện cha mẹ học sinh năm học 2021-2022"},
    )


def _local_decision(
    log: Log, rng: random.Random, numbers: Decisions, local: Local, year: int, *, recognised: bool
) -> None:
    """Review meeting, dossier and decision of a residential area (by the commune's People's
    Committee before 15/11, TT124.D9.K1.a and D10.K1), a school (the province's, before 20/11)
    or a commune (the district's, before 20/11, after its units were decided: D9.K1.b,
    D10.K2)."""
    s, kind = local.subject, local.kind
    if kind == "residential_area":
        spans = [(date(year, 11, 4), date(year, 11, 7)), (date(year, 11, 8), date(year, 11, 10))]
        spans.append((date(year, 11, 11), date(year, 11, 14)))
        chair = "Trưởng khóm" if "KHOM" in s else "Trưởng ấp"
        attendees = ["party_cell_secretary", "front_committee", "grassroots_police"]
    elif kind == "educational_institution":
        spans = [(date(year, 11, 11), date(year, 11, 13)), (date(year, 11, 14), date(year, 11, 15))]
        spans.append((date(year, 11, 16), date(year, 11, 19)))
        chair = "Hiệu trưởng"
        attendees = ["party_committee", "mass_organisations", "guard_force"]
        attendees += ["grassroots_police", "managing_authority"]
    else:
        spans = [(date(year, 11, 16), date(year, 11, 17)), (date(year, 11, 18), date(year, 11, 18))]
        spans.append((date(year, 11, 19), date(year, 11, 19)))
        chair = "Chủ tịch UBND"
        attendees = ["party_committee", "mass_organisations", "grassroots_police"]
    met_on, sent_on, signed_on = (_day(rng, *span) for span in spans)
    log.add(
        f"{s}-hx-{year}",
        "ReviewMeetingHeld",
        s,
        met_on,
        {"year": year, "chaired_by": chair, "attendees": attendees},
    )
    province = "Vĩnh Long" if sent_on >= MERGER else "Trà Vinh"
    district = local.place.split(", ")[-1]
    if kind == "residential_area":
        where = _running(local.place, sent_on)
        recipient = f"Công an {where}" if sent_on >= MERGER else f"Thường trực Ban Chỉ đạo {where}"
        level, authority = "commune", f"UBND {_running(local.place, signed_on)}"
    elif kind == "educational_institution":
        recipient = (
            f"Công an tỉnh {province}"
            if sent_on >= MERGER
            else f"Cơ quan thường trực Ban Chỉ đạo tỉnh {province}"
        )
        level, authority = "province", f"UBND tỉnh {province}"
    else:
        recipient = f"Cơ quan thường trực Ban Chỉ đạo {district}"
        level, authority = "district", f"UBND {district}"
    log.add(
        f"{s}-hs-{year}",
        "DossierSubmitted",
        s,
        sent_on,
        {"year": year, "documents": DOCUMENTS, "submitted_to": recipient},
    )
    _decision(log, numbers, s, year, signed_on, (level, authority), recognised)
    local.recognised[year] = recognised


def _clause_4(
    log: Log, commune: Local, areas: list[Local], enterprises: list[Unit], year: int
) -> bool:
    """Whether the commune meets TT124.D5.K4 as the log stands: every unit it manages on
    15/11 (its residential areas, the private enterprises on its territory, but the small and
    micro ones, out of scope) registered for the year, and 70% or more of them recognised."""
    end = date(year, 11, 15).isoformat()
    withdrawn = {line["data"]["target"] for line in log.lines if line["type"] == "FactRetracted"}
    filed = {
        line["subject"]
        for line in log.lines
        if line["type"] == "StandardRegistrationFiled"
        and line["data"]["year"] == year
        and line["occurred_on"] <= end
        and line["id"] not in withdrawn
    }
    decided = {
        line["subject"]: line["data"]["outcome"] == "recognised"
        for line in log.lines
        if line["type"] == "RecognitionDecided" and line["data"]["year"] == year
    }
    managed = [a.subject for a in areas if a.place == commune.place]
    managed += [
        u.subject
        for u in enterprises
        if u.commune == commune.place
        and _counted(u)
        and not u.province_managed
        and u.since.isoformat() <= end
    ]
    recognised = sum(1 for m in managed if decided.get(m))
    return all(m in filed for m in managed) and recognised * 10 >= len(managed) * 7


def _counted(unit: Unit) -> bool:
    """Whether clause 4 counts the unit where its commune manages it: a unit in the scope of
    Circular 124 (not a small or micro enterprise, TT124.D1.K2.b)."""
    return unit.kind == "agency" or unit.size in ("medium", "large")


def _locals_year(
    log: Log,
    rng: random.Random,
    numbers: Decisions,
    locals_: list[Local],
    enterprises: list[Unit],
    year: int,
) -> None:
    """The year of the residential areas, communes and schools: under Circular 23 (2021) only
    the crime figures (the baseline of 2022's comparison); under Circular 124 their work, the
    decisions of the areas and schools, then the communes', which read them (2022-2024: the
    district level that decides them was abolished on 01/07/2025)."""
    areas = [x for x in locals_ if x.kind == "residential_area"]
    communes = [x for x in locals_ if x.kind == "commune"]
    schools = [x for x in locals_ if x.kind == "educational_institution" and x.in_scope]
    if year == TT23_YEAR:
        for local in (*areas, *communes):
            _crime_figures(log, rng, local, year, rose=False)
        return
    for area in areas:
        slips = _pick(rng, AREA_SLIPS) if rng.random() < AREA_SLIP else []
        area.slips[year] = slips
        _area_year(log, rng, area, year, slips)
        _crime_figures(log, rng, area, year, rose="crimes_rose" in slips)
        if rng.random() < (APPLY_IF_ACHIEVED if not slips else APPLY_IF_NOT):
            _local_decision(log, rng, numbers, area, year, recognised=not slips)
    for school in schools:
        slips = _pick(rng, SCHOOL_SLIPS) if rng.random() < SCHOOL_SLIP else []
        _school_year(log, rng, school, year, slips)
        if rng.random() < (APPLY_IF_ACHIEVED if not slips else APPLY_IF_NOT):
            _local_decision(log, rng, numbers, school, year, recognised=not slips)
    for commune in communes:
        slips = [rng.choice(["late_plan", "crimes_rose"])] if rng.random() < COMMUNE_SLIP else []
        commune.slips[year] = slips
        _commune_year(log, rng, commune, year)
        _crime_figures(log, rng, commune, year, rose="crimes_rose" in slips)
    if year >= MERGER.year:
        return
    for commune in communes:
        mine = [a for a in areas if a.place == commune.place]
        hotspot = any("hotspot" in a.slips.get(year, []) for a in mine)  # on its territory too
        achieved = (
            not commune.slips[year]
            and not hotspot
            and _clause_4(log, commune, areas, enterprises, year)
        )
        if rng.random() < (APPLY_IF_ACHIEVED if achieved else APPLY_IF_NOT):
            _local_decision(log, rng, numbers, commune, year, recognised=achieved)


def _pick(rng: random.Random, table: dict[str, int]) -> list[str]:
    return [rng.choices(list(table), list(table.values()))[0]]


def generate(seed: int = 124) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    local_rng = random.Random(seed * 7 + 1)  # the areas, communes and schools: their own draws
    log = Log()
    units = _units(rng)
    for unit in units:
        _register(log, unit)
    locals_ = _locals(local_rng)
    local_numbers = Decisions(local_rng, low=600)
    for local in locals_:
        _register_local(log, local)
        if local.kind == "educational_institution" and local.in_scope:
            _school_standing(log, local)
    enterprises = [u for u in units if u.kind == "enterprise"]
    agencies = [u for u in units if u.kind == "agency"]
    numbers = Decisions(rng)
    clubs: list[Unit] = []
    for year in YEARS:
        registered = _registered(rng, enterprises, agencies, year)
        # Retractions: a few registrations filed by mistake (the wrong year's form).
        mistaken = rng.sample(
            [u for u in registered if u.ownership == "private" and u.since.year < year], 2
        )
        # Movement models: the club replicated in more enterprises each year.
        _new_clubs(log, rng, enterprises, clubs, year)
        # The year's work of the registered units; who achieved.
        achieved: list[Unit] = []
        missed: dict[str, list[str]] = {}
        busy = [u for u in registered if u not in mistaken and u.since.year < year]
        slipping = _slipping(rng, busy)
        for unit in registered:
            _registered_unit(log, rng, unit, year, (busy, slipping, mistaken), achieved, missed)
        # Clubs of units that did not register this year are still assessed and active.
        _club_year(log, rng, clubs, busy, year)
        if year > TT23_YEAR:
            _below_thresholds(log, rng, achieved, enterprises, year)
        _decisions(log, rng, numbers, year, registered, achieved, missed)
        _locals_year(log, local_rng, local_numbers, locals_, enterprises, year)
        # Incidents that do not decide a verdict: black-market lending and social evils
        # anywhere, thefts and fires in units that were not doing the year's work.
        _idle_incidents(log, rng, enterprises, busy, year)
        _activities(log, rng, units, year, achieved + clubs)
    # The 2025 merger: most Trà Vinh units record their new province; the others do not.
    for unit in units:
        if unit.province == "Trà Vinh" and rng.random() < 0.75:
            log.add(
                f"{unit.subject}-sap-nhap",
                "ProfileChanged",
                unit.subject,
                MERGER,
                {"province": "Vĩnh Long"},
                document_ref="Nghị quyết 202/2025/QH15",
            )
    for local in locals_:
        if local_rng.random() < 0.75:
            log.add(
                f"{local.subject}-sap-nhap",
                "ProfileChanged",
                local.subject,
                MERGER,
                {"province": "Vĩnh Long"},
                document_ref="Nghị quyết 202/2025/QH15",
            )
    return log.lines


def _new_clubs(
    log: Log, rng: random.Random, enterprises: list[Unit], clubs: list[Unit], year: int
) -> None:
    """Movement models: the club replicated in more enterprises each year."""
    candidates = [
        u
        for u in enterprises
        if u not in clubs
        and (u.ownership != "foreign_invested" or rng.random() < 0.3)
        and _in_scope_by(u, date(year, 1, 1))
        and u.province == "Trà Vinh"
    ]
    candidates.sort(key=lambda u: (-u.headcount, u.subject))
    for unit in candidates[: NEW_MODELS[year]]:
        clubs.append(unit)
        _establish(log, unit, CLB, CLB_NAME, _day(rng, date(year, 1, 10), date(year, 4, 30)))


def _registered_unit(
    log: Log,
    rng: random.Random,
    unit: Unit,
    year: int,
    work: tuple[list[Unit], set[str], list[Unit]],
    achieved: list[Unit],
    missed: dict[str, list[str]],
) -> None:
    """One registered unit's year: its work (unless founded this year or its registration was
    a mistake), its registration, and whether it achieved. ``work``: (busy, slipping, mistaken)."""
    busy, slipping, mistaken = work
    s = unit.subject
    working = unit in busy
    slips: list[str] = []
    if working:
        _standing(log, rng, unit, year)
        if not unit.models:
            _team(log, rng, unit, year)
        if s in slipping:
            slips = _slips(rng, unit, year)
        if not unit.models:
            slips = sorted({*slips, "no_model"} - {"model_not_effective"})
    q1 = (max(date(year, 1, 5), unit.since), date(year, 3, 31))
    on = (
        _day(rng, date(year, 4, 3), date(year, 6, 20))
        if "late_registration" in slips or q1[0] > q1[1]
        else _day(rng, *q1)
    )
    log.add(
        f"{s}-dk-{year}",
        "StandardRegistrationFiled",
        s,
        max(on, unit.since),
        {"year": year},
        document_ref=f"{rng.randint(1, 99)}/ĐK-ANTT",
    )
    if unit in mistaken:
        log.add(
            f"{s}-dk-{year}-rut",
            "FactRetracted",
            s,
            date(year, 6, 30),
            {
                "target": f"{s}-dk-{year}",
                "reason": "Nộp nhầm mẫu đăng ký; doanh nghiệp chưa đăng ký",
            },
        )
    elif not working:
        missed[s] = ["founded_this_year"]  # registers, but the year is not complete
    else:
        _year_work(log, rng, unit, year, slips)
        if slips:
            missed[s] = slips
        else:
            achieved.append(unit)


def _club_year(
    log: Log, rng: random.Random, clubs: list[Unit], busy: list[Unit], year: int
) -> None:
    """Clubs of units that did not register this year are still assessed and active."""
    for unit in clubs:
        s = unit.subject
        if unit not in busy:
            log.add(
                f"{s}-dg-{CLB}-{year}",
                "MovementModelAssessed",
                s,
                date(year, 10, rng.randint(1, 28)),
                {
                    "model": CLB,
                    "effective": rng.random() < 0.9,
                    "assessed_by": "Phòng PV05, Công an tỉnh",
                },
            )
        log.add(
            f"{s}-mh-hd-{year}",
            "MovementModelActivityRecorded",
            s,
            date(year, 6, rng.randint(1, 28)),
            {
                "model": CLB,
                "description": "Tuần tra bảo vệ lưới điện, tài sản",
                "participants": 20,
            },
        )


def _below_thresholds(
    log: Log, rng: random.Random, achieved: list[Unit], enterprises: list[Unit], year: int
) -> None:
    """What stays below the thresholds, and Decree 80's figures (Circular 124 years)."""
    # Below the thresholds, so no failure: a minor fire, a labour accident without
    # deaths, a guard reprimanded ("khiển trách" is below "cảnh cáo").
    for n, unit in enumerate(rng.sample(achieved, 8)):
        if n % 2:
            fact_id = f"{unit.subject}-vv-{year}-nhe"
            _incident(log, rng, unit, year, fact_id, rng.choice(MINOR_INCIDENTS))
        else:
            _discipline(log, rng, unit, year, "violation", "employee", "reprimand", "guard_force")
    # Decree 80: the previous year's figures of a third of the enterprises.
    for unit in enterprises:
        if unit.since < date(year - 1, 1, 1) and rng.random() < 0.35:
            _size_figures(log, rng, unit, year)


def _idle_incidents(
    log: Log, rng: random.Random, enterprises: list[Unit], busy: list[Unit], year: int
) -> None:
    idle = [u for u in enterprises if u not in busy and u.since < date(year, 1, 1)]
    for n in range(rng.randint(7, 11)):
        if n % 3 == 1:
            incident, unit = rng.choice(LISTED_INCIDENTS), rng.choice(idle)
        else:
            incident = rng.choice(OTHER_INCIDENTS)
            unit = rng.choice([u for u in enterprises if u.since < date(year, 1, 1)])
        _incident(log, rng, unit, year, f"{unit.subject}-vv-{year}-{n}", incident)


def _activities(
    log: Log, rng: random.Random, units: list[Unit], year: int, commendable: list[Unit]
) -> None:
    """Propaganda sessions (with corrections), festival days and commendations."""
    # Propaganda sessions, weighted to large units and to campaign months.
    weights = [u.headcount for u in units]
    months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    month_weights = [3, 4, 10, 9, 7, 6, 6, 11, 9, 7, 6, 4]
    sessions: dict[str, dict[str, Any]] = {}
    for n in range(SESSIONS[year]):
        unit = rng.choices(units, weights)[0]
        month = rng.choices(months, month_weights)[0]
        on = date(year, month, rng.randint(1, 28))
        if on < unit.since or on > LAST_DAY:
            continue
        fact_id = f"{unit.subject}-tt-{year}-{n:03d}"
        attendance = (
            min(unit.headcount, rng.randint(150, 520))
            if unit.kind == "enterprise"
            else rng.randint(40, 150)
        )
        log.add(
            fact_id,
            "PropagandaSessionHeld",
            unit.subject,
            on,
            {"topic": rng.choice(TOPICS), "attendance": attendance},
            recorded_by="cong-an-xa",
        )
        sessions[fact_id] = log.lines[-1]
    # Corrections: attendances re-counted from the minutes; one duplicate retracted.
    corrected = rng.sample(sorted(sessions), 4)
    for fact_id in corrected:
        line = sessions[fact_id]
        log.add(
            f"{fact_id}-sua",
            "PropagandaSessionHeld",
            line["subject"],
            date.fromisoformat(line["occurred_on"]),
            {
                "topic": line["data"]["topic"],
                "attendance": line["data"]["attendance"] + rng.randint(5, 60),
            },
            supersedes=fact_id,
            reason="Sửa số lượt người dự theo biên bản",
        )
    duplicate = rng.choice([f for f in sorted(sessions) if f not in corrected])
    line = sessions[duplicate]
    log.add(
        f"{duplicate}-rut",
        "FactRetracted",
        line["subject"],
        date.fromisoformat(line["occurred_on"]),
        {"target": duplicate, "reason": "Nhập trùng buổi tuyên truyền"},
    )
    # Festival days (around 19 August) and commendations (for units that achieved, and clubs).
    for unit in rng.sample([u for u in units if u.since < date(year, 8, 1)], 30):
        log.add(
            f"{unit.subject}-nh-{year}",
            "FestivalDayHeld",
            unit.subject,
            date(year, 8, rng.randint(10, 25)),
            {"attendance": min(unit.headcount, rng.randint(80, 400))},
        )
    province = "Vĩnh Long" if year >= MERGER.year else "Trà Vinh"
    pool = sorted({u.subject: u for u in commendable}.values(), key=lambda u: u.subject)
    for n, unit in enumerate(rng.sample(pool, 12)):
        log.add(
            f"{unit.subject}-kt-{year}-{n}",
            "CommendationReceived",
            unit.subject,
            date(year, 12, rng.randint(1, 20))
            if year < LAST_DAY.year
            else date(year, 11, rng.randint(1, 20)),
            {
                "awarded_by": f"Giám đốc Công an tỉnh {province}",
                "recipient": "collective" if n % 3 else "individual",
                "title": "Giấy khen thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ",
            },
        )


def lines(seed: int = 124) -> Iterator[str]:
    for line in generate(seed):
        yield json.dumps(line, ensure_ascii=False, sort_keys=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=124)
    parser.add_argument("--out", type=Path, help="output file (default: standard output)")
    args = parser.parse_args(argv)
    text = "".join(f"{line}\n" for line in lines(args.seed))
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
        print(f"{args.out}: {text.count(chr(10))} facts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
