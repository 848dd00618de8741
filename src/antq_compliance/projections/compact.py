"""Statuses held compactly: a mapping (subject, year) -> :class:`YearStatus` that holds each
status as one ``bytes`` and gives back an equal status on lookup.

What every unit shares is held once, in two pools: the status "head" (kind, window, rulebook,
verdict, reasons, as-of) and each result's "template" (everything but its evidence: the clause,
status, reasons, rule, titles). A status is then a few pool indices, its evidence ids (the ids
of its own facts, written once however many results cite them, without the ``subject.`` prefix
they usually share) and its name: about a tenth of the objects it decodes to
(``docs/performance.md``). Decoding is plain construction, tens of microseconds; no pickle (an
attrs frozen class unpickles in Python, a millisecond a status). A status that does not fit the
scheme (a separator or a lone surrogate in a string, another class) is held as it is.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, MutableMapping
from operator import attrgetter
from typing import Any

import attrs

from antq_compliance.regulation.results import CriterionResult, YearStatus

__all__ = ["CompactStatuses"]

Key = tuple[str, int]

_SEP = "\x1f"  # between the strings of a status (its name, then its evidence ids)
_RESULT_FIELDS = tuple(f.name for f in attrs.fields(CriterionResult) if f.name != "evidence")
_HEAD_FIELDS = tuple(
    f.name
    for f in attrs.fields(YearStatus)
    if f.name not in ("subject", "name", "year", "scope", "criteria", "scopes")
)
# The slots' own setters (as ``object.__setattr__`` on the frozen classes, without the lookup):
# a status is rebuilt from the values held without validating them again.
_SET_RESULT = tuple(getattr(CriterionResult, name).__set__ for name in _RESULT_FIELDS)
_SET_EVIDENCE = CriterionResult.evidence.__set__  # type: ignore[attr-defined]
_SET_HEAD = tuple(getattr(YearStatus, name).__set__ for name in _HEAD_FIELDS)
_SET_STATUS_SUBJECT = YearStatus.subject.__set__  # type: ignore[attr-defined]
_SET_STATUS_NAME = YearStatus.name.__set__  # type: ignore[attr-defined]
_SET_STATUS_YEAR = YearStatus.year.__set__  # type: ignore[attr-defined]
_SET_STATUS_SCOPES = YearStatus.scopes.__set__  # type: ignore[attr-defined]
_SET_STATUS_SCOPE = YearStatus.scope.__set__  # type: ignore[union-attr]
_SET_STATUS_CRITERIA = YearStatus.criteria.__set__  # type: ignore[attr-defined]
# Every field of a template (a head), read in one C call as a tuple.
_RESULT_VALUES = attrgetter(*_RESULT_FIELDS)
_HEAD_VALUES = attrgetter(*_HEAD_FIELDS)
_WIDE = array("I").itemsize  # bytes of an index when some index does not fit in two bytes


class _Unfit(Exception):
    """The status does not fit the encoding: it is held as it is."""


class CompactStatuses(MutableMapping[Key, YearStatus]):
    """(subject, year) -> :class:`YearStatus`, each held encoded (see the module)."""

    __slots__ = ("_head_list", "_heads", "_held", "_result_list", "_results")

    def __init__(self, statuses: Mapping[Key, YearStatus] | None = None) -> None:
        self._held: dict[Key, bytes | YearStatus] = {}
        # The pools: the values shared, in order, and where each is in its list.
        self._heads: dict[tuple[Any, ...], int] = {}
        self._results: dict[tuple[Any, ...], int] = {}
        self._head_list: list[tuple[Any, ...]] = []
        self._result_list: list[tuple[Any, ...]] = []
        if statuses is not None:
            self.update(statuses)

    # --- the mapping ----------------------------------------------------------------------

    def __getitem__(self, key: Key) -> YearStatus:
        held = self._held[key]
        if isinstance(held, bytes):
            return self._decode(key, held)
        return held

    def __setitem__(self, key: Key, status: YearStatus) -> None:
        try:
            self._held[key] = self._encode(key, status)
        except _Unfit:
            self._held[key] = status

    def __delitem__(self, key: Key) -> None:
        del self._held[key]

    def __iter__(self) -> Iterator[Key]:
        return iter(self._held)

    def __len__(self) -> int:
        return len(self._held)

    def __contains__(self, key: object) -> bool:
        return key in self._held

    def __repr__(self) -> str:
        return f"CompactStatuses({len(self._held)} statuses)"

    def encoded_size(self, key: Key) -> int:
        """The bytes the status of ``key`` is held in (its own, the pools aside)."""
        held = self._held[key]
        return len(held) if isinstance(held, bytes) else -1

    # --- the encoding ---------------------------------------------------------------------

    @staticmethod
    def _pooled(
        values: tuple[Any, ...], index: dict[tuple[Any, ...], int], pool: list[tuple[Any, ...]]
    ) -> int:
        """The place of ``values`` in ``pool`` (added if new; ``index`` finds it)."""
        found = index.get(values)
        if found is None:
            found = index[values] = len(pool)
            pool.append(values)  # the same tuple as the key: held once
        return found

    def _encode(self, key: Key, status: YearStatus) -> bytes:
        subject, year = key
        if type(status) is not YearStatus or status.subject != subject or status.year != year:
            raise _Unfit
        head = _HEAD_VALUES(status)
        results = [*status.scopes, *([status.scope] if status.scope is not None else [])]
        results += status.criteria
        ints = [
            self._pooled(head, self._heads, self._head_list),
            0,  # whether every evidence id is "subject." + the string held
            len(status.scopes),
            status.scope is not None,
            len(status.criteria),
        ]
        local: dict[str, int] = {}
        index, pool, append = self._results, self._result_list, ints.append
        for result in results:
            if type(result) is not CriterionResult:
                raise _Unfit
            values = _RESULT_VALUES(result)
            found = index.get(values)
            if found is None:
                found = index[values] = len(pool)
                pool.append(values)  # the same tuple as the key: held once
            append(found)
            evidence = result.evidence
            append(len(evidence))
            for fact in evidence:
                at = local.get(fact)
                if at is None:
                    at = local[fact] = len(local)
                append(at)
        prefix = subject + "."
        ids = list(local)
        if ids and all(fact.startswith(prefix) for fact in ids):
            ints[1] = 1
            ids = [fact[len(prefix) :] for fact in ids]
        text = _SEP.join([status.name, *ids])
        if text.count(_SEP) != len(ids) or len(ints) > 0xFFFF:
            raise _Unfit
        try:
            encoded = text.encode()
        except UnicodeEncodeError:  # a lone surrogate: not text UTF-8 can carry
            raise _Unfit from None
        code = "H" if max(ints) <= 0xFFFF else "I"
        return (
            code.encode() + len(ints).to_bytes(2, "little") + array(code, ints).tobytes() + encoded
        )

    def _decode(self, key: Key, blob: bytes) -> YearStatus:
        code = chr(blob[0])
        count = int.from_bytes(blob[1:3], "little")
        end = 3 + count * (2 if code == "H" else _WIDE)
        ints = array(code, blob[3:end]).tolist()
        name, *evidence = blob[end:].decode().split(_SEP)
        if ints[1]:
            prefix = key[0] + "."
            evidence = [prefix + fact for fact in evidence]
        templates, new = self._result_list, object.__new__
        results: list[CriterionResult] = []
        at = 5
        for _ in range(ints[2] + ints[3] + ints[4]):
            size = ints[at + 1]
            result = new(CriterionResult)
            for set_field, value in zip(_SET_RESULT, templates[ints[at]], strict=True):
                set_field(result, value)
            _SET_EVIDENCE(result, tuple([evidence[i] for i in ints[at + 2 : at + 2 + size]]))
            results.append(result)
            at += 2 + size
        scopes = ints[2]
        status = new(YearStatus)
        for set_field, value in zip(_SET_HEAD, self._head_list[ints[0]], strict=True):
            set_field(status, value)
        _SET_STATUS_SUBJECT(status, key[0])
        _SET_STATUS_NAME(status, name)
        _SET_STATUS_YEAR(status, key[1])
        _SET_STATUS_SCOPES(status, tuple(results[:scopes]))
        _SET_STATUS_SCOPE(status, results[scopes] if ints[3] else None)
        _SET_STATUS_CRITERIA(status, tuple(results[scopes + ints[3] :]))
        return status
