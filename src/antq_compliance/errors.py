"""Errors raised at the library's edges. Every message names the record, the field and the value."""

from __future__ import annotations

from typing import Any

__all__ = [
    "AntqError",
    "BeforeSubjectExisted",
    "ClauseNotEvaluated",
    "ConcurrencyConflict",
    "InvalidQuery",
    "InvalidRecord",
    "NoRuleVersion",
    "UnknownClause",
    "UnknownSubject",
]


class AntqError(Exception):
    """Base class of every error this library raises on purpose."""


class InvalidRecord(AntqError, ValueError):
    """A record (a JSONL line, a fact given to the API) is invalid. Nothing was written.

    ``record`` locates it (``"line 7"``, ``"fact 'f-12'"``), ``field`` is a dotted path
    (``"data.attendance"``), ``value`` the offending value.
    """

    def __init__(self, record: str, field: str, value: Any, problem: str) -> None:
        self.record = record
        self.field = field
        self.value = value
        self.problem = problem
        super().__init__(str(self))

    def __str__(self) -> str:
        shown = repr(self.value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        where = f"field '{self.field}'" if self.field else "record"
        return f"{self.record}: {where} = {shown}: {self.problem}"

    def at(self, record: str) -> InvalidRecord:
        """The same problem, located at another record label."""
        return InvalidRecord(record, self.field, self.value, self.problem)


class UnknownSubject(AntqError, LookupError):
    def __init__(self, subject: str) -> None:
        self.subject = subject
        super().__init__(f"subject {subject!r} is not registered")


class UnknownClause(AntqError, LookupError):
    def __init__(self, clause_id: str) -> None:
        self.clause_id = clause_id
        super().__init__(f"clause id {clause_id!r} is not in the clause catalogue")


class ClauseNotEvaluated(AntqError, LookupError):
    """The clause is in the catalogue but the rule version gives it no result of its own."""

    def __init__(self, clause_id: str, detail: str) -> None:
        self.clause_id = clause_id
        super().__init__(f"clause {clause_id!r} has no result of its own: {detail}")


class BeforeSubjectExisted(AntqError, ValueError):
    """An "as of" point before anything was known or true of the subject."""

    def __init__(self, subject: str, detail: str) -> None:
        self.subject = subject
        super().__init__(f"subject {subject!r}: {detail}")


class InvalidQuery(AntqError, ValueError):
    """A question that cannot be asked as put (e.g. an interval whose end is before its start)."""


class NoRuleVersion(AntqError, LookupError):
    def __init__(self, message: str) -> None:
        super().__init__(message)


class ConcurrencyConflict(AntqError):
    """Another writer appended to the same subject first, and retries were exhausted."""

    def __init__(self, subjects: list[str], attempts: int) -> None:
        self.subjects = subjects
        self.attempts = attempts
        super().__init__(
            f"concurrent writes to {', '.join(subjects) or 'the log'} conflicted "
            f"{attempts} times; nothing from this batch was written"
        )
