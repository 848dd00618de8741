"""Anchors: the chain head, signed with Ed25519, kept outside the database (``docs/integrity.md``).

An anchor file is JSON: ``{"format": "antq-anchor-v1", "position": P, "head": "<hex>",
"created_at": "<ISO 8601 UTC>", "key": "<public key fingerprint>", "signature": "<base64>"}``.
The signature covers ``antq-anchor-v1\\n<position>\\n<head>\\n<created_at>\\n``. ``verify
--anchor`` fails when the log's chain no longer holds that head at that position: rows before
it edited, removed, re-ordered, or the whole chain rebuilt. Key files are written ``0600``
(private) and ``0644`` (public), never over an existing file.
"""

from __future__ import annotations

import base64
import hashlib
import os
from datetime import datetime
from pathlib import Path

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from antq_compliance.domain.errors import StoreConfigurationError
from antq_compliance.store.chain.links import Seal

__all__ = ["AnchorError", "generate_anchor_key", "read_anchor", "sign_anchor"]

FORMAT = "antq-anchor-v1"


class AnchorError(StoreConfigurationError):
    """An anchor or anchor key that cannot be used (one line naming the file and why)."""


def _message(position: int, head: str, created_at: str) -> bytes:
    return f"{FORMAT}\n{position}\n{head}\n{created_at}\n".encode("ascii")


def _fingerprint(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def _write_new(path: Path, data: bytes, mode: int) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        raise AnchorError(f"{path}: already exists; not overwritten") from None
    except OSError as exc:
        raise AnchorError(f"{path}: cannot be written ({exc.strerror})") from None
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.chmod(path, mode)  # whatever the umask


def generate_anchor_key(path: str | os.PathLike[str]) -> tuple[Path, Path]:
    """A new Ed25519 key pair: the private key at ``path`` (PEM, mode 0600) and the public
    key at ``path.pub`` (PEM, 0644). Refuses to overwrite either."""
    private = Path(path)
    public = private.with_name(private.name + ".pub")
    if public.exists():
        raise AnchorError(f"{public}: already exists; not overwritten")
    key = Ed25519PrivateKey.generate()
    _write_new(
        private,
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        0o600,
    )
    _write_new(
        public,
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
        0o644,
    )
    return private, public


def _read(path: str | os.PathLike[str]) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise AnchorError(f"{path}: cannot be read ({exc.strerror})") from None


def _private_key(path: str | os.PathLike[str]) -> Ed25519PrivateKey:
    if os.name == "posix" and Path(path).exists() and Path(path).stat().st_mode & 0o077:
        raise AnchorError(f"{path}: the private anchor key is readable by others (chmod 600 it)")
    try:
        key = serialization.load_pem_private_key(_read(path), password=None)
    except (ValueError, TypeError):
        raise AnchorError(f"{path}: not a PEM private key without a password") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise AnchorError(f"{path}: not an Ed25519 private key")
    return key


def _public_key(path: str | os.PathLike[str]) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(_read(path))
    except (ValueError, TypeError):
        raise AnchorError(f"{path}: not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise AnchorError(f"{path}: not an Ed25519 public key")
    return key


def sign_anchor(
    key_path: str | os.PathLike[str], position: int, head: str, created_at: datetime
) -> dict[str, object]:
    """The anchor of the head ``head`` at ``position``, signed with the private key."""
    key = _private_key(key_path)
    stamp = created_at.isoformat()
    signature = key.sign(_message(position, head, stamp))
    return {
        "format": FORMAT,
        "position": position,
        "head": head,
        "created_at": stamp,
        "key": _fingerprint(key.public_key()),
        "signature": base64.b64encode(signature).decode("ascii"),
    }


def read_anchor(
    path: str | os.PathLike[str], public_key: str | os.PathLike[str] | None = None
) -> Seal:
    """The head an anchor file records, its signature checked against ``public_key`` when
    given (without it, only the head is compared: anyone could have written the file)."""
    try:
        body = orjson.loads(_read(path))
        position, head, stamp = body["position"], body["head"], body["created_at"]
        if body["format"] != FORMAT or type(position) is not int or position < 1:
            raise ValueError
        link = bytes.fromhex(head)
        if len(link) != 32 or not isinstance(stamp, str) or not stamp.isascii():
            raise ValueError
        signature = base64.b64decode(body["signature"], validate=True)
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        raise AnchorError(f"{path}: not an antq anchor file ({FORMAT})") from None
    if public_key is not None:
        try:
            _public_key(public_key).verify(signature, _message(position, head, stamp))
        except InvalidSignature:
            raise AnchorError(
                f"{path}: the signature does not verify with the public key {public_key}"
            ) from None
    return Seal(position, link)
