"""Record errors in the user's language: Vietnamese and English (``--lang vi|en``).

The library's problems are written once, in English, where they are raised
(:class:`~antq_compliance.domain.errors.InvalidRecord`); this catalogue gives each the
Vietnamese words. A pattern holds the problem's fixed words; its groups carry the values
(numbers, dates, ids, field names), which are never translated. A problem the catalogue does not
know yet is shown in English, after the Vietnamese frame (``dòng 7: trường ... = ...: ``):
``tests/store/test_import_report.py`` checks that the problems a file most often has (every one
raised while reading a line, its envelope and its values) are all known;
``tests/domain/test_messages.py`` that every problem of the consistency checks (the subject's
stream, the batch, the regulation's record-time checks) is. A group named ``k…`` holds kinds of
subject, translated by their labels; one named ``p…`` a problem of its own, translated in turn.
"""

from __future__ import annotations

import re

from antq_compliance.domain.errors import InvalidRecord, InvalidRecords, NotPermitted
from antq_compliance.domain.vocabulary import SubjectKind

__all__ = ["more_line", "not_permitted", "problem_text", "record_error", "record_errors"]

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
    _p(r"is after the recording date", "sau ngày ghi nhận"),
    _p(
        r"is a (\w+); a (\w+) can only supersede a \w+ \(retract it and record a new fact "
        r"instead\)",
        "là một {0}; một {1} chỉ thay thế được một {1} (hãy rút lại dữ kiện đó và ghi một dữ "
        "kiện mới)",
    ),
    _p(
        r"is recorded for (?P<k1>.+) subjects only; (\S+) is of kind (?P<k2>.+)",
        "chỉ được ghi cho đơn vị loại {0}; {1} thuộc loại {2}",
    ),
    _p(
        r"no guard force stands on (\S+) \(record its ProtectionForceEstablished first\)",
        "không có lực lượng bảo vệ nào đang hoạt động vào ngày {0} (hãy ghi "
        "ProtectionForceEstablished của lực lượng trước)",
    ),
    _p(
        r"the guard force is already recorded as disbanded on (\S+) \(fact ([^)]+)\), with no "
        r"ProtectionForceEstablished in between",
        "lực lượng bảo vệ đã được ghi là giải thể ngày {0} (dữ kiện {1}), ở giữa không có "
        "ProtectionForceEstablished nào",
    ),
    _p(
        r"give at least one level \(or leave it out\)",
        "hãy nêu ít nhất một cấp học (hoặc bỏ trường này đi)",
    ),
    _p(
        r"applies to (?P<k1>.+) only, not to (?P<k2>.+)",
        "chỉ áp dụng cho {0}, không áp dụng cho {1}",
    ),
    _p(
        r"this sub-unit reference was already used \(fact ([^)]+)\): choose a new one",
        "mã đầu mối trực thuộc này đã được dùng (dữ kiện {0}): hãy chọn mã mới",
    ),
    _p(
        r"this model reference was already used \(fact ([^)]+)\); a model reference names one "
        r"model for good: choose a new one",
        "mã mô hình này đã được dùng (dữ kiện {0}); mỗi mã mô hình chỉ dùng cho một mô hình duy "
        "nhất: hãy chọn mã mới",
    ),
    _p(
        r"no SubUnitEstablished with this reference for this subject",
        "đơn vị này không có SubUnitEstablished nào với mã này",
    ),
    _p(
        r"no MovementModelEstablished in effect with this model reference for this subject",
        "đơn vị này không có MovementModelEstablished nào còn hiệu lực với mã mô hình này",
    ),
    _p(
        r"this sub-unit was established on (\S+) \(fact ([^)]+)\), after this fact's date (\S+)",
        "đầu mối trực thuộc này được thành lập ngày {0} (dữ kiện {1}), sau ngày {2} của dữ "
        "kiện này",
    ),
    _p(
        r"this model was established on (\S+) \(fact ([^)]+)\), after this fact's date (\S+)",
        "mô hình này được thành lập ngày {0} (dữ kiện {1}), sau ngày {2} của dữ kiện này",
    ),
    _p(
        r"this sub-unit was dissolved on (\S+) \(fact ([^)]+)\)",
        "đầu mối trực thuộc này đã giải thể ngày {0} (dữ kiện {1})",
    ),
    _p(
        r"this model was dissolved on (\S+) \(fact ([^)]+)\)",
        "mô hình này đã giải thể ngày {0} (dữ kiện {1})",
    ),
    _p(
        r"this sub-unit is already recorded in use on (\S+) \(fact ([^)]+)\), after this "
        r"dissolution's date (\S+)",
        "đầu mối trực thuộc này đã được ghi là còn hoạt động ngày {0} (dữ kiện {1}), sau ngày "
        "giải thể {2}",
    ),
    _p(
        r"this model is already recorded in use on (\S+) \(fact ([^)]+)\), after this "
        r"dissolution's date (\S+)",
        "mô hình này đã được ghi là còn hoạt động ngày {0} (dữ kiện {1}), sau ngày giải thể {2}",
    ),
    _p(r"is a (\w+), not an InternalRuleIssued", "là một {0}, không phải InternalRuleIssued"),
    _p(
        r"this rule was already repealed \(fact ([^)]+)\)",
        "nội quy, quy định này đã bị bãi bỏ (dữ kiện {0})",
    ),
    _p(
        r"a retraction cannot be retracted; record the withdrawn fact again with a new id",
        "không rút lại được một lệnh rút lại; hãy ghi lại dữ kiện đã rút với mã mới",
    ),
    # the unit's identifier (domain/identifiers.py, domain/facts/profile.py)
    _p(r"not an identifier: (?P<p1>.+)", "không phải mã định danh: {0}"),
    _p(
        r"expected a tax code: 10 digits, or 10 digits \+ '-' \+ 3 digits for a branch",
        "cần mã số thuế: 10 chữ số, hoặc 10 chữ số + '-' + 3 chữ số cho chi nhánh",
    ),
    _p(
        r"expected a tax code \(10 digits, or 10 digits-3 digits\) or a 7-digit budget code",
        "cần mã số thuế (10 chữ số, hoặc 10 chữ số-3 chữ số) hoặc mã đơn vị quan hệ ngân sách "
        "7 chữ số",
    ),
    _p(
        r"expected the commune's 5-digit administrative-unit code",
        "cần mã đơn vị hành chính cấp xã 5 chữ số",
    ),
    _p(
        r"expected the commune's 5-digit code, '-', and the area's own reference \(1-20 "
        r"letters, digits or '-'\), e\.g\. (\S+)",
        "cần mã 5 chữ số của xã, '-', và mã riêng của khu dân cư (1-20 chữ cái, chữ số hoặc "
        "'-'), ví dụ {0}",
    ),
    _p(
        r"expected a tax code \(10 digits, or 10 digits-3 digits\), a 7-digit budget code, a "
        r"commune's 5-digit code or a residential area's code \((\S+)\)",
        "cần mã số thuế (10 chữ số, hoặc 10 chữ số-3 chữ số), mã đơn vị quan hệ ngân sách 7 "
        "chữ số, mã 5 chữ số của xã hoặc mã khu dân cư ({0})",
    ),
    _p(
        r"expected a commune's 5-digit code, e\.g\. (\S+)",
        "cần mã 5 chữ số của xã, ví dụ {0}",
    ),
    # the regulation's record-time checks (regulation/record_checks.py, regulation/discipline.py)
    _p(
        r"is not a form of the (\S+) regime \((.*)\)",
        "không phải hình thức kỷ luật của chế độ {0} ({1})",
    ),
    _p(
        r"no rule reads an assessment of this clause \((.*)\)",
        "không có quy tắc nào dùng kết quả đánh giá của điều khoản này ({0})",
    ),
    _p(
        r"is a criterion for (?P<k1>.+) subjects; this subject is of kind (?P<k2>.+)",
        "là tiêu chí dành cho đơn vị loại {0}; đơn vị này thuộc loại {1}",
    ),
    _p(r"cannot be written as a fact \((.*)\)", "không ghi được thành dữ kiện ({0})"),
    _p(r"must be non-blank text", "phải là văn bản không trống"),
)

