"""The personal-data key table under ``verify`` (``docs/integrity.md``).

The key table cannot be hash-chained like the log: erasure must destroy keys. What the log
does say is enough to check it: every token names its key id and is authenticated under its
key (AES-SIV, the key id as associated data), and every legitimate destruction is named by an
erasure record, itself a hash-chained row. So:

* a key destroyed (NULL) that no erasure record names was nulled by hand (``key_nulled``);
* a live key that does not open the first token sealed under it was replaced
  (``key_replaced``), and when it equals another row's key, copied (``key_copied``);
* a key id used in the log whose row is gone, and that no erasure names, was deleted
  (``key_deleted``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from antq_compliance.codec.facts import ERASURE_TOPIC, decode_erasure
from antq_compliance.store.chain.report import Cause, Tampering, TamperKind
from antq_compliance.store.vault.tokens import _TOKEN, _open

__all__ = ["check_keys"]


def _problem(cause: Cause, position: int, key: str, other: str | None = None) -> Tampering:
    return Tampering(
        kind=TamperKind.KEYS_ALTERED, cause=cause, position=position, key=key, other_key=other
    )


def check_keys(
    rows: Iterable[tuple[int, str, bytes]],
    unwrap: Callable[[str, bytes], bytes],
    key_rows: list[tuple[str, bytes | None]],
) -> Tampering | None:
    """The first key-table problem, in order of the position where the key is first used
    (a key no row uses is named at position 0); ``None`` when the table is consistent."""
    erased, first = _uses(rows, unwrap)
    table = dict(key_rows)
    owners: dict[bytes, list[str]] = {}
    for key_id, key in key_rows:
        if key is not None:
            owners.setdefault(key, []).append(key_id)
    found: list[tuple[int, str, Tampering]] = []
    for key_id, key in key_rows:
        position = first.get(key_id, (0, b""))[0]
        if key is None:
            if key_id not in erased:
                found.append((position, key_id, _problem(Cause.KEY_NULLED, position, key_id)))
            continue
        others = [o for o in owners[key] if o != key_id]
        if key_id in first and not _opens(key_id, key, first[key_id][1]):
            cause = Cause.KEY_COPIED if others else Cause.KEY_REPLACED
            found.append(
                (position, key_id, _problem(cause, position, key_id, others[0] if others else None))
            )
        elif others and key_id not in first:
            found.append((position, key_id, _problem(Cause.KEY_COPIED, 0, key_id, others[0])))
    for key_id, (position, _) in first.items():
        if key_id not in table and key_id not in erased:
            found.append((position, key_id, _problem(Cause.KEY_DELETED, position, key_id)))
    return min(found, key=lambda f: (f[0], f[1]))[2] if found else None


def _uses(
    rows: Iterable[tuple[int, str, bytes]], unwrap: Callable[[str, bytes], bytes]
) -> tuple[set[str], dict[str, tuple[int, bytes]]]:
    """The key ids the erasure records name, and the first token of each key id used."""
    erased: set[str] = set()
    first: dict[str, tuple[int, bytes]] = {}
    for position, topic, state in rows:
        try:
            opened = unwrap(topic, state)
        except Exception:  # an unreadable row is the chain's business
            continue
        if topic == ERASURE_TOPIC:
            erased.update(decode_erasure(opened).keys)
            continue
        if b"\\u0001p:" not in opened:
            continue
        for match in _TOKEN.finditer(opened):
            key_id = match.group(1).decode("ascii")
            if key_id not in first:
                first[key_id] = (position, match.group(2))
    return erased, first


def _opens(key_id: str, key: bytes, token: bytes) -> bool:
    try:
        _open(key_id, key, token)
    except (ValueError, KeyError):
        return False
    return True
