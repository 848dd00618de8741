"""The labels of the specification report, in Vietnamese and English."""

from __future__ import annotations

# --- labels -----------------------------------------------------------------------------------

_LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "title": 'Tiêu chuẩn "An toàn về an ninh, trật tự" — bản đặc tả để rà soát',
        "kicker": "antq-compliance · đặc tả thi hành",
        "lede": (
            "Mỗi điều khoản: lời diễn giải của nhóm (không phải nguyên văn văn bản), trạng thái "
            "văn bản, quy tắc thực thi trong mã, các kịch bản tiếng Việt và kết quả chạy, ý kiến "
            "rà soát. Người rà soát đối chiếu với văn bản chính thức (đặt cạnh lời diễn giải khi "
            "chạy với --official TỆP) và ghi ý kiến bằng lệnh antq spec-report signoff (xem "
            "docs/spec-review.md)."
        ),
        "features": "Đặc tả",
        "results": "Kết quả chạy",
        "no_results": "chưa có (chạy make spec-report)",
        "signoffs": "Ý kiến rà soát",
        "no_signoff_file": "không có tệp",
        "files": "tệp",
        "scenarios": "kịch bản",
        "runs": "lượt chạy",
        "contents": "Mục lục",
        "matrix": "Ma trận bao phủ",
        "matrix_note": (
            "✗ ô đỏ: thiếu, antq spec-report --check báo lỗi (chỉ với điều khoản đã được thể "
            "hiện — bộ quy tắc hoặc rà soát quyết định —, mã in đậm). ! ô vàng: nên bổ sung "
            "hoặc xem lại. — ô xám: chưa có, không bắt buộc. Số là số kịch bản; kết quả chạy "
            "là số lượt chạy thành công trên tổng số. Mọi điều khoản của danh mục đều có một "
            "dòng: đã thể hiện, để tham khảo, chưa thể hiện hoặc mã cũ (cột Thể hiện). Ý kiến rà "
            'soát đã cũ hoặc "cần sửa" làm --check báo lỗi.'
        ),
        "col_clause": "Điều khoản",
        "col_status": "Trạng thái văn bản",
        "col_code": "Quy tắc (mã)",
        "col_rule": "Quy tắc (đặc tả)",
        "col_pass": 'Kịch bản "đạt"',
        "col_fail": 'Kịch bản "chưa đạt"',
        "col_boundary": "Kịch bản ranh giới",
        "col_run": "Kết quả chạy",
        "col_signoff": "Rà soát",
        "col_state": "Thể hiện",
        "col_na": 'Kịch bản "không áp dụng"',
        "state_rule": "quy tắc",
        "state_check": "kiểm tra quyết định",
        "state_rule_check": "quy tắc và kiểm tra quyết định",
        "state_informational": "để tham khảo, không đánh giá",
        "state_not_implemented": "chưa thể hiện",
        "state_retired": "mã cũ, không còn dùng",
        "state_uncatalogued": "chưa có trong danh mục điều khoản",
        "replaced_by": "thay bằng",
        "retired_in": "còn trong phiên bản đã thôi áp dụng",
        "expects_na": "không áp dụng",
        "official": "Văn bản chính thức",
        "no_official": "không cung cấp (thêm --official TỆP để đặt nguyên văn cạnh lời diễn giải)",
        "official_found": "điều khoản tìm thấy",
        "official_col": "Nguyên văn (văn bản chính thức do người rà soát cung cấp)",
        "paraphrase_col": "Lời diễn giải của dự án",
        "official_missing": "Không tìm thấy điều khoản này trong văn bản chính thức đã cung cấp.",
        "official_retired": (
            "Mã cũ của bản đầu, ngoài cách đánh số của văn bản chính thức: xem các điều khoản "
            "thay thế."
        ),
        "uncatalogued": "Phần của văn bản chính thức chưa có trong danh mục điều khoản",
        "uncatalogued_note": (
            "Các phần này của văn bản chính thức chưa có mã điều khoản: không quy tắc nào trích "
            "dẫn chúng; --check không báo lỗi."
        ),
        "code_source": "Mã nguồn và dữ liệu thực thi (phần mã kiểm bao trùm)",
        "missing": "thiếu",
        "none": "chưa có",
        "not_run": "chưa chạy",
        "article": "Điều",
        "whole": "Toàn văn bản",
        "issued": "ban hành ngày",
        "in_force": "Hiệu lực",
        "from": "từ",
        "to": "đến hết",
        "not_confirmed": "chưa xác nhận",
        "paraphrase_en": "Diễn giải (tiếng Anh)",
        "implemented_by": "Quy tắc thực thi",
        "not_implemented": "không có quy tắc nào trong bộ quy tắc trích dẫn điều khoản này",
        "spec_rule": "Quy tắc đặc tả",
        "no_rule": "chưa có Quy tắc gắn thẻ điều khoản này",
        "role_criterion": "tiêu chí",
        "role_scope": "phạm vi",
        "role_window": "kỳ đánh giá",
        "role_routing": "dữ liệu định tuyến hồ sơ",
        "role_audit": "kiểm tra khi rà soát quyết định",
        "severity_error": "mức lỗi",
        "severity_warning": "mức cảnh báo",
        "version": "phiên bản",
        "background": "Bối cảnh (chạy trước mỗi kịch bản)",
        "own_scenarios": "Kịch bản",
        "cross_scenarios": "Kịch bản tham chiếu chéo (từ tệp khác)",
        "no_scenarios": "Chưa có kịch bản.",
        "other": "Kịch bản không gắn với một điều khoản",
        "expects_pass": "đạt",
        "expects_fail": "chưa đạt",
        "boundary": "ranh giới",
        "run_col": "Chạy",
        "signoff": "Rà soát",
        "reviewer": "Người rà soát",
        "date": "Ngày",
        "source": "Đối chiếu với",
        "comment": "Nhận xét",
        "fp_recorded": "Mã kiểm đã ghi",
        "fp_current": "Mã kiểm hiện tại",
        "stale": "ĐÃ CŨ",
        "stale_note": (
            "Điều khoản, mã thực thi hoặc kịch bản đã thay đổi sau khi rà soát: cần rà soát lại."
        ),
        "unsigned": "Chưa rà soát",
        "unsigned_note": (
            "Ghi ý kiến bằng lệnh antq spec-report signoff MÃ --reviewer TÊN --verdict "
            '"đồng ý"|"cần sửa" --note NHẬN_XÉT; mã kiểm hiện tại:'
        ),
        "approved": "Chấp thuận",
        "needs_change": "Cần sửa",
        "cannot_verify": "Không thể đối chiếu",
        "verified": "Đã đối chiếu",
        "partial": "Một phần",
        "provisional": "Tạm thời",
        "passed": "thành công",
        "failed": "thất bại",
        "skipped": "bỏ qua",
        "unknown": "không rõ",
        "legend": "Chú giải",
        "legend_status": "Trạng thái văn bản",
        "legend_runs": "Kết quả chạy (mỗi kịch bản chạy trên SQLite và PostgreSQL)",
        "legend_signoff": "Rà soát",
        "problems": "Vấn đề khi đọc các tệp đặc tả",
        "generated": "Tạo bởi antq spec-report",
        "top": "Lên đầu",
    },
    "en": {
        "title": 'The "safe in security and order" standard — the specification for review',
        "kicker": "antq-compliance · executable specification",
        "lede": (
            "For each clause: our paraphrase (not the official wording), its text status, the "
            "rule that implements it, its Vietnamese scenarios and their results, and the "
            "reviewers' sign-off. Reviewers compare with the official text (shown beside the "
            "paraphrase when run with --official FILE) and record their verdict with antq "
            "spec-report signoff (see docs/spec-review.md)."
        ),
        "features": "Specification",
        "results": "Results",
        "no_results": "none (run make spec-report)",
        "signoffs": "Sign-offs",
        "no_signoff_file": "no file",
        "files": "files",
        "scenarios": "scenarios",
        "runs": "runs",
        "contents": "Contents",
        "matrix": "Coverage matrix",
        "matrix_note": (
            "✗ red: missing, antq spec-report --check fails (implemented clauses only — rulebook "
            "or audit —, ids in bold). ! amber: to add or look at again. — grey: none, not "
            "required. Numbers count scenarios; results count passed runs out of all runs. Every "
            "clause of the catalogue has a row: implemented, informational, not implemented yet "
            'or retired (column Implementation). A stale or "needs change" sign-off fails '
            "--check."
        ),
        "col_clause": "Clause",
        "col_status": "Text status",
        "col_code": "Rule (code)",
        "col_rule": "Rule (spec)",
        "col_pass": 'Scenario "đạt"',
        "col_fail": 'Scenario "chưa đạt"',
        "col_boundary": "Boundary scenario",
        "col_run": "Results",
        "col_signoff": "Sign-off",
        "col_state": "Implementation",
        "col_na": 'Scenario "không áp dụng"',
        "state_rule": "rule",
        "state_check": "audit check",
        "state_rule_check": "rule and audit check",
        "state_informational": "informational, nothing evaluated",
        "state_not_implemented": "not implemented yet",
        "state_retired": "retired id",
        "state_uncatalogued": "not in the clause catalogue",
        "replaced_by": "replaced by",
        "retired_in": "still in the retired rule version",
        "expects_na": "không áp dụng",
        "official": "Official text",
        "no_official": "not supplied (add --official FILE to show the wording beside paraphrases)",
        "official_found": "clauses found",
        "official_col": "Official wording (from the text the reviewer supplied)",
        "paraphrase_col": "The project's paraphrase",
        "official_missing": "This clause was not found in the official text supplied.",
        "official_retired": (
            "A first-edition id, outside the official text's numbering: see the clauses that "
            "replace it."
        ),
        "uncatalogued": "Parts of the official text not in the clause catalogue",
        "uncatalogued_note": (
            "These parts of the official text have no clause id: no rule cites them; --check "
            "does not fail on them."
        ),
        "code_source": "Source and data of the implementation (what the fingerprint covers)",
        "missing": "missing",
        "none": "none",
        "not_run": "not run",
        "article": "Article",
        "whole": "Whole instrument",
        "issued": "issued",
        "in_force": "In force",
        "from": "from",
        "to": "until",
        "not_confirmed": "not confirmed",
        "paraphrase_en": "Paraphrase (English)",
        "implemented_by": "Implemented by",
        "not_implemented": "no rule version of the rulebook cites this clause",
        "spec_rule": "Specification Rule",
        "no_rule": "no Rule is tagged with this clause yet",
        "role_criterion": "criterion",
        "role_scope": "scope",
        "role_window": "evaluation window",
        "role_routing": "dossier routing data",
        "role_audit": "audit check of decisions",
        "severity_error": "severity error",
        "severity_warning": "severity warning",
        "version": "version",
        "background": "Background (runs before each scenario)",
        "own_scenarios": "Scenarios",
        "cross_scenarios": "Cross-referencing scenarios (other files)",
        "no_scenarios": "No scenario yet.",
        "other": "Scenarios tied to no clause",
        "expects_pass": "đạt",
        "expects_fail": "chưa đạt",
        "boundary": "boundary",
        "run_col": "Runs",
        "signoff": "Sign-off",
        "reviewer": "Reviewer",
        "date": "Date",
        "source": "Compared against",
        "comment": "Comment",
        "fp_recorded": "Recorded fingerprint",
        "fp_current": "Current fingerprint",
        "stale": "STALE",
        "stale_note": "The clause, its code or its scenarios changed after the review: review it "
        "again.",
        "unsigned": "Not reviewed",
        "unsigned_note": (
            "Record a verdict with antq spec-report signoff CLAUSE --reviewer NAME --verdict "
            "approved|needs_change --note TEXT; current fingerprint:"
        ),
        "approved": "Approved",
        "needs_change": "Needs change",
        "cannot_verify": "Cannot verify",
        "verified": "Verified",
        "partial": "Partial",
        "provisional": "Provisional",
        "passed": "passed",
        "failed": "failed",
        "skipped": "skipped",
        "unknown": "unknown",
        "legend": "Legend",
        "legend_status": "Text status",
        "legend_runs": "Results (each scenario runs on SQLite and PostgreSQL)",
        "legend_signoff": "Sign-off",
        "problems": "Problems reading the feature files",
        "generated": "Generated by antq spec-report",
        "top": "Top",
    },
}

_STATE_MARK = {
    "rule": "✓",
    "check": "✓",
    "rule_check": "✓",
    "informational": "ⓘ",
    "not_implemented": "○",
    "retired": "↷",
    "uncatalogued": "∅",
}
_STATUS_MARK = {"verified": "✔", "partial": "◐", "provisional": "⚠"}
_RUN_MARK = {"passed": "✓", "failed": "✗", "skipped": "–", "unknown": "?", "not_run": "·"}
_SIGNOFF_MARK = {"approved": "✔", "needs_change": "✎", "cannot_verify": "?"}
