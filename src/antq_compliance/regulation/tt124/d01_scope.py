"""TT124 Article 1 (scope): which units the Circular applies to."""

from __future__ import annotations

from antq_compliance.domain.vocabulary import SizeClass, SubjectKind
from antq_compliance.regulation.criteria import Context, Finding
from antq_compliance.regulation.criteria import met as _met
from antq_compliance.regulation.criteria import not_applicable as _na
from antq_compliance.regulation.nd80 import size_class

__all__ = ["scope"]


def scope(ctx: Context) -> Finding:
    """TT124.D1.K2.b — small and micro enterprises and armed-forces agencies are out of scope."""
    day = ctx.reference_day
    profile = ctx.record.profile_on(day)
    size = None if profile.size is None else size_class(profile.size)
    if profile.kind is SubjectKind.ENTERPRISE and size in (SizeClass.SMALL, SizeClass.MICRO):
        assert profile.size is not None and size is not None
        basis_vi = "tự khai" if profile.size.basis == "declared" else "xác định theo Nghị định 80"
        basis_en = "declared" if profile.size.basis == "declared" else "computed per ND80"
        return _na(
            f"Doanh nghiệp {size.label_vi} ({basis_vi}) không thuộc đối tượng "
            "áp dụng của Thông tư 124",
            f"A {size.label_en} enterprise ({basis_en}) is outside the scope of Circular 124",
            profile.evidence,
        )
    if profile.kind is SubjectKind.AGENCY and profile.armed_forces:
        return _na(
            "Cơ quan, đơn vị thuộc lực lượng vũ trang không thuộc đối tượng áp dụng",
            "Armed-forces agencies and units are outside the scope of Circular 124",
            profile.evidence,
        )
    return _met(
        f"{profile.kind.label_vi.capitalize()} thuộc đối tượng áp dụng",
        f"The {profile.kind.label_en} is within the scope of Circular 124",
        profile.evidence,
    )
