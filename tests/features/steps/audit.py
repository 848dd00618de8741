"""Steps of the procedure specifications (TT124 Art. 3, 8-10, TT48): the residential area and
the commune a procedure scenario may be about, and the Then steps that name one finding's
clause, its absence, or what its message must not say. (A reading of the text the audit runs
under: ``steps/reading.py``.)"""

from __future__ import annotations

from pytest_bdd import given, then

from antq_compliance import (
    CommuneType,
    LocalType,
    SubjectKind,
    SubjectRegistered,
)

from .base import PROVINCE, RECORDED_BY, REGISTERED_ON, Spec, Unit, by_label, step_re
from .then import _describe_findings, _finding, _findings

# --- Given: a residential area, a commune --------------------------------------------------------


def _register(
    spec: Spec, subject: str, data: SubjectRegistered, *, party: bool, headcount: int = 0
) -> None:
    spec.ledger.register(
        subject, data, occurred_on=REGISTERED_ON, recorded_by=RECORDED_BY, id=f"dang-ky-{subject}"
    )
    spec.unit = Unit(
        subject=subject, kind=data.kind, has_party_organisation=party, headcount=headcount
    )


@given(
    step_re(
        r'khu dân cư "(?P<name>[^"]+)" thuộc (?P<commune>(?:xã|phường) [^,]+), '
        r'mã "(?P<code>[^"]+)", (?P<party>có|không có) chi bộ'
    )
)
def residential_area_registered(spec: Spec, name: str, commune: str, code: str, party: str) -> None:
    """khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", có chi bộ: a residential area (its
    local type is the first word of its name) of a commune of the standard province."""
    local_type = by_label(LocalType, name.split(" ")[0].lower())
    _register(
        spec,
        code,
        SubjectRegistered(
            kind=SubjectKind.RESIDENTIAL_AREA,
            name=name,
            local_type=local_type,
            commune=commune.capitalize(),
            has_party_organisation=party == "có",
            province=PROVINCE,
        ),
        party=party == "có",
    )


@given(step_re(r'(?P<type>xã|phường) "(?P<name>[^"]+)" có mã "(?P<code>\d{5})"'))
def commune_registered(spec: Spec, type: str, name: str, code: str) -> None:
    """xã / phường "Phường 1" có mã "29254": a commune-level unit (its 5-digit code)."""
    _register(
        spec,
        code,
        SubjectRegistered(
            kind=SubjectKind.COMMUNE,
            name=name,
            commune_type=by_label(CommuneType, type),
            has_party_organisation=True,
            province=PROVINCE,
        ),
        party=True,
    )


# --- Then: one finding --------------------------------------------------------------------------


@then(step_re(r'phát hiện "(?P<code>[^"]+)" viện dẫn "(?P<clause>[^"]+)"'))
def finding_cites(spec: Spec, code: str, clause: str) -> None:
    """The finding is about that clause (a check enforcing several names the one it is about)."""
    finding = _finding(spec, code)
    assert finding.clause == clause, _describe_findings([finding])


@then(step_re(r'không có phát hiện "(?P<code>[^"]+)"'))
def finding_absent(spec: Spec, code: str) -> None:
    findings = _findings(spec)
    assert not [f for f in findings if f.code == code], _describe_findings(findings)


@then(step_re(r'phát hiện "(?P<code>[^"]+)" không nêu "(?P<text>[^"]+)"'))
def finding_silent_on(spec: Spec, code: str, text: str) -> None:
    """The finding's Vietnamese and English messages do not mention TEXT (e.g. what a text not
    yet read would say)."""
    finding = _finding(spec, code)
    assert text not in finding.message_vi, _describe_findings([finding])
    assert text not in finding.message_en, _describe_findings([finding])
