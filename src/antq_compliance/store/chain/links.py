"""The hash chain over the stored rows of the log: hashing and the verification walk.

Pure: no eventsourcing, no database. The store (``store/eventlog.py``) reads rows and links and
hands them in. ``link_i = SHA-256(tag || link_{i-1} || enc(position) || enc(stream id) ||
enc(version) || enc(topic) || enc(state))``, ``link_0 = GENESIS``. Every field is encoded
with a type tag and, when variable, an 8-byte length: no two different rows encode alike.
The state is the ``state`` column exactly as stored (after compression and encryption).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, NamedTuple, TypeVar
from uuid import UUID

from antq_compliance.store.chain.report import Cause, Tampering, TamperKind, VerifyReport

__all__ = [
    "GENESIS",
    "Rows",
    "Seal",
    "Seals",
    "StoredRow",
    "extend",
    "link",
    "link_at",
    "paged",
    "verify_chain",
]

_TAG = b"antq-chain-link-v1\x00"
GENESIS = hashlib.sha256(b"antq-chain-genesis-v1").digest()

T = TypeVar("T")


class StoredRow(NamedTuple):
    """One row of the events table as stored. ``stream`` is a :class:`UUID` when the stored
    value is a well-formed id; anything else (only after tampering) is kept as read."""

    position: int
    stream: object
    version: object
    topic: object
    state: object


class Seal(NamedTuple):
    """One row of the chain table: the link that seals the row at ``position``."""

    position: int
    link: bytes


def _field(value: object) -> bytes:
    if value is None:
        return b"\x00"
    if isinstance(value, int):
        return b"\x01" + value.to_bytes(8, "big", signed=True)
    if isinstance(value, UUID):
        return b"\x02" + value.bytes
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        return b"\x03" + len(data).to_bytes(8, "big") + data
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        return b"\x04" + len(data).to_bytes(8, "big") + data
    data = repr(value).encode("utf-8", "backslashreplace")  # e.g. a float typed into SQLite
    return b"\x05" + len(data).to_bytes(8, "big") + data


def _link(
    prev: bytes, position: int, stream: object, version: object, topic: object, state: object
) -> bytes:
    return hashlib.sha256(
        b"".join(
            (
                _TAG,
                prev,
                _field(position),
                _field(stream),
                _field(version),
                _field(topic),
                _field(state),
            )
        )
    ).digest()


def link(prev: bytes, row: StoredRow) -> bytes:
    """The link sealing ``row`` after the link ``prev``."""
    return _link(prev, row.position, row.stream, row.version, row.topic, row.state)


def link_at(prev: bytes, position: int, row: StoredRow) -> bytes:
    """The link ``row``'s content would have if it sat at ``position``."""
    return _link(prev, position, row.stream, row.version, row.topic, row.state)


def extend(prev: Seal, rows: Iterable[StoredRow]) -> list[Seal]:
    """Seals for ``rows`` (in position order, all after ``prev``), chained on ``prev``."""
    out = []
    last = prev.link
    for row in rows:
        last = link(last, row)
        out.append(Seal(row.position, last))
    return out


class _Peek(Generic[T]):
    def __init__(self, items: Iterable[T]) -> None:
        self._it = iter(items)
        self._next: T | None = None
        self._done = False
        self._fill()

    def _fill(self) -> None:
        try:
            self._next = next(self._it)
        except StopIteration:
            self._next = None
            self._done = True

    def peek(self) -> T | None:
        return self._next

    def advance(self) -> None:
        if not self._done:
            self._fill()

    def count_rest(self) -> int:
        n = 0
        while self._next is not None:
            n += 1
            self._fill()
        return n


def _problem(
    kind: TamperKind,
    cause: Cause,
    position: int,
    row: StoredRow | None = None,
    *,
    related: int | None = None,
    count: int = 1,
) -> Tampering:
    """A :class:`Tampering`, naming the stream and version of ``row`` when they are readable."""
    stream = version = None
    if row is not None:
        stream = str(row.stream) if isinstance(row.stream, UUID) else None
        version = row.version if isinstance(row.version, int) else None
    return Tampering(
        kind=kind,
        cause=cause,
        position=position,
        stream=stream,
        version=version,
        related=related,
        count=count,
    )


Rows = Callable[[], Iterable[StoredRow]]
Seals = Callable[[], Iterable[Seal]]


