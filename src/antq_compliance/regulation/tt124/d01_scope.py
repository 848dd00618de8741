"""TT124 Article 1 (scope) and Article 2 (terms): which units the Circular applies to.

An out-of-scope unit is "not applicable", never "not achieved". Residential areas and communes
are subjects with no exclusion (cl. 2.a); agencies (except armed-forces agencies and units),
enterprises (except small and micro ones) and educational institutions (except primary
schools, kindergartens and nurseries) are (cl. 2.b); an agency is one funded from the State
budget (Art. 2 cl. 2).
"""

from __future__ import annotations

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.facts import SizeFiguresReported
from antq_compliance.domain.vocabulary import EducationLevel, SizeClass, SubjectKind
from antq_compliance.regulation.criteria import Context, Finding, met, not_applicable
from antq_compliance.regulation.nd80 import size_for_year

__all__ = ["EXCLUDED_LEVELS", "agency_definition", "areas_and_communes", "scope"]

EXCLUDED_LEVELS = frozenset(
    {EducationLevel.PRIMARY, EducationLevel.KINDERGARTEN, EducationLevel.NURSERY}
)
"""Primary schools, kindergartens and nurseries (tiểu học, mầm non, nhà trẻ)."""

_BASIS = {
    "nd80": ("xác định theo Nghị định 80 trên số liệu năm trước", "per ND80 on the previous year"),
    "registered": ("theo số liệu khi đăng ký", "from the figures registered"),
    "declared": ("tự khai", "declared"),
}


def _enterprise(ctx: Context) -> Finding | None:
    profile = ctx.record.profile_on(ctx.reference_day)
    figures = [
        (f, s) for f, s in ctx.record.of(SizeFiguresReported) if f.occurred_on <= ctx.reference_day
    ]
    found = size_for_year(figures, profile.size, ctx.year, ctx.interpretation.small_micro_reading)
    if found is None or found.size not in (SizeClass.SMALL, SizeClass.MICRO):
        return None
    vi, en = _BASIS[found.basis]
    average = ""
    if found.average_employees is not None:
        average = f"; bình quân {float(found.average_employees):g} lao động tham gia BHXH"
    used = [s for f, s in figures if f.id in found.evidence]
    if used and (len(used[-1].month_end_insured) < 12 or not used[-1].revenue_vnd):
        # ND80 Art. 9 cl. 2: capital replaces revenue (under a year, or no revenue yet)
        average += "; chỉ xét tổng nguồn vốn vì chưa đủ một năm hoạt động hoặc chưa có doanh thu"
    return not_applicable(
        f"Doanh nghiệp {found.size.label_vi} ({vi}{average}) không thuộc đối tượng áp dụng của "
        "Thông tư 124 (doanh nghiệp nhỏ, siêu nhỏ được hiểu theo Nghị định 80)",
        f"A {found.size.label_en} enterprise ({en}) is outside the scope of Circular 124 (small "
        "and micro read through ND80)",
        found.evidence + profile.evidence,
    )


def scope(ctx: Context) -> Finding:
    """TT124.D1.K2.b — small and micro enterprises, armed-forces agencies and units, and
    primary schools, kindergartens and nurseries are out of scope."""
    profile = ctx.record.profile_on(ctx.reference_day)
    if profile.kind is SubjectKind.ENTERPRISE:
        excluded = _enterprise(ctx)
        if excluded is not None:
            return excluded
    if profile.kind is SubjectKind.AGENCY and profile.armed_forces:
        return not_applicable(
            "Cơ quan, đơn vị thuộc lực lượng vũ trang (Quân đội nhân dân, Công an nhân dân) không "
            "thuộc đối tượng áp dụng",
            "Armed-forces agencies and units are outside the scope of Circular 124",
            profile.evidence,
        )
    levels = profile.education_levels
    if profile.kind is SubjectKind.EDUCATIONAL_INSTITUTION and levels <= EXCLUDED_LEVELS:
        shown = ", ".join(level.label_vi for level in sorted(levels))
        return not_applicable(
            f"Cơ sở giáo dục chỉ có cấp {shown}: không thuộc đối tượng áp dụng",
            "An institution with only primary, kindergarten or nursery levels is out of scope",
            profile.evidence,
        )
    return met(
        f"{profile.kind.label_vi.capitalize()} thuộc đối tượng áp dụng (tính đến hết ngày "
        f"{fmt_date(ctx.reference_day)})",
        f"The {profile.kind.label_en} is within the scope of Circular 124",
        profile.evidence,
    )


def agency_definition(ctx: Context) -> Finding:
    """TT124.D2.K2 — an agency (cơ quan) is one funded from the State budget; a body that is
    not is none of the Circular's subjects. Our reading: the budget condition qualifies every
    listed type (a self-financed public non-business unit is recorded as not funded); an
    agency registered without its funding is read by ``agency_funding_unrecorded``."""
    profile = ctx.record.profile_on(ctx.reference_day)
    funded = profile.state_budget_funded
    if funded is False:
        return not_applicable(
            "Không được đảm bảo hoạt động từ ngân sách Nhà nước: không phải cơ quan theo khoản 2 "
            "Điều 2 (điều kiện ngân sách được hiểu là áp dụng cho mọi loại tổ chức được liệt kê)",
            "Not funded from the State budget: not an agency under Art. 2 cl. 2 (the budget "
            "condition read as qualifying every listed type)",
            profile.evidence,
        )
    if funded is None and ctx.interpretation.agency_funding_unrecorded == "not_applicable":
        return not_applicable(
            "Chưa ghi nhận đơn vị có được đảm bảo hoạt động từ ngân sách Nhà nước hay không: "
            "chưa xét là cơ quan theo khoản 2 Điều 2",
            "Whether the State budget funds the agency is not recorded",
            profile.evidence,
        )
    note_vi = "" if funded else " (chưa ghi nhận nguồn kinh phí hoạt động: được hiểu là có)"
    note_en = "" if funded else " (funding not recorded: read as funded)"
    return met(
        f"Cơ quan được đảm bảo hoạt động từ ngân sách Nhà nước{note_vi}",
        f"An agency funded from the State budget{note_en}",
        profile.evidence,
    )


def areas_and_communes(ctx: Context) -> Finding:
    """TT124.D1.K2.a — residential areas and communes are subjects, with no exclusion."""
    profile = ctx.record.profile_on(ctx.reference_day)
    return met(
        f"{profile.kind.label_vi.capitalize()} thuộc đối tượng áp dụng",
        f"A {profile.kind.label_en} is a subject of Circular 124, with no exclusion",
        profile.evidence,
    )
