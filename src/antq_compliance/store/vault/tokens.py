"""Personal values sealed with AES-SIV under their person's key, and opened again on read."""

from __future__ import annotations

import base64
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

import attrs
import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV

from antq_compliance.domain.errors import UnreadableRow
from antq_compliance.domain.facts import Fact, FactDraft
from antq_compliance.domain.privacy import (
    ERASED,
    envelope_personal_fields,
    personal_fields,
    personal_values,
    replace_personal,
)
from antq_compliance.store.vault.base import CACHE_LIMIT, KeyRow, Vault

__all__ = ["PersonalData"]


_PREFIX = "\x01p:"
_TOKEN = re.compile(rb'"\\u0001p:([0-9a-f]{32}):([A-Za-z0-9_-]+)"')
_MARK = b"\\u0001p:"
_KEY_ID = re.compile(rb'"\\u0001p:([0-9a-f]{32}):')
F = TypeVar("F", bound=FactDraft)
T = TypeVar("T")


# --- sealing and opening personal values ------------------------------------------------------


def _seal(key_id: str, key: bytes, value: str) -> str:
    sealed = AESSIV(key).encrypt(value.encode("utf-8"), [key_id.encode("ascii")])  # tag first
    text = base64.urlsafe_b64encode(sealed).rstrip(b"=").decode("ascii")
    return f"{_PREFIX}{key_id}:{text}"


def _open(key_id: str, key: bytes, text: bytes) -> str:
    raw = base64.urlsafe_b64decode(text + b"=" * (-len(text) % 4))
    try:
        return AESSIV(key).decrypt(raw, [key_id.encode("ascii")]).decode("utf-8")
    except InvalidTag:
        raise ValueError("authentication failed") from None


_WITH: dict[type, Callable[[Any, dict[str, Any]], Any]] = {}


def _compile_with(cls: type) -> Callable[[Any, dict[str, Any]], Any]:
    """One straight-line function copying an instance of the attrs class ``cls`` slot by slot,
    taking the values it is given instead of the instance's."""
    namespace: dict[str, Any] = {"_new": object.__new__, "_C": cls}
    lines = ["def copy(obj, values):", "    clone = _new(_C)"]
    for i, field in enumerate(attrs.fields(cast(Any, cls))):
        namespace[f"_S{i}"] = getattr(cls, field.name).__set__
        name = field.name
        lines.append(f"    _S{i}(clone, values[{name!r}] if {name!r} in values else obj.{name})")
    lines.append("    return clone")
    exec("\n".join(lines), namespace)
    return cast(Callable[[Any, dict[str, Any]], Any], namespace["copy"])


def _with(obj: T, values: dict[str, Any]) -> T:
    """A copy of the attrs instance ``obj`` with ``values`` set, without the validators: what
    ``privacy.replace_personal`` does through ``copy.copy``, in a fraction of the time."""
    copy = _WITH.get(type(obj))
    if copy is None:
        copy = _WITH[type(obj)] = _compile_with(type(obj))
    return cast(T, copy(obj, values))


def _replace(fact: F, tokens: dict[str, str]) -> F:
    """``privacy.replace_personal(fact, tokens)``, faster
    (tests/store/test_fastpath_personal.py)."""
    top: dict[str, Any] = {}
    data: dict[str, Any] = {}
    for path, token in tokens.items():
        if path.startswith("data."):
            data[path[5:]] = token
        else:
            top[path] = token
    if data:
        top["data"] = _with(fact.data, data)
    return _with(fact, top)


_ENVELOPE_PERSONAL = tuple((name, name, False) for name in envelope_personal_fields)
_PERSONAL: dict[type, tuple[tuple[str, str, bool], ...]] = {}


def _personal(fact: FactDraft) -> list[tuple[str, str]]:
    """(path, value) of each personal value of ``fact``: ``privacy.personal_values``, in its
    order, without an object per value."""
    data = fact.data
    fields = _PERSONAL.get(type(data))
    if fields is None:
        fields = _PERSONAL[type(data)] = _ENVELOPE_PERSONAL + tuple(
            (f"data.{name}", name, True) for name in personal_fields(type(data))
        )
    out = []
    for path, name, in_data in fields:
        value = getattr(data if in_data else fact, name)
        if isinstance(value, str):
            out.append((path, value))
    return out