def verify_chain(
    rows: Rows,
    seals: Seals,
    head: Seal | None,
    *,
    mark: Seal | None = None,
    was_sealed: bool = False,
    anchor: Seal | None = None,
) -> VerifyReport:
    """Walk the rows and the chain together, in position order, and report the first place
    they disagree. ``rows``/``seals`` return a fresh iterator over the whole table at each
    call (a second pass is made only to explain a problem); ``head`` is the head record.

    ``mark`` is the seal mark (a copy of the head kept outside the chain tables, written in
    the same transaction): a chain deleted together with its head is caught by it.
    ``was_sealed`` says the store recorded elsewhere that it was sealed once (SQLite's file
    header). ``anchor`` is a head signed outside the database: the chain must still hold that
    link at that position."""
    row_it = _Peek(rows())
    seal_it = _Peek(seals())
    prev = Seal(0, GENESIS)
    checked = 0
    problem: Tampering | None = None
    while (seal := seal_it.peek()) is not None:
        row = row_it.peek()
        if row is not None and row.position < seal.position:
            problem = _unsealed_inside(row, prev, seal_it, row_it, seals)
            break
        if row is None or row.position > seal.position:
            problem = _missing(seal, prev, seal_it, row_it, rows, head)
            break
        if link(prev.link, row) != seal.link:
            problem = _mismatch(row, seal, prev, seal_it, row_it, rows, head)
            break
        prev = seal
        checked += 1
        seal_it.advance()
        row_it.advance()
    else:
        problem = (
            _check_head(prev, head, row_it)
            or _check_mark(prev, head, mark, was_sealed)
            or _check_anchor(prev, anchor, seals)
        )
    shown = head if head is not None else prev
    return VerifyReport(
        checked=checked,
        head=shown.link.hex() if shown.position else None,
        head_position=shown.position,
        unsealed=0 if problem else row_it.count_rest(),
        problem=problem,
    )


def _mismatch(
    row: StoredRow,
    seal: Seal,
    prev: Seal,
    seal_it: _Peek[Seal],
    row_it: _Peek[StoredRow],
    rows: Rows,
    head: Seal | None,
) -> Tampering:
    """A row and a link at the same position that do not match."""
    here = link(prev.link, row)
    seal_it.advance()
    row_it.advance()
    nxt, nrow = seal_it.peek(), row_it.peek()
    if nxt is not None:
        # The next row still chains on what this row hashes to: the link, not the row, changed.
        if nrow is not None and nrow.position == nxt.position and link(here, nrow) == nxt.link:
            return _problem(TamperKind.CHAIN_ALTERED, Cause.LINK_EDITED, seal.position, row)
    elif head is not None and head.position == seal.position and head.link == here:
        # The last link: the head record still holds what this row hashes to.
        return _problem(TamperKind.CHAIN_ALTERED, Cause.LINK_EDITED, seal.position, row)
    for other in rows():
        if other.position == row.position:
            continue
        swapped = _link(prev.link, seal.position, row.stream, row.version, row.topic, other.state)
        if swapped == seal.link:
            return _problem(
                TamperKind.REORDERED,
                Cause.PAYLOAD_MOVED,
                seal.position,
                row,
                related=other.position,
            )
        if link_at(prev.link, seal.position, other) == seal.link:
            return _problem(
                TamperKind.REORDERED, Cause.ROW_MOVED, seal.position, other, related=other.position
            )
    if seal.position - prev.position > 1:
        return _problem(
            TamperKind.ALTERED,
            Cause.ROW_CHANGED_AFTER_GAP,
            seal.position,
            row,
            related=prev.position,
        )
    return _problem(TamperKind.ALTERED, Cause.ROW_CHANGED, seal.position, row)


def _missing(
    seal: Seal,
    prev: Seal,
    seal_it: _Peek[Seal],
    row_it: _Peek[StoredRow],
    rows: Rows,
    head: Seal | None,
) -> Tampering:
    """A link whose position holds no row."""
    for other in rows():
        if link_at(prev.link, seal.position, other) == seal.link:
            return _problem(
                TamperKind.REORDERED, Cause.ROW_MOVED, seal.position, other, related=other.position
            )
    seal_it.advance()
    nxt, nrow = seal_it.peek(), row_it.peek()
    if nxt is not None:
        # The next row chains directly on the previous link: this link was never part of it.
        if nrow is not None and nrow.position == nxt.position and link(prev.link, nrow) == nxt.link:
            return _problem(TamperKind.CHAIN_ALTERED, Cause.SEAL_ADDED, seal.position)
    elif head is not None and head == prev:
        return _problem(TamperKind.CHAIN_ALTERED, Cause.SEAL_ADDED, seal.position)
    count, last = 1, seal.position
    while nxt is not None and (nrow is None or nrow.position > nxt.position):
        count, last = count + 1, nxt.position
        seal_it.advance()
        nxt = seal_it.peek()
    return _problem(
        TamperKind.REMOVED,
        Cause.ROWS_MISSING,
        seal.position,
        related=last if count > 1 else None,
        count=count,
    )


