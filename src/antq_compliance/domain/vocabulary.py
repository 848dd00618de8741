"""Closed vocabularies of the domain, each value with a Vietnamese and an English label.

The string values are part of the JSON interchange contract: never rename one.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

__all__ = [
    "AuthorityLevel",
    "CoordinationForm",
    "CoordinationPartner",
    "CoordinationParty",
    "DecisionOutcome",
    "DossierDocument",
    "IncidentCategory",
    "Labelled",
    "OffenceStage",
    "Ownership",
    "Recipient",
    "ResolutionForm",
    "Role",
    "RuleTopic",
    "Sector",
    "Severity",
    "SizeClass",
    "Status",
    "SubjectKind",
    "TextStatus",
    "Verdict",
    "parties_label",
]


class Labelled(StrEnum):
    """A string enum whose members carry ``(value, label_vi, label_en)``."""

    label_vi: str
    label_en: str

    def __new__(cls, value: str, label_vi: str = "", label_en: str = "") -> Labelled:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_vi = label_vi or value
        member.label_en = label_en or value
        return member

    def __str__(self) -> str:
        return str(self.value)

    def label(self, lang: str = "vi") -> str:
        return self.label_vi if lang == "vi" else self.label_en


class SubjectKind(Labelled):
    ENTERPRISE = ("enterprise", "doanh nghiệp", "enterprise")
    AGENCY = ("agency", "cơ quan", "agency")


class Ownership(Labelled):
    STATE_OWNED = ("state_owned", "doanh nghiệp nhà nước", "state-owned")
    PRIVATE = ("private", "doanh nghiệp tư nhân", "private")
    FOREIGN_INVESTED = (
        "foreign_invested",
        "doanh nghiệp có vốn đầu tư nước ngoài",
        "foreign-invested",
    )


class SizeClass(Labelled):
    MICRO = ("micro", "siêu nhỏ", "micro")
    SMALL = ("small", "nhỏ", "small")
    MEDIUM = ("medium", "vừa", "medium")
    LARGE = ("large", "lớn", "large")


class Sector(Labelled):
    """ND80 sector groups used to classify enterprise size."""

    AGRICULTURE_INDUSTRY_CONSTRUCTION = (
        "agriculture_industry_construction",
        "nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng",
        "agriculture, forestry, fishery; industry and construction",
    )
    TRADE_SERVICES = ("trade_services", "thương mại và dịch vụ", "trade and services")


class RuleTopic(Labelled):
    """The six topics of internal rules named by TT124.D6.K1.p3."""

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


class ResolutionForm(Labelled):
    DEDICATED = ("dedicated", "nghị quyết chuyên đề riêng", "dedicated resolution")
    INTEGRATED = (
        "integrated",
        "lồng ghép trong nghị quyết lãnh đạo hằng năm",
        "integrated into the annual leadership resolution",
    )


class CoordinationParty(Labelled):
    """A party the unit coordinates with (TT124.D6.K2, TT23.D7.K2). Coordination facts name a
    non-empty set of them (``partners``, shape v2 / interchange format 2)."""

    POLICE = ("police", "cơ quan công an", "the police")
    LOCAL_AUTHORITY = ("local_authority", "chính quyền địa phương", "the local authority")


_JOINT_LABELS: dict[frozenset[CoordinationParty], tuple[str, str]] = {
    frozenset(CoordinationParty): (
        "công an và chính quyền địa phương",
        "the police and the local authority",
    ),
}


def parties_label(parties: Iterable[CoordinationParty], lang: str = "vi") -> str:
    """The parties of a coordination fact in words, e.g. "công an và chính quyền địa phương"."""
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
    REGULATION = ("regulation", "quy chế phối hợp", "coordination regulation")
    PROGRAMME = ("programme", "chương trình phối hợp", "coordination programme")
    PLAN = ("plan", "kế hoạch phối hợp", "coordination plan")


class IncidentCategory(Labelled):
    """Incident categories: the TT124.D6.PROV1 candidate list, plus ``other``."""

    ILLEGAL_RELIGIOUS_ACTIVITY = (
        "illegal_religious_activity",
        "tuyên truyền, hoạt động tôn giáo trái pháp luật",
        "illegal religious propaganda or activity",
    )
    MASS_COMPLAINT = ("mass_complaint", "khiếu kiện đông người", "mass complaint")
    ILLEGAL_STRIKE = (
        "illegal_strike",
        "đình công, ngừng việc tập thể trái pháp luật",
        "illegal strike or collective work stoppage",
    )
    SECRET_LEAK = (
        "secret_leak",
        "lộ, lọt bí mật Nhà nước, công nghệ",
        "leak of State secrets or technology",
    )
    HIGH_VALUE_THEFT = (
        "high_value_theft",
        "mất trộm tài sản có giá trị lớn",
        "theft of high-value assets",
    )
    FIRE_EXPLOSION = ("fire_explosion", "cháy, nổ", "fire or explosion")
    SERIOUS_OCCUPATIONAL_ACCIDENT = (
        "serious_occupational_accident",
        "tai nạn lao động nghiêm trọng",
        "serious occupational accident",
    )
    OTHER = ("other", "vụ việc khác", "other incident")


class Severity(Labelled):
    MINOR = ("minor", "ít nghiêm trọng", "minor")
    SERIOUS = ("serious", "nghiêm trọng", "serious")
    VERY_SERIOUS = ("very_serious", "rất nghiêm trọng", "very serious")
    EXTREMELY_SERIOUS = ("extremely_serious", "đặc biệt nghiêm trọng", "extremely serious")

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class OffenceStage(Labelled):
    """What was recorded about a staff member (TT124.D6.PROV2)."""

    PROSECUTED = ("prosecuted", "bị khởi tố", "prosecuted")
    CONVICTED = ("convicted", "bị kết án", "convicted")
    SOCIAL_EVIL = ("social_evil", "mắc tệ nạn xã hội", "involved in social evils")


class Recipient(Labelled):
    COLLECTIVE = ("collective", "tập thể", "collective")
    INDIVIDUAL = ("individual", "cá nhân", "individual")


class DossierDocument(Labelled):
    """Documents of a recognition dossier as used in practice (TT124.D9, provisional)."""

    SUBMISSION_LETTER = ("submission_letter", "tờ trình", "submission letter")
    RESULTS_REPORT = (
        "results_report",
        "báo cáo kết quả (ký, đóng dấu)",
        "results report (signed and sealed)",
    )
    REGISTRATION_FORM = ("registration_form", "bản đăng ký", "registration form")
    MEETING_MINUTES = ("meeting_minutes", "biên bản họp xét", "minutes of the review meeting")
    SELF_ASSESSMENT = ("self_assessment", "bảng tự chấm điểm", "self-assessment sheet")


class AuthorityLevel(Labelled):
    """Level of the People's Committee that decides recognition (TT124.D10)."""

    COMMUNE = ("commune", "UBND cấp xã", "commune People's Committee")
    DISTRICT = ("district", "UBND cấp huyện", "district People's Committee")
    PROVINCE = ("province", "UBND cấp tỉnh", "provincial People's Committee")


