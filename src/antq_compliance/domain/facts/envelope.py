"""The envelope of a fact: id, subject, two clocks, who recorded it, the document, corrections."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from typing import TypeVar, cast

import attrs

from antq_compliance.domain.checks import ref as _ref
from antq_compliance.domain.checks import text as _text
from antq_compliance.domain.dates import local_date
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts.base import PERSONAL, FactData
from antq_compliance.domain.facts.corrections import FactRetracted
from antq_compliance.domain.facts.profile import SubjectRegistered
from antq_compliance.domain.vocabulary import Role

__all__ = ["Fact", "FactDraft", "composed"]

# --- envelopes ---------------------------------------------------------------------------------


D = TypeVar("D", bound="FactDraft")


@attrs.frozen(kw_only=True)
class FactDraft:
    """A fact as a client submits it: everything but the recording time.

    ``supersedes`` names an earlier fact of the same subject and type that this one replaces;
    ``reason`` says why (required with ``supersedes``).
    """

    id: str = attrs.field(validator=_ref)
    subject: str
    occurred_on: date
    recorded_by: str = attrs.field(validator=_text(200), metadata=PERSONAL)
    data: FactData
    document_ref: str | None = attrs.field(default=None, validator=_text(200))
    supersedes: str | None = attrs.field(default=None)
    reason: str | None = attrs.field(default=None, validator=_text(1000))

    def __attrs_post_init__(self) -> None:
        if self.supersedes is not None:
            _ref(self, attrs.fields(FactDraft).supersedes, self.supersedes)
            if self.reason is None:
                raise InvalidRecord("", "reason", None, "is required when 'supersedes' is given")
            if isinstance(self.data, (SubjectRegistered, FactRetracted)):
                raise InvalidRecord(
                    "",
                    "supersedes",
                    self.supersedes,
                    f"a {self.data.type_name} cannot supersede another fact",
                )
        elif self.reason is not None:
            raise InvalidRecord(
                "",
                "reason",
                self.reason,
                "is only allowed with 'supersedes' (a retraction gives its reason in data.reason)",
            )

    @property
    def type_name(self) -> str:
        return self.data.type_name


@attrs.frozen(kw_only=True)
class Fact(FactDraft):
    """A recorded fact: a draft plus the instant the ledger recorded it (UTC) and the role it
    was recorded in (``None`` for facts recorded before roles were kept)."""

    recorded_at: datetime
    role: Role | None = None

    def draft(self) -> FactDraft:
        """The client-supplied part, for idempotence checks on re-import."""
        return FactDraft(
            id=self.id,
            subject=self.subject,
            occurred_on=self.occurred_on,
            recorded_by=self.recorded_by,
            data=self.data,
            document_ref=self.document_ref,
            supersedes=self.supersedes,
            reason=self.reason,
        )

    @property
    def recorded_on(self) -> date:
        """The recording date in Vietnam time (UTC+7, no daylight saving)."""
        return local_date(self.recorded_at)


def _nfc(value: object) -> object:
    """``value`` with every text in it composed (NFC); the same object when nothing changes."""
    if isinstance(value, str):
        return (
            value
            if unicodedata.is_normalized("NFC", value)
            else unicodedata.normalize("NFC", value)
        )
    if isinstance(value, frozenset):
        items = {_nfc(v) for v in value}
        return value if items == value else frozenset(items)
    if isinstance(value, tuple):
        items_t = tuple(_nfc(v) for v in value)
        return value if items_t == value else items_t
    if attrs.has(type(value)):
        changes = {}
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", type(value))):
            if not field.init:
                continue
            old = getattr(value, field.name)
            new = _nfc(old)
            if new is not old:
                changes[field.name] = new
        return attrs.evolve(value, **changes) if changes else value  # type: ignore[misc]
    return value


def composed(draft: D) -> D:
    """``draft`` with its texts in NFC, as a file's are when read (``docs/reliability.md``,
    hostile input): a name typed decomposed through the Python API then equals the same name
    read from a file. The same object when it is NFC already, which is the usual case."""
    return _nfc(draft)  # type: ignore[return-value]
