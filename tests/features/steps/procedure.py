"""Given: the recognition procedure (TT124 Art. 9-10) — the review meeting and who took part,
the registration and recognition dossiers, the decision and its certificate — and the
deployment's rulebook (a provincial criterion, TT124.D8.K1).

The unit a step is about is the current one: a doanh nghiệp, cơ quan or đơn vị (``UNIT``), or a
khu dân cư, xã or phường registered by ``steps/audit.py``.
"""

from __future__ import annotations

import re

from pytest_bdd import given

from antq_compliance import (
    AuthorityLevel,
    Context,
    DecisionOutcome,
    DossierDocument,
    DossierSubmitted,
    FestivalDayHeld,
    Finding,
    Ledger,
    MeetingRole,
    PartyResolutionAdopted,
    ProtectionForceDisbanded,
    ProtectionForceEstablished,
    ProvincialCriterion,
    RecognitionDecided,
    ResolutionForm,
    ReviewMeetingHeld,
    SecurityPlanAdopted,
    StandardRegistrationFiled,
    SubjectKind,
    met,
)
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.regulation.tt48 import dossier_recipient_on
from antq_compliance.regulation.tt124.d09_procedure import role_label

from .base import DAY, FACT_ID, PROVINCE, Spec, by_label, step_re, vn_date

SUBJECT = r"(?P<noun>doanh nghiệp|cơ quan|đơn vị|khu dân cư|xã|phường)"
"""Who held the meeting or filed the dossier: the current unit, by a noun that fits its kind."""

_NOUN_KINDS: dict[str, frozenset[SubjectKind]] = {
    "khu dân cư": frozenset({SubjectKind.RESIDENTIAL_AREA}),
    "xã": frozenset({SubjectKind.COMMUNE}),
    "phường": frozenset({SubjectKind.COMMUNE}),
}

_QUOTED = r'"[^"]+"(?:, "[^"]+")*'


def _subject(spec: Spec, noun: str) -> SubjectKind:
    """The current unit's kind, after checking that ``noun`` fits it."""
    unit = spec.current(noun if noun in ("doanh nghiệp", "cơ quan") else None)
    allowed = _NOUN_KINDS.get(noun)
    if allowed is not None and unit.kind not in allowed:
        raise AssertionError(f"the unit {unit.subject} is a {unit.kind.label_vi}, not '{noun}'")
    return unit.kind


def _labels(text: str) -> list[str]:
    return re.findall(r'"([^"]+)"', text)


# --- Given: the review meeting (TT124.D9.K1.a, D9.K1.c) ----------------------------------------

_CHAIRS = {
    SubjectKind.RESIDENTIAL_AREA: (MeetingRole.AREA_HEAD, "Trưởng khu dân cư"),
    SubjectKind.ENTERPRISE: (MeetingRole.HEAD, "Giám đốc doanh nghiệp"),
    SubjectKind.AGENCY: (MeetingRole.HEAD, "Thủ trưởng cơ quan"),
    SubjectKind.EDUCATIONAL_INSTITUTION: (MeetingRole.HEAD, "Hiệu trưởng"),
}
"""Who chairs the meeting the clause composes (the role, and the title written as
``chaired_by``)."""


def _role(text: str, kind: SubjectKind) -> MeetingRole:
    """A role by the words of the clause that composes ``kind``'s meeting: the MeetingRole
    labels (cl. 1.c), but for a residential area cl. 1.a's "đại diện Công an cấp cơ sở" and
    "đại diện các tổ chức đoàn thể quần chúng" (``d09_procedure.role_label``)."""
    choices = {role.label_vi: role for role in MeetingRole}
    if kind is SubjectKind.RESIDENTIAL_AREA:
        for role in (MeetingRole.GRASSROOTS_POLICE, MeetingRole.MASS_ORGANISATIONS):
            del choices[role.label_vi]
            choices[role_label(role, kind)] = role
    if text not in choices:
        allowed = ", ".join(f'"{c}"' for c in choices)
        raise ValueError(
            f"{text!r} is not a participant of a {kind.label_vi}; use one of {allowed}"
        )
    return choices[text]


def _has_guard_force(spec: Spec) -> bool:
    """A guard force was established and not disbanded since (by the order of the log)."""
    established = spec.effective(ProtectionForceEstablished)
    disbanded = spec.effective(ProtectionForceDisbanded)
    return bool(established) and (
        not disbanded
        or max(f.occurred_on for f in established) > max(f.occurred_on for f in disbanded)
    )


