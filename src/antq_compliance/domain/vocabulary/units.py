"""Kinds of subject and what describes them: ownership, size, sector, local types, levels."""

from __future__ import annotations

from antq_compliance.domain.vocabulary.base import Labelled

__all__ = [
    "GENERAL_EDUCATION",
    "CommuneType",
    "EducationLevel",
    "LocalType",
    "Ownership",
    "Sector",
    "SizeClass",
    "SubjectKind",
]


class SubjectKind(Labelled):
    """The four kinds of subject of Circular 124 (Art. 1 cl. 2; agencies and enterprises share
    Art. 6), by the article that sets their criteria."""

    ENTERPRISE = ("enterprise", "doanh nghiệp", "enterprise")
    AGENCY = ("agency", "cơ quan", "agency")
    RESIDENTIAL_AREA = ("residential_area", "khu dân cư", "residential area")
    COMMUNE = ("commune", "xã, phường, thị trấn", "commune, ward or township")
    EDUCATIONAL_INSTITUTION = (
        "educational_institution",
        "cơ sở giáo dục",
        "educational institution",
    )


class Ownership(Labelled):
    """The ownership of an enterprise (``SubjectRegistered.ownership``): State-owned, private
    or foreign-invested; the provincial report counts enterprises by it."""

    STATE_OWNED = ("state_owned", "doanh nghiệp nhà nước", "state-owned")
    PRIVATE = ("private", "doanh nghiệp tư nhân", "private")
    FOREIGN_INVESTED = (
        "foreign_invested",
        "doanh nghiệp có vốn đầu tư nước ngoài",
        "foreign-invested",
    )


class SizeClass(Labelled):
    """An enterprise's size class under Decree 80/2021 (ND80): micro, small, medium or
    large, declared or computed from its figures; it decides whether the enterprise is in scope
    (``TT124.D1.K2.b``)."""

    MICRO = ("micro", "siêu nhỏ", "micro")
    SMALL = ("small", "nhỏ", "small")
    MEDIUM = ("medium", "vừa", "medium")
    LARGE = ("large", "lớn", "large")


class Sector(Labelled):
    """ND80 sector groups, by the main registered line of business (ND80 Art. 6)."""

    AGRICULTURE_INDUSTRY_CONSTRUCTION = (
        "agriculture_industry_construction",
        "nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng",
        "agriculture, forestry, fishery; industry and construction",
    )
    TRADE_SERVICES = ("trade_services", "thương mại và dịch vụ", "trade and services")


class LocalType(Labelled):
    """What a residential area is called locally (TT124.D2.K1)."""

    THON = ("thon", "thôn", "village (thôn)")
    LANG = ("lang", "làng", "village (làng)")
    BAN = ("ban", "bản", "hamlet (bản)")
    AP = ("ap", "ấp", "hamlet (ấp)")
    BUON = ("buon", "buôn", "hamlet (buôn)")
    PHUM = ("phum", "phum", "hamlet (phum)")
    SOC = ("soc", "sóc", "hamlet (sóc)")
    KHOM = ("khom", "khóm", "urban quarter (khóm)")
    TO_DAN_PHO = ("to_dan_pho", "tổ dân phố", "residential group (tổ dân phố)")
    KHU_PHO = ("khu_pho", "khu phố", "neighbourhood (khu phố)")
    OTHER = ("other", "đơn vị dân cư tương đương", "equivalent residential unit")


class CommuneType(Labelled):
    """The commune level: xã, phường, thị trấn; since the 2025 reorganisation xã, phường and
    đặc khu (no thị trấn)."""

    XA = ("xa", "xã", "commune")
    PHUONG = ("phuong", "phường", "ward")
    THI_TRAN = ("thi_tran", "thị trấn", "township")
    DAC_KHU = ("dac_khu", "đặc khu", "special zone")


class EducationLevel(Labelled):
    """Levels of the national education system an institution provides (TT124.D2.K4,
    TT124.D1.K2.b: primary schools, kindergartens and nurseries are excluded)."""

    NURSERY = ("nursery", "nhà trẻ", "nursery")
    KINDERGARTEN = ("kindergarten", "mầm non", "kindergarten")
    PRIMARY = ("primary", "tiểu học", "primary")
    LOWER_SECONDARY = ("lower_secondary", "trung học cơ sở", "lower secondary")
    UPPER_SECONDARY = ("upper_secondary", "trung học phổ thông", "upper secondary")
    CONTINUING = ("continuing", "giáo dục thường xuyên", "continuing education")
    VOCATIONAL = ("vocational", "giáo dục nghề nghiệp", "vocational education")
    COLLEGE = ("college", "cao đẳng", "college")
    UNIVERSITY = ("university", "đại học", "university")


GENERAL_EDUCATION = frozenset(
    {EducationLevel.PRIMARY, EducationLevel.LOWER_SECONDARY, EducationLevel.UPPER_SECONDARY}
)
"""The general-education levels (cấp học phổ thông) of TT124.D7.K2."""
