"""Tamper evidence of the event log: what ``verify`` reports (see ``docs/integrity.md``).

Every stored row is chained to its predecessor by a SHA-256 link over its stored bytes; the
links live in a table of their own. :class:`VerifyReport` says whether the stored rows still
match their links and, if not, names the first position where they stop matching.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

__all__ = ["Cause", "TamperKind", "Tampering", "VerifyReport"]


class TamperKind(enum.StrEnum):
    """What happened at the first position that does not verify."""

    ALTERED = "altered"
    """A row's stored bytes (topic, payload, stream id or version) no longer match its link."""
    REMOVED = "removed"
    """A sealed row is missing from the log."""
    REORDERED = "reordered"
    """A sealed row, or its payload, is still in the log but at another position."""
    INSERTED = "inserted"
    """A row that was never sealed sits between sealed rows."""
    CHAIN_ALTERED = "chain_altered"
    """The rows match, but the chain table itself (a link, a seal, the head) was edited."""


class Cause(enum.StrEnum):
    """The finer reason behind a :class:`TamperKind`; it selects the message."""

    ROW_CHANGED = "row_changed"
    ROW_CHANGED_AFTER_GAP = "row_changed_after_gap"
    ROWS_MISSING = "rows_missing"
    TAIL_MISSING = "tail_missing"
    PAYLOAD_MOVED = "payload_moved"
    ROW_MOVED = "row_moved"
    ROW_MOVED_HERE = "row_moved_here"
    ROW_INSERTED = "row_inserted"
    LINK_EDITED = "link_edited"
    SEAL_DELETED = "seal_deleted"
    SEAL_ADDED = "seal_added"
    SEALS_TRUNCATED = "seals_truncated"
    HEAD_MISMATCH = "head_mismatch"
    HEAD_MISSING = "head_missing"


_KIND_VI = {
    TamperKind.ALTERED: "bị sửa",
    TamperKind.REMOVED: "bị xoá",
    TamperKind.REORDERED: "bị đảo vị trí",
    TamperKind.INSERTED: "bị chèn thêm",
    TamperKind.CHAIN_ALTERED: "chuỗi niêm phong bị sửa",
}


