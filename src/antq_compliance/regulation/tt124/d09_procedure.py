"""TT124 Article 9 (procedure and dossiers): the review meeting and who takes part, the
deadline of the decision, the registration and recognition dossiers, and where a residential
area's dossier goes (its recipient is dated data: TT48 replaced it, ``regulation/tt48.py``).

The text attaches no consequence to a defective meeting or dossier: the checks report
procedural findings beside the criteria, neither changing the other (``docs/audit.md``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date

import attrs

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.facts import (
    DossierSubmitted,
    PartyResolutionAdopted,
    ReviewMeetingHeld,
    SecurityPlanAdopted,
    StandardRegistrationFiled,
)
from antq_compliance.domain.record import Profile
from antq_compliance.domain.vocabulary import (
    AuthorityLevel,
    DossierDocument,
    MeetingRole,
    SubjectKind,
    TextStatus,
)
from antq_compliance.regulation.calendar import deadline
from antq_compliance.regulation.clauses import instrument
from antq_compliance.regulation.dates import day_before
from antq_compliance.regulation.procedure import AuditCheck, DecisionContext, Issue
from antq_compliance.regulation.tt124.shared import has_guard_force_on

__all__ = [
    "CHECKS",
    "RECOGNITION_DOSSIER",
    "ROUTE",
    "Route",
    "attendee_missing",
    "dossier_incomplete",
    "late_decision",
    "no_dossier",
    "no_police_representative",
    "no_review_meeting",
    "registration_dossier_incomplete",
    "role_label",
]


@attrs.frozen(kw_only=True)
class Route:
    """Who receives a recognition dossier, from when to when, as an instrument says."""

    clause: str
    text_status: TextStatus
    effective_from: date
    effective_to: date | None
    date_confirmed: bool
    recipient_vi: str
    recipient_en: str
    note: str = ""
    names: tuple[str, ...] = ()
    """Words by which a recorded recipient (free text) names this body, lower case, NFC."""

    def covers(self, day: date) -> bool:
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )

    def named_in(self, text: str) -> bool:
        """``text`` (a recorded ``submitted_to``) names this route's recipient."""
        folded = unicodedata.normalize("NFC", text).casefold()
        return any(name in folded for name in self.names)

    def effective_to_text(self, lang: str = "vi") -> str:
        if self.effective_to is None:
            return "nay" if lang == "vi" else "now"
        return fmt_date(self.effective_to, lang)


ROUTE = Route(
    clause="TT124.D9.K1.a",
    text_status=TextStatus.VERIFIED,
    effective_from=instrument("TT124").in_force or date.min,
    effective_to=day_before("reorganisation_2025"),
    date_confirmed=False,
    recipient_vi="Thường trực Ban Chỉ đạo cấp xã",
    recipient_en="the standing office of the commune-level Steering Committee",
    note="a residential area's dossier, until TT48 replaced the recipient (date not confirmed)",
    names=("ban chỉ đạo", "bcđ"),
)
"""The recipient of a residential area's dossier as the article was issued (cl. 1.a)."""

RECOGNITION_DOSSIER = (
    DossierDocument.SUBMISSION_LETTER,
    DossierDocument.RESULTS_REPORT,
    DossierDocument.MEETING_MINUTES,
)
"""The documents cl. 2.b names (other relevant documents may be added; none is required)."""

_MEETING_CLAUSE = {
    SubjectKind.RESIDENTIAL_AREA: "TT124.D9.K1.a",
    SubjectKind.AGENCY: "TT124.D9.K1.c",
    SubjectKind.ENTERPRISE: "TT124.D9.K1.c",
    SubjectKind.EDUCATIONAL_INSTITUTION: "TT124.D9.K1.c",
}
"""The kinds of subject whose review meeting the article composes, and the clause that does."""


def _profile(ctx: DecisionContext) -> Profile:
    return ctx.record.profile_on(ctx.signed)


def _meetings(ctx: DecisionContext) -> list[tuple[str, ReviewMeetingHeld]]:
    return [(f.id, m) for f, m in ctx.record.of(ReviewMeetingHeld) if m.year == ctx.year]


def _expected(ctx: DecisionContext, profile: Profile) -> tuple[MeetingRole, ...]:
    """The roles cl. 1.a (a residential area) or cl. 1.c (the others) asks for besides the
    chair: a Party committee (an area: the Party cell secretary) where there is a Party
    organisation, a guard force where there is one. An area's mass organisations are "(nếu có)"
    and the area profile does not say whether it has them: they are never asked for."""
    if profile.kind is SubjectKind.RESIDENTIAL_AREA:
        roles = [MeetingRole.FRONT_COMMITTEE, MeetingRole.GRASSROOTS_POLICE]
        if profile.has_party_organisation:
            roles.insert(0, MeetingRole.PARTY_CELL_SECRETARY)
        return tuple(roles)
    roles = [MeetingRole.MASS_ORGANISATIONS, MeetingRole.GRASSROOTS_POLICE]
    roles.append(MeetingRole.MANAGING_AUTHORITY)
    if profile.has_party_organisation:
        roles.insert(0, MeetingRole.PARTY_COMMITTEE)
    if has_guard_force_on(ctx.record, ctx.signed):
        roles.append(MeetingRole.GUARD_FORCE)
    return tuple(roles)


