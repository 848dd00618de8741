"""Stored bytes: personal-data tokens, then compression and encryption (``docs/reliability.md``)."""

from __future__ import annotations

import zlib
from collections.abc import Iterable
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

    def open(self, topic: str, state: bytes) -> tuple[bytes, bool]:
        """The fact JSON of a stored row, personal values opened, and whether one was erased."""
        return self.personal.open(self.unwrap(topic, state), lambda: f"a stored {topic} row")

    def close(self) -> None:
        self.personal.close()