def full_attendance(spec: Spec, kind: SubjectKind) -> frozenset[MeetingRole]:
    """ "đủ thành phần": everyone the article names besides the chair. A residential area
    (cl. 1.a): the Party cell secretary (where the area has a chi bộ), the Front working
    committee, the mass organisations and the grassroots-level police. An agency or enterprise
    (cl. 1.c): the Party committee (where there is a Party organisation), the mass
    organisations, the guard force (if the unit has one), the grassroots police and the
    managing authority."""
    party = spec.current().has_party_organisation
    if kind is SubjectKind.RESIDENTIAL_AREA:
        roles = {
            MeetingRole.FRONT_COMMITTEE,
            MeetingRole.MASS_ORGANISATIONS,
            MeetingRole.GRASSROOTS_POLICE,
        }
        if party:
            roles.add(MeetingRole.PARTY_CELL_SECRETARY)
        return frozenset(roles)
    roles = {
        MeetingRole.MASS_ORGANISATIONS,
        MeetingRole.GRASSROOTS_POLICE,
        MeetingRole.MANAGING_AUTHORITY,
    }
    if party:
        roles.add(MeetingRole.PARTY_COMMITTEE)
    if _has_guard_force(spec):
        roles.add(MeetingRole.GUARD_FORCE)
    return frozenset(roles)


@given(
    step_re(
        rf"{SUBJECT} đã họp kiểm điểm, đánh giá năm (?P<year>\d{{4}}) {DAY}"
        r'(?:, do "(?P<chair>[^"]+)" chủ trì)?, '
        rf"(?:(?P<full>đủ thành phần)(?: trừ (?P<but>{_QUOTED}))?|thành phần: (?P<roles>{_QUOTED}))"
        rf"{FACT_ID}"
    )
)
def review_meeting(
    spec: Spec,
    noun: str,
    year: str,
    day: str,
    chair: str | None,
    full: str | None,
    but: str | None,
    roles: str | None,
    fact_id: str | None,
) -> None:
    """The review meeting (họp kiểm điểm, đánh giá) of year Y on D, chaired by the head of the
    unit (Trưởng khu dân cư for an area) unless 'do "VAI TRÒ" chủ trì' names another role.
    "đủ thành phần [trừ "VAI TRÒ", …]": everyone the article names (``full_attendance``) — and
    the usual chair, when another role chairs — but those listed; "thành phần: "VAI TRÒ", …":
    the roles listed, the chair's among them. Roles are named in the words of the clause that
    composes the meeting (``_role``)."""
    kind = _subject(spec, noun)
    if kind not in _CHAIRS:
        raise AssertionError(f"TT124 Art. 9 composes no review meeting for a {kind.label_vi}")
    usual, chaired_by = _CHAIRS[kind]
    chair_role = usual if chair is None else _role(chair, kind)
    if chair_role is not usual:
        chaired_by = chair or chaired_by
    if full:
        everyone = full_attendance(spec, kind) | {usual}
        absent = {_role(r, kind) for r in _labels(but or "")}
        if not absent <= everyone - {chair_role}:
            extra = ", ".join(r.label_vi for r in absent - (everyone - {chair_role}))
            raise AssertionError(f"'trừ {extra}': not one of the participants besides the chair")
        attendees = everyone - absent - {chair_role}
    else:
        listed = {_role(r, kind) for r in _labels(roles or "")}
        if chair_role not in listed:
            raise AssertionError(f'list the chair "{chair_role.label_vi}" among the participants')
        attendees = frozenset(listed - {chair_role})
    spec.record(
        ReviewMeetingHeld(
            year=int(year),
            chaired_by=chaired_by,
            chair=chair_role,
            attendees=frozenset(attendees),
        ),
        vn_date(day),
        spec.fact_id(fact_id, "hop-kiem-diem"),
    )


# --- Given: the registration dossier (TT124.D9.K2.a) ------------------------------------------

REGISTRATION_DOSSIER = (
    "nghị quyết của cấp ủy Đảng",
    "kế hoạch bảo đảm an ninh, trật tự",
    "bản đăng ký phấn đấu",
)
"""The documents of the registration dossier, as the feature text names them: each is recorded
as its own fact (PartyResolutionAdopted, SecurityPlanAdopted, StandardRegistrationFiled)."""