class DecisionOutcome(Labelled):
    RECOGNISED = ("recognised", "công nhận đạt", "recognised as achieved")
    NOT_RECOGNISED = ("not_recognised", "không công nhận", "not recognised")


class Status(Labelled):
    """The status of one criterion."""

    MET = ("met", "đạt", "met")
    NOT_MET = ("not_met", "chưa đạt", "not met")
    PENDING = ("pending", "đang chờ", "pending")
    NOT_APPLICABLE = ("not_applicable", "không áp dụng", "not applicable")


class Verdict(Labelled):
    """The verdict for one subject and one year (TT124.D8.K1)."""

    ACHIEVED = ("achieved", "đạt", "achieved")
    NOT_ACHIEVED = ("not_achieved", "chưa đạt", "not achieved")
    PENDING = ("pending", "đang chờ", "pending")
    NOT_APPLICABLE = ("not_applicable", "không thuộc đối tượng", "not applicable")


class TextStatus(Labelled):
    """How sure we are of a clause's wording (see the regulation reference)."""

    VERIFIED = ("verified", "đã đối chiếu", "verified")
    PARTIAL = ("partial", "đối chiếu một phần", "partial")
    PROVISIONAL = ("provisional", "tạm thời", "provisional")


class Role(Labelled):
    """The capacity in which an actor records facts (``domain/policy.py`` says who may record
    what)."""

    UNIT = ("unit", "đơn vị", "unit")
    POLICE = ("police", "công an", "police")
    PEOPLES_COMMITTEE = ("peoples_committee", "Ủy ban nhân dân", "People's Committee")
    SYSTEM = ("system", "hệ thống (chuyển dữ liệu cũ)", "system (legacy data migration)")