class PersonalData:
    """Seals the personal values of facts on the way in and opens them on the way out."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._placeholder = f"erased.0{secrets.token_hex(8)}"
        self._placeholder_json = orjson.dumps(self._placeholder)
        self._write_keys: dict[tuple[str, str], tuple[str, bytes]] = {}
        self.pending: list[KeyRow] = []
        self._tokens: dict[tuple[str, str], str] = {}
        self._read_keys: dict[str, bytes | None] = {}
        self._opened: dict[bytes, bytes] = {}
        self.revealed: dict[str, str] = {}
        """Values opened for a lazy read, by token (``payloads.Sealed``)."""
        self.limit = CACHE_LIMIT
        self._epoch = vault.epoch()
        self._lock = threading.Lock()

    def refresh(self, epoch: int | None = None) -> None:
        """Forget cached keys and values if a key was destroyed since (by any process).
        ``epoch``: the vault's epoch as a read just carried it (else it is read now)."""
        if epoch is None:
            epoch = self.vault.epoch()
        with self._lock:
            if epoch != self._epoch:
                self._write_keys.clear()
                self._tokens.clear()
                self._read_keys.clear()
                self._opened.clear()
                self.revealed.clear()
                self._epoch = epoch

    def prepare(self, facts: Iterable[FactDraft]) -> None:
        """Fetch the keys the facts will be sealed with, and make the missing ones (stored
        only with the facts: :meth:`take_pending`)."""
        self.refresh()
        wanted = {
            (fact.subject, value)
            for fact in facts
            for _, value in _personal(fact)
            if value != ERASED
        }
        with self._lock:  # bounded: emptied between batches, never during one
            if len(self._write_keys) + len(wanted) > self.limit:
                self._write_keys.clear()
            if len(self._tokens) > self.limit:
                self._tokens.clear()
        # Not ``wanted - keys()``: a set minus a keys view walks the whole cache.
        known = self._write_keys
        missing = {pair for pair in wanted if pair not in known}
        if missing:
            self._plan(missing)

    def _plan(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Find or make the keys of ``pairs``; new keys wait in :attr:`pending` until the
        write that inserts them with their facts (``EventLog.append``)."""
        found, rows = self.vault.plan(list(pairs))
        with self._lock:
            self._write_keys.update(found)
            self.pending += rows

    def take_pending(self) -> list[KeyRow]:
        """The new key rows of the facts sealed since the last call, for their write."""
        rows, self.pending = self.pending, []
        return rows

    def forget_writes(self) -> None:
        """Forget the keys made for a write that failed (they were never stored) and every
        key and token cached for writing: the next write finds or makes them again."""
        with self._lock:
            self._write_keys.clear()
            self._tokens.clear()
            self.pending = []

    def seal(self, fact: F) -> F:
        """``fact`` with every personal value replaced by its token."""
        tokens = {}
        for path, value in _personal(fact):
            if value == ERASED:
                continue
            pair = (fact.subject, value)
            found = self._write_keys.get(pair)
            if found is None:  # not prepared (a batch larger than the cache): planned now
                self._plan([pair])
                found = self._write_keys[pair]
            # SIV is deterministic: one value under one key is one token, computed once.
            token = self._tokens.get((found[0], value))
            if token is None:
                token = self._tokens[found[0], value] = _seal(found[0], found[1], value)
            tokens[path] = token
        return _replace(fact, tokens) if tokens else fact

    def prefetch(self, states: Iterable[bytes]) -> None:
        """Fetch in one query the keys of every token in ``states`` (a batch of stored rows,
        unwrapped) not yet known; empty the caches first if they are full. Between batches."""
        # One search over the batch joined: a token cannot straddle two rows (each is a JSON
        # object, and a token has neither brace), and one call is half the time of one per row.
        ids = set(_KEY_ID.findall(b"".join(states)))
        with self._lock:
            if len(self._opened) > self.limit:
                self._opened.clear()
            if len(self._read_keys) + len(ids) > self.limit:
                self._read_keys.clear()
        # Not ``set - keys()``: that walks the whole cache (50,000 keys), half a millisecond a
        # read; this is the size of the batch.
        known = self._read_keys
        missing = {key_id for key_id in (i.decode("ascii") for i in ids) if key_id not in known}
        if missing:
            found = self.vault.keys(missing)
            with self._lock:
                for key_id in missing:
                    self._read_keys[key_id] = found.get(key_id)

    def keep_revealed(self, token: str, value: str) -> None:
        """Keep the value a token opened to (:attr:`revealed`), within the cache limit."""
        with self._lock:
            if len(self.revealed) >= self.limit:
                self.revealed.clear()
            self.revealed[token] = value

    def offer(self, keys: dict[str, bytes | None]) -> None:
        """Keep ``keys`` (key id -> key, None once destroyed), read by the caller in the
        snapshot whose epoch :meth:`refresh` was just given: a later :meth:`prefetch` of the
        same rows then needs no query. Between batches, as :meth:`prefetch`."""
        with self._lock:
            if len(self._read_keys) + len(keys) > self.limit:
                self._read_keys.clear()
            self._read_keys.update(keys)

    def open(self, state: bytes, where: Callable[[], str]) -> tuple[bytes, bool]:
        """The stored JSON with every token replaced by its value (as a JSON string), or by
        the placeholder when its key was destroyed; and whether a placeholder was used."""
        if _MARK not in state:
            return state, False
        erased = False
        opened = self._opened
        placeholder = self._placeholder_json

        def replace(m: re.Match[bytes]) -> bytes:
            nonlocal erased
            value = opened.get(m.group(0))
            if value is None:
                value = self._open_token(m, where)
            if value is placeholder:
                erased = True
            return value

        return _TOKEN.sub(replace, state), erased

    def _key(self, key_id: str) -> bytes | None:
        try:
            return self._read_keys[key_id]
        except KeyError:  # not prefetched (a row read on its own): fetched alone
            found = self.vault.keys([key_id]).get(key_id)
            with self._lock:
                if len(self._read_keys) >= 4 * self.limit:  # no batches: bounded all the same
                    self._read_keys.clear()
                self._read_keys[key_id] = found
            return found

    def _open_token(self, m: re.Match[bytes], where: Callable[[], str]) -> bytes:
        key_id = m.group(1).decode("ascii")
        key = self._key(key_id)
        if key is None:
            value = self._placeholder_json
        else:
            try:
                # A copy: orjson's result keeps its 4 KiB buffer, 50 times a short value.
                value = bytes(memoryview(orjson.dumps(_open(key_id, key, m.group(2)))))
            except (ValueError, KeyError) as exc:
                raise UnreadableRow(
                    where(), f"a personal value under key {key_id} does not decrypt ({exc})"
                ) from None
        with self._lock:
            if len(self._opened) >= 4 * self.limit:  # no batches: bounded all the same
                self._opened.clear()
            self._opened[m.group(0)] = value
        return value

    def patch(self, fact: Fact) -> Fact:
        """``fact`` decoded from opened bytes, with each placeholder shown as erased."""
        erased = {v.path: ERASED for v in personal_values(fact) if v.value == self._placeholder}
        return replace_personal(fact, erased) if erased else fact

    def close(self) -> None:
        self.vault.close()