@given(
    step_re(
        rf"{SUBJECT} đã nộp hồ sơ đăng ký năm (?P<year>\d{{4}}) {DAY} gồm"
        rf"(?: (?P<complete>đủ tài liệu)|: (?P<documents>{_QUOTED})){FACT_ID}"
    )
)
def registration_dossier(
    spec: Spec,
    noun: str,
    year: str,
    day: str,
    complete: str | None,
    documents: str | None,
    fact_id: str | None,
) -> None:
    """ "đủ tài liệu": the Party committee's resolution (where there is a Party organisation),
    the security-and-order plan (not for a residential area) and the registration form;
    otherwise the documents listed. Fact ids: ``ID-nghi-quyet``, ``ID-ke-hoach``,
    ``ID-dang-ky``."""
    kind = _subject(spec, noun)
    if complete:
        wanted = [
            d
            for d in REGISTRATION_DOSSIER
            if (d != REGISTRATION_DOSSIER[0] or spec.current().has_party_organisation)
            and (d != REGISTRATION_DOSSIER[1] or kind is not SubjectKind.RESIDENTIAL_AREA)
        ]
    else:
        wanted = _labels(documents or "")
        unknown = [d for d in wanted if d not in REGISTRATION_DOSSIER]
        if unknown:
            allowed = ", ".join(f'"{d}"' for d in REGISTRATION_DOSSIER)
            raise ValueError(f"{unknown} are not registration documents; use {allowed}")
    prefix = spec.fact_id(fact_id, "ho-so-dang-ky")
    filed_on, y = vn_date(day), int(year)
    facts = {
        REGISTRATION_DOSSIER[0]: (
            PartyResolutionAdopted(year=y, form=ResolutionForm.DEDICATED),
            "nghi-quyet",
        ),
        REGISTRATION_DOSSIER[1]: (SecurityPlanAdopted(year=y), "ke-hoach"),
        REGISTRATION_DOSSIER[2]: (StandardRegistrationFiled(year=y), "dang-ky"),
    }
    for document in wanted:
        data, suffix = facts[document]
        spec.record(data, filed_on, f"{prefix}-{suffix}")


# --- Given: the recognition dossier (TT124.D9.K2.b; its recipient, D9.K1 and TT48) ------------

RECOGNITION_DOSSIER = frozenset(
    {
        DossierDocument.SUBMISSION_LETTER,
        DossierDocument.RESULTS_REPORT,
        DossierDocument.MEETING_MINUTES,
    }
)
""""đủ tài liệu": the three documents cl. 2.b names (other relevant documents are optional)."""

STEERING_COMMITTEE = "Thường trực Ban Chỉ đạo phòng, chống tội phạm tỉnh Trà Vinh"
"""Where an agency's or enterprise's dossier goes (cl. 1.c: the competent level, through the
Steering Committee's standing office) when the step does not say."""


@given(
    step_re(
        rf"{SUBJECT} đã nộp hồ sơ đề nghị công nhận năm (?P<year>\d{{4}}) {DAY} gồm"
        rf"(?: (?P<complete>đủ tài liệu)|: (?P<documents>{_QUOTED}))"
        rf'(?:, gửi "(?P<recipient>[^"]+)")?{FACT_ID}'
    )
)
def recognition_dossier(
    spec: Spec,
    noun: str,
    year: str,
    day: str,
    complete: str | None,
    documents: str | None,
    recipient: str | None,
    fact_id: str | None,
) -> None:
    """The dossier asking for recognition of year Y, filed on D: "đủ tài liệu" or the documents
    listed by their DossierDocument labels. The recipient is as written after "gửi"; without
    it, a residential area's goes to the body the dated routing names for D (TT124.D9.K1.a,
    TT48), another unit's to the Steering Committee's standing office."""
    kind = _subject(spec, noun)
    filed = (
        RECOGNITION_DOSSIER
        if complete
        else frozenset(by_label(DossierDocument, d) for d in _labels(documents or ""))
    )
    submitted_on = vn_date(day)
    if recipient is None:
        recipient = (
            dossier_recipient_on(submitted_on).recipient_vi
            if kind is SubjectKind.RESIDENTIAL_AREA
            else STEERING_COMMITTEE
        )
    spec.record(
        DossierSubmitted(year=int(year), documents=filed, submitted_to=recipient),
        submitted_on,
        spec.fact_id(fact_id, "ho-so-de-nghi"),
    )


