"""A seeded, deterministic generator of realistic facts for benchmarks.

``generate(units, year, seed)`` yields :class:`~antq_compliance.facts.FactDraft` objects: for
each unit a ``SubjectRegistered`` first, then about 25-35 facts of one evaluation year (TT124
window 16/11 of ``year - 1`` to 15/11 of ``year``), in business-date order, in the shapes of the
current interchange format (3). Unit ``i`` depends only on ``(seed, i, year)``: the first N
units are the same whatever ``units`` is.

The mix, per unit (probabilities are approximate):

* kind: 80% enterprises (private 60%, foreign-invested 25%, state-owned 15%), 20% agencies
  (half with a 10-digit tax code, half with a 7-digit budget code; ~98% funded from the State
  budget, TT124.D2.K2); out of scope: ~6% of enterprises are small or micro (declared, computed
  per ND80 from the figures given on registration, or from the previous year's
  ``SizeFiguresReported``, which ~40% of enterprises record), ~2% of agencies belong to the
  armed forces, ~2% are not budget-funded;
* clause 1: Party resolution (units with a Party organisation; ~7% adopted after Q1), security
  plan and standard registration (each ~8% late), 2-4 internal rules covering the six topics
  (~7% leave one topic out; ~4% repeal a rule, half of them re-issue it), 2-4 briefings (~10%
  reach fewer staff than the headcount), a movement model with activities and an assessment
  (~5% none, ~10% assessed not effective);
* clause 2: a coordination agreement (~95%) with activities (~90%); the review meeting's
  assessment of the clause (``CriterionAssessed``) for ~30% of units, ~5% of them "not
  fulfilled";
* clause 3: incidents (~8%) of every kind the points read, with the classification the point
  needs (a fire's or a crime's seriousness, a labour accident's deaths, a strike found unlawful
  or not, force majeure, a crime's handling; most below the threshold), and a few kinds only
  Circular 23 lists; an administrative sanction of a staff member (~2%, most in the
  security-and-order field); staff offences (~2%);
* clauses 4-5: a guard force (~92%) with its training and its rating of the year (~95% rated:
  mostly "Hoàn thành tốt nhiệm vụ" or better, ~5% only "Hoàn thành nhiệm vụ", ~1% not eligible);
  2-6 sub-units (phòng, ban, tổ, đội; ~10% of units record none), each rated, ~5% of units
  below 70%; a disciplinary decision (~4%: a reprimand, or from a warning upward, against a
  guard, a sub-unit's member or another staff member, some for a social evil);
* propaganda sessions, festival days, commendations, headcount changes (~8%);
* corrections: ~5% retract a propaganda session recorded twice, ~5% supersede a briefing whose
  attendance was mistyped, ~2% retract an incident recorded in error.

Run it as a script to write JSON Lines: ``python benchmarks/generate.py --units 100 --out f.jsonl``.
"""

from __future__ import annotations

import argparse
import itertools
import random
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path

import attrs
import orjson

from antq_compliance.codec.facts import draft_to_json
from antq_compliance.domain.facts import (
    AdministrativeSanctionImposed,
    BriefingHeld,
    CommendationReceived,
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    CriterionAssessed,
    DisciplineDecided,
    EmulationRated,
    FactData,
    FactDraft,
    FactRetracted,
    FestivalDayHeld,
    IncidentOccurred,
    InternalRuleIssued,
    InternalRuleRepealed,
    MovementModelActivityRecorded,
    MovementModelAssessed,
    MovementModelEstablished,
    PartyResolutionAdopted,
    ProfileChanged,
    PropagandaSessionHeld,
    ProtectionForceEstablished,
    ProtectionForceTrained,
    SecurityPlanAdopted,
    Size,
    SizeFiguresReported,
    SizeInputs,
    StaffOffenceRecorded,
    StandardRegistrationFiled,
    SubjectRegistered,
    SubUnitEstablished,
)
from antq_compliance.domain.vocabulary import (
    Collective,
    CoordinationForm,
    CoordinationParty,
    DisciplineForm,
    DisciplineReason,
    EmulationTitle,
    IncidentKind,
    OffenceStage,
    Ownership,
    PersonRegime,
    Rating,
    Recipient,
    ResolutionForm,
    RuleTopic,
    SanctionField,
    Sector,
    Severity,
    SizeClass,
    SubjectKind,
    SubUnitKind,
)

__all__ = [
    "DEFAULT_SEED",
    "generate",
    "generate_events",
    "history",
    "unit_range",
    "write_jsonl",
]

DEFAULT_SEED = 124

