"""The docs site's sources: every page is in the navigation, and the command-line reference is
rendered from the parser (``make docs`` builds the site itself, strictly, in CI)."""

from __future__ import annotations

import argparse
import importlib.util
import re
from pathlib import Path
from types import ModuleType

from antq_compliance.cli.parser import build_parser

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    path = ROOT / "scripts" / "docs_cli_reference.py"
    spec = importlib.util.spec_from_file_location("docs_cli_reference", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _nav_pages() -> list[str]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = text[text.index("\nnav:\n") :]
    return re.findall(r":\s*([\w./-]+\.md)\s*$", nav, flags=re.M)


def test_every_page_is_in_the_navigation_and_every_entry_exists() -> None:
    pages = _nav_pages()
    on_disk = sorted(p.name for p in (ROOT / "docs").glob("*.md"))
    generated = ["cli.md"]
    assert sorted(set(pages) - set(generated)) == on_disk
    assert len(pages) == len(set(pages))
    assert "cli.md" not in on_disk, "the CLI reference is generated, never written by hand"


def test_the_cli_reference_has_every_command_and_every_option() -> None:
    page = _script().render()
    parsers = list(_script().commands(build_parser()))
    names = {" ".join(path) for path, _ in parsers}
    assert {"antq", "antq status", "antq subjects", "antq report", "antq report province"} <= names
    for path, parser in parsers:
        assert f"`{' '.join(path)}`" in page
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            for option in action.option_strings:
                assert option in page, (path, option)
    assert "--verdict" in page and "--ownership" in page  # what antq subjects filters by


def test_the_cli_reference_follows_the_parser() -> None:
    """Nothing is copied: a command the parser gains is on the page."""
    module = _script()

    def parser_with_extra() -> argparse.ArgumentParser:
        parser = build_parser()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        extra = sub.add_parser("zz-new", help="a command added after the page was written")
        extra.add_argument("--brand-new-option")
        return parser

    setattr(module, "build_parser", parser_with_extra)  # noqa: B010  # a module, not typed
    page = module.render()
    assert "`antq zz-new`" in page and "--brand-new-option" in page


def test_the_vietnamese_cli_reference_has_argparse_own_words_in_vietnamese() -> None:
    """As ``antq --lang vi --help`` prints them: "cách dùng:", "tham số vị trí", "tuỳ chọn";
    the English reference keeps argparse's English, and argparse is left as it was found."""
    before = argparse._  # type: ignore[attr-defined]
    page = _script().render()
    assert argparse._ is before  # type: ignore[attr-defined]
    english, vietnamese = page.split("tiếng Việt", 1)
    assert "usage: antq" in english and "options:" in english
    assert "cách dùng: antq" not in english
    assert "cách dùng: antq" in vietnamese and "tham số vị trí:" in vietnamese
    assert "tuỳ chọn:" in vietnamese
    for word in ("usage:", "positional arguments:", "\noptions:", "show this help message"):
        assert word not in vietnamese, word
