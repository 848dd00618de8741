"""Stored bytes: personal-data tokens, then compression and encryption (``docs/reliability.md``)."""

from __future__ import annotations

import unicodedata
import zlib
from collections.abc import Callable, Iterable
from typing import Any, ClassVar
from uuid import UUID

import orjson
from eventsourcing.persistence import (
    Mapper,
)

from antq_compliance.domain.errors import (
    KeyRequired,
    StoreConfigurationError,
    UnreadableRow,
    WrongKey,
)
from antq_compliance.domain.facts import FACT_TYPES, Fact
from antq_compliance.domain.privacy import ERASED, personal_fields
from antq_compliance.store.vault.base import Vault
from antq_compliance.store.vault.tokens import PersonalData

# --- stored bytes: personal-data tokens, compression, encryption (docs/reliability.md) ---------

_KEY_CHECK = b"antq-store-key-check-v1"
_ZLIB = "eventsourcing.compressor:ZlibCompressor"


def _cipher_env(cipher_key: str | None, compress: bool) -> dict[str, str]:
    env: dict[str, str] = {}
    if cipher_key is not None:
        import base64
        import binascii

        try:
            raw = base64.b64decode(cipher_key.strip().encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raw = b""
        if len(raw) != 32:
            raise StoreConfigurationError(
                "the cipher key must be 32 random bytes in base64 (AES-256), as `antq keygen` "
                "prints"
            )
        env["CIPHER_KEY"] = cipher_key.strip()
    if compress:
        env["COMPRESSOR_TOPIC"] = _ZLIB
    return env


# --- personal values opened when read (lazy decoding) ------------------------------------------

_SEALED = "\x01p:"
"""How a sealed personal value (a token of ``store/vault/tokens.py``) starts once decoded."""


class Sealed(str):
    """A personal value read from the log and not opened yet: its characters are the stored
    token; :meth:`__str__`, :meth:`__format__` (an f-string), :meth:`__repr__`, comparisons
    and hashing open it (the person's key, or ``ERASED`` once the key is destroyed) — so a
    rule that quotes ``staff_ref`` in a reason, or a display, reads the value, and a rebuild
    that never reads it never opens it. Each :class:`_Payloads` has its own subclass bound to
    its vault. Never encoded: the read paths that give these (``lazy=True``) feed evaluations
    and projections, not writers or exports."""

    __slots__ = ()
    _reveal: ClassVar[Callable[[str], str]]

    def __str__(self) -> str:
        return type(self)._reveal(str.__str__(self))

    def __format__(self, spec: str) -> str:
        return format(self.__str__(), spec)

    def __repr__(self) -> str:
        return repr(self.__str__())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            return self.__str__() == str(other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        if isinstance(other, str):
            return self.__str__() != str(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.__str__())

    def __reduce__(self) -> tuple[Any, ...]:  # a copy or a pickle holds the opened value
        return (str, (self.__str__(),))


def _setters(cls: type) -> tuple[tuple[str, Any], ...]:
    return tuple((name, getattr(cls, name).__set__) for name in personal_fields(cls))


_ENVELOPE_SETTERS = _setters(Fact)
_DATA_SETTERS = {cls: _setters(cls) for cls in FACT_TYPES.values()}


def _defer(sealed: type[Sealed], fact: Fact) -> Fact:
    """``fact`` (just decoded, not shared yet) with each token turned into a :class:`Sealed`
    value, in place."""
    for name, setter in _ENVELOPE_SETTERS:
        value = getattr(fact, name)
        if type(value) is str and value.startswith(_SEALED):
            setter(fact, sealed(value))
    data = fact.data
    for name, setter in _DATA_SETTERS.get(type(data), ()):
        value = getattr(data, name)
        if type(value) is str and value.startswith(_SEALED):
            setter(data, sealed(value))
    return fact


def _plain_row(state: bytes) -> bool:
    """Whether ``state`` is a row stored without encryption: fact JSON, or zlib of it."""
    try:
        orjson.loads(zlib.decompress(state) if state[:1] == b"x" else state)
    except (zlib.error, orjson.JSONDecodeError):
        return False
    return True


class _Payloads:
    """Between a fact's JSON and the ``state`` column: personal-data tokens
    (``store/vault/tokens.py``),
    then the compressor and the cipher the application was opened with. Reading is tolerant
    of rows written under other settings (a cipher or compressor switched on later): a zlib
    stream starts with ``x`` and our JSON with ``{``; anything else must decrypt."""

    def __init__(self, location: str, mapper: Mapper[UUID], vault: Vault) -> None:
        self.location = location
        self.cipher = mapper.cipher
        self.compressor = mapper.compressor
        self.vault = vault
        self.personal = PersonalData(vault)
        self._deferrer: Callable[[Fact], Fact] | None = None
        check = vault.meta("cipher_check")
        self.locked = check is not None and self.cipher is None
        if self.cipher is not None:
            if check is None:
                check = vault.put_meta("cipher_check", self.cipher.encrypt(_KEY_CHECK))
            try:
                opened = self.cipher.decrypt(check)
            except ValueError:
                opened = b""
            if opened != _KEY_CHECK:
                raise WrongKey(location)

    def writable(self) -> None:
        if self.locked:
            raise KeyRequired(self.location)

    def wrap(self, state: bytes) -> bytes:
        if self.compressor:
            state = self.compressor.compress(state)
        if self.cipher:
            state = self.cipher.encrypt(state)
        return state

    def unwrap(self, topic: str, state: bytes) -> bytes:
        if self.cipher is not None:
            try:
                state = self.cipher.decrypt(state)
            except ValueError:
                # A row written before the cipher was on reads as it is; a ciphertext that
                # happens to start like one (1 in 128) is still a row that does not decrypt.
                if not _plain_row(state):
                    raise UnreadableRow(
                        f"a stored {topic} row", "does not decrypt with this key"
                    ) from None
        elif self.locked:
            raise KeyRequired(self.location)
        if state[:1] == b"x":
            try:
                state = zlib.decompress(state)
            except zlib.error as exc:
                raise UnreadableRow(
                    f"a stored {topic} row", f"does not decompress ({exc})"
                ) from None
        return state

    def prefetch(self, rows: Iterable[tuple[str, bytes]]) -> None:
        """Fetch the person keys of a batch of stored (topic, state) rows in one query, before
        they are opened one by one. A row that does not unwrap is left to :meth:`open`."""
        states = []
        for topic, state in rows:
            if state[:1] != b"{":  # compressed or encrypted
                try:
                    state = self.unwrap(topic, state)
                except Exception:
                    continue
            states.append(state)
        self.personal.prefetch(states)

    def lazy(self) -> Callable[[Fact], Fact]:
        """What turns the tokens of a decoded fact into :class:`Sealed` values, opened only
        when read (``EventLog`` read paths with ``lazy=True``). The keys of a batch of rows
        are still fetched in one query (:meth:`prefetch`): a value read then opens from the
        cache; a value never read is never decrypted."""
        if self._deferrer is None:
            personal = self.personal

            def reveal(token: str) -> str:
                # A value is read twice or more (the reason in each language): kept by token,
                # forgotten with the other caches when a key is destroyed (``refresh``).
                value = personal.revealed.get(token)
                if value is not None:
                    return value
                # The token as it stands in the stored JSON (ASCII: the mark, a key id, base64).
                # Not orjson.dumps: its result keeps a 4 KiB buffer, and the cache keeps it.
                stored = b'"\\u0001p:' + token[3:].encode("ascii") + b'"'
                opened, erased = personal.open(stored, lambda: "a personal value")
                if erased:
                    value = ERASED
                else:
                    value = orjson.loads(opened)
                    if not value.isascii():
                        value = unicodedata.normalize("NFC", value)
                personal.keep_revealed(token, value)
                return value

            sealed: type[Sealed] = type(
                "Sealed", (Sealed,), {"__slots__": (), "_reveal": staticmethod(reveal)}
            )
            self._deferrer = lambda fact: _defer(sealed, fact)
        return self._deferrer

    def open(self, topic: str, state: bytes) -> tuple[bytes, bool]:
        """The fact JSON of a stored row, personal values opened, and whether one was erased."""
        return self.personal.open(self.unwrap(topic, state), lambda: f"a stored {topic} row")

    def close(self) -> None:
        self.personal.close()
