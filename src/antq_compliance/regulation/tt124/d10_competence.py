"""TT124 Article 10 (competence): who reviews, decides and issues the certificate (Giấy công
nhận) — the commune People's Committee (cl. 1), the district one (cl. 2, until the district
level was abolished by the 2025 reorganisation), the provincial one (cl. 3), the Ministry of
Public Security (cl. 4) — and delegation one level down (cl. 5).

A unit's managing level is recorded on its profile (``managed_by``; ``followed_by_ministry``);
where it is not, only what can be told from the decision alone is checked. TT124 has no
revocation procedure: none is invented.

Two readings are the team's, not the text's: a unit followed by a Ministry operational unit is
the Ministry's to recognise even when the provincial People's Committee also has competence
over it (cl. 3 and cl. 4 overlap; the text sets no priority; no interpretation parameter names
this yet). And cl. 5 delegates only for units "đóng trên địa bàn" of the delegate: a decision
records its authority as free text, with no territory, so that condition is not checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.record import Profile
from antq_compliance.domain.vocabulary import AuthorityLevel, SubjectKind
from antq_compliance.regulation.dates import day, day_before
from antq_compliance.regulation.procedure import AuditCheck, DecisionContext, Issue

__all__ = [
    "CHECKS",
    "DECISION_AUTHORITIES",
    "LEVEL_CLAUSE",
    "abolished_authority",
    "authorities_on",
    "competence_unknown",
    "invalid_delegation",
    "no_certificate",
    "not_competent",
]

DECISION_AUTHORITIES: dict[AuthorityLevel, tuple[date, date | None]] = {
    AuthorityLevel.COMMUNE: (date.min, None),
    AuthorityLevel.DISTRICT: (date.min, day_before("reorganisation_2025")),
    AuthorityLevel.PROVINCE: (date.min, None),
    AuthorityLevel.MINISTRY: (date.min, None),
}
"""Who can decide recognition (TT124.D10), by date."""

LEVEL_CLAUSE = {
    AuthorityLevel.COMMUNE: "TT124.D10.K1",
    AuthorityLevel.DISTRICT: "TT124.D10.K2",
    AuthorityLevel.PROVINCE: "TT124.D10.K3",
    AuthorityLevel.MINISTRY: "TT124.D10.K4",
}
"""The clause that gives each level its competence."""

_PEOPLES_COMMITTEES = (AuthorityLevel.COMMUNE, AuthorityLevel.DISTRICT, AuthorityLevel.PROVINCE)
_UNITS = frozenset(
    {SubjectKind.AGENCY, SubjectKind.ENTERPRISE, SubjectKind.EDUCATIONAL_INSTITUTION}
)


def authorities_on(on: date) -> tuple[AuthorityLevel, ...]:
    """The levels that exist to decide recognition on ``on``."""
    return tuple(
        level
        for level, (start, end) in DECISION_AUTHORITIES.items()
        if start <= on and (end is None or on <= end)
    )


def _profile(ctx: DecisionContext) -> Profile:
    return ctx.record.profile_on(ctx.signed)


def _one_below(upper: AuthorityLevel, on: date, strict: bool) -> AuthorityLevel | None:
    """The People's Committee level one below ``upper`` on ``on``."""
    levels = [lv for lv in _PEOPLES_COMMITTEES if strict or lv in authorities_on(on)]
    if upper not in levels or levels.index(upper) == 0:
        return None
    return levels[levels.index(upper) - 1]


def _competent_level(
    profile: Profile, overlap: str = "ministry"
) -> tuple[AuthorityLevel | None, str]:
    """The level the article gives competence over this unit, and its clause; None: not known
    from the record. Where cl. 4 and the level that manages the unit overlap, the reading
    ``ministry_overlap`` decides: the Ministry (default), or the managing level."""
    managed = profile.managed_by not in (None, AuthorityLevel.MINISTRY)
    if profile.followed_by_ministry and not (overlap == "managing_level" and managed):
        return AuthorityLevel.MINISTRY, "TT124.D10.K4"
    if profile.kind is SubjectKind.RESIDENTIAL_AREA:
        return AuthorityLevel.COMMUNE, "TT124.D10.K1"
    if profile.kind is SubjectKind.COMMUNE:
        return AuthorityLevel.DISTRICT, "TT124.D10.K2"
    if profile.managed_by is not None and profile.managed_by is not AuthorityLevel.MINISTRY:
        return profile.managed_by, LEVEL_CLAUSE[profile.managed_by]
    return None, ""


