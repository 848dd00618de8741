"""Errors raised at the library's edges. Every message names the record, the field and the value."""

from __future__ import annotations

from typing import Any

__all__ = [
    "ActorRequired",
    "AntqError",
    "BeforeSubjectExisted",
    "ClauseNotEvaluated",
    "ConcurrencyConflict",
    "InvalidQuery",
    "InvalidRecord",
    "InvalidRecords",
    "KeyRequired",
    "NoRuleVersion",
    "NotPermitted",
    "NothingToErase",
    "StoreConfigurationError",
    "UnknownClause",
    "UnknownSubject",
    "UnreadableRow",
    "WrongKey",
    "raise_all",
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


class InvalidRecords(InvalidRecord):
    """Several records of one batch (lines of a file) are invalid. Nothing was written.

    ``problems`` holds the first :data:`LISTED` of them, in file order; ``total`` counts them
    all. Its own fields are the first problem's, so that code written for one
    :class:`InvalidRecord` still reads the first.
    """

    LISTED = 20
    """How many problems are kept and listed; the rest are counted (``and N more``)."""

    def __init__(self, problems: list[InvalidRecord], total: int) -> None:
        self.problems = tuple(problems[: self.LISTED])
        self.total = total
        first = self.problems[0]
        super().__init__(first.record, first.field, first.value, first.problem)

    def __str__(self) -> str:
        others = self.total - 1
        return f"{super().__str__()} (and {others} more bad record{'s' if others > 1 else ''})"

    @property
    def unlisted(self) -> int:
        """How many problems were counted but not kept."""
        return self.total - len(self.problems)


def raise_all(problems: list[InvalidRecord], total: int | None = None) -> None:
    """Raise the problems found in a batch: nothing when there are none, the one
    :class:`InvalidRecord` when there is one, else :class:`InvalidRecords`."""
    total = len(problems) if total is None else total
    if not problems:
        return
    if total == 1:
        raise problems[0]
    raise InvalidRecords(problems, total)


class UnknownSubject(AntqError, LookupError):
    """A subject identifier with no registration in the log; ``subject`` is the identifier
    asked for."""

    def __init__(self, subject: str) -> None:
        self.subject = subject
        super().__init__(f"subject {subject!r} is not registered")


class UnknownClause(AntqError, LookupError):
    """A clause id that is not in the clause catalogue (``catalogue()``); ``clause_id`` is
    the id asked for."""

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
    """No rule version can evaluate as asked: no version governs the year (before the first
    circular encoded), an unknown rulebook was named, or the version sets no criteria for the
    subject's kind."""

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


class NotPermitted(AntqError, PermissionError):
    """The actor's role may not record this fact (``domain/policy.py``). Nothing was written."""

    def __init__(
        self, record: str, actor: str, role: str, type_name: str, subject: str, problem: str
    ) -> None:
        self.record = record
        self.actor = actor
        self.role = role
        self.type_name = type_name
        self.subject = subject
        self.problem = problem
        super().__init__(
            f"{record}: refused: {actor!r} in the role {role} may not record a {type_name} "
            f"for subject {subject}: {problem}; nothing was written"
        )


class ActorRequired(AntqError, PermissionError):
    """A write names no actor: the library has no default role (``domain/policy.py``).
    Nothing was written."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(
            f"{what}: refused: no actor named; a write says who records it "
            "(Ledger(db, actor=Actor(Role.POLICE)) or actor=... on the call; on the command "
            "line --role or $ANTQ_ROLE); nothing was written"
        )


class StoreConfigurationError(AntqError):
    """The store and the settings it was opened with disagree (encryption, compression)."""


class KeyRequired(StoreConfigurationError):
    """The store is encrypted and no key was given."""

    def __init__(self, location: str) -> None:
        super().__init__(
            f"the store {location} is encrypted: give its key (--key-file FILE, the "
            "ANTQ_CIPHER_KEY environment variable, or Ledger(cipher_key=...)); "
            "`antq verify` works without it"
        )


class WrongKey(StoreConfigurationError):
    """The key given does not open this store."""

    def __init__(self, location: str) -> None:
        super().__init__(
            f"the key given does not open the store {location}: it was encrypted with another "
            "key; nothing was read or written"
        )


class UnreadableRow(AntqError):
    """A stored row cannot be decrypted or decoded: altered after it was written."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        super().__init__(f"{where}: {problem} (run `antq verify` to locate any tampering)")


class NothingToErase(AntqError, LookupError):
    """No personal data of this person is held (never recorded, or already erased)."""

    def __init__(self, person: str, where: str) -> None:
        self.person = person
        super().__init__(
            f"no personal data of {person!r} is held in {where} (never recorded under this "
            "reference, or already erased)"
        )
