"""What the criteria count against a unit: kinds of incident, seriousness, offences."""

from __future__ import annotations

from antq_compliance.domain.vocabulary.base import Labelled

__all__ = ["IncidentCategory", "IncidentKind", "OffenceStage", "Severity"]


class IncidentKind(Labelled):
    """What happened, in the words of the lists of TT124 (Art. 4 cl. 3-4, Art. 6 cl. 3, Art. 7
    cl. 3-4), plus the kinds only Circular 23 listed, and ``unclassified`` for first-edition
    incidents waiting for a reviewer's classification. Which point a kind falls under, and
    when its seriousness matters, is the regulation's business (``regulation/tt124``)."""

    ANTI_PARTY_STATE = (
        "anti_party_state",
        "hoạt động chống Đảng, chính quyền, phá hoại khối đại đoàn kết",
        "activity against the Party or the government, or against national unity",
    )
    SABOTAGE = (
        "sabotage",
        "phá hoại mục tiêu, công trình trọng điểm",
        "sabotage of a key target or work",
    )
    ILLEGAL_RELIGION = (
        "illegal_religion",
        "tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật",
        "illegal propagation or development of a belief or religion",
    )
    EXPLOITING_RELIGION_OR_DISPUTES = (
        "exploiting_religion_or_disputes",
        "lợi dụng tôn giáo, tín ngưỡng, dân tộc hoặc tranh chấp, khiếu kiện làm phức tạp ANTT",
        "using belief, religion, ethnicity, disputes or complaints against security and order",
    )
    SEPARATISM = ("separatism", "hoạt động ly khai, đòi tự trị", "separatism or autonomy demands")
    PROLONGED_DISPUTE = (
        "prolonged_dispute",
        "mâu thuẫn, tranh chấp phức tạp, kéo dài trong nội bộ Nhân dân",
        "complex, prolonged conflict or dispute among residents",
    )
    COMPLAINT_INCITEMENT = (
        "complaint_incitement",
        "kích động, lôi kéo khiếu nại đông người, gây rối; xuyên tạc, vu khống người giải quyết",
        "stirring up crowd complaints or disorder; slandering those handling complaints",
    )
    STRIKE = ("strike", "đình công, lãn công", "strike or go-slow")
    CRIME = ("crime", "tội phạm", "crime")
    STATE_SECRET_BREACH = (
        "state_secret_breach",
        "vi phạm các quy định về bảo vệ bí mật Nhà nước",
        "breach of the rules on protecting State secrets",
    )
    FIRE_EXPLOSION = ("fire_explosion", "cháy, nổ", "fire or explosion")
    LABOUR_ACCIDENT = ("labour_accident", "tai nạn lao động", "labour accident")
    TECHNICAL_INCIDENT = ("technical_incident", "sự cố", "incident (sự cố)")
    ENVIRONMENT_VIOLATION = (
        "environment_violation",
        "vi phạm về môi trường",
        "environmental violation",
    )
    FOOD_SAFETY_VIOLATION = (
        "food_safety_violation",
        "vi phạm an toàn vệ sinh thực phẩm",
        "food-safety violation",
    )
    SCHOOL_VIOLENCE = ("school_violence", "bạo lực học đường", "school violence")
    HIGH_VALUE_THEFT = (
        "high_value_theft",
        "mất trộm tài sản có giá trị lớn (Thông tư 23)",
        "theft of high-value assets (Circular 23 only)",
    )
    MASS_COMPLAINT = (
        "mass_complaint",
        "khiếu kiện đông người (Thông tư 23)",
        "mass complaint (Circular 23 only)",
    )
    TECHNOLOGY_LEAK = (
        "technology_leak",
        "lộ, lọt bí mật công nghệ (Thông tư 23)",
        "leak of technology (Circular 23 only)",
    )
    UNCLASSIFIED = (
        "unclassified",
        "chưa phân loại theo Thông tư 124 (cần phân loại lại)",
        "not yet classified under Circular 124 (to be reclassified)",
    )
    OTHER = ("other", "vụ việc khác", "other incident")


class IncidentCategory(Labelled):
    """The first edition's incident categories (retired id TT124.D6.PROV1). Read from stored
    facts and format-1/2 lines, upcast into :class:`IncidentKind`; kept on the fact as
    ``former_category``. Never written by a new fact."""

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
    """How serious an incident is, as the law that governs it classifies it: for a crime, the
    Penal Code's class; for a fire, an incident or a violation, the seriousness of its
    consequences. The library never infers it: it is recorded with its basis."""

    MINOR = ("minor", "ít nghiêm trọng", "minor")
    SERIOUS = ("serious", "nghiêm trọng", "serious")
    VERY_SERIOUS = ("very_serious", "rất nghiêm trọng", "very serious")
    EXTREMELY_SERIOUS = ("extremely_serious", "đặc biệt nghiêm trọng", "extremely serious")

    @property
    def rank(self) -> int:
        return list(Severity).index(self)

    @property
    def serious_or_worse(self) -> bool:
        """``nghiêm trọng trở lên``."""
        return self.rank >= Severity.SERIOUS.rank


class OffenceStage(Labelled):
    """What was recorded about a staff member's offence (criminal proceedings, or a social
    evil): read by TT124.D7.K4 (a crime), TT23.D7.K3 and the first edition's PROV2."""

    PROSECUTED = ("prosecuted", "bị khởi tố", "prosecuted")
    CONVICTED = ("convicted", "bị kết án", "convicted")
    SOCIAL_EVIL = ("social_evil", "mắc tệ nạn xã hội", "involved in social evils")
