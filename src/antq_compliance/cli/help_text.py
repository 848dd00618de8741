"""The help of ``antq`` in Vietnamese and English: the language asked for, each subcommand's
summary, description and examples, the Vietnamese of every option's help and of argparse's own
words. The parser is built in English (``register()`` of each command module) and translated
here once it is built (:func:`localise`); ``tests/cli/test_conventions.py`` fails on an option
whose help has no Vietnamese."""

from __future__ import annotations

import argparse
import os
import textwrap
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["COMMAND_HELP", "OPTION_HELP_VI", "choose_lang", "localise", "translate_argparse"]

LANGS = ("vi", "en")


def choose_lang(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """``--lang`` wherever it is on the command line, else the locale (``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``): Vietnamese for a ``vi`` locale or none (``C``, ``POSIX``), English
    for any other language."""
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGS:
            return argv[index + 1]
        if argument.startswith("--lang=") and argument[7:] in LANGS:
            return argument[7:]
    env = os.environ if environ is None else environ
    locale = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    language = locale.split(".")[0].split("_")[0].lower()
    return "en" if language not in ("", "c", "posix", "vi") else "vi"


class CommandHelp:
    """A subcommand's one-line summary, its description and examples, in both languages."""

    def __init__(
        self, summary: tuple[str, str], description: tuple[str, str], examples: Sequence[str]
    ) -> None:
        self.summary = dict(zip(LANGS, summary, strict=True))
        self.description = dict(zip(LANGS, description, strict=True))
        self.examples = tuple(examples)


COMMAND_HELP: dict[str, CommandHelp] = {
    "demo": CommandHelp(
        (
            "nhập ví dụ Trà Vinh vào một kho mới và in bảng của từng đơn vị",
            "import the Trà Vinh example into a fresh store and print the boards",
        ),
        (
            "Nhập tệp sự kiện mẫu (tỉnh Trà Vinh, năm 2024) vào một kho tạm, rồi in bảng tiêu chí "
            "của mọi đơn vị và các phát hiện kiểm tra quyết định công nhận.",
            "Import the packaged example (Trà Vinh, 2024) into a temporary store, then print "
            "every unit's board and the audit of recognition decisions.",
        ),
        ["antq demo", "antq --lang en demo", "antq --db demo.sqlite3 demo --keep"],
    ),
    "import": CommandHelp(
        ("nhập một tệp JSON Lines (tất cả hoặc không)", "import a JSON Lines file atomically"),
        (
            "Kiểm tra cả tệp trước khi ghi; một dòng sai thì không ghi gì. Nhập lại cùng tệp "
            "không ghi thêm. FILE là - để đọc từ đầu vào chuẩn.",
            "The whole file is checked before anything is written; a bad line writes nothing. "
            "Importing the same file again writes nothing more. FILE - reads standard input.",
        ),
        [
            "antq --role system import examples/tra_vinh/events.jsonl",
            "antq --role system import --recorded-at 2025-01-02T09:00 "
            "examples/tra_vinh/events.jsonl",
            "cat examples/tra_vinh/events.jsonl | antq --role system import -",
            "antq --role police import examples/tra_vinh/late.jsonl",
        ],
    ),
    "erase": CommandHelp(
        (
            "xoá dữ liệu cá nhân của một người (huỷ khoá; kết quả đánh giá không đổi)",
            "erase a person's personal data (destroys its keys; verdicts unchanged)",
        ),
        (
            "Ghi nhận việc xoá (ai, khi nào, căn cứ pháp lý) rồi huỷ các khoá mã hoá giá trị cá "
            "nhân của người đó: giá trị đọc thành [đã xoá], kết quả và chuỗi băm không đổi.",
            "Records the erasure (who, when, legal basis), then destroys the keys of the "
            "person's values: they read as erased; verdicts and the hash chain do not change.",
        ),
        [
            'antq --role police erase NV-00417 --legal-basis "Nghị định 13/2023/NĐ-CP" --by dpo-01',
            'antq --role police erase NV-00417 --subject 2100000001 --legal-basis "Điều 16" '
            "--by dpo-01",
        ],
    ),
    "keygen": CommandHelp(
        ("in một khoá AES-256 ngẫu nhiên mới cho --key-file", "print a new random AES-256 key"),
        (
            "In 32 byte ngẫu nhiên (base64) để mã hoá kho khi ghi (--key-file). Giữ khoá ở nơi "
            "an toàn: mất khoá là mất dữ liệu.",
            "Prints 32 random bytes (base64) to encrypt a store at rest (--key-file). Keep the "
            "key safe: without it the store cannot be read.",
        ),
        [
            "antq keygen > antq.key",
            "antq --db secret.sqlite3 --key-file antq.key --role system import "
            "examples/tra_vinh/events.jsonl",
        ],
    ),
    "status": CommandHelp(
        ("bảng tiêu chí của một đơn vị trong một năm", "a subject's board for a year"),
        (
            "Trạng thái của từng tiêu chí (đạt, chưa đạt, đang chờ, không áp dụng) và kết luận, "
            "tính theo ngày nghiệp vụ --as-of và thời điểm ghi nhận --known-at.",
            "The status of every criterion (met, not met, pending, not applicable) and the "
            "verdict, as of the business date --as-of and the recording instant --known-at.",
        ),
        [
            "antq status 2100000002 --year 2024 --as-of 2024-12-31",
            "antq status 2100000002 --year 2024 --format json --lang en",
            "antq status 2100000003 --year 2024 --known-at 2025-01-05T08:00",
            "antq status 2100000002 --year 2024 --rulebook TT23",
        ],
    ),
    "explain": CommandHelp(
        ("vì sao một tiêu chí có trạng thái của nó", "why one criterion has its status"),
        (
            "Giải thích một tiêu chí: điều khoản, lý do, các dữ kiện làm căn cứ và hạn.",
            "Explains one criterion: its clause, the reason, the facts it rests on, its due date.",
        ),
        ["antq explain 2100000003 TT124.D6.K3.g --year 2024 --as-of 2024-12-31"],
    ),
    "subjects": CommandHelp(
        ("danh sách đơn vị đã đăng ký", "list registered subjects"),
        (
            "Mọi đơn vị có trong nhật ký: mã, loại, tên, tỉnh.",
            "Every unit of the log: identifier, kind, name, province.",
        ),
        [
            "antq subjects",
            "antq subjects --format json",
            "antq subjects | head",
            'antq subjects --kind enterprise --province "Trà Vinh"',
            "antq subjects --verdict not_achieved --year 2024",
        ],
    ),
    "verify": CommandHelp(
        (
            "đối chiếu nhật ký với chuỗi băm (phát hiện sửa đổi)",
            "check the log against its hash chain (tamper evidence)",
        ),
        (
            "Đi hết nhật ký theo chuỗi băm: có dòng nào bị sửa, xoá hay chèn? Thoát 1 nếu có.",
            "Walks the log along its hash chain: was any row altered, removed or inserted? "
            "Exit 1 if so.",
        ),
        [
            "antq verify",
            "antq verify --no-seal --format json",
            "antq verify --anchor anchor-2024.json --anchor-key tinh.key.pub",
        ],
    ),
    "anchor": CommandHelp(
        (
            "ký đầu chuỗi băm bằng khoá Ed25519 để lưu ngoài cơ sở dữ liệu",
            "sign the hash chain's head with an Ed25519 key, to keep outside the database",
        ),
        (
            "Kiểm tra nhật ký rồi ghi đầu chuỗi băm (vị trí, mắt xích) có chữ ký. Công bố mốc "
            "này ngoài cơ sở dữ liệu (ví dụ trong biên bản xét công nhận hằng năm); sau đó "
            "antq verify --anchor báo lỗi nếu nhật ký không còn nối tiếp mốc đó.",
            "Verifies the log, then writes its head (position, link) signed. Publish the anchor "
            "outside the database (e.g. in the yearly recognition minutes); antq verify --anchor "
            "then fails if the log no longer extends it.",
        ),
        [
            "antq anchor --new-key tinh.key",
            "antq anchor --key tinh.key --out anchor-2024.json",
            "antq verify --anchor anchor-2024.json --anchor-key tinh.key.pub",
        ],
    ),
    "history": CommandHelp(
        (
            "trạng thái của một năm đã thay đổi thế nào theo các lần ghi nhận",
            "how a year's status changed, as facts were recorded",
        ),
        (
            "Mỗi lần ghi nhận làm đổi kết quả: khi nào, tiêu chí nào, vì dữ kiện nào.",
            "Each recording that changed the result: when, which criteria, which facts.",
        ),
        ["antq history 2100000003 --year 2024"],
    ),
    "diff": CommandHelp(
        (
            "điều gì thay đổi giữa hai thời điểm ghi nhận (hoặc hai phiên bản quy tắc), vì sao",
            "what changed between two recording instants (or two rule versions), and why",
        ),
        (
            "So sánh kết quả theo hiểu biết tại --from và tại --to, kèm các dữ kiện giải thích; "
            "hoặc đánh giá lại năm theo phiên bản quy tắc --from-rulebook.",
            "Compares the result as known at --from and at --to, with the facts that explain "
            "it; or re-judges the year under the rule version --from-rulebook.",
        ),
        [
            "antq diff 2100000003 --year 2024 --from 2025-01-20T00:00 --to 2025-02-20T00:00",
            "antq diff 2100000001 --year 2024 --from-rulebook TT124@2022-02-10",
        ],
    ),
    "replay": CommandHelp(
        ("dựng lại bảng trạng thái từ nhật ký", "rebuild the status projection from the log"),
        (
            "Đọc lại toàn bộ nhật ký, tính trạng thái mọi đơn vị; --check so với đánh giá mới.",
            "Reads the whole log again and computes every unit's status; --check compares it "
            "with a fresh evaluation.",
        ),
        ["antq replay --year 2024 --check", "antq replay --year 2023 --year 2024"],
    ),
    "follow": CommandHelp(
        (
            "giữ bảng trạng thái luôn cập nhật, trong một tiến trình riêng (đúng một lần)",
            "keep the status view of the log current, in its own process (exactly once)",
        ),
        (
            "Áp các dữ kiện mới của nhật ký vào bảng trạng thái (theo lô, mỗi lô cùng vị trí "
            "nhật ký trong một giao dịch), rồi chờ thêm cho đến khi bị dừng (SIGTERM, SIGINT).",
            "Applies the log's new facts to the status view (in batches, each with its log "
            "position in one transaction), then polls for more until stopped (SIGTERM, SIGINT). "
            "A restarted follower resumes where the last one committed.",
        ),
        ["antq follow --years 2022-2025", "antq follow --years 2024 --once --check"],
    ),
    "report": CommandHelp(
        ("số liệu phong trào theo tỉnh và năm", "the movement's figures per province and year"),
        (
            "Báo cáo số liệu của một tỉnh: bảng, JSON, CSV, Markdown hoặc HTML có biểu đồ.",
            "A province's figures: table, JSON, CSV, Markdown, or HTML with charts.",
        ),
        ['antq report province "Vĩnh Long" --year 2024'],
    ),
    "report province": CommandHelp(
        (
            "số liệu một tỉnh (hiện nay, hoặc --former: như trước khi sáp nhập) trong một năm",
            "figures of a province (everything now in it, or --former: as it was) for a year",
        ),
        (
            "Số đơn vị đăng ký, được công nhận, theo loại hình sở hữu và theo xã; --explain liệt "
            "kê đơn vị và dữ kiện sau một số liệu. Dạng html cần gói phụ [report].",
            "Units registered and recognised, per ownership and per commune; --explain lists "
            "the units and facts behind one figure. The html format needs the [report] extra.",
        ),
        [
            'antq report province "Vĩnh Long" --year 2024 --format html --out vinh_long.html',
            'antq report province "Trà Vinh" --former --year 2024 --explain registered.private',
            'antq report province "Vĩnh Long" --year 2024 --format csv --out -',
        ],
    ),
    "audit": CommandHelp(
        (
            "các quyết định công nhận trái với hồ sơ, mọi đơn vị",
            "decisions that disagree with the record, all subjects",
        ),
        (
            "Đối chiếu các quyết định công nhận với hồ sơ (Điều 3, 8, 9, 10); thoát 1 nếu có "
            "phát hiện mức lỗi.",
            "Checks recognition decisions against the record (Art. 3, 8, 9, 10); exit 1 on an "
            "error-level finding.",
        ),
        ["antq audit --year 2024", "antq audit --year 2024 --format json"],
    ),
    "spec-report": CommandHelp(
        (
            "các tệp đặc tả thành ấn bản để thẩm định (Markdown và HTML), độ phủ, ký duyệt",
            "the feature files as a reviewable edition (Markdown and HTML), coverage, sign-offs",
        ),
        (
            "Viết reports/spec.md và spec.html từ các tệp đặc tả; --check liệt kê điều khoản "
            "thiếu quy tắc hoặc kịch bản. Cần gói phụ [spec].",
            "Writes reports/spec.md and spec.html from the feature files; --check lists clauses "
            "without their rule or scenarios. Needs the [spec] extra.",
        ),
        ["antq spec-report --check", "antq spec-report --out reports/"],
    ),
    "spec-report signoff": CommandHelp(
        (
            "ghi ý kiến của người thẩm định về một điều khoản, kèm dấu vân tay hiện tại",
            "record a reviewer's verdict on a clause, with its current fingerprint",
        ),
        (
            "Ghi một ký duyệt vào hồ sơ ký duyệt (ghi lại nguyên khối).",
            "Records a sign-off in the sign-off record (rewritten atomically).",
        ),
        ['antq spec-report signoff TT124.D6.K2 --reviewer "Phòng PV05" --verdict approved'],
    ),
    "completion": CommandHelp(
        ("in tập lệnh tự hoàn thành cho shell", "print the shell completion script"),
        (
            "Sinh từ bộ phân tích tham số (shtab): nạp vào shell để Tab gợi ý lệnh và tuỳ chọn.",
            "Generated from the argument parser (shtab): load it in your shell so that Tab "
            "completes commands and options.",
        ),
        [
            'eval "$(antq completion bash)"',
            "antq completion zsh > ~/.zfunc/_antq",
        ],
    ),
}

# Options without a help of their own, by destination.
DEFAULT_HELP: dict[str, str] = {
    "subject": "the unit's identifier (e.g. 2100000002)",
    "year": "evaluation year Y",
    "format": "output format",
    "file": "JSON Lines file, or - for standard input",
}

OPTION_HELP_VI: dict[str, str] = {
    "show this help message and exit": "in trợ giúp này rồi thoát",
    "show program's version number and exit": "in phiên bản rồi thoát",
    "SQLite file or postgresql:// URL (default: $ANTQ_DB or ./antq.sqlite3)": (
        "tệp SQLite hoặc URL postgresql:// (mặc định: $ANTQ_DB hoặc ./antq.sqlite3)"
    ),
    "language of labels, reasons and help (default: the locale, else vi)": (
        "ngôn ngữ của nhãn, lý do và trợ giúp (mặc định: theo locale, không thì vi)"
    ),
    "the role you record in, checked against the policy; required to write (import, "
    "erase): no default but $ANTQ_ROLE": (
        "vai trò bạn ghi nhận dữ kiện, được kiểm tra theo chính sách; bắt buộc khi ghi (import, "
        "erase): không có mặc định, ngoài $ANTQ_ROLE"
    ),
    "with --role unit: the identifier of the unit you act for (default: $ANTQ_UNIT)": (
        "với --role unit: mã của đơn vị bạn thay mặt (mặc định: $ANTQ_UNIT)"
    ),
    "file holding the store's AES-256 key (antq keygen); encrypts what is written and opens "
    "what is read (default: $ANTQ_KEY_FILE; $ANTQ_CIPHER_KEY also works)": (
        "tệp chứa khoá AES-256 của kho (antq keygen); mã hoá khi ghi và mở khi đọc (mặc định: "
        "$ANTQ_KEY_FILE; cũng dùng được $ANTQ_CIPHER_KEY)"
    ),
    "compress what is written (zlib)": "nén dữ liệu khi ghi (zlib)",
    "the unit's identifier (e.g. 2100000002)": "mã đơn vị (ví dụ 2100000002)",
    "evaluation year Y": "năm đánh giá Y",
    "output format": "định dạng đầu ra",
    "JSON Lines file, or - for standard input": "tệp JSON Lines, hoặc - để đọc đầu vào chuẩn",
    "event file (default: the packaged Trà Vinh example)": (
        "tệp sự kiện (mặc định: ví dụ Trà Vinh đi kèm gói)"
    ),
    "write into --db instead of a temporary file": "ghi vào --db thay vì một tệp tạm",
    "the person reference as recorded (e.g. NV-00417)": "mã người như đã ghi (ví dụ NV-00417)",
    "why (e.g. the request and article)": "căn cứ (ví dụ yêu cầu và điều luật)",
    "who executes the erasure (your reference)": "người thực hiện việc xoá (mã của bạn)",
    "only in this unit's record (default: every unit)": (
        "chỉ trong hồ sơ của đơn vị này (mặc định: mọi đơn vị)"
    ),
    "date of the decision (default: today)": "ngày quyết định (mặc định: hôm nay)",
    "business date facts happened by (default: today, Vietnam time)": (
        "ngày nghiệp vụ: tính các dữ kiện xảy ra đến ngày này (mặc định: hôm nay, giờ Việt Nam)"
    ),
    "recording instant facts were known at (default: all)": (
        "thời điểm ghi nhận: chỉ tính dữ kiện đã biết lúc đó (mặc định: tất cả)"
    ),
    "evaluate under this instrument (e.g. TT124)": "đánh giá theo văn bản này (ví dụ TT124)",
    "clause id, e.g. TT124.D6.K1.p2": "mã điều khoản, ví dụ TT124.D6.K1.p2",
    "read only: do not seal rows not yet chained": (
        "chỉ đọc: không niêm phong các dòng chưa vào chuỗi"
    ),
    "business date (default: the window's end)": "ngày nghiệp vụ (mặc định: cuối kỳ đánh giá)",
    "recording instant T1": "thời điểm ghi nhận T1",
    "recording instant T2": "thời điểm ghi nhận T2",
    "judge the year under this rule version first (e.g. TT124@2022-02-10, retired)": (
        "trước hết đánh giá năm theo phiên bản quy tắc này (ví dụ TT124@2022-02-10, đã thay)"
    ),
    "then under this one (default: the version governing the year)": (
        "rồi theo phiên bản này (mặc định: phiên bản áp dụng cho năm đó)"
    ),
    "with --from-rulebook: as known at this instant": (
        "với --from-rulebook: theo hiểu biết tại thời điểm này"
    ),
    "repeatable": "có thể lặp lại",
    "compare with a fresh evaluation of every subject": "so với đánh giá mới của mọi đơn vị",
    "e.g. 2024 or 2022-2025": "ví dụ 2024 hoặc 2022-2025",
    "SQLite file of the view (default: the log's file + '.status'); on PostgreSQL the view "
    "always lives in the log's database and schema": (
        "tệp SQLite của bảng trạng thái (mặc định: tệp nhật ký + '.status'); trên PostgreSQL "
        "bảng luôn nằm trong cơ sở dữ liệu và schema của nhật ký"
    ),
    "catch up, then exit": "cập nhật đến hiện tại rồi thoát",
    "with --once: compare the view with a fresh evaluation; exit 1 on a difference": (
        "với --once: so bảng trạng thái với đánh giá mới; thoát 1 nếu khác"
    ),
    "create an Ed25519 key pair: PATH (private, mode 0600) and PATH.pub (public)": (
        "tạo cặp khoá Ed25519: PATH (khoá riêng, quyền 0600) và PATH.pub (khoá công khai)"
    ),
    "write the key to FILE, mode 0600 (never overwritten)": (
        "ghi khoá vào tệp FILE, quyền 0600 (không bao giờ ghi đè)"
    ),
    "kind of subject": "loại đơn vị",
    "province, current or former (NFC, any case)": (
        "tỉnh, thành phố hiện nay hoặc trước sắp xếp (không phân biệt hoa thường)"
    ),
    "commune: its name or its 5-digit code": "xã, phường, thị trấn: tên hoặc mã 5 chữ số",
    "enterprises": "loại hình sở hữu (doanh nghiệp)",
    "verdict for --year (required)": "kết quả của năm --year (bắt buộc có --year)",
    "evaluation year of --verdict": "năm đánh giá của --verdict",
    "business date of --year (default: its kind's settled day)": (
        "ngày nghiệp vụ của năm --year (mặc định: ngày chốt kết quả theo loại đơn vị)"
    ),
    "the private key to sign the head with": "khoá riêng dùng để ký đầu chuỗi băm",
    "write the anchor here (default: stdout)": "ghi mốc vào tệp này (mặc định: đầu ra chuẩn)",
    "an anchor written by `antq anchor`: fail unless the log still extends its head": (
        "mốc do `antq anchor` ghi: báo lỗi nếu nhật ký không còn nối tiếp đầu chuỗi của mốc"
    ),
    "the anchor's public key (PEM): check its signature too": (
        "khoá công khai của mốc (PEM): kiểm tra cả chữ ký"
    ),
    "seconds between polls, 0.01-3600 (default 1)": (
        "số giây giữa hai lần kiểm tra, từ 0,01 đến 3600 (mặc định 1)"
    ),
    "notifications per transaction, 1-1,000,000 (default 5,000)": (
        "số thông báo mỗi giao dịch, từ 1 đến 1.000.000 (mặc định 5.000)"
    ),
    'province name, e.g. "Vĩnh Long" (NFC, any case)': (
        'tên tỉnh, ví dụ "Vĩnh Long" (NFC, không phân biệt hoa thường)'
    ),
    "year Y": "năm Y",
    'only this commune of the province: its name, its 5-digit code, or "name, province" (the '
    "province its units recorded) when the name alone names several": (
        'chỉ xã này của tỉnh: tên, mã 5 chữ số, hoặc "tên, tỉnh" (tỉnh mà các đơn vị đã ghi) '
        "khi một tên ứng với nhiều xã"
    ),
    "the former province as it was before its merger (e.g. Trà Vinh until 30/06/2025)": (
        "tỉnh cũ như trước khi sáp nhập (ví dụ Trà Vinh đến 30/06/2025)"
    ),
    "list the units and fact ids behind one figure (e.g. registered.private, or "
    "communes.29254: the units a commune manages)": (
        "liệt kê đơn vị và mã dữ kiện sau một số liệu (ví dụ registered.private, hoặc "
        "communes.29254: các đơn vị do một xã quản lý)"
    ),
    "business date facts happened by (default: 31/12 of Y)": (
        "ngày nghiệp vụ: tính các dữ kiện xảy ra đến ngày này (mặc định: 31/12 của năm Y)"
    ),
    "write to this file instead of stdout": "ghi vào tệp này thay vì đầu ra chuẩn",
    "write to this file instead of stdout (- for stdout)": (
        "ghi vào tệp này thay vì đầu ra chuẩn (- là đầu ra chuẩn)"
    ),
    "as antq --lang": "như antq --lang",
    "results of a run: pytest --cucumberjson=FILE": (
        "kết quả một lần chạy: pytest --cucumberjson=FILE"
    ),
    "folder for spec.md and spec.html (default: reports; with --check: none)": (
        "thư mục cho spec.md và spec.html (mặc định: reports; với --check: không ghi)"
    ),
    "the official text of an instrument, to show beside the paraphrases (repeatable; the "
    "instrument is read from the file's first heading). Read, never copied.": (
        "văn bản chính thức của một văn bản pháp luật, hiện bên cạnh phần diễn giải (lặp lại "
        "được; tên văn bản lấy từ tiêu đề đầu tiên của tệp). Chỉ đọc, không sao chép."
    ),
    "exit 1 with one line per gap: a clause of the rulebook without its rule, its Rule, a "
    "passing and a failing scenario, or with a failed run (given --cucumber); a stale or "
    "needs_change sign-off": (
        "thoát 1, mỗi thiếu sót một dòng: điều khoản thiếu quy tắc, Rule, kịch bản đạt và "
        "kịch bản không đạt, hoặc có lần chạy lỗi (với --cucumber); ký duyệt cũ hoặc cần sửa"
    ),
    "print the clause's current fingerprint": "in dấu vân tay hiện tại của điều khoản",
    "feature files (default: features)": "thư mục tệp đặc tả (mặc định: features)",
    "sign-off record (default: $ANTQ_SIGNOFF, else reviews/signoff.toml)": (
        "hồ sơ ký duyệt (mặc định: $ANTQ_SIGNOFF, không thì reviews/signoff.toml)"
    ),
    "as antq --lang (default vi)": "như antq --lang (mặc định vi)",
    "clause id of the catalogue": "mã điều khoản trong danh mục",
    "name or role of the reviewer": "tên hoặc chức vụ của người thẩm định",
    'approved | needs_change | cannot_verify (also "đồng ý", "cần sửa", "không thể đối chiếu")': (
        'approved | needs_change | cannot_verify (hoặc "đồng ý", "cần sửa", "không thể đối chiếu")'
    ),
    "comment; required for needs_change and cannot_verify": (
        "ghi chú; bắt buộc với needs_change và cannot_verify"
    ),
    "what the clause was compared against (default: the instrument's name)": (
        "văn bản đã dùng để đối chiếu (mặc định: tên văn bản)"
    ),
    "day of the review, YYYY-MM-DD or dd/mm/yyyy (default: today in Vietnam)": (
        "ngày thẩm định, YYYY-MM-DD hoặc dd/mm/yyyy (mặc định: hôm nay, giờ Việt Nam)"
    ),
    "fix the recording instant of every fact of the file (ISO date-time; default: now)": (
        "cố định thời điểm ghi nhận của mọi dữ kiện trong tệp (ngày giờ ISO; mặc định: bây giờ)"
    ),
    "the shell": "loại shell",
}

_ARGPARSE_VI: dict[str, str] = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số vị trí",
    "options": "tuỳ chọn",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "expected one argument": "cần một giá trị",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)"
    ),
    "ambiguous option: %(option)s could match %(matches)s": (
        "tuỳ chọn mơ hồ: %(option)s có thể là %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "not allowed with argument %s": "không dùng cùng tham số %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
}


