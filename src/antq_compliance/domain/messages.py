"""Record errors in the user's language: Vietnamese and English (``--lang vi|en``).

The library's problems are written once, in English, where they are raised
(:class:`~antq_compliance.domain.errors.InvalidRecord`); this catalogue gives each the
Vietnamese words. A pattern holds the problem's fixed words; its groups carry the values
(numbers, dates, ids, field names), which are never translated. A problem the catalogue does not
know yet is shown in English, after the Vietnamese frame (``dòng 7: trường ... = ...: ``):
``tests/store/test_import_report.py`` checks that the problems a file most often has (every one
raised while reading a line, its envelope and its values) are all known.
"""

from __future__ import annotations

import re

from antq_compliance.domain.errors import InvalidRecord, InvalidRecords

__all__ = ["more_line", "problem_text", "record_error", "record_errors"]

_RECORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"line (\d+)"), "dòng {0}"),
    (re.compile(r"fact (.+)"), "dữ kiện {0}"),
    (re.compile(r"erasure"), "lệnh xoá"),
    (re.compile(r"batch"), "lô dữ kiện"),
    (re.compile(r"import"), "nhập tệp"),
)

_P = tuple[re.Pattern[str], str]


def _p(english: str, vietnamese: str) -> _P:
    return re.compile(english), vietnamese


_PROBLEMS: tuple[_P, ...] = (
    # reading a line (application/jsonl.py)
    _p(r"line is longer than 1 MiB \(1,048,576 bytes\)", "dòng dài hơn 1 MiB (1.048.576 byte)"),
    _p(
        r"file starts with a byte-order mark; save as UTF-8 without BOM",
        "tệp bắt đầu bằng dấu thứ tự byte (BOM); hãy lưu dạng UTF-8 không BOM",
    ),
    _p(
        r"file is (UTF-16|UTF-32) \(byte-order mark\); save it as UTF-8",
        "tệp mã hoá {0} (có BOM); hãy lưu lại dạng UTF-8",
    ),
    _p(
        r"contains NUL bytes: the file looks like UTF-16 or UTF-32; save it as UTF-8",
        "chứa byte NUL: tệp có vẻ là UTF-16 hoặc UTF-32; hãy lưu lại dạng UTF-8",
    ),
    _p(
        r"is not valid UTF-8 \(a legacy encoding such as Windows-1258, TCVN3 or Latin-1\?\); "
        r"save the file as UTF-8",
        "không phải UTF-8 hợp lệ (mã cũ như Windows-1258, TCVN3 hay Latin-1?); hãy lưu tệp "
        "dạng UTF-8",
    ),
    _p(
        r"is not valid JSON \((.*): line \d+ column (\d+) \(char \d+\)\)",
        "không phải JSON hợp lệ (ở cột {1}; bộ đọc JSON báo: {0})",
    ),
    _p(r"is not valid JSON \((.*)\)", "không phải JSON hợp lệ ({0})"),
    _p(
        r"this key appears twice in one object: give each field once",
        "khoá này xuất hiện hai lần trong một đối tượng: mỗi trường chỉ ghi một lần",
    ),
    _p(r"expected a JSON object", "cần một đối tượng JSON"),
    # the envelope and the values (codec/facts.py, codec/converter.py, domain/checks.py)
    _p(r"is required", "bắt buộc phải có"),
    _p(r"is not a field of a fact", "không phải trường của một dữ kiện"),
    _p(r"is not a field of this type", "không phải trường của loại dữ kiện này"),
    _p(r"expected a string", "cần một chuỗi ký tự"),
    _p(r"expected a string, got (\w+)", "cần một chuỗi ký tự, nhận được {0}"),
    _p(r"expected an integer, got (\w+)", "cần một số nguyên, nhận được {0}"),
    _p(r"expected true or false, got (\w+)", "cần true hoặc false, nhận được {0}"),
    _p(r"expected a list", "cần một danh sách"),
    _p(r"lists an item twice", "liệt kê một mục hai lần"),
    _p(r"expected one of: (.*)", "cần một trong các giá trị: {0}"),
    _p(r"expected an ISO date YYYY-MM-DD", "cần ngày dạng ISO YYYY-MM-DD"),
    _p(
        r"unknown fact type \(see docs/events\.md for the list\)",
        "loại dữ kiện không có (xem danh sách ở docs/events.md)",
    ),
    _p(r"this library reads format (.*)", "thư viện này đọc định dạng {0}"),
    _p(
        r"is out of range \(at most ([\d,]+)( in absolute value)?\)",
        "vượt giới hạn (tối đa {0} về độ lớn)",
    ),
    _p(r"is nested more than (\d+) levels deep \(no fact has that shape\)", "lồng quá {0} cấp"),
    _p(r"must be zero or more", "phải từ 0 trở lên"),
    _p(r"must be one or more", "phải từ 1 trở lên"),
    _p(r"must not be blank", "không được để trống"),
    _p(r"must be at most (\d+) characters", "tối đa {0} ký tự"),
    _p(r"must be a year between 2000 and 2100", "phải là năm từ 2000 đến 2100"),
    _p(r"must name at least one item", "phải nêu ít nhất một mục"),
    _p(
        r"must be 1-128 characters of letters, digits and \. _ : / -",
        "phải gồm 1-128 ký tự chữ, số và . _ : / -",
    ),
    _p(
        r"must be a pseudonymous reference \(4-64 ASCII letters, digits, \. _ : -, with a "
        r"digit\), not a person's name",
        "phải là mã bí danh (4-64 chữ ASCII, số, . _ : -, có ít nhất một số), không phải tên người",
    ),
    _p(
        r"must not contain control characters \((U\+[0-9A-F]+) at character (\d+)\)",
        "không được chứa ký tự điều khiển ({0} ở ký tự thứ {1})",
    ),
    _p(
        r"must not contain the invisible character (U\+[0-9A-F]+) \(([^)]*)\) at character "
        r"(\d+): .*",
        "không được chứa ký tự vô hình {0} ({1}) ở ký tự thứ {2}: nó làm văn bản đọc khác đi mà "
        "không nhìn thấy",
    ),
    _p(r"is required when 'supersedes' is given", "bắt buộc khi có 'supersedes'"),
    # the batch (application/recording.py) and the stream (domain/stream.py)
    _p(
        r"is after the recording date (\S+) \(a fact cannot be recorded before it happens\)",
        "sau ngày ghi nhận {0} (không ghi nhận một dữ kiện trước khi nó xảy ra)",
    ),
    _p(
        r"was already recorded for this subject with different content; record a correction "
        r"\(supersedes\) with a new id instead",
        "đã được ghi cho đơn vị này với nội dung khác; hãy ghi một bản đính chính "
        "(supersedes) với mã mới",
    ),
    _p(
        r"is not registered: record a SubjectRegistered fact for it first",
        "chưa được đăng ký: hãy ghi dữ kiện SubjectRegistered trước",
    ),
    _p(
        r"is already registered \(record a ProfileChanged to change it\)",
        "đã được đăng ký (ghi ProfileChanged để thay đổi)",
    ),
    _p(r"no fact with this id for subject (\S+)", "không có dữ kiện với mã này của đơn vị {0}"),
    _p(
        r"this fact was already retracted or superseded",
        "dữ kiện này đã bị rút lại hoặc thay thế",
    ),
    _p(
        r"a registration cannot be retracted; record a ProfileChanged to correct it",
        "không rút lại được đăng ký; hãy ghi ProfileChanged để sửa",
    ),
    _p(r"cannot be written as a fact \((.*)\)", "không ghi được thành dữ kiện ({0})"),
    _p(r"must be non-blank text", "phải là văn bản không trống"),
)

