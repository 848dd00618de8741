"""The year's duties: topics of internal rules, forms of resolution, coordination."""

from __future__ import annotations

from collections.abc import Iterable

from antq_compliance.domain.vocabulary.base import Labelled

__all__ = [
    "CoordinationForm",
    "CoordinationPartner",
    "CoordinationParty",
    "ResolutionForm",
    "RuleTopic",
    "parties_label",
]


class RuleTopic(Labelled):
    """Topics of internal rules: the six of TT124.D6.K1.p3, the four of TT124.D7.K1.p2 (two of
    them shared), the four of TT23.D7.K1."""

    UNIT_PROTECTION = ("unit_protection", "bảo vệ cơ quan, doanh nghiệp", "protecting the unit")
    STATE_SECRETS = ("state_secrets", "bảo vệ bí mật Nhà nước", "State secrets")
    INTERNAL_POLITICAL_SECURITY = (
        "internal_political_security",
        "bảo vệ chính trị nội bộ",
        "internal political security",
    )
    OCCUPATIONAL_SAFETY = ("occupational_safety", "an toàn lao động", "occupational safety")
    FIRE_PREVENTION = (
        "fire_prevention",
        "phòng, chống cháy nổ",
        "fire and explosion prevention",
    )
    ENVIRONMENT = ("environment", "bảo vệ môi trường", "environmental protection")
    INSTITUTION_PROTECTION = (
        "institution_protection",
        "bảo vệ cơ sở giáo dục",
        "protecting the institution",
    )
    LEARNER_MANAGEMENT = (
        "learner_management",
        "quản lý giáo dục người học",
        "managing and educating learners",
    )


class ResolutionForm(Labelled):
    """How the Party organisation's resolution on security and order is adopted
    (``PartyResolutionAdopted.form``, read by ``TT124.D6.K1.p1``): as a dedicated resolution, or
    as part of the yearly leadership resolution."""

    DEDICATED = ("dedicated", "nghị quyết chuyên đề riêng", "dedicated resolution")
    INTEGRATED = (
        "integrated",
        "lồng ghép trong nghị quyết lãnh đạo, chỉ đạo hằng năm",
        "integrated into the annual leadership and direction resolution",
    )


class CoordinationParty(Labelled):
    """A party the unit coordinates with (TT124.D6.K2, TT23.D7.K2). Coordination facts name a
    non-empty set of them (``partners``, shape v2 / interchange format 2)."""

    POLICE = ("police", "lực lượng Công an", "the police")
    LOCAL_AUTHORITY = ("local_authority", "chính quyền địa phương", "the local authority")


_JOINT_LABELS: dict[frozenset[CoordinationParty], tuple[str, str]] = {
    frozenset(CoordinationParty): (
        "lực lượng Công an và chính quyền địa phương",
        "the police and the local authority",
    ),
}


def parties_label(parties: Iterable[CoordinationParty], lang: str = "vi") -> str:
    """The parties of a coordination fact in words, e.g. "lực lượng Công an và chính quyền địa
    phương"."""
    chosen = frozenset(parties)
    joint = _JOINT_LABELS.get(chosen)
    if joint is not None:
        return joint[0] if lang == "vi" else joint[1]
    labels = [p.label(lang) for p in CoordinationParty if p in chosen]
    if len(labels) < 2:
        return "".join(labels)
    return f"{', '.join(labels[:-1])} {'và' if lang == 'vi' else 'and'} {labels[-1]}"


class CoordinationPartner(Labelled):
    """The format-1 value of ``partner`` (coordination facts, shape v1), superseded by the set
    ``partners`` of :class:`CoordinationParty` in format 2. Still accepted in format-1 lines and
    stored v1 facts, which are read (upcast) into ``partners``: ``police_and_local_authority``
    becomes both parties. No current fact has this field."""

    POLICE = ("police", "cơ quan công an", "the police")
    LOCAL_AUTHORITY = ("local_authority", "chính quyền địa phương", "the local authority")
    POLICE_AND_LOCAL_AUTHORITY = (
        "police_and_local_authority",
        "công an và chính quyền địa phương",
        "the police and the local authority",
    )


class CoordinationForm(Labelled):
    """The form of a coordination document signed with the police or the local authority
    (``CoordinationAgreementSigned.form``, read by ``TT124.D6.K2``): a regulation, a programme or
    a plan."""

    REGULATION = ("regulation", "quy chế phối hợp", "coordination regulation")
    PROGRAMME = ("programme", "chương trình phối hợp", "coordination programme")
    PLAN = ("plan", "kế hoạch phối hợp", "coordination plan")
