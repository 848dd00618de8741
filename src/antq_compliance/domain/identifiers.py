"""Identifiers of units: tax codes and budget-relation codes."""

from __future__ import annotations

import re

__all__ = ["is_tax_code", "validate_identifier"]

_TAX_CODE = re.compile(r"^[0-9]{10}(-[0-9]{3})?$")
_BUDGET_CODE = re.compile(r"^[0-9]{7}$")


def is_tax_code(value: str) -> bool:
    """A Vietnamese tax code (mã số thuế): 10 digits, or 10 digits + ``-`` + 3 for a branch.

    Only the shape is checked. The tenth digit is a check digit whose algorithm we have not
    verified against an official source, so it is not checked.
    """
    return bool(_TAX_CODE.fullmatch(value))


def validate_identifier(kind: str, value: str) -> str | None:
    """Return a problem description, or None when ``value`` is a valid identifier for ``kind``.

    Enterprises are identified by their tax code. Agencies by their tax code or, for budget
    units without one, their 7-digit budget-relation code (mã đơn vị quan hệ ngân sách).
    """
    if is_tax_code(value):
        return None
    if kind == "agency" and _BUDGET_CODE.fullmatch(value):
        return None
    if kind == "agency":
        return "expected a tax code (10 digits, or 10 digits-3 digits) or a 7-digit budget code"
    return "expected a tax code: 10 digits, or 10 digits + '-' + 3 digits for a branch"