def translate_argparse(lang: str) -> Callable[[str], str]:
    """argparse's own words in ``lang`` (it looks them up through ``argparse._`` when it
    formats usage and errors)."""

    def gettext(message: str) -> str:
        return _ARGPARSE_VI.get(message, message) if lang == "vi" else message

    return gettext


class HelpFormatter(argparse.HelpFormatter):
    """Descriptions wrapped to the terminal; lines of examples (indented) kept as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines = []
        for line in text.splitlines():
            if line.startswith("  "):
                lines.append(indent + line)
            else:
                lines.extend(
                    textwrap.wrap(line, width, initial_indent=indent, subsequent_indent=indent)
                    or [""]
                )
        return "\n".join(lines)


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse._SubParsersAction[Any]]:
    return [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]


def localise(parser: argparse.ArgumentParser, lang: str, path: str = "") -> None:
    """Give every subcommand of ``parser`` its summary, description and examples in ``lang``,
    and every option its help (Vietnamese from :data:`OPTION_HELP_VI`)."""
    for action in parser._actions:
        if action.help is None and action.dest in DEFAULT_HELP:
            action.help = DEFAULT_HELP[action.dest]
        if lang == "vi" and action.help and action.help != argparse.SUPPRESS:
            action.help = OPTION_HELP_VI.get(action.help, action.help)
    for sub in _subparsers(parser):
        summaries = {a.dest: a for a in sub._choices_actions}
        for name, child in sub.choices.items():
            key = f"{path} {name}".strip()
            text = COMMAND_HELP.get(key)
            if text is not None:
                if name in summaries:
                    summaries[name].help = text.summary[lang]
                child.description = text.description[lang]
                heading = "ví dụ" if lang == "vi" else "examples"
                child.epilog = f"{heading}:\n" + "\n".join(f"  {e}" for e in text.examples)
                child.formatter_class = HelpFormatter
            localise(child, lang, key)