_CHAIRS = {
    SubjectKind.RESIDENTIAL_AREA: (MeetingRole.AREA_HEAD, MeetingRole.HEAD),
    SubjectKind.AGENCY: (MeetingRole.HEAD,),
    SubjectKind.ENTERPRISE: (MeetingRole.HEAD,),
    SubjectKind.EDUCATIONAL_INSTITUTION: (MeetingRole.HEAD,),
}
"""Who chairs the review meeting (cl. 1.a: Trưởng khu dân cư; cl. 1.c: người đứng đầu), the
first role being the one the clause names. For a residential area ``head`` (its head, which is
how meetings recorded before interchange format 3 read) is its Trưởng khu dân cư."""

_AREA_LABELS = {
    MeetingRole.GRASSROOTS_POLICE: ("đại diện Công an cấp cơ sở", "grassroots-level police"),
    MeetingRole.MASS_ORGANISATIONS: (
        "đại diện các tổ chức đoàn thể quần chúng",
        "mass organisations",
    ),
    MeetingRole.HEAD: ("Trưởng khu dân cư", "head of the residential area"),
}
"""The words of cl. 1.a where they differ from those of cl. 1.c (the MeetingRole labels)."""


def role_label(role: MeetingRole, kind: SubjectKind, lang: str = "vi") -> str:
    """The name the clause composing ``kind``'s meeting gives ``role``."""
    if kind is SubjectKind.RESIDENTIAL_AREA and role in _AREA_LABELS:
        vi, en = _AREA_LABELS[role]
        return vi if lang == "vi" else en
    return role.label_vi if lang == "vi" else role.label_en