_FRAME = {
    "en": ("field", "record", "and {0} more bad lines", "nothing was written"),
    "vi": ("trường", "bản ghi", "và {0} dòng lỗi khác", "không ghi gì"),
}


def _translate(text: str, table: tuple[_P, ...]) -> str | None:
    for pattern, words in table:
        found = pattern.fullmatch(text)
        if found is not None:
            return words.format(*(g or "" for g in found.groups()))
    return None


def problem_text(problem: str, lang: str) -> str:
    """``problem`` (as raised, in English) in ``lang``; English when the catalogue lacks it."""
    if lang != "vi":
        return problem
    return _translate(problem, _PROBLEMS) or problem


def record_error(error: InvalidRecord, lang: str) -> str:
    """One problem as one line in ``lang``: the record, the field and its value, the problem."""
    if lang != "vi":
        return InvalidRecord.__str__(error)
    field_word, record_word, _, _ = _FRAME["vi"]
    record = _translate(error.record, _RECORDS) or error.record
    shown = repr(error.value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    where = f"{field_word} '{error.field}'" if error.field else record_word
    return f"{record}: {where} = {shown}: {problem_text(error.problem, 'vi')}"


def more_line(count: int, lang: str) -> str:
    """The line that closes a list cut short: ``and 5 more bad lines``."""
    return _FRAME["vi" if lang == "vi" else "en"][2].format(count)


def record_errors(error: InvalidRecord, lang: str) -> list[str]:
    """Every problem of ``error`` (one, or each of :class:`InvalidRecords`), one line each,
    then how many more there were, then that nothing was written."""
    problems = error.problems if isinstance(error, InvalidRecords) else (error,)
    lines = [record_error(p, lang) for p in problems]
    unlisted = error.unlisted if isinstance(error, InvalidRecords) else 0
    if unlisted:
        lines.append(more_line(unlisted, lang))
    return lines
