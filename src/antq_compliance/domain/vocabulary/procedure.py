"""The recognition procedure: dossiers, meetings, deciding authorities, outcomes."""

from __future__ import annotations

from antq_compliance.domain.vocabulary.base import Labelled

__all__ = ["AuthorityLevel", "DecisionOutcome", "DossierDocument", "MeetingRole", "Recipient"]


class Recipient(Labelled):
    """Who a commendation went to (``CommendationReceived.recipient``): the unit as a
    collective, or an individual (never named)."""

    COLLECTIVE = ("collective", "tập thể", "collective")
    INDIVIDUAL = ("individual", "cá nhân", "individual")


class DossierDocument(Labelled):
    """Documents of a recognition dossier (TT124.D9.K2.b): the submission, the results report,
    the minutes of the review meeting, other relevant documents. ``registration_form`` belongs
    to the registration dossier (TT124.D9.K2.a) and ``self_assessment`` (a practice the text
    does not list) is one of the other documents; both stay readable."""

    SUBMISSION_LETTER = ("submission_letter", "tờ trình đề nghị", "submission letter")
    RESULTS_REPORT = ("results_report", "báo cáo kết quả", "results report")
    MEETING_MINUTES = (
        "meeting_minutes",
        "biên bản cuộc họp đánh giá",
        "minutes of the review meeting",
    )
    OTHER = ("other", "tài liệu khác có liên quan", "other relevant documents")
    REGISTRATION_FORM = ("registration_form", "bản đăng ký", "registration form")
    SELF_ASSESSMENT = ("self_assessment", "bảng tự chấm điểm", "self-assessment sheet")


class MeetingRole(Labelled):
    """Who takes part in a review meeting (TT124.D9.K1.a, D9.K1.c)."""

    HEAD = ("head", "người đứng đầu", "head of the unit")
    AREA_HEAD = ("area_head", "Trưởng khu dân cư", "head of the residential area")
    PARTY_COMMITTEE = ("party_committee", "đại diện cấp ủy Đảng", "Party committee")
    PARTY_CELL_SECRETARY = ("party_cell_secretary", "Bí thư chi bộ", "Party cell secretary")
    FRONT_COMMITTEE = (
        "front_committee",
        "đại diện Ban Công tác Mặt trận",
        "Front working committee",
    )
    MASS_ORGANISATIONS = (
        "mass_organisations",
        "đại diện các tổ chức đoàn thể",
        "mass organisations",
    )
    GUARD_FORCE = ("guard_force", "đại diện lực lượng bảo vệ", "guard force")
    GRASSROOTS_POLICE = ("grassroots_police", "đại diện Công an cơ sở", "grassroots police")
    MANAGING_AUTHORITY = (
        "managing_authority",
        "đại diện cơ quan có thẩm quyền quản lý",
        "managing authority",
    )


class AuthorityLevel(Labelled):
    """Who decides recognition (TT124.D10): a People's Committee of a level, or the Ministry of
    Public Security (cl. 4)."""

    COMMUNE = ("commune", "UBND cấp xã", "commune People's Committee")
    DISTRICT = ("district", "UBND cấp huyện", "district People's Committee")
    PROVINCE = ("province", "UBND cấp tỉnh", "provincial People's Committee")
    MINISTRY = ("ministry", "Bộ Công an", "Ministry of Public Security")


class DecisionOutcome(Labelled):
    """What a recognition decision says (``RecognitionDecided.outcome``, Art. 10): the unit
    is recognised as achieving the standard ("đạt"), or it is not."""

    RECOGNISED = ("recognised", "công nhận đạt", "recognised as achieved")
    NOT_RECOGNISED = ("not_recognised", "không công nhận", "not recognised")
