"""Errors of the specification review."""

from __future__ import annotations

from antq_compliance.domain.errors import AntqError

__all__ = ["SpecReportError"]


class SpecReportError(AntqError):
    """The report cannot be built: a missing folder, an unreadable results file, ..."""
