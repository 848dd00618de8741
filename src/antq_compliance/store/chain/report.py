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
    KEYS_ALTERED = "keys_altered"
    """The personal-data key table was edited: a key nulled without an erasure record, copied,
    replaced or deleted."""
    ANCHOR_BROKEN = "anchor_broken"
    """The log no longer extends a head anchored outside the database (``antq anchor``)."""


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
    ROW_OUT_OF_RANGE = "row_out_of_range"
    CHAIN_DELETED = "chain_deleted"
    MARK_MISMATCH = "mark_mismatch"
    KEY_NULLED = "key_nulled"
    KEY_COPIED = "key_copied"
    KEY_REPLACED = "key_replaced"
    KEY_DELETED = "key_deleted"
    ANCHOR_MISMATCH = "anchor_mismatch"
    ANCHOR_AHEAD = "anchor_ahead"


_KIND_VI = {
    TamperKind.ALTERED: "bị sửa",
    TamperKind.REMOVED: "bị xoá",
    TamperKind.REORDERED: "bị đảo vị trí",
    TamperKind.INSERTED: "bị chèn thêm",
    TamperKind.CHAIN_ALTERED: "chuỗi niêm phong bị sửa",
    TamperKind.KEYS_ALTERED: "bảng khoá dữ liệu cá nhân bị sửa",
    TamperKind.ANCHOR_BROKEN: "không còn nối tiếp mốc neo",
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
    key: str | None = None
    """The personal-data key involved (a key-table problem), by its random id."""
    other_key: str | None = None

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
        return self._message_vi() if lang == "vi" else self._message_en()

    def _message_vi(self) -> str:
        w, p, r, n = self._where("vi"), self.position, self.related, self.count
        c = self.cause
        k, o = self.key, self.other_key
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
            Cause.SEAL_DELETED: f"{w}: mắt xích niêm phong của bản ghi này đã bị xoá khỏi chuỗi",
            Cause.SEAL_ADDED: f"vị trí {p}: chuỗi có mắt xích cho một vị trí chưa từng có "
            "bản ghi (mắt xích bị thêm)",
            Cause.SEALS_TRUNCATED: f"vị trí {p}: các mắt xích từ đây trở đi đã bị xoá khỏi "
            f"chuỗi (đầu chuỗi ghi vị trí {r})",
            Cause.HEAD_MISMATCH: f"vị trí {p}: bản ghi đầu chuỗi không khớp với mắt xích "
            "cuối của chuỗi",
            Cause.HEAD_MISSING: f"vị trí {p}: bản ghi đầu chuỗi đã bị xoá",
            Cause.ROW_OUT_OF_RANGE: f"{w}: một bản ghi nằm ở vị trí không dương, nơi "
            "sổ không bao giờ ghi (bị chèn thêm)",
            Cause.CHAIN_DELETED: f"vị trí {p}: sổ đã được niêm phong (dấu niêm phong ghi "
            f"vị trí {p}) nhưng các mắt xích và đầu chuỗi đã bị xoá",
            Cause.MARK_MISMATCH: f"vị trí {p}: dấu niêm phong không khớp với đầu chuỗi "
            f"(dấu ghi vị trí {r})",
            Cause.KEY_NULLED: f"{w}: khoá {k} đã bị huỷ mà không có bản ghi xoá dữ liệu nào",
            Cause.KEY_COPIED: f"{w}: khoá {k} là bản sao của khoá {o}",
            Cause.KEY_REPLACED: f"{w}: khoá {k} không mở được dữ liệu đã mã hoá bằng nó "
            "(khoá bị thay)",
            Cause.KEY_DELETED: f"{w}: dòng của khoá {k} đã bị xoá khỏi bảng khoá",
            Cause.ANCHOR_MISMATCH: f"vị trí {p}: sổ khác với đầu chuỗi đã neo ở vị trí này "
            "(sổ đã bị viết lại)",
            Cause.ANCHOR_AHEAD: f"vị trí {p}: sổ không còn tới đầu chuỗi đã neo ở vị trí "
            f"này (chuỗi chỉ tới vị trí {r})",
        }[c]

    def _message_en(self) -> str:
        w, p, r, n = self._where("en"), self.position, self.related, self.count
        c = self.cause
        k, o = self.key, self.other_key
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
            Cause.ROW_OUT_OF_RANGE: f"{w}: a row sits at a position not above zero, where the "
            "log never writes (inserted)",
            Cause.CHAIN_DELETED: f"position {p}: the store was sealed (its seal mark records "
            f"position {p}) but the chain's links and head were deleted",
            Cause.MARK_MISMATCH: f"position {p}: the seal mark does not match the chain head "
            f"(the mark records position {r})",
            Cause.KEY_NULLED: f"{w}: key {k} was destroyed without any erasure record",
            Cause.KEY_COPIED: f"{w}: key {k} is a copy of key {o}",
            Cause.KEY_REPLACED: f"{w}: key {k} does not open the values sealed under it "
            "(the key was replaced)",
            Cause.KEY_DELETED: f"{w}: the row of key {k} was deleted from the key table",
            Cause.ANCHOR_MISMATCH: f"position {p}: the log differs from the head anchored at "
            "this position (the log was rewritten)",
            Cause.ANCHOR_AHEAD: f"position {p}: the log no longer reaches the head anchored at "
            f"this position (the chain ends at position {r})",
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
            "key": self.key,
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