@attrs.frozen(kw_only=True)
class Tampering:
    """The first problem found. ``position`` is the notification id (the row's place in the
    log); ``stream``/``version``/``subject`` name the row there when it is known (a deleted
    row cannot be named: only its link is left). ``related`` is the other position involved
    (where a moved row or payload now is, the last removed position, the position the head
    records)."""

    kind: TamperKind
    cause: Cause
    position: int
    stream: str | None = None
    version: int | None = None
    subject: str | None = None
    related: int | None = None
    count: int = 1

    def _where(self, lang: str) -> str:
        named = []
        if lang == "vi":
            if self.subject is not None:
                named.append(f"chủ thể {self.subject}")
            if self.stream is not None:
                named.append(f"luồng {self.stream}")
            if self.version is not None:
                named.append(f"phiên bản {self.version}")
            where = f"vị trí {self.position}"
        else:
            if self.subject is not None:
                named.append(f"subject {self.subject}")
            if self.stream is not None:
                named.append(f"stream {self.stream}")
            if self.version is not None:
                named.append(f"version {self.version}")
            where = f"position {self.position}"
        return f"{where} ({', '.join(named)})" if named else where

    def message(self, lang: str = "en") -> str:
        """One sentence naming the position, the row and what was found."""
        w, p, r, n = self._where(lang), self.position, self.related, self.count
        c = self.cause
        if lang == "vi":
            return {
                Cause.ROW_CHANGED: f"{w}: bản ghi đã lưu không còn khớp với mắt xích niêm phong "
                "(chủ đề, nội dung, mã luồng hoặc phiên bản đã bị sửa, hoặc bản ghi bị thay)",
                Cause.ROW_CHANGED_AFTER_GAP: f"{w}: bản ghi không khớp với mắt xích niêm phong: "
                f"bản ghi bị sửa, hoặc các bản ghi đã niêm phong sau vị trí {r} bị xoá cùng "
                "mắt xích của chúng",
                Cause.ROWS_MISSING: (
                    f"vị trí {p}: bản ghi đã niêm phong bị mất (bị xoá)"
                    if n == 1
                    else f"vị trí {p}–{r}: {n} bản ghi đã niêm phong bị mất (bị xoá)"
                ),
                Cause.TAIL_MISSING: f"vị trí {p}: các bản ghi cuối sau vị trí {r} bị xoá cùng "
                f"mắt xích của chúng (đầu chuỗi ghi vị trí {p})",
                Cause.PAYLOAD_MOVED: f"{w}: nội dung đã bị tráo: nội dung niêm phong ở đây nay "
                f"nằm trong bản ghi ở vị trí {r}",
                Cause.ROW_MOVED: f"{w}: bản ghi niêm phong ở vị trí {p} nay nằm ở vị trí {r} "
                "(số thứ tự đã bị sửa)",
                Cause.ROW_MOVED_HERE: f"{w}: bản ghi này được niêm phong ở vị trí {r} "
                "(số thứ tự đã bị sửa)",
                Cause.ROW_INSERTED: f"{w}: một bản ghi chưa từng được niêm phong nằm giữa các "
                "bản ghi đã niêm phong (bị chèn thêm)",
                Cause.LINK_EDITED: f"{w}: mắt xích của vị trí này trong chuỗi đã bị sửa "
                "(bản ghi vẫn khớp với phần còn lại của chuỗi)",
                Cause.SEAL_DELETED: f"{w}: mắt xích niêm phong của bản ghi này đã bị xoá khỏi "
                "chuỗi",
                Cause.SEAL_ADDED: f"vị trí {p}: chuỗi có mắt xích cho một vị trí chưa từng có "
                "bản ghi (mắt xích bị thêm)",
                Cause.SEALS_TRUNCATED: f"vị trí {p}: các mắt xích từ đây trở đi đã bị xoá khỏi "
                f"chuỗi (đầu chuỗi ghi vị trí {r})",
                Cause.HEAD_MISMATCH: f"vị trí {p}: bản ghi đầu chuỗi không khớp với mắt xích "
                "cuối của chuỗi",
                Cause.HEAD_MISSING: f"vị trí {p}: bản ghi đầu chuỗi đã bị xoá",
            }[c]
        return {
            Cause.ROW_CHANGED: f"{w}: the stored row no longer matches its link (its topic, "
            "payload, stream id or version was changed, or the row was replaced)",
            Cause.ROW_CHANGED_AFTER_GAP: f"{w}: the stored row does not match its link: it was "
            f"changed, or sealed rows after position {r} were deleted together with their links",
            Cause.ROWS_MISSING: (
                f"position {p}: a sealed row is missing (deleted)"
                if n == 1
                else f"positions {p}-{r}: {n} sealed rows are missing (deleted)"
            ),
            Cause.TAIL_MISSING: f"position {p}: the last sealed rows after position {r} were "
            f"deleted together with their links (the chain head records position {p})",
            Cause.PAYLOAD_MOVED: f"{w}: payloads were swapped: the payload sealed here is now in "
            f"the row at position {r}",
            Cause.ROW_MOVED: f"{w}: the row sealed at position {p} is now at position {r} "
            "(its notification id was changed)",
            Cause.ROW_MOVED_HERE: f"{w}: this row was sealed at position {r} (its notification "
            "id was changed)",
            Cause.ROW_INSERTED: f"{w}: a row that was never sealed sits between sealed rows "
            "(inserted)",
            Cause.LINK_EDITED: f"{w}: the chain's link for this position was edited "
            "(the row still matches the rest of the chain)",
            Cause.SEAL_DELETED: f"{w}: this row's link was deleted from the chain",
            Cause.SEAL_ADDED: f"position {p}: the chain has a link for a position that never "
            "held a row (a link was added)",
            Cause.SEALS_TRUNCATED: f"position {p}: the links from here on were deleted from the "
            f"chain (the chain head records position {r})",
            Cause.HEAD_MISMATCH: f"position {p}: the chain head record does not match the "
            "chain's last link",
            Cause.HEAD_MISSING: f"position {p}: the chain head record was deleted",
        }[c]

    def kind_label(self, lang: str = "en") -> str:
        return _KIND_VI[self.kind] if lang == "vi" else self.kind.value

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "cause": self.cause.value,
            "position": self.position,
            "stream": self.stream,
            "version": self.version,
            "subject": self.subject,
            "related": self.related,
            "count": self.count,
            "message": self.message(lang),
        }


@attrs.frozen(kw_only=True)
class VerifyReport:
    """The result of walking the log against its hash chain.

    ``checked``: rows whose link matched, from the start up to the first problem (or all
    sealed rows). ``head``: the chain head (hex SHA-256 of the last link; ``None`` while nothing
    is sealed) at ``head_position``; write it down somewhere the database's administrators
    cannot reach (see ``docs/integrity.md``). ``unsealed``: rows after the head, appended but
    not yet chained (a crash between append and seal); informational, not a failure.
    """

    checked: int
    head: str | None
    head_position: int
    unsealed: int
    problem: Tampering | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def summary(self, lang: str = "en") -> str:
        """One line: the verdict, the count and the head, or the first problem."""
        if self.problem is not None:
            if lang == "vi":
                return (
                    f"sổ bị can thiệp ({self.problem.kind_label('vi')}): "
                    f"{self.problem.message('vi')}"
                )
            return f"log tampered ({self.problem.kind.value}): {self.problem.message('en')}"
        head = self.head or ("(trống)" if lang == "vi" else "(empty)")
        if lang == "vi":
            line = f"sổ hợp lệ: {self.checked} sự kiện, đầu chuỗi {head}"
            return line + (f"; {self.unsealed} sự kiện chưa niêm phong" if self.unsealed else "")
        line = f"log verified: {self.checked} events, head {head}"
        return line + (f"; {self.unsealed} not yet sealed" if self.unsealed else "")

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "head": self.head,
            "head_position": self.head_position,
            "unsealed": self.unsealed,
            "problem": self.problem.to_json(lang) if self.problem else None,
        }
