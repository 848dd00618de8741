"""Emulation titles and ratings, the collectives that receive them, sub-units, and the
disciplinary and administrative measures the criteria count against a unit's people."""

from __future__ import annotations

from antq_compliance.domain.vocabulary.base import Labelled

__all__ = [
    "Collective",
    "DisciplineForm",
    "DisciplineReason",
    "EmulationTitle",
    "PersonRegime",
    "Rating",
    "SanctionField",
    "SubUnitKind",
]


class EmulationTitle(Labelled):
    """Collective emulation titles (danh hiệu thi đua). TT124.D6.K4/K5, D7.K5/K6 ask for at
    least "Tập thể lao động tiên tiến"; the higher title satisfies them."""

    ADVANCED = ("advanced", "Tập thể lao động tiên tiến", "advanced collective")
    EXCELLENT = ("excellent", "Tập thể lao động xuất sắc", "excellent collective")


class Rating(Labelled):
    """A collective's yearly rating (đánh giá, xếp loại), best first."""

    EXCELLENT = ("excellent", "Hoàn thành xuất sắc nhiệm vụ", "completed tasks excellently")
    GOOD = ("good", "Hoàn thành tốt nhiệm vụ", "completed tasks well")
    DONE = ("done", "Hoàn thành nhiệm vụ", "completed tasks")
    NOT_DONE = ("not_done", "Không hoàn thành nhiệm vụ", "did not complete tasks")

    @property
    def rank(self) -> int:
        """0 for not done, up to 3 for excellent."""
        return _RANKS[self]

    def at_least(self, other: Rating) -> bool:
        return self.rank >= other.rank


_RANKS = {rating: len(Rating) - 1 - i for i, rating in enumerate(Rating)}
"""Each rating's rank (the members are listed best first), computed once."""


class Collective(Labelled):
    """The collectives whose rating or members' discipline a criterion reads."""

    GUARD_FORCE = ("guard_force", "lực lượng bảo vệ", "guard force")
    SUB_UNIT = ("sub_unit", "đầu mối trực thuộc", "directly subordinate unit")
    GRASSROOTS_FORCE = (
        "grassroots_force",
        "lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở",
        "grassroots security and order force",
    )
    COMMUNE_POLICE = ("commune_police", "Công an xã, phường, thị trấn", "commune police")


class SubUnitKind(Labelled):
    """Directly subordinate units (đầu mối trực thuộc): phòng, ban, tổ, đội (TT124.D6.K5);
    khoa, phòng, ban, tổ chuyên môn (TT124.D7.K6)."""

    PHONG = ("phong", "phòng", "department")
    BAN = ("ban", "ban", "board")
    TO = ("to", "tổ", "team")
    DOI = ("doi", "đội", "squad")
    KHOA = ("khoa", "khoa", "faculty")
    TO_CHUYEN_MON = ("to_chuyen_mon", "tổ chuyên môn", "subject group")


class PersonRegime(Labelled):
    """The regime a person is disciplined under: it decides which forms rank at or above a
    warning (``regulation/data/discipline.toml``)."""

    CADRE = ("cadre", "cán bộ", "cadre")
    CIVIL_SERVANT = ("civil_servant", "công chức", "civil servant")
    PUBLIC_EMPLOYEE = ("public_employee", "viên chức", "public employee")
    EMPLOYEE = ("employee", "người lao động", "employee")
    LEARNER = ("learner", "người học", "learner")
    POLICE_OFFICER = ("police_officer", "cán bộ, chiến sĩ Công an", "police officer")
    PARTY_MEMBER = ("party_member", "đảng viên (kỷ luật Đảng)", "Party member (Party discipline)")
    OTHER = ("other", "khác", "other")


class DisciplineForm(Labelled):
    """Disciplinary forms (hình thức kỷ luật) of the regimes above."""

    REPRIMAND = ("reprimand", "khiển trách", "reprimand")
    WARNING = ("warning", "cảnh cáo", "warning")
    SALARY_GRADE_REDUCED = ("salary_grade_reduced", "hạ bậc lương", "salary grade reduced")
    DEMOTED = ("demoted", "giáng chức", "demotion")
    REMOVED_FROM_POST = ("removed_from_post", "cách chức", "removal from post")
    DISMISSED_FROM_OFFICE = ("dismissed_from_office", "bãi nhiệm", "dismissal from office")
    FORCED_RESIGNATION = ("forced_resignation", "buộc thôi việc", "forced resignation")
    RAISE_DEFERRED = (
        "raise_deferred",
        "kéo dài thời hạn nâng lương",
        "salary raise deferred",
    )
    DISMISSED = ("dismissed", "sa thải", "dismissal")
    STUDY_SUSPENDED = ("study_suspended", "đình chỉ học tập", "suspension from study")
    EXPELLED = ("expelled", "buộc thôi học", "expulsion")
    RANK_REDUCED = ("rank_reduced", "giáng cấp bậc hàm", "rank reduced")
    STRIPPED_OF_TITLE = (
        "stripped_of_title",
        "tước danh hiệu Công an nhân dân",
        "stripped of title",
    )
    EXPELLED_FROM_PARTY = ("expelled_from_party", "khai trừ", "expulsion from the Party")


class DisciplineReason(Labelled):
    """Why a person was disciplined, where a criterion cares (TT124.D6.K3.h, D7.K4: a social
    evil)."""

    SOCIAL_EVIL = ("social_evil", "mắc tệ nạn xã hội", "involved in a social evil")
    VIOLATION = ("violation", "vi phạm khác", "another violation")


class SanctionField(Labelled):
    """The field an administrative sanction decision names (TT124.D6.K3.h counts the field of
    security and order)."""

    SECURITY_ORDER = ("security_order", "an ninh, trật tự", "security and order")
    OTHER = ("other", "lĩnh vực khác", "another field")
