"""Given: the unit a scenario is about."""

from __future__ import annotations

from collections.abc import Sequence

from pytest_bdd import given

from antq_compliance import (
    AuthorityLevel,
    Ownership,
    ProfileChanged,
    Sector,
    Size,
    SizeClass,
    SizeFiguresReported,
    SizeInputs,
    SubjectKind,
    SubjectRegistered,
)

from .base import (
    DAY,
    FACT_ID,
    PROVINCE,
    RECORDED_BY,
    REGISTERED_ON,
    STAFF,
    UNIT,
    Spec,
    Unit,
    billions,
    by_label,
    step_re,
    vn_date,
)

# --- Given: the unit ----------------------------------------------------------------------------


def _register(
    spec: Spec,
    kind: SubjectKind,
    name: str,
    subject: str,
    *,
    size: Size | None,
    armed_forces: bool,
    party: bool,
    headcount: int,
    ownership: Ownership | None = None,
    funded: bool | None = None,
    funding_unrecorded: bool = False,
) -> None:
    """An enterprise is private unless ``ownership`` says otherwise; an agency is funded from
    the State budget unless ``funded`` says otherwise, or registered without saying
    (``funding_unrecorded``: ``state_budget_funded`` None, as before interchange format 3;
    TT124.D2.K2)."""
    funding = None if funding_unrecorded else (True if funded is None else funded)
    enterprise = kind is SubjectKind.ENTERPRISE
    data = SubjectRegistered(
        kind=kind,
        name=name,
        ownership=(ownership or Ownership.PRIVATE) if enterprise else None,
        size=size,
        has_party_organisation=party,
        province=PROVINCE,
        headcount=headcount,
        armed_forces=armed_forces,
        state_budget_funded=None if enterprise else funding,
    )
    spec.ledger.register(
        subject, data, occurred_on=REGISTERED_ON, recorded_by=RECORDED_BY, id=f"dang-ky-{subject}"
    )
    spec.unit = Unit(subject=subject, kind=kind, has_party_organisation=party, headcount=headcount)


@given(
    step_re(
        r'(?P<kind>doanh nghiệp(?: nhà nước| có vốn đầu tư nước ngoài)?|cơ quan) "(?P<name>[^"]+)" '
        r'có mã số thuế "(?P<subject>[^"]+)", (?:quy mô "(?P<size>[^"]+)", )?'
        r"(?P<armed>thuộc lực lượng vũ trang, )?"
        r"(?:(?P<unfunded>không được đảm bảo hoạt động từ ngân sách Nhà nước, )"
        r"|(?P<unrecorded>chưa ghi nhận nguồn kinh phí hoạt động, ))?"
        rf"(?P<party>có|không có) tổ chức Đảng, (?P<headcount>\d+) {STAFF}"
    )
)
def unit_registered(
    spec: Spec,
    kind: str,
    name: str,
    subject: str,
    size: str | None,
    armed: str | None,
    unfunded: str | None,
    unrecorded: str | None,
    party: str,
    headcount: str,
) -> None:
    """doanh nghiệp [nhà nước] "…" có mã số thuế "…", quy mô "lớn", có tổ chức Đảng, 420 người
    lao động; cơ quan "…" có mã số thuế "…", [không được đảm bảo hoạt động từ ngân sách Nhà
    nước, | chưa ghi nhận nguồn kinh phí hoạt động,] có tổ chức Đảng, 60 cán bộ, công chức,
    viên chức (TT124.D2.K2: funded / not funded / not recorded, as a pre-format-3 agency)."""
    subject_kind = SubjectKind.AGENCY if kind == "cơ quan" else SubjectKind.ENTERPRISE
    if subject_kind is SubjectKind.ENTERPRISE and size is None:
        raise AssertionError('an enterprise needs its size: quy mô "siêu nhỏ|nhỏ|vừa|lớn"')
    if (unfunded or unrecorded) and subject_kind is not SubjectKind.AGENCY:
        raise AssertionError("only an agency says whether the State budget funds it")
    _register(
        spec,
        subject_kind,
        name,
        subject,
        size=Size(declared=by_label(SizeClass, size)) if size is not None else None,
        armed_forces=armed is not None,
        party=party == "có",
        headcount=int(headcount),
        ownership=by_label(Ownership, kind) if kind.startswith("doanh nghiệp ") else None,
        funded=False if unfunded else None,
        funding_unrecorded=unrecorded is not None,
    )