def no_review_meeting(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D9.K1.c (a residential area: D9.K1.a) — recognised with no review meeting of the
    year on record."""
    about = _MEETING_CLAUSE.get(_profile(ctx).kind)
    if ctx.recognised and about and not _meetings(ctx):
        yield Issue(
            message_vi=f"Không có biên bản cuộc họp kiểm điểm, đánh giá năm {ctx.year} trước quyết "
            f"định ngày {fmt_date(ctx.signed)}",
            message_en=f"No review meeting for {ctx.year} was on record before the decision of "
            f"{ctx.signed.isoformat()}",
            clause=about,
        )


def _present(meetings: list[tuple[str, ReviewMeetingHeld]]) -> set[MeetingRole]:
    """Every role at one of the meetings, the chair's included."""
    return {role for _, m in meetings for role in (m.chair, *m.attendees)}


def no_police_representative(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D9.K1.c (D9.K1.a) — recognised after review meetings no representative of the
    grassroots police attended (cl. 1.a: Công an cấp cơ sở; cl. 1.c: Công an cơ sở)."""
    kind = _profile(ctx).kind
    about = _MEETING_CLAUSE.get(kind)
    meetings = _meetings(ctx)
    if (
        ctx.recognised
        and about
        and meetings
        and MeetingRole.GRASSROOTS_POLICE not in _present(meetings)
    ):
        police = role_label(MeetingRole.GRASSROOTS_POLICE, kind)
        yield Issue(
            message_vi=f"Cuộc họp kiểm điểm, đánh giá không có {police}",
            message_en="No representative of the "
            f"{role_label(MeetingRole.GRASSROOTS_POLICE, kind, 'en')} attended the review meeting",
            evidence=tuple(i for i, _ in meetings),
            clause=about,
        )


def attendee_missing(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D9.K1.c (D9.K1.a) — no review meeting of the year was chaired by the person the
    clause names (cl. 1.a: Trưởng khu dân cư; cl. 1.c: người đứng đầu), or a role it names
    attended none of them (the police apart: ``no_police_representative``)."""
    profile = _profile(ctx)
    kind = profile.kind
    about = _MEETING_CLAUSE.get(kind)
    meetings = _meetings(ctx)
    if not (ctx.recognised and about and meetings):
        return
    chairs = _CHAIRS[kind]
    parts: list[tuple[str, str]] = []
    if not any(m.chair in chairs for _, m in meetings):
        chaired = ", ".join(dict.fromkeys(role_label(m.chair, kind) for _, m in meetings))
        chaired_en = ", ".join(dict.fromkeys(role_label(m.chair, kind, "en") for _, m in meetings))
        parts.append(
            (
                f"không do {role_label(chairs[0], kind)} chủ trì (người chủ trì: {chaired})",
                f"was chaired by: {chaired_en}, not the {role_label(chairs[0], kind, 'en')}",
            )
        )
    present = _present(meetings)
    missing = [
        r
        for r in _expected(ctx, profile)
        if r not in present and r is not MeetingRole.GRASSROOTS_POLICE
    ]
    if missing:
        parts.append(
            (
                "thiếu: " + ", ".join(role_label(r, kind) for r in missing),
                "lacked: " + ", ".join(role_label(r, kind, "en") for r in missing),
            )
        )
    if parts:
        yield Issue(
            message_vi="Cuộc họp kiểm điểm, đánh giá " + "; ".join(vi for vi, _ in parts),
            message_en="The review meeting " + "; ".join(en for _, en in parts),
            evidence=tuple(i for i, _ in meetings),
            clause=about,
        )


def _deadline(ctx: DecisionContext, profile: Profile) -> tuple[str, date]:
    """The clause that sets the decision's deadline for this unit, and its last day."""
    day_before = ctx.interpretation.deadline_day == "day_before"
    if ctx.decision.authority_level is AuthorityLevel.MINISTRY:
        about, name = "TT124.D9.K1.d", "general"
    elif profile.kind is SubjectKind.RESIDENTIAL_AREA:
        about, name = "TT124.D9.K1.a", "residential_area"
    elif profile.kind is SubjectKind.COMMUNE:
        about, name = "TT124.D9.K1.b", "general"
    else:
        about, name = "TT124.D9.K1.c", "general"
    return about, deadline(name, ctx.year, day_before=day_before)


def late_decision(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D9.K1.a-d — a decision dated after the day the article sets for its kind of
    subject: "trước ngày 15 tháng 11" for a residential area, "trước ngày 20 tháng 11"
    otherwise. "Before the 20th" excludes the 20th, so the last day is the 19th (the 14th):
    that is what the text says (``deadline_day`` = ``day_before``); ``same_day`` is a lenient
    option a deployment may choose, not another reading of the text."""
    about, last = _deadline(ctx, _profile(ctx))
    if ctx.signed > last:
        yield Issue(
            message_vi=f"Quyết định ngày {fmt_date(ctx.signed)}, sau thời hạn (ngày cuối là "
            f"{fmt_date(last)})",
            message_en=f"Decision of {ctx.signed.isoformat()}, after the deadline (the last day "
            f"was {last.isoformat()})",
            clause=about,
        )


def registration_dossier_incomplete(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D9.K2.a — the registration dossier of the year lacks the Party resolution (where
    there is a Party organisation), the security-and-order plan (not for a residential area)
    or the registration form."""
    profile = _profile(ctx)
    year = ctx.year
    missing = []
    # "nơi có tổ chức Đảng": a residential area's Party cell is its Party organisation
    if profile.has_party_organisation and not any(
        r.year == year for _, r in ctx.record.of(PartyResolutionAdopted)
    ):
        missing.append(("nghị quyết của cấp ủy Đảng", "the Party committee's resolution"))
    plans = any(p.year == year for _, p in ctx.record.of(SecurityPlanAdopted))
    if profile.kind is not SubjectKind.RESIDENTIAL_AREA and not plans:
        missing.append(("kế hoạch bảo đảm an ninh, trật tự", "the security-and-order plan"))
    if not any(r.year == year for _, r in ctx.record.of(StandardRegistrationFiled)):
        missing.append(("bản đăng ký phấn đấu", "the registration form"))
    if ctx.recognised and missing:
        yield Issue(
            message_vi="Hồ sơ đăng ký thiếu: " + ", ".join(vi for vi, _ in missing),
            message_en="The registration dossier lacks: " + ", ".join(en for _, en in missing),
        )


def _dossiers(ctx: DecisionContext) -> list[tuple[str, DossierSubmitted]]:
    return [(f.id, d) for f, d in ctx.record.of(DossierSubmitted) if d.year == ctx.year]


def no_dossier(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D9.K2.b — recognised with no recognition dossier of the year on record."""
    if ctx.recognised and not _dossiers(ctx):
        yield Issue(
            message_vi=f"Không có hồ sơ đề nghị công nhận năm {ctx.year} trước quyết định ngày "
            f"{fmt_date(ctx.signed)}",
            message_en=f"No dossier for {ctx.year} was on record before the decision of "
            f"{ctx.signed.isoformat()}",
        )


def dossier_incomplete(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D9.K2.b — the recognition dossier lacks the submission, the results report or the
    minutes of the review meeting (no self-scoring sheet, signature or seal is required). The
    minutes are those of the review meeting (cl. 1.a, 1.c: the meeting, then the dossier): a
    dossier filed before every review meeting of the year cannot hold them, so minutes filed
    only that early are reported too (a dossier filed on the meeting day is in order)."""
    dossiers = [(f, d) for f, d in ctx.record.of(DossierSubmitted) if d.year == ctx.year]
    if not (ctx.recognised and dossiers):
        return
    filed = {doc for _, d in dossiers for doc in d.documents}
    missing = [doc for doc in RECOGNITION_DOSSIER if doc not in filed]
    parts = []
    if missing:
        parts.append(
            (
                "Hồ sơ đề nghị công nhận thiếu: " + ", ".join(d.label_vi for d in missing),
                "The recognition dossier lacks: " + ", ".join(d.label_en for d in missing),
            )
        )
    meetings = (
        [f for f, m in ctx.record.of(ReviewMeetingHeld) if m.year == ctx.year]
        if _profile(ctx).kind in _MEETING_CLAUSE
        else []
    )
    with_minutes = [f for f, d in dossiers if DossierDocument.MEETING_MINUTES in d.documents]
    evidence = [f.id for f, _ in dossiers]
    if meetings and with_minutes:
        first = min(f.occurred_on for f in meetings)
        latest = max(f.occurred_on for f in with_minutes)
        if latest < first:
            minutes = DossierDocument.MEETING_MINUTES
            parts.append(
                (
                    f"hồ sơ có {minutes.label_vi} nộp ngày {fmt_date(latest)}, trước cuộc họp "
                    f"kiểm điểm, đánh giá ngày {fmt_date(first)}: biên bản của cuộc họp đó chưa "
                    "thể có trong hồ sơ",
                    f"the dossier with the {minutes.label_en} was filed on {latest.isoformat()}, "
                    f"before the review meeting of {first.isoformat()}: it cannot hold that "
                    "meeting's minutes",
                )
            )
            evidence += [f.id for f in meetings]
    if parts:
        vi = "; ".join(vi for vi, _ in parts)
        en = "; ".join(en for _, en in parts)
        yield Issue(
            message_vi=vi[0].upper() + vi[1:],
            message_en=en[0].upper() + en[1:],
            evidence=tuple(evidence),
        )


_MEETING = ("TT124.D9.K1.a",)

CHECKS = (
    AuditCheck(
        code="no_review_meeting",
        clause="TT124.D9.K1.c",
        also=_MEETING,
        severity="error",
        title_vi="Công nhận mà không có cuộc họp kiểm điểm, đánh giá",
        title_en="Recognised without a review meeting",
        check=no_review_meeting,
    ),
    AuditCheck(
        code="no_police_representative",
        clause="TT124.D9.K1.c",
        also=_MEETING,
        severity="error",
        title_vi="Cuộc họp không có đại diện Công an cơ sở (khu dân cư: Công an cấp cơ sở)",
        title_en="No grassroots police representative at the review meeting",
        check=no_police_representative,
    ),
    AuditCheck(
        code="attendee_missing",
        clause="TT124.D9.K1.c",
        also=_MEETING,
        severity="warning",
        title_vi="Cuộc họp không do người được quy định chủ trì, hoặc thiếu thành phần",
        title_en="The review meeting was chaired by someone else, or a participant was absent",
        check=attendee_missing,
    ),
    AuditCheck(
        code="late_decision",
        clause="TT124.D9.K1.c",
        also=("TT124.D9.K1.a", "TT124.D9.K1.b", "TT124.D9.K1.d"),
        severity="warning",
        title_vi="Quyết định công nhận sau thời hạn",
        title_en="Decision after the deadline",
        check=late_decision,
    ),
    AuditCheck(
        code="registration_dossier_incomplete",
        clause="TT124.D9.K2.a",
        severity="warning",
        title_vi="Hồ sơ đăng ký thiếu tài liệu",
        title_en="Registration dossier lacks documents",
        check=registration_dossier_incomplete,
    ),
    AuditCheck(
        code="no_dossier",
        clause="TT124.D9.K2.b",
        severity="error",
        title_vi="Công nhận mà không có hồ sơ đề nghị",
        title_en="Recognised without a dossier",
        check=no_dossier,
    ),
    AuditCheck(
        code="dossier_incomplete",
        clause="TT124.D9.K2.b",
        severity="warning",
        title_vi="Hồ sơ đề nghị công nhận thiếu tài liệu, hoặc nộp trước cuộc họp",
        title_en="Recognition dossier lacks documents, or was filed before the meeting",
        check=dossier_incomplete,
    ),
)
