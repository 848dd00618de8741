"""Where the hash chain lives: what every back-end shares (sealing, verification snapshots)."""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from uuid import UUID, uuid5

import attrs

from antq_compliance.store.application import _NAMESPACE, _log
from antq_compliance.store.chain.links import _TAG as _LINK_TAG
from antq_compliance.store.chain.links import GENESIS, Seal, StoredRow, extend, link

_CHAIN = "antq_chain"
_CHAIN_HEAD = "antq_chain_head"
_MARK = "chain_mark"
"""The ``antq_meta`` row holding the seal mark: position (8 bytes, big-endian) and link."""
_SEALED_ONCE = 0x616E7471
"""SQLite ``application_id`` of a store that was sealed once ("antq")."""


def _mark_bytes(seal: Seal) -> bytes:
    return seal.position.to_bytes(8, "big", signed=True) + seal.link


def _mark_of(value: bytes | None) -> Seal | None:
    if value is None:
        return None
    value = bytes(value)
    return Seal(int.from_bytes(value[:8], "big", signed=True), value[8:])


_BATCH = 2000


# --- tamper evidence: where the chain lives ------------------------------------------------


@attrs.frozen
class _Snapshot:
    """One consistent view of the events table and the chain, for a verification walk."""

    rows: Callable[[], Iterable[StoredRow]]
    seals: Callable[[], Iterable[Seal]]
    head: Seal | None
    mark: Seal | None = None
    """The seal mark: a copy of the head in ``antq_meta``, written with it."""
    was_sealed: bool = False
    """The store says elsewhere (SQLite: the file header) that it was sealed once."""
    lowest: int | None = None
    """The lowest position of any stored row (``None``: no row)."""


def _position(item: StoredRow | Seal) -> int:
    return item.position


class _Chain:
    """The chain table of one store. ``seal`` chains every row after the last link."""

    def seal(self) -> int:
        raise NotImplementedError

    def snapshot(self) -> contextlib.AbstractContextManager[_Snapshot]:
        raise NotImplementedError

    def close(self) -> None:
        return None

    @staticmethod
    def _extend(
        last: Seal | None,
        head: Seal | None,
        rows_after: Callable[[int], Sequence[Sequence[Any]]],
        write: Callable[[list[Seal]], object],
        *,
        mark: Seal | None = None,
        was_sealed: bool = False,
    ) -> tuple[int, Seal]:
        """Seal the rows after ``last`` (the chain's last link). Nothing is sealed while the
        head record disagrees with it, or with the seal mark, or while the chain is empty in a
        store that was sealed once: extending an edited, truncated or deleted chain would turn
        the evidence into a consistent-looking chain (``verify`` reports it instead)."""
        deleted = mark is None and head is None and last is None and was_sealed
        if head != last or (mark is not None and mark != head) or deleted:
            _log.warning(
                "the chain head record (%s) disagrees with the chain's last link (%s) or its "
                "seal mark (%s): not sealing; run `antq verify`",
                head.position if head else None,
                last.position if last else None,
                mark.position if mark else None,
            )
            return -1, last or Seal(0, GENESIS)
        end = last or Seal(0, GENESIS)
        sealed = 0
        while rows := rows_after(end.position):
            seals = _extend_fast(end, rows)
            write(seals)
            end = seals[-1]
            sealed += len(seals)
            if len(rows) < _BATCH:
                break
        return sealed, end


_HEX32 = re.compile("[0-9a-f]{32}")


def _extend_fast(prev: Seal, rows: Sequence[Sequence[Any]]) -> list[Seal]:
    """``links.extend`` for rows as read for sealing: (position, stream, version, topic,
    state), the stream as a UUID or SQLite's 32 hex digits. The same links, computed without
    building a UUID per row; any value of an unexpected type goes through ``links.link``."""
    out = []
    last = prev.link
    sha256 = hashlib.sha256
    for position, stream, version, topic, state in rows:
        if type(stream) is str and _HEX32.fullmatch(stream):
            stream_field = b"\x02" + bytes.fromhex(stream)
        elif type(stream) is UUID:
            stream_field = b"\x02" + stream.bytes
        else:
            stream_field = b""
        if (
            stream_field
            and type(position) is int
            and type(version) is int
            and type(topic) is str
            and type(state) is bytes
        ):
            text = topic.encode("utf-8", "surrogatepass")
            last = sha256(
                b"".join(
                    (
                        _LINK_TAG,
                        last,
                        b"\x01" + position.to_bytes(8, "big", signed=True),
                        stream_field,
                        b"\x01" + version.to_bytes(8, "big", signed=True),
                        b"\x04" + len(text).to_bytes(8, "big") + text,
                        b"\x03" + len(state).to_bytes(8, "big") + state,
                    )
                )
            ).digest()
        else:
            last = link(last, StoredRow(position, _sqlite_stream(stream), version, topic, state))
        out.append(Seal(position, last))
    return out


def _check_extend_fast() -> None:
    """The fast links are the chain's links (checked at import, on both stream forms)."""
    stream = uuid5(_NAMESPACE, "check")
    rows = [StoredRow(7, stream, 3, "antq:Thử:v1", b'{"x":"\xc3\xa1"}')]
    expected = extend(Seal(6, GENESIS), rows)
    raw = [(7, stream.hex, 3, "antq:Thử:v1", b'{"x":"\xc3\xa1"}')]
    for form in (rows, raw):
        if _extend_fast(Seal(6, GENESIS), form) != expected:
            raise RuntimeError("the fast chain links differ from _chain.link")


_check_extend_fast()


def _sqlite_stream(value: object) -> object:
    """eventsourcing stores a stream id as 32 hex digits; only that exact text is the id."""
    if isinstance(value, str) and len(value) == 32:
        try:
            stream = UUID(hex=value)
        except ValueError:
            return value
        if stream.hex == value:
            return stream
    return value