# --- Given: the decision (TT124.D10) ------------------------------------------------------------

AUTHORITIES: dict[AuthorityLevel, tuple[str, str]] = {
    AuthorityLevel.COMMUNE: ("UBND phường 1, thành phố Trà Vinh", "UBND"),
    AuthorityLevel.DISTRICT: ("UBND huyện Càng Long", "UBND"),
    AuthorityLevel.PROVINCE: ("UBND tỉnh Trà Vinh", "UBND"),
    AuthorityLevel.MINISTRY: ("Bộ Công an", "BCA"),
}
"""The body of each level that decides in the scenarios, and the suffix of its numbers."""

LEVEL = r"UBND cấp (?:xã|huyện|tỉnh)|Bộ Công an"


@given(
    step_re(
        rf"(?P<level>{LEVEL}) đã ký quyết định (?P<outcome>công nhận|không công nhận) năm "
        rf"(?P<year>\d{{4}}) {DAY}(?: theo ủy quyền của (?P<delegated>UBND cấp (?:huyện|tỉnh)))?"
        rf"(?P<no_certificate>, không cấp Giấy công nhận)?{FACT_ID}"
    )
)
def recognition_decided(
    spec: Spec,
    level: str,
    outcome: str,
    year: str,
    day: str,
    delegated: str | None,
    no_certificate: str | None,
    fact_id: str | None,
) -> None:
    """The decision on year Y, signed on D (its business date), numbered ``N/QĐ-UBND`` (or
    ``N/QĐ-BCA``; N counts the unit's decisions). A recognition issues the certificate (Giấy
    công nhận) ``N/GCN-…`` unless "không cấp Giấy công nhận"; "theo ủy quyền của UBND cấp …":
    decided under that level's delegation (TT124.D10.K5)."""
    authority = by_label(AuthorityLevel, level)
    recognised = outcome == "công nhận"
    if no_certificate and not recognised:
        raise AssertionError("a decision that does not recognise the unit issues no certificate")
    name, suffix = AUTHORITIES[authority]
    serial = len(spec.effective(RecognitionDecided)) + 1
    spec.record(
        RecognitionDecided(
            year=int(year),
            authority_level=authority,
            authority=name,
            decision_number=f"{serial}/QĐ-{suffix}",
            outcome=DecisionOutcome.RECOGNISED if recognised else DecisionOutcome.NOT_RECOGNISED,
            certificate_number=(
                f"{serial}/GCN-{suffix}" if recognised and not no_certificate else None
            ),
            delegated_from=by_label(AuthorityLevel, delegated) if delegated else None,
        ),
        vn_date(day),
        spec.fact_id(fact_id, "quyet-dinh"),
    )


# --- Given: the deployment's rulebook -----------------------------------------------------------


def _festival_day(ctx: Context) -> Finding:
    held = [f for f, _ in ctx.record.of(FestivalDayHeld) if f.occurred_on in ctx.window]
    if held:
        return met(
            "Đã tổ chức Ngày hội toàn dân bảo vệ ANTQ",
            "Festival day held",
            tuple(f.id for f in held),
        )
    return ctx.open_or_failed(
        ctx.window,
        "Chưa tổ chức Ngày hội toàn dân bảo vệ ANTQ trong kỳ",
        "No festival day in the window",
    )


@given(
    step_re(
        rf'Ủy ban nhân dân tỉnh đặt tiêu chí bổ sung "(?P<ref>[^"]+)" từ {DAY}: tổ chức Ngày hội '
        r"toàn dân bảo vệ an ninh Tổ quốc trong kỳ đánh giá"
    )
)
def provincial_criterion(spec: Spec, ref: str, day: str) -> None:
    """The unit's province adds a criterion (TT124.D8.K1): the ledger is reopened on the same
    store with ``DEFAULT_RULEBOOK.with_provincial(...)``, as a deployment would configure it."""
    extra = ProvincialCriterion(
        id=ref,
        province=PROVINCE,
        effective_from=vn_date(day),
        title_vi="Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
        title_en="Hold the all-people festival day for national security",
        predicate=_festival_day,
        document_ref=f"Quyết định của UBND tỉnh {PROVINCE} ({ref})",
    )
    spec.ledger = Ledger(
        spec.store,
        clock=spec.clock,
        rulebook=spec.ledger.rulebook.with_provincial(extra),
        actor=SYSTEM,
    )
    spec.opened.append(spec.ledger)