# Two-digit prefixes of the tax codes (illustrative) and province names.
_PROVINCES: tuple[tuple[str, str], ...] = (
    ("01", "Thành phố Hà Nội"),
    ("02", "Thành phố Hải Phòng"),
    ("03", "Thành phố Hồ Chí Minh"),
    ("04", "Thành phố Đà Nẵng"),
    ("23", "Bắc Ninh"),
    ("26", "Thái Nguyên"),
    ("28", "Thanh Hóa"),
    ("29", "Nghệ An"),
    ("36", "Bình Dương"),
    ("37", "Đồng Nai"),
    ("57", "Quảng Ninh"),
    ("18", "Cần Thơ"),
)
_COMMUNES = ("Phường Bến Nghé", "Phường Cửa Nam", "Xã Tân Phú", "Phường Hòa Khánh", "Xã Đông Anh")
_WORDS = (
    "Hòa Phát",
    "Minh Long",
    "Thành Công",
    "Việt Tiến",
    "Sông Hồng",
    "Đại Dương",
    "Phú Mỹ",
    "An Khang",
    "Bình Minh",
    "Hưng Thịnh",
    "Trường Sơn",
    "Kim Ngân",
    "Tân Cảng",
    "Nam Việt",
)
_TRADES = (
    "Dệt may",
    "Cơ khí",
    "Xây dựng",
    "Điện tử",
    "Thực phẩm",
    "Vận tải",
    "Thương mại",
    "Dược phẩm",
    "Bao bì",
    "Logistics",
)
_FOREIGN = ("Samwoo", "Tanaka", "Everwin", "Hansol", "Lotus Global", "Pacific Star")
_AGENCIES = (
    "Sở Tài chính",
    "Sở Y tế",
    "Chi cục Thuế khu vực",
    "Bệnh viện Đa khoa",
    "Trường Cao đẳng Nghề",
    "Ban Quản lý các khu công nghiệp",
    "Kho bạc Nhà nước",
)
_AGENCY_ARMED = ("Bộ Chỉ huy Quân sự", "Đoàn Kinh tế - Quốc phòng")
_MODELS = (
    "Tổ tự quản về an ninh, trật tự",
    "Camera an ninh",
    "Công nhân tự quản",
    "Khu nhà trọ an toàn",
    "Tổ bảo vệ liên gia",
)
_PARTY_SETS = (  # one draw among three, as before the partner became a set: same sequence
    frozenset({CoordinationParty.POLICE}),
    frozenset({CoordinationParty.LOCAL_AUTHORITY}),
    frozenset(CoordinationParty),
)
_PROPAGANDA = (
    "Phòng, chống tội phạm lừa đảo qua mạng",
    "Phòng cháy, chữa cháy",
    "An toàn giao thông",
    "Phòng, chống ma túy",
    "Luật An ninh mạng",
)
_SUB_UNITS = (  # the first 2-6 are a unit's direct sub-units (đầu mối trực thuộc)
    ("Phòng Hành chính - Tổng hợp", SubUnitKind.PHONG),
    ("Phòng Kế toán", SubUnitKind.PHONG),
    ("Tổ Sản xuất số 1", SubUnitKind.TO),
    ("Đội Vận hành", SubUnitKind.DOI),
    ("Ban Quản lý dự án", SubUnitKind.BAN),
    ("Phòng Kỹ thuật", SubUnitKind.PHONG),
)
_INCIDENT_KINDS = (  # weighted: the kinds the points of TT124.D6.K3 read, and TT23-only ones
    IncidentKind.FIRE_EXPLOSION,
    IncidentKind.FIRE_EXPLOSION,
    IncidentKind.FIRE_EXPLOSION,
    IncidentKind.LABOUR_ACCIDENT,
    IncidentKind.LABOUR_ACCIDENT,
    IncidentKind.CRIME,
    IncidentKind.CRIME,
    IncidentKind.CRIME,
    IncidentKind.TECHNICAL_INCIDENT,
    IncidentKind.ENVIRONMENT_VIOLATION,
    IncidentKind.FOOD_SAFETY_VIOLATION,
    IncidentKind.STRIKE,
    IncidentKind.STATE_SECRET_BREACH,
    IncidentKind.HIGH_VALUE_THEFT,
    IncidentKind.HIGH_VALUE_THEFT,
    IncidentKind.OTHER,
)
_SEVERITY_GATED = frozenset(
    {
        IncidentKind.FIRE_EXPLOSION,
        IncidentKind.TECHNICAL_INCIDENT,
        IncidentKind.ENVIRONMENT_VIOLATION,
        IncidentKind.FOOD_SAFETY_VIOLATION,
    }
)
_FORCE_MAJEURE = frozenset(
    {IncidentKind.FIRE_EXPLOSION, IncidentKind.TECHNICAL_INCIDENT, IncidentKind.LABOUR_ACCIDENT}
)
_COUNCIL = "Hội đồng Thi đua - Khen thưởng"
_GUARD_RESULTS: tuple[tuple[float, EmulationTitle | None, Rating | None], ...] = (
    (0.05, None, Rating.DONE),  # below "Hoàn thành tốt nhiệm vụ": TT124.D6.K4 not met
    (0.15, EmulationTitle.ADVANCED, None),
    (0.35, None, Rating.EXCELLENT),
    (0.99, None, Rating.GOOD),
    (1.0, None, None),  # not eligible for emulation review
)
"""A guard force's result of the year, by cumulative share."""
_ALL_SEVERITIES = tuple(Severity)
_AT_LEAST_WARNING = {  # the lightest form that counts, per regime (regulation/data/discipline.toml)
    PersonRegime.EMPLOYEE: DisciplineForm.RAISE_DEFERRED,
    PersonRegime.CIVIL_SERVANT: DisciplineForm.WARNING,
}