_FRAME = {
    "en": ("field", "record", "and {0} more bad lines", "nothing was written"),
    "vi": ("trường", "bản ghi", "và {0} dòng lỗi khác", "không ghi gì"),
}


_KIND_NAMES = {
    **{k.label_en: k.label_vi for k in SubjectKind},
    "enterprises": "doanh nghiệp",
    "agencies": "cơ quan",
    "residential areas": "khu dân cư",
    "communes": "xã, phường, thị trấn",
    "educational institutions": "cơ sở giáo dục",
}
_KIND_WORDS = re.compile("|".join(re.escape(n) for n in sorted(_KIND_NAMES, key=len, reverse=True)))


def _kinds(named: str) -> str:
    """Kinds of subject as the problem names them (``enterprise, agency``; ``agencies and
    enterprises``), in Vietnamese: ``doanh nghiệp và cơ quan`` (a kind's own name may hold
    commas: ``xã, phường, thị trấn``)."""
    names = [_KIND_NAMES[n] for n in _KIND_WORDS.findall(named)]
    if not names:
        return named
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} và {names[-1]}"


def _translate(text: str, table: tuple[_P, ...]) -> str | None:
    """``text`` in Vietnamese by the first pattern of ``table`` it matches; a group named
    ``k…`` holds kinds of subject (translated), ``p…`` a problem of its own (translated)."""
    for pattern, words in table:
        found = pattern.fullmatch(text)
        if found is not None:
            values = [g or "" for g in found.groups()]
            for name, index in pattern.groupindex.items():
                if name.startswith("k"):
                    values[index - 1] = _kinds(values[index - 1])
                elif name.startswith("p"):
                    values[index - 1] = problem_text(values[index - 1], "vi")
            return words.format(*values)
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


