"""Results and roles: the status of a criterion, the verdict, text status, who records."""

from __future__ import annotations

from antq_compliance.domain.vocabulary.base import Labelled

__all__ = ["Role", "Status", "TextStatus", "Verdict"]


class Status(Labelled):
    """The status of one criterion."""

    MET = ("met", "đạt", "met")
    NOT_MET = ("not_met", "chưa đạt", "not met")
    PENDING = ("pending", "chưa kết luận", "not yet concluded")
    NOT_APPLICABLE = ("not_applicable", "không áp dụng", "not applicable")


class Verdict(Labelled):
    """The verdict for one subject and one year (TT124.D8.K1)."""

    ACHIEVED = ("achieved", "đạt", "achieved")
    NOT_ACHIEVED = ("not_achieved", "chưa đạt", "not achieved")
    PENDING = ("pending", "chưa kết luận", "not yet concluded")
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
