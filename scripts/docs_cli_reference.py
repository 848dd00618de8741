"""Render the command-line reference of the docs site from ``antq``'s own parser.

Run by mkdocs-gen-files while ``make docs`` builds the site (``mkdocs.yml``): the page
``cli.md`` is generated at build time, never written by hand, so it says what ``antq --help``
says today. ``render()`` is importable for the tests (``tests/cli/test_docs_site.py``).
"""

from __future__ import annotations

import argparse
import inspect
import os
from collections.abc import Iterator

from antq_compliance.cli.help_text import translate_argparse
from antq_compliance.cli.parser import build_parser

WIDTH = "100"
"""The width argparse wraps help at (its ``COLUMNS``), so the page does not depend on the
terminal that builds it."""

_INTRO = {
    "en": (
        "# Command line (`antq`)\n\n"
        "Generated from the parser when the site is built: each section is the command's own "
        "`--help`. Global options (`--db`, `--lang`, `--role`, `--unit`, `--key-file`, "
        "`--compress`) are listed under `antq`. The Vietnamese help follows the English one "
        "where the parser provides it.\n"
    ),
}


def _parser(lang: str | None) -> argparse.ArgumentParser:
    """``build_parser()``, in ``lang`` when the parser takes a language."""
    if lang is not None and "lang" in inspect.signature(build_parser).parameters:
        return build_parser(lang=lang)  # type: ignore[call-arg]  # a parser with languages
    return build_parser()


def _languages() -> list[str | None]:
    if "lang" in inspect.signature(build_parser).parameters:
        return ["en", "vi"]
    return [None]


def commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ("antq",)
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every parser under ``parser`` (itself first), with the words that invoke it."""
    yield path, parser
    seen: set[int] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                if id(sub) in seen:  # an alias of a command already listed
                    continue
                seen.add(id(sub))
                yield from commands(sub, (*path, name))


def render() -> str:
    """The whole page, Markdown."""
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = WIDTH
    try:
        parts = [_INTRO["en"]]
        for lang in _languages():
            if lang == "vi":
                parts.append("\n# Dòng lệnh (`antq`), tiếng Việt\n")
            parts += _sections(lang)
        return "".join(parts)
    finally:
        if previous is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = previous


def _sections(lang: str | None) -> list[str]:
    """The page's sections in ``lang``: argparse's own words too ("usage:", "options"), as
    ``antq --lang vi`` prints them (``cli/main.py`` sets ``argparse._`` the same way)."""
    saved = argparse._  # type: ignore[attr-defined]
    if lang is not None:
        argparse._ = translate_argparse(lang)  # type: ignore[attr-defined]
    try:
        parts = []
        for path, parser in commands(_parser(lang)):
            anchor = "-".join(path) + (f"-{lang}" if lang == "vi" else "")
            heading = "#" if len(path) == 1 else "##" if len(path) == 2 else "###"
            title = " ".join(path)
            parts.append(f"\n#{heading} `{title}` {{#{anchor}}}\n")
            help_text = parser.format_help().rstrip()
            parts.append(f"\n```text\n{help_text}\n```\n")
        return parts
    finally:
        argparse._ = saved  # type: ignore[attr-defined]


def _generate() -> None:
    import mkdocs_gen_files  # only while mkdocs builds

    with mkdocs_gen_files.open("cli.md", "w") as page:
        page.write(render())
    mkdocs_gen_files.set_edit_path("cli.md", "../scripts/docs_cli_reference.py")


if __name__ in ("__main__", "<run_path>"):
    _generate()
