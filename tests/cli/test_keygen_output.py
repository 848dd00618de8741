"""``antq keygen > FILE`` warns when the key can be read by others (issue 16, item 10): a file
of mode looser than 0600, a pipe, a terminal. The key itself goes to stdout either way."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest

from antq_compliance.cli.args import key_output_warning

KEYGEN = [sys.executable, "-m", "antq_compliance.cli", "keygen"]


def _keygen_into(path: Path, mode: int) -> str:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    os.fchmod(fd, mode)  # whatever the umask
    try:
        done = subprocess.run(KEYGEN, stdout=fd, stderr=subprocess.PIPE, check=True, text=True)
    finally:
        os.close(fd)
    assert len(base64.b64decode(path.read_text("ascii").strip())) == 32
    return done.stderr


def test_a_world_readable_key_file_is_made_private(tmp_path: Path) -> None:
    """The shell made the file with a loose mode: keygen makes it owner-only before writing
    the key, so there is nothing to warn about."""
    for name, mode in (("open.key", 0o644), ("group.key", 0o640)):
        assert _keygen_into(tmp_path / name, mode) == ""
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600


def test_a_private_key_file_is_quiet(tmp_path: Path) -> None:
    assert _keygen_into(tmp_path / "private.key", 0o600) == ""
    assert _keygen_into(tmp_path / "read-only.key", 0o400) == ""


def test_a_pipe_gets_a_warning() -> None:
    done = subprocess.run(KEYGEN, capture_output=True, check=True, text=True)
    assert len(base64.b64decode(done.stdout.strip())) == 32
    assert done.stderr.startswith("antq: warning: the key is written to a pipe")
    assert done.stderr.count("\n") == 1


def test_a_terminal_gets_a_warning() -> None:
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    try:
        warning = key_output_warning(follower)
    finally:
        os.close(leader)
        os.close(follower)
    assert warning is not None and warning.startswith("warning: the key is shown on a terminal")