def _day(rng: random.Random, start: date, end: date) -> date:
    """A uniformly random day in [start, end]."""
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``total`` as ``parts`` positive integers (``parts`` is capped at ``total``)."""
    parts = max(1, min(parts, total))
    cuts = sorted(rng.sample(range(1, total), parts - 1)) if parts > 1 else []
    bounds = [0, *cuts, total]
    return [b - a for a, b in itertools.pairwise(bounds)]


def _incident(rng: random.Random, province: str) -> IncidentOccurred:
    """An incident of a weighted kind, with the classification its point reads: most are below
    the text's threshold (a minor fire, a labour accident without deaths, a lawful strike)."""
    kind = rng.choice(_INCIDENT_KINDS)
    severity: Severity | None = None
    deaths: int | None = None
    unlawful: bool | None = None
    handled: bool | None = None
    if kind in _SEVERITY_GATED:
        severity = Severity.MINOR if rng.random() < 0.75 else Severity.SERIOUS
    elif kind is IncidentKind.LABOUR_ACCIDENT:
        deaths = 1 if rng.random() < 0.3 else 0
        severity = Severity.SERIOUS if deaths else Severity.MINOR
    elif kind is IncidentKind.CRIME:
        severity = rng.choice(_ALL_SEVERITIES)
        if severity.serious_or_worse and rng.random() < 0.4:  # handled as point đ allows
            handled = True
    elif kind is IncidentKind.STRIKE:
        unlawful = rng.random() < 0.5
    force_majeure = kind in _FORCE_MAJEURE and rng.random() < 0.05
    classified = severity is not None or deaths is not None or unlawful is not None
    return IncidentOccurred(
        kind=kind,
        description=f"Vụ việc được ghi nhận trong kỳ: {kind.label_vi}",
        severity=severity,
        deaths=deaths,
        unlawful=unlawful,
        force_majeure=force_majeure,
        force_majeure_by=f"Công an {province}" if force_majeure else None,
        detected_promptly=handled,
        consequences_limited=handled,
        reported_at_once=handled,
        classified_by=f"Công an {province}" if classified or force_majeure else None,
    )