@given(
    step_re(
        r'doanh nghiệp "(?P<name>[^"]+)" có mã số thuế "(?P<subject>[^"]+)", quy mô xác định '
        r"theo Nghị định 80, (?P<party>có|không có) tổ chức Đảng, (?P<headcount>\d+) người lao "
        r"động, với số liệu:"
    )
)
def enterprise_registered_nd80(
    spec: Spec,
    name: str,
    subject: str,
    party: str,
    headcount: str,
    datatable: Sequence[Sequence[object]],
) -> None:
    """The ND80 figures come in a table: ngành | lao động tham gia BHXH | doanh thu năm (tỷ
    đồng) | tổng nguồn vốn (tỷ đồng)."""
    header = [str(cell) for cell in datatable[0]]
    expected = [
        "ngành",
        "lao động tham gia BHXH",
        "doanh thu năm (tỷ đồng)",
        "tổng nguồn vốn (tỷ đồng)",
    ]
    assert header == expected, f"ND80 table header must be {expected}, got {header}"
    assert len(datatable) == 2, "the ND80 table has exactly one row of figures"
    sector, employees, revenue, capital = (str(cell) for cell in datatable[1])
    inputs = SizeInputs(
        sector=by_label(Sector, sector),
        insured_employees=int(employees),
        annual_revenue_vnd=billions(revenue),
        capital_vnd=billions(capital),
    )
    _register(
        spec,
        SubjectKind.ENTERPRISE,
        name,
        subject,
        size=Size(inputs=inputs),
        armed_forces=False,
        party=party == "có",
        headcount=int(headcount),
    )


@given(step_re(rf"{UNIT} có (?P<headcount>\d+) {STAFF} từ {DAY}{FACT_ID}"))
def headcount_changed(spec: Spec, noun: str, headcount: str, day: str, fact_id: str | None) -> None:
    unit = spec.current(noun)
    spec.record(
        ProfileChanged(headcount=int(headcount)),
        vn_date(day),
        spec.fact_id(fact_id, "thay-doi-nhan-su"),
    )
    unit.headcount = int(headcount)


@given(step_re(r'(?P<noun>doanh nghiệp|cơ quan|đơn vị) do "(?P<level>[^"]+)" quản lý'))
def managed_by(spec: Spec, noun: str, level: str) -> None:
    """The level that manages the unit (TT124.D10), from its registration."""
    spec.current(noun)
    spec.record(
        ProfileChanged(managed_by=by_label(AuthorityLevel, level)),
        REGISTERED_ON,
        spec.fact_id(None, "cap-quan-ly"),
    )


@given(step_re(r"(?P<noun>doanh nghiệp|cơ quan|đơn vị) thuộc diện Bộ Công an theo dõi"))
def followed_by_ministry(spec: Spec, noun: str) -> None:
    """A unit the Ministry of Public Security's departments follow (TT124.D9.K1.d, D10.K4)."""
    spec.current(noun)
    spec.record(
        ProfileChanged(followed_by_ministry=True),
        REGISTERED_ON,
        spec.fact_id(None, "bo-cong-an-theo-doi"),
    )


def _month_ends(text: str) -> tuple[int, ...]:
    """ "8 × 12" (the same count at 12 month ends) or "8, 8, 9, …" (one per month operated)."""
    cleaned = text.strip()
    if "×" in cleaned:
        count, months = (int(part) for part in cleaned.split("×"))
        return (count,) * months
    return tuple(int(part) for part in cleaned.split(","))


@given(step_re(rf"doanh nghiệp đã báo cáo số liệu năm (?P<year>\d{{4}}) theo Nghị định 80 {DAY}:"))
def size_figures_reported(
    spec: Spec, year: str, day: str, datatable: Sequence[Sequence[object]]
) -> None:
    """The previous year's figures Decree 80 measures size by (TT124.D1.K2.b): a table
    ngành | lao động tham gia BHXH cuối các tháng | doanh thu (tỷ đồng) | tổng nguồn vốn (tỷ
    đồng)."""
    header = [str(cell) for cell in datatable[0]]
    expected = [
        "ngành",
        "lao động tham gia BHXH cuối các tháng",
        "doanh thu (tỷ đồng)",
        "tổng nguồn vốn (tỷ đồng)",
    ]
    assert header == expected, f"ND80 table header must be {expected}, got {header}"
    assert len(datatable) == 2, "the ND80 table has exactly one row of figures"
    sector, months, revenue, capital = (str(cell) for cell in datatable[1])
    spec.current("doanh nghiệp")
    spec.record(
        SizeFiguresReported(
            year=int(year),
            sector=by_label(Sector, sector),
            month_end_insured=_month_ends(months),
            revenue_vnd=billions(revenue),
            total_capital_vnd=billions(capital),
        ),
        vn_date(day),
        spec.fact_id(None, "so-lieu-nd80"),
    )