_REFUSALS: tuple[_P, ...] = (
    # why a role may not record or correct a fact (domain/policy.py, Ledger.erase)
    _p(r"only the roles (.+) may record a (\w+)", "chỉ các vai trò {0} được ghi {1}"),
    _p(
        r"the police record only the Ministry of Public Security's decisions \(TT124\.D10\.K4\); "
        r"a People's Committee records its own",
        "Công an chỉ ghi quyết định của Bộ Công an (TT124.D10.K4); Ủy ban nhân dân tự ghi quyết "
        "định của mình",
    ),
    _p(
        r"it corrects a People's Committee's RecognitionDecided: the police record only the "
        r"Ministry of Public Security's decisions \(TT124\.D10\.K4\); a People's Committee "
        r"records its own",
        "đây là sửa một RecognitionDecided của Ủy ban nhân dân: Công an chỉ ghi quyết định của Bộ "
        "Công an (TT124.D10.K4); Ủy ban nhân dân tự ghi quyết định của mình",
    ),
    _p(
        r"it corrects a (\w+) recorded in the role (\w+), which only the roles (.+) may retract "
        r"or supersede",
        "đây là sửa một {0} do vai trò {1} ghi, mà chỉ các vai trò {2} được rút lại hoặc thay thế",
    ),
    _p(
        r"it corrects a (\w+), which only the roles (.+) may record",
        "đây là sửa một {0}, loại dữ kiện chỉ các vai trò {1} được ghi",
    ),
    _p(
        r"a unit records its own facts only \(it acts for (\S+)\)",
        "đơn vị chỉ ghi dữ kiện của chính mình (đang thay mặt {0})",
    ),
    _p(
        r"only the roles (.+) may erase personal data",
        "chỉ các vai trò {0} được xoá dữ liệu cá nhân",
    ),
)


def not_permitted(error: NotPermitted, lang: str) -> str:
    """A role's refusal (``NotPermitted``) as one line in ``lang``."""
    if lang != "vi":
        return str(error)
    record = _translate(error.record, _RECORDS) or error.record
    why = _translate(error.problem, _REFUSALS) or error.problem
    what = (
        "xoá dữ liệu cá nhân"
        if error.type_name == "erasure of personal data"
        else (f"ghi {error.type_name}")
    )
    return (
        f"{record}: bị từ chối: {error.actor!r} với vai trò {error.role} không được {what} cho "
        f"{error.subject}: {why}; không ghi gì"
    )