def _month_counts(rng: random.Random, headcount: int) -> tuple[int, ...]:
    """Twelve month-end counts of insured employees around ``headcount``."""
    spread = max(1, headcount // 20)
    return tuple(max(0, headcount + rng.randint(-spread, spread)) for _ in range(12))


class _Unit:
    """Collects one unit's facts with the dates they happened on, then emits them in order."""

    def __init__(self, subject: str, rng: random.Random, officers: tuple[str, ...]) -> None:
        self.subject = subject
        self.rng = rng
        self.officers = officers
        self.items: list[tuple[date, int, FactDraft]] = []

    def add(
        self,
        data: FactData,
        day: date,
        *,
        document_ref: str | None = None,
        supersedes: str | None = None,
        reason: str | None = None,
    ) -> str:
        seq = len(self.items)
        fact_id = f"{self.subject}.{seq:03d}"
        draft = FactDraft(
            id=fact_id,
            subject=self.subject,
            occurred_on=day,
            recorded_by=self.rng.choice(self.officers),
            data=data,
            document_ref=document_ref,
            supersedes=supersedes,
            reason=reason,
        )
        self.items.append((day, seq, draft))
        return fact_id

    def drafts(self) -> list[FactDraft]:
        # Dependent facts are generated on or after what they depend on, and later in sequence:
        # sorting by (day, sequence) keeps every reference pointing backwards in the stream.
        first, *rest = self.items
        return [first[2], *(d for _, _, d in sorted(rest, key=lambda t: (t[0], t[1])))]


@attrs.define
class _Ctx:
    """What the sections of one generated unit share."""

    rng: random.Random
    unit: _Unit
    index: int
    year: int
    province: str
    commune: str | None
    kind: SubjectKind
    headcount: int
    regime: PersonRegime
    has_party: bool
    sector: Sector
    revenue_bn: int
    after_reg: date
    w_end: date
    q1_start: date
    q1_end: date
    members: int = 0
    sub_units: list[tuple[str, date]] = attrs.Factory(list)

    def late(self, on_time: float, start: date, end: date, late_end: date) -> date:
        if self.rng.random() < on_time:
            return _day(self.rng, start, end)
        return _day(self.rng, end + timedelta(days=1), late_end)


_Who = tuple[str, str, Ownership | None, Size | None, bool, bool | None, Sector, int, int, bool]
"""subject, name, ownership, size, armed, funded, sector, revenue (bn), headcount, Party."""


def _enterprise(rng: random.Random, index: int, code: str) -> _Who:
    """Who an enterprise is (the draws in the generator's order)."""
    size: Size | None = None
    sector = Sector.TRADE_SERVICES
    o = rng.random()
    ownership = (
        Ownership.PRIVATE
        if o < 0.60
        else Ownership.FOREIGN_INVESTED
        if o < 0.85
        else Ownership.STATE_OWNED
    )
    subject = f"{code}{index:08d}" + ("-001" if rng.random() < 0.03 else "")
    small = rng.random() < 0.06
    if small:
        headcount = rng.randint(3, 45)
        revenue_bn = rng.randint(1, 40)
        if rng.random() < 0.5:
            size = Size(declared=rng.choice((SizeClass.SMALL, SizeClass.MICRO)))
        else:
            size = Size(
                inputs=SizeInputs(
                    sector=Sector.TRADE_SERVICES,
                    insured_employees=headcount,
                    annual_revenue_vnd=revenue_bn * 1_000_000_000,
                )
            )
    else:
        headcount = rng.randint(120, 2500)
        sector = rng.choice(list(Sector))
        revenue_bn = rng.randint(60, 3000)
        if rng.random() < 0.5:
            size = Size(declared=rng.choice((SizeClass.MEDIUM, SizeClass.LARGE)))
        else:
            size = Size(
                inputs=SizeInputs(
                    sector=sector,
                    insured_employees=headcount,
                    annual_revenue_vnd=revenue_bn * 1_000_000_000,
                    capital_vnd=rng.randint(20, 1500) * 1_000_000_000,
                )
            )
    party_p = {
        Ownership.STATE_OWNED: 1.0,
        Ownership.PRIVATE: 0.35,
        Ownership.FOREIGN_INVESTED: 0.15,
    }[ownership]
    has_party = rng.random() < party_p
    if ownership is Ownership.FOREIGN_INVESTED:
        name = f"Công ty TNHH {rng.choice(_FOREIGN)} Việt Nam"
    elif ownership is Ownership.STATE_OWNED:
        name = f"Công ty TNHH MTV {rng.choice(_TRADES)} {rng.choice(_WORDS)}"
    else:
        legal = rng.choice(("Công ty TNHH", "Công ty Cổ phần"))
        name = f"{legal} {rng.choice(_TRADES)} {rng.choice(_WORDS)}"
    return subject, name, ownership, size, False, None, sector, revenue_bn, headcount, has_party


def _agency(rng: random.Random, index: int, code: str, province: str) -> _Who:
    """Who an agency is (the draws in the generator's order)."""
    budget = index < 10_000_000 and rng.random() < 0.5
    subject = f"{index:07d}" if budget else f"{code}{index:08d}"
    armed = rng.random() < 0.02
    funded = rng.random() >= 0.02  # TT124.D2.K2: an agency is funded from the State budget
    has_party = rng.random() < 0.95
    headcount = rng.randint(25, 600)
    agency = rng.choice(_AGENCY_ARMED if armed else _AGENCIES)
    name = f"{agency} {province.removeprefix('Thành phố ')}"
    return subject, name, None, None, armed, funded, Sector.TRADE_SERVICES, 0, headcount, has_party


def _unit(index: int, year: int, seed: int) -> list[FactDraft]:
    rng = random.Random(f"antq-bench:{seed}:{year}:{index}")
    w_start, w_end = date(year - 1, 11, 16), date(year, 11, 15)
    code, province = rng.choice(_PROVINCES)
    officers = tuple(f"cb.{code}.{k:02d}" for k in range(1, 6))
    roll = rng.random()
    kind = SubjectKind.ENTERPRISE if roll < 0.80 else SubjectKind.AGENCY
    who = (
        _enterprise(rng, index, code)
        if kind is SubjectKind.ENTERPRISE
        else _agency(rng, index, code, province)
    )
    subject, name, ownership, size, armed, funded, sector, revenue_bn, headcount, has_party = who
    commune = rng.choice(_COMMUNES) if rng.random() < 0.5 else None
    unit = _Unit(subject, rng, officers)
    reg_day = _day(rng, w_start, w_start + timedelta(days=44))
    unit.add(
        SubjectRegistered(
            kind=kind,
            name=name,
            ownership=ownership,
            size=size,
            has_party_organisation=has_party,
            province=province,
            commune=commune,
            headcount=headcount,
            armed_forces=armed,
            state_budget_funded=funded,
        ),
        reg_day,
        document_ref=f"GCN-{subject}",
    )
    enterprise = kind is SubjectKind.ENTERPRISE
    c = _Ctx(
        rng=rng,
        unit=unit,
        index=index,
        year=year,
        province=province,
        commune=commune,
        kind=kind,
        headcount=headcount,
        regime=PersonRegime.EMPLOYEE if enterprise else PersonRegime.CIVIL_SERVANT,
        has_party=has_party,
        sector=sector,
        revenue_bn=revenue_bn,
        after_reg=reg_day + timedelta(days=1),
        w_end=w_end,
        q1_start=date(year, 1, 1),
        q1_end=date(year, 3, 31),
    )
    for part in _PARTS:
        part(c)
    return unit.drafts()


def _size_figures(c: _Ctx) -> None:
    """TT124.D1.K2.b: the previous year's figures (ND80 sizes)."""
    rng = c.rng
    unit = c.unit
    year = c.year
    kind = c.kind
    headcount = c.headcount
    sector = c.sector
    revenue_bn = c.revenue_bn
    after_reg = c.after_reg
    # --- TT124.D1.K2.b: the previous year's figures, by which ND80 sizes the enterprise ---------
    if kind is SubjectKind.ENTERPRISE and rng.random() < 0.4:
        unit.add(
            SizeFiguresReported(
                year=year - 1,
                sector=sector,
                month_end_insured=_month_counts(rng, headcount),
                revenue_vnd=revenue_bn * 1_000_000_000,
                total_capital_vnd=rng.randint(1, 1500) * 1_000_000_000,
            ),
            _day(rng, after_reg, date(year, 3, 31)),
            document_ref=f"BCTC {year - 1}",
        )


def _plans(c: _Ctx) -> None:
    """TT124.D6.K1.p1, p2: the Party resolution, the plan, the registration."""
    rng = c.rng
    unit = c.unit
    year = c.year
    has_party = c.has_party
    q1_start = c.q1_start
    q1_end = c.q1_end
    # --- TT124.D6.K1.p1, p2 --------------------------------------------------------------------
    if has_party:
        unit.add(
            PartyResolutionAdopted(
                year=year,
                form=ResolutionForm.DEDICATED if rng.random() < 0.4 else ResolutionForm.INTEGRATED,
            ),
            c.late(0.93, q1_start, q1_end, date(year, 6, 30)),
            document_ref=f"{rng.randint(1, 90)}-NQ/ĐU",
        )
    unit.add(
        SecurityPlanAdopted(year=year),
        c.late(0.92, q1_start + timedelta(days=1), q1_end, date(year, 7, 31)),
        document_ref=f"{rng.randint(1, 90)}/KH-ANTT",
    )
    unit.add(
        StandardRegistrationFiled(year=year),
        c.late(0.92, q1_start + timedelta(days=1), q1_end, date(year, 7, 31)),
        document_ref=f"{rng.randint(1, 90)}/ĐK-ANTT",
    )


def _rules(c: _Ctx) -> None:
    """p3: internal rules, one repealed now and then."""
    rng = c.rng
    unit = c.unit
    year = c.year
    after_reg = c.after_reg
    # --- p3: internal rules ------------------------------------------------------------------
    topics = list(RuleTopic)
    rng.shuffle(topics)
    if rng.random() < 0.07:
        topics.pop()
    groups = rng.randint(2, 4)
    rules: list[tuple[str, date, frozenset[RuleTopic]]] = []
    for g in range(groups):
        chunk = frozenset(topics[g::groups])
        if not chunk:
            continue
        day = _day(rng, after_reg, date(year, 3, 31))
        title = "Nội quy " + ", ".join(sorted(t.label_vi for t in chunk))
        rule_id = unit.add(
            InternalRuleIssued(title=title, topics=chunk),
            day,
            document_ref=f"{rng.randint(1, 200)}/QĐ-NQ",
        )
        rules.append((rule_id, day, chunk))
    if rules and rng.random() < 0.04:
        rule_id, day, chunk = rng.choice(rules)
        gone = _day(rng, day + timedelta(days=1), date(year, 8, 31))
        unit.add(
            InternalRuleRepealed(rule=rule_id), gone, document_ref=f"{rng.randint(1, 200)}/QĐ-BB"
        )
        if rng.random() < 0.5:
            unit.add(
                InternalRuleIssued(title="Nội quy (sửa đổi)", topics=chunk),
                gone,
                document_ref=f"{rng.randint(1, 200)}/QĐ-NQ",
            )


def _briefings(c: _Ctx) -> None:
    """p4: briefings, one mistyped and superseded now and then."""
    rng = c.rng
    unit = c.unit
    year = c.year
    headcount = c.headcount
    after_reg = c.after_reg
    # --- p4: briefings -----------------------------------------------------------------------
    reached = headcount
    if rng.random() < 0.1:
        reached = max(1, headcount - rng.randint(1, headcount // 5 + 1))
    shares = _split(rng, reached, rng.randint(2, 4))
    mistyped = rng.random() < 0.05
    for n, share in enumerate(shares):
        day = _day(rng, after_reg, date(year, 10, 31))
        data = BriefingHeld(topics=frozenset(RuleTopic), criteria_briefed=True, staff_reached=share)
        if n == 0 and mistyped:
            wrong = BriefingHeld(
                topics=frozenset(RuleTopic),
                criteria_briefed=True,
                staff_reached=max(1, share // 10),
            )
            first = unit.add(wrong, day)
            unit.add(data, day, supersedes=first, reason="Nhập sai số người tham dự")
        else:
            unit.add(data, day)


def _model(c: _Ctx) -> None:
    """p5: the movement model, its activities and assessment."""
    rng = c.rng
    unit = c.unit
    index = c.index
    year = c.year
    province = c.province
    after_reg = c.after_reg
    w_end = c.w_end
    # --- p5: movement model ------------------------------------------------------------------
    if rng.random() < 0.95:
        model = f"MH-{index}-1"
        est = _day(rng, after_reg, date(year, 3, 31))
        unit.add(
            MovementModelEstablished(model=model, name=rng.choice(_MODELS)),
            est,
            document_ref=f"{rng.randint(1, 99)}/QĐ-MH",
        )
        for _ in range(rng.randint(1, 3)):
            unit.add(
                MovementModelActivityRecorded(
                    model=model,
                    description="Tuần tra, nắm tình hình tại khu vực",
                    participants=rng.randint(3, 40),
                ),
                _day(rng, est, date(year, 10, 31)),
            )
        unit.add(
            MovementModelAssessed(
                model=model,
                effective=rng.random() < 0.9,
                assessed_by=f"Công an {province}",
            ),
            _day(rng, date(year, 9, 1), w_end),
        )


def _coordination(c: _Ctx) -> None:
    """K2: coordination and the review meeting's assessment."""
    rng = c.rng
    unit = c.unit
    year = c.year
    after_reg = c.after_reg
    w_end = c.w_end
    # --- K2: coordination --------------------------------------------------------------------
    if rng.random() < 0.95:
        partners = rng.choice(_PARTY_SETS)
        signed = _day(rng, after_reg, date(year, 4, 30))
        unit.add(
            CoordinationAgreementSigned(
                partners=partners,
                form=rng.choice(list(CoordinationForm)),
                title="Quy chế phối hợp bảo đảm an ninh, trật tự",
            ),
            signed,
            document_ref=f"{rng.randint(1, 99)}/QC-PH",
        )
        if rng.random() < 0.9:
            for _ in range(rng.randint(1, 2)):
                unit.add(
                    CoordinationActivityRecorded(
                        partners=partners,
                        description="Phối hợp kiểm tra phòng cháy, chữa cháy",
                    ),
                    _day(rng, signed, w_end),
                )
    if rng.random() < 0.3:  # the review meeting assesses "fully implements"
        fulfilled = rng.random() < 0.95
        unit.add(
            CriterionAssessed(
                year=year,
                clause="TT124.D6.K2",
                fulfilled=fulfilled,
                assessed_by="Cuộc họp kiểm điểm",
                note="Thực hiện đầy đủ quy chế phối hợp và quy định của địa phương"
                if fulfilled
                else "Chưa thực hiện đầy đủ quy chế phối hợp với Công an",
            ),
            _day(rng, date(year, 11, 1), w_end),
        )


def _incidents(c: _Ctx) -> None:
    """K3: incidents (some retracted), sanctions, offences."""
    rng = c.rng
    unit = c.unit
    index = c.index
    year = c.year
    province = c.province
    commune = c.commune
    regime = c.regime
    after_reg = c.after_reg
    w_end = c.w_end
    # --- K3: incidents, sanctions ------------------------------------------------------------
    if rng.random() < 0.08:
        day = _day(rng, after_reg, date(year, 10, 31))
        incident = unit.add(_incident(rng, province), day)
        if rng.random() < 0.25:
            unit.add(
                FactRetracted(target=incident, reason="Ghi nhận nhầm đơn vị"),
                _day(rng, day, w_end),
            )
    if rng.random() < 0.02:
        unit.add(
            AdministrativeSanctionImposed(
                person_ref=f"NV-{index}-{rng.randint(1, 999)}",
                regime=regime,
                field=SanctionField.SECURITY_ORDER if rng.random() < 0.7 else SanctionField.OTHER,
                measure="Phạt tiền",
                decided_by=f"Trưởng Công an {commune or province}",
            ),
            _day(rng, after_reg, w_end),
            document_ref=f"{rng.randint(1, 999)}/QĐ-XPHC",
        )
    if rng.random() < 0.02:
        unit.add(
            StaffOffenceRecorded(
                staff_ref=f"NV-{index}-{rng.randint(1, 999)}",
                stage=rng.choice(list(OffenceStage)),
            ),
            _day(rng, after_reg, w_end),
        )


def _force(c: _Ctx) -> None:
    """K3, K4: the protection force, its training and rating."""
    rng = c.rng
    unit = c.unit
    year = c.year
    after_reg = c.after_reg
    w_end = c.w_end
    members = 0
    if rng.random() < 0.92:
        members = rng.randint(3, 40)
        formed = _day(rng, after_reg, date(year, 6, 30))
        unit.add(
            ProtectionForceEstablished(members=members),
            formed,
            document_ref=f"{rng.randint(1, 99)}/QĐ-BV",
        )
        if rng.random() < 0.6:
            unit.add(
                ProtectionForceTrained(members_trained=rng.randint(1, members)),
                _day(rng, formed, w_end),
            )
        if rng.random() < 0.95:  # TT124.D6.K4: the guard force's rating of the year
            roll = rng.random()
            honour, rating = next((t, r) for share, t, r in _GUARD_RESULTS if roll < share)
            unit.add(
                EmulationRated(
                    year=year,
                    collective=Collective.GUARD_FORCE,
                    title=honour,
                    rating=rating,
                    eligible=honour is not None or rating is not None,
                    decided_by=_COUNCIL,
                ),
                _day(rng, date(year, 10, 1), w_end),
            )

    c.members = members


def _sub_units(c: _Ctx) -> None:
    """K5: sub-units and their ratings."""
    rng = c.rng
    unit = c.unit
    index = c.index
    year = c.year
    after_reg = c.after_reg
    w_end = c.w_end
    # --- K5: sub-units and their ratings ----------------------------------------------------
    sub_units = c.sub_units
    if rng.random() < 0.9:
        count = rng.randint(2, 6)
        passing = (count * 7 + 9) // 10  # at least 70% (TT124.D6.K5), in whole sub-units
        weak = rng.random() < 0.05  # ~5% of units: one sub-unit short of 70%
        good = passing - 1 if weak else count - count // 4  # 2/2, 3/3, 3/4, 4/5, 5/6
        rated_on = _day(rng, date(year, 10, 1), w_end)
        for k, (sub_name, sub_kind) in enumerate(_SUB_UNITS[:count]):
            ref = f"DM-{index}-{k + 1}"
            established = _day(rng, after_reg, date(year, 3, 31))
            sub_units.append((ref, established))
            unit.add(
                SubUnitEstablished(sub_unit=ref, name=sub_name, sub_unit_kind=sub_kind),
                established,
            )
            well = k < good
            unit.add(
                EmulationRated(
                    year=year,
                    collective=Collective.SUB_UNIT,
                    sub_unit=ref,
                    title=EmulationTitle.ADVANCED if well and k % 2 else None,
                    rating=None if well and k % 2 else Rating.GOOD if well else Rating.DONE,
                    decided_by=_COUNCIL,
                ),
                rated_on,
            )


def _discipline(c: _Ctx) -> None:
    """K3.h, K4, K5: a disciplinary decision."""
    rng = c.rng
    unit = c.unit
    index = c.index
    regime = c.regime
    after_reg = c.after_reg
    w_end = c.w_end
    # --- K3.h, K4, K5: a disciplinary decision ------------------------------------------------
    if rng.random() < 0.04:
        roll = rng.random()
        collective: Collective | None = None
        sub_unit: str | None = None
        since = after_reg
        if roll < 0.3 and c.members:
            collective = Collective.GUARD_FORCE
        elif roll < 0.7 and c.sub_units:
            collective = Collective.SUB_UNIT
            sub_unit, since = rng.choice(c.sub_units)
        unit.add(
            DisciplineDecided(
                person_ref=f"NV-{index}-{rng.randint(1, 999)}",
                regime=regime,
                form=_AT_LEAST_WARNING[regime] if rng.random() < 0.45 else DisciplineForm.REPRIMAND,
                reason=DisciplineReason.SOCIAL_EVIL
                if rng.random() < 0.3
                else DisciplineReason.VIOLATION,
                collective=collective,
                sub_unit=sub_unit,
                decided_by="Người đứng đầu cơ quan, doanh nghiệp",
            ),
            _day(rng, since, w_end),
            document_ref=f"{rng.randint(1, 99)}/QĐ-KL",
        )


def _other(c: _Ctx) -> None:
    """Sessions, festival days, commendations, profile changes."""
    rng = c.rng
    unit = c.unit
    year = c.year
    province = c.province
    headcount = c.headcount
    after_reg = c.after_reg
    w_end = c.w_end
    # --- other facts -------------------------------------------------------------------------
    sessions: list[tuple[str, date]] = []
    for _ in range(rng.randint(1, 3)):
        day = _day(rng, after_reg, w_end)
        session = unit.add(
            PropagandaSessionHeld(
                topic=rng.choice(_PROPAGANDA), attendance=rng.randint(10, headcount + 10)
            ),
            day,
        )
        sessions.append((session, day))
    if rng.random() < 0.05:
        session, day = rng.choice(sessions)
        unit.add(
            FactRetracted(target=session, reason="Nhập trùng buổi tuyên truyền"),
            _day(rng, day, w_end),
        )
    if rng.random() < 0.3:
        unit.add(
            FestivalDayHeld(attendance=rng.randint(20, 500)), _day(rng, date(year, 8, 1), w_end)
        )
    if rng.random() < 0.08:
        unit.add(
            CommendationReceived(
                awarded_by=f"Giám đốc Công an {province}",
                recipient=rng.choice(list(Recipient)),
                title="Giấy khen có thành tích trong phong trào toàn dân bảo vệ ANTQ",
            ),
            _day(rng, date(year, 6, 1), w_end),
            document_ref=f"{rng.randint(1, 999)}/QĐ-KT",
        )
    if rng.random() < 0.08:
        change = rng.randint(-headcount // 10, headcount // 10) or 1
        unit.add(
            ProfileChanged(headcount=max(1, headcount + change)), _day(rng, date(year, 4, 1), w_end)
        )


_PARTS = (
    _size_figures,
    _plans,
    _rules,
    _briefings,
    _model,
    _coordination,
    _incidents,
    _force,
    _sub_units,
    _discipline,
    _other,
)
"""The sections of a unit's year, in the order their random draws are made."""


def generate(
    units: int = 10_000, year: int = 2024, seed: int = DEFAULT_SEED
) -> Iterator[FactDraft]:
    """Facts of ``units`` units for evaluation ``year``, unit after unit (see the module doc)."""
    for index in range(1, units + 1):
        yield from _unit(index, year, seed)


def _shift_day(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _shifted(draft: FactDraft, years: int) -> FactDraft:
    """``draft`` moved ``years`` later: its dates, the years it names, its id and every id it
    refers to (``y<k>.`` prefix), so each year of a history is a distinct, valid stream part."""
    prefix = f"y{years}."

    def ref(value: str) -> str:
        return prefix + value

    data = draft.data
    changes: dict[str, object] = {}
    for field in attrs.fields(type(data)):
        value = getattr(data, field.name)
        if field.name == "year":
            changes["year"] = value + years
        elif field.name in ("model", "rule", "target"):
            changes[field.name] = ref(value)
    return attrs.evolve(
        draft,
        id=ref(draft.id),
        occurred_on=_shift_day(draft.occurred_on, years),
        data=attrs.evolve(data, **changes) if changes else data,
        supersedes=None if draft.supersedes is None else ref(draft.supersedes),
    )


def history(
    units: int, year: int = 2024, years: int = 5, seed: int = DEFAULT_SEED
) -> Iterator[FactDraft]:
    """``years`` evaluation years of history per unit, ending with ``year``: the unit's facts of
    the first year, then the same activity shifted one year later, and so on (registration
    and sub-units once: each later year rates the same sub-units). Deterministic; year by year,
    so the recording order follows business time."""
    first = year - years + 1
    per_unit = [_unit(index, first, seed) for index in range(1, units + 1)]
    for k in range(years):
        for drafts in per_unit:
            for n, draft in enumerate(drafts):
                if k > 0 and (n == 0 or isinstance(draft.data, SubUnitEstablished)):
                    continue  # registered once; the sub-units stand from the first year
                yield draft if k == 0 else _shifted(draft, k)


def generate_events(events: int, year: int = 2024, seed: int = DEFAULT_SEED) -> Iterator[FactDraft]:
    """Whole units, in order, until at least ``events`` facts (10^4 ... 10^7): the same units
    as :func:`generate`, so a smaller log is a prefix of a larger one."""
    count = 0
    index = 0
    while count < events:
        index += 1
        unit = _unit(index, year, seed)
        count += len(unit)
        yield from unit


def unit_range(
    first: int, last: int, year: int = 2024, seed: int = DEFAULT_SEED
) -> Iterator[FactDraft]:
    """The facts of units ``first`` to ``last`` (inclusive), as :func:`generate` makes them."""
    for index in range(first, last + 1):
        yield from _unit(index, year, seed)


def write_jsonl(path: str | Path, drafts: Iterable[FactDraft]) -> int:
    """Write ``drafts`` as JSON Lines (the interchange shape); return the number of lines."""
    count = 0
    with Path(path).open("wb") as out:
        for draft in drafts:
            out.write(orjson.dumps(draft_to_json(draft)))
            out.write(b"\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument(
        "--events", type=int, default=None, help="instead of --units: whole units up to N facts"
    )
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument("--years", type=int, default=1, help="years of history per unit")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", required=True, help="JSON Lines file to write")
    args = parser.parse_args(argv)
    if args.events is not None:
        drafts = generate_events(args.events, args.year, args.seed)
    elif args.years > 1:
        drafts = history(args.units, args.year, args.years, args.seed)
    else:
        drafts = generate(args.units, args.year, args.seed)
    count = write_jsonl(args.out, drafts)
    print(f"wrote {count} facts to {args.out}")


if __name__ == "__main__":
    main()
