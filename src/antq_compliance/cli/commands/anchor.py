"""``antq anchor``: sign the chain head with an Ed25519 key, for keeping outside the database."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from antq_compliance.cli.common import open_ledger
from antq_compliance.store.anchor import AnchorError, generate_anchor_key, sign_anchor

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    anc = sub.add_parser(
        "anchor",
        help="sign the chain head (Ed25519) for keeping outside the database; "
        "`verify --anchor` checks the log still extends it",
    )
    what = anc.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--new-key",
        metavar="PATH",
        help="create an Ed25519 key pair: PATH (private, mode 0600) and PATH.pub (public)",
    )
    what.add_argument("--key", metavar="PATH", help="the private key to sign the head with")
    anc.add_argument("--out", metavar="FILE", help="write the anchor here (default: stdout)")
    anc.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    vi = args.lang == "vi"
    if args.new_key:
        private, public = generate_anchor_key(args.new_key)
        if vi:
            print(f"khoá riêng: {private} (chỉ chủ sở hữu đọc được); khoá công khai: {public}")
        else:
            print(f"private key: {private} (owner-only); public key: {public}")
        return 0
    with open_ledger(args) as ledger:
        report = ledger.verify()
    if not report.ok or report.head is None:
        why = report.summary(args.lang) if not report.ok else ("sổ trống" if vi else "empty log")
        what = "không neo" if vi else "not anchored"
        print(f"antq: error: {what}: {why}", file=sys.stderr)
        return 1
    anchor = sign_anchor(args.key, report.head_position, report.head, datetime.now(UTC))
    data = orjson.dumps(anchor, option=orjson.OPT_INDENT_2) + b"\n"
    if args.out is None:
        sys.stdout.write(data.decode("ascii"))
        return 0
    try:
        fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except OSError as exc:
        raise AnchorError(f"{args.out}: cannot be written ({exc.strerror})") from None
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    where = Path(args.out)
    if vi:
        print(f"đã neo đầu chuỗi {report.head} ở vị trí {report.head_position} vào {where}")
    else:
        print(f"anchored head {report.head} at position {report.head_position} in {where}")
    return 0