def not_competent(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D10.K1-K4 — the deciding level is not the one the article gives competence over
    this unit (and no valid delegation makes it so, cl. 5)."""
    profile = _profile(ctx)
    level = ctx.decision.authority_level
    if level is AuthorityLevel.MINISTRY and not (
        profile.followed_by_ministry and profile.kind in _UNITS
    ):
        yield Issue(
            message_vi="Bộ Công an chỉ công nhận đơn vị thuộc diện các đơn vị nghiệp vụ của Bộ "
            "theo dõi, hướng dẫn; sổ không ghi đơn vị này thuộc diện đó",
            message_en="The Ministry recognises only units its operational units follow; this "
            "unit is not recorded as one",
            clause="TT124.D10.K4",
        )
        return
    expected, about = _competent_level(profile, ctx.interpretation.ministry_overlap)
    if expected is None or level is expected or ctx.decision.delegated_from is not None:
        return
    if expected is AuthorityLevel.DISTRICT and expected not in authorities_on(ctx.signed):
        return  # the district level is gone: competence_unknown says so
    yield Issue(
        message_vi=f"Quyết định do {level.label_vi} ký, nhưng thẩm quyền đối với đơn vị thuộc "
        f"{expected.label_vi}",
        message_en=f"Decided by the {level.label_en}, but the {expected.label_en} is competent "
        "for this unit",
        clause=about,
    )


def invalid_delegation(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D10.K5 — a decision under a delegation that is not from the People's Committee
    one level above, or that delegates what may not be delegated (residential areas and
    communes; interpretation ``delegation_levels``). Not checked: that the unit is located in
    the delegate's territory ("đóng trên địa bàn"), since no territory is recorded for the
    deciding authority."""
    source = ctx.decision.delegated_from
    if source is None:
        return
    profile = _profile(ctx)
    strict = ctx.interpretation.delegation_levels == "strict_three_levels"
    level = ctx.decision.authority_level
    problems = []
    if profile.kind not in _UNITS:
        problems.append(
            (
                f"không được ủy quyền công nhận {profile.kind.label_vi}",
                f"a {profile.kind.label_en} may not be delegated",
            )
        )
    if _one_below(source, ctx.signed, strict) is not level:
        problems.append(
            (
                f"{level.label_vi} không phải cấp dưới một cấp của {source.label_vi}",
                f"the {level.label_en} is not one level below the {source.label_en}",
            )
        )
    managing = profile.managed_by
    if managing is not None and managing is not source:
        problems.append(
            (
                f"đơn vị thuộc thẩm quyền {managing.label_vi}, không phải {source.label_vi}",
                f"the unit falls under the {managing.label_en}, not the {source.label_en}",
            )
        )
    if problems:
        yield Issue(
            message_vi="Ủy quyền không hợp lệ: " + "; ".join(vi for vi, _ in problems),
            message_en="Invalid delegation: " + "; ".join(en for _, en in problems),
        )


def abolished_authority(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D10.K2 — a decision signed by a level of government that no longer existed."""
    if ctx.decision.authority_level in authorities_on(ctx.signed):
        return
    gone = day("reorganisation_2025")
    yield Issue(
        message_vi=f"Quyết định do UBND cấp huyện ký ngày {fmt_date(ctx.signed)}, khi cấp huyện "
        f"đã không còn (từ {fmt_date(gone)})",
        message_en=f"Decision signed by a district People's Committee on "
        f"{ctx.signed.isoformat()}, after the district level was abolished on {gone.isoformat()}",
    )


def competence_unknown(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D10.K2 — a decision after the district level was abolished on a unit the district
    was competent for (every commune; a unit recorded as managed by the district): which body
    is competent now is not known here (the library never guesses)."""
    if AuthorityLevel.DISTRICT in authorities_on(ctx.signed):
        return
    profile = _profile(ctx)
    if profile.kind is SubjectKind.COMMUNE:
        yield Issue(
            message_vi=f"Quyết định công nhận xã, phường ngày {fmt_date(ctx.signed)}: khoản 2 "
            "Điều 10 giao cho cấp huyện, cấp này không còn; thẩm quyền thay thế chưa được xác "
            "định",
            message_en=f"A commune recognised on {ctx.signed.isoformat()}: Art. 10 cl. 2 names "
            "the district level, which no longer exists; the competent body is not known here",
        )
    elif profile.managed_by is AuthorityLevel.DISTRICT and ctx.decision.delegated_from is None:
        yield Issue(
            message_vi=f"Quyết định ngày {fmt_date(ctx.signed)} về đơn vị do cấp huyện quản lý: "
            "cấp huyện không còn; cơ quan có thẩm quyền thay thế chưa được xác định",
            message_en=f"Decision of {ctx.signed.isoformat()} on a unit the district level "
            "managed: that level no longer exists; the competent body is not known here",
        )


def no_certificate(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D10.K1-K4 — a recognition issued with no certificate (Giấy công nhận)."""
    if ctx.recognised and not ctx.decision.certificate_number:
        yield Issue(
            message_vi=f"Quyết định {ctx.decision.decision_number} công nhận đạt nhưng không ghi "
            "số Giấy công nhận",
            message_en=f"Decision {ctx.decision.decision_number} recognises the unit but records "
            "no certificate (Giấy công nhận)",
            clause=LEVEL_CLAUSE[ctx.decision.authority_level],
        )


_LEVELS = ("TT124.D10.K2", "TT124.D10.K3", "TT124.D10.K4")

CHECKS = (
    AuditCheck(
        code="not_competent",
        clause="TT124.D10.K1",
        also=_LEVELS,
        severity="error",
        title_vi="Quyết định không đúng thẩm quyền",
        title_en="Decided by a level without competence for the unit",
        check=not_competent,
    ),
    AuditCheck(
        code="invalid_delegation",
        clause="TT124.D10.K5",
        severity="error",
        title_vi="Ủy quyền xét duyệt, công nhận không hợp lệ",
        title_en="Invalid delegation",
        check=invalid_delegation,
    ),
    AuditCheck(
        code="abolished_authority",
        clause="TT124.D10.K2",
        severity="error",
        title_vi="Quyết định do cấp chính quyền không còn tồn tại ký",
        title_en="Decision signed by a level of government that no longer existed",
        check=abolished_authority,
    ),
    AuditCheck(
        code="competence_unknown",
        clause="TT124.D10.K2",
        severity="warning",
        title_vi="Chưa xác định thẩm quyền công nhận xã, phường sau năm 2025",
        title_en="Competence over communes not known after 2025",
        check=competence_unknown,
    ),
    AuditCheck(
        code="no_certificate",
        clause="TT124.D10.K1",
        also=_LEVELS,
        severity="warning",
        title_vi="Công nhận mà không cấp Giấy công nhận",
        title_en="Recognised without a certificate",
        check=no_certificate,
    ),
)