def _unsealed_inside(
    row: StoredRow,
    prev: Seal,
    seal_it: _Peek[Seal],
    row_it: _Peek[StoredRow],
    seals: Seals,
) -> Tampering:
    """A row with no link, at a position before the last link."""
    before = GENESIS
    for seal in seals():
        if link_at(before, seal.position, row) == seal.link:
            return _problem(
                TamperKind.REORDERED, Cause.ROW_MOVED_HERE, row.position, row, related=seal.position
            )
        before = seal.link
    here = link(prev.link, row)
    nxt = seal_it.peek()
    row_it.advance()
    nrow = row_it.peek()
    if (
        nxt is not None
        and nrow is not None
        and nrow.position == nxt.position
        and link(here, nrow) == nxt.link
    ):
        return _problem(TamperKind.CHAIN_ALTERED, Cause.SEAL_DELETED, row.position, row)
    return _problem(TamperKind.INSERTED, Cause.ROW_INSERTED, row.position, row)


def _check_head(prev: Seal, head: Seal | None, row_it: _Peek[StoredRow]) -> Tampering | None:
    """Every link matched its row: does the head record agree with the chain's end?"""
    if head is None:
        if prev.position == 0:
            return None
        return _problem(TamperKind.CHAIN_ALTERED, Cause.HEAD_MISSING, prev.position)
    if head.position == prev.position:
        if head.link == prev.link:
            return None
        return _problem(TamperKind.CHAIN_ALTERED, Cause.HEAD_MISMATCH, head.position)
    if head.position > prev.position:
        row = row_it.peek()
        if row is not None and row.position <= head.position:
            return _problem(
                TamperKind.CHAIN_ALTERED,
                Cause.SEALS_TRUNCATED,
                row.position,
                row,
                related=head.position,
            )
        return _problem(
            TamperKind.REMOVED, Cause.TAIL_MISSING, head.position, related=prev.position
        )
    return _problem(TamperKind.CHAIN_ALTERED, Cause.HEAD_MISMATCH, head.position)


def _check_mark(
    prev: Seal, head: Seal | None, mark: Seal | None, was_sealed: bool
) -> Tampering | None:
    """The chain and its head agree: does the seal mark agree with them?"""
    if mark is None:
        # A store sealed before the mark existed has a chain and gets its mark at the next
        # seal; an empty chain in a store whose header says it was sealed was deleted.
        if was_sealed and prev.position == 0:
            return _problem(TamperKind.CHAIN_ALTERED, Cause.CHAIN_DELETED, 0)
        return None
    if mark == head or (head is None and mark == prev):
        return None
    end = head.position if head is not None else prev.position
    if mark.position > end:
        return _problem(TamperKind.CHAIN_ALTERED, Cause.CHAIN_DELETED, mark.position)
    return _problem(TamperKind.CHAIN_ALTERED, Cause.MARK_MISMATCH, end, related=mark.position)


def _check_anchor(prev: Seal, anchor: Seal | None, seals: Seals) -> Tampering | None:
    """Every link verified: is the anchored head still a link of the chain?"""
    if anchor is None:
        return None
    if anchor.position > prev.position:
        return _problem(
            TamperKind.ANCHOR_BROKEN, Cause.ANCHOR_AHEAD, anchor.position, related=prev.position
        )
    for seal in seals():
        if seal.position == anchor.position:
            if seal.link == anchor.link:
                return None
            break
        if seal.position > anchor.position:
            break
    return _problem(TamperKind.ANCHOR_BROKEN, Cause.ANCHOR_MISMATCH, anchor.position)


def paged(fetch: Callable[[int], list[T]], key: Callable[[T], int]) -> Iterator[T]:
    """Page through a table: ``fetch(after)`` returns the next batch after position ``after``,
    an empty list at the end."""
    after = 0
    while batch := fetch(after):
        yield from batch
        after = key(batch[-1])
