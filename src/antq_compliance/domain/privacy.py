"""Personal data in facts: which fields hold it, whose it is, and how an erased value reads.

Pure domain. A field is personal when its attrs metadata has ``personal`` (``facts.PERSONAL``).
Its *data subject* is named by the value itself, within the unit (subject) whose fact holds it:
``("1234567890", "NV-00417")`` is staff member NV-00417 of unit 1234567890, ``("1234567890",
"bv-antt-01")`` the clerk account bv-antt-01 recording for that unit. The store keeps one key
per such pair and encrypts every personal value with it; erasing a person destroys the keys
(see ``docs/reliability.md``, "Personal data and erasure").
"""

from __future__ import annotations

import copy
import unicodedata
from datetime import date, datetime
from typing import Any, TypeVar

import attrs

from antq_compliance.domain.facts import FACT_TYPES, FactData, FactDraft
from antq_compliance.domain.vocabulary import Role

__all__ = [
    "ERASED",
    "Erasure",
    "PersonalValue",
    "has_erased_value",
    "person_key",
    "personal_fields",
    "personal_values",
    "replace_personal",
    "same_content",
]

D = TypeVar("D", bound=FactDraft)

ERASED = "[đã xoá / erased]"
"""What a personal value reads as once its data subject's key was destroyed."""


def personal_fields(cls: type) -> tuple[str, ...]:
    """Names of the personal fields of an attrs class, in declaration order."""
    return tuple(f.name for f in attrs.fields(cls) if f.metadata.get("personal"))


envelope_personal_fields = personal_fields(FactDraft)
"""Personal fields of every fact's envelope (``recorded_by``)."""

_DATA_FIELDS: dict[type[FactData], tuple[str, ...]] = {
    cls: personal_fields(cls) for cls in FACT_TYPES.values()
}


def person_key(value: str) -> str:
    """The form a person reference is matched in: NFC, spaces collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFC", value).split()).casefold()


@attrs.frozen
class PersonalValue:
    """One personal value of a fact: where it sits (``recorded_by`` or ``data.<field>``)."""

    path: str
    value: str


def personal_values(draft: FactDraft) -> list[PersonalValue]:
    """Every personal value a fact holds (``None`` fields are skipped)."""
    out = [
        PersonalValue(name, getattr(draft, name))
        for name in envelope_personal_fields
        if isinstance(getattr(draft, name), str)
    ]
    for name in _DATA_FIELDS.get(type(draft.data), ()):
        value = getattr(draft.data, name)
        if isinstance(value, str):
            out.append(PersonalValue(f"data.{name}", value))
    return out


def _set(obj: Any, name: str, value: str) -> Any:
    # Bypasses the field validators on purpose: an erased marker or a storage token is not a
    # value a client may submit, but it is what the stored record holds.
    clone = copy.copy(obj)
    object.__setattr__(clone, name, value)
    return clone


def replace_personal(draft: D, values: dict[str, str]) -> D:
    """A copy of ``draft`` with the personal values at the given paths replaced."""
    out = draft
    data = draft.data
    for path, value in values.items():
        if path.startswith("data."):
            data = _set(data, path.removeprefix("data."), value)
        else:
            out = _set(out, path, value)
    if data is not draft.data:
        out = _set(out, "data", data)  # type: ignore[arg-type]
    return out


def has_erased_value(draft: FactDraft) -> bool:
    return any(v.value == ERASED for v in personal_values(draft))


def same_content(stored: FactDraft, draft: FactDraft) -> bool:
    """Whether ``draft`` is what ``stored`` recorded, reading an erased value as a match: a
    file imported again after an erasure is unchanged, and does not bring the value back."""
    if stored == draft:
        return True
    erased = {v.path: ERASED for v in personal_values(stored) if v.value == ERASED}
    return bool(erased) and replace_personal(draft, erased) == stored


@attrs.frozen(kw_only=True)
class Erasure:
    """An erasure of personal data, as the log records it: who, when, on what legal basis,
    which keys were destroyed and in which units' records. Never the erased value, nor the
    person reference: the key ids are random and say nothing about the person."""

    id: str
    keys: tuple[str, ...]
    subjects: tuple[str, ...]
    legal_basis: str
    recorded_by: str
    role: Role
    occurred_on: date
    recorded_at: datetime
