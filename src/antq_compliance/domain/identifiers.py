"""Identifiers of units: tax codes, budget-relation codes, administrative-unit codes.

* an enterprise: its tax code (mã số thuế);
* an agency or an educational institution: its tax code, or its 7-digit budget-relation code
  (mã đơn vị quan hệ ngân sách);
* a commune: its 5-digit administrative-unit code (mã đơn vị hành chính cấp xã);
* a residential area (no national code exists): its commune's 5-digit code, a hyphen, and the
  area's own reference of 1-20 letters, digits or hyphens (``29254-KHOM3``) — the library's
  convention (TT124.D2.K1: an area is part of a commune).
"""

from __future__ import annotations

import re

__all__ = ["is_tax_code", "validate_identifier"]

_TAX_CODE = re.compile(r"^[0-9]{10}(-[0-9]{3})?$")
_BUDGET_CODE = re.compile(r"^[0-9]{7}$")
_COMMUNE_CODE = re.compile(r"^[0-9]{5}$")
_AREA_CODE = re.compile(r"^[0-9]{5}-[A-Za-z0-9][A-Za-z0-9-]{0,19}$")

_EXPECTED = {
    "enterprise": "expected a tax code: 10 digits, or 10 digits + '-' + 3 digits for a branch",
    "agency": "expected a tax code (10 digits, or 10 digits-3 digits) or a 7-digit budget code",
    "educational_institution": (
        "expected a tax code (10 digits, or 10 digits-3 digits) or a 7-digit budget code"
    ),
    "commune": "expected the commune's 5-digit administrative-unit code",
    "residential_area": (
        "expected the commune's 5-digit code, '-', and the area's own reference (1-20 letters, "
        "digits or '-'), e.g. 29254-KHOM3"
    ),
}


def is_tax_code(value: str) -> bool:
    """A Vietnamese tax code (mã số thuế): 10 digits, or 10 digits + ``-`` + 3 for a branch.

    Only the shape is checked. The tenth digit is a check digit whose algorithm we have not
    verified against an official source, so it is not checked.
    """
    return bool(_TAX_CODE.fullmatch(value))


def validate_identifier(kind: str, value: str) -> str | None:
    """Return a problem description, or None when ``value`` is a valid identifier for ``kind``
    (a ``SubjectKind`` value; an unknown kind accepts any of the shapes)."""
    shapes = {
        "enterprise": is_tax_code(value),
        "agency": is_tax_code(value) or bool(_BUDGET_CODE.fullmatch(value)),
        "educational_institution": is_tax_code(value) or bool(_BUDGET_CODE.fullmatch(value)),
        "commune": bool(_COMMUNE_CODE.fullmatch(value)),
        "residential_area": bool(_AREA_CODE.fullmatch(value)),
    }
    if kind not in shapes:
        return (
            None
            if any(shapes.values())
            else (
                "expected a tax code (10 digits, or 10 digits-3 digits), a 7-digit budget code, a "
                "commune's 5-digit code or a residential area's code (29254-KHOM3)"
            )
        )
    return None if shapes[kind] else _EXPECTED[kind]
