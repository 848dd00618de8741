"""The official wording of an instrument, read at run time from a file the reviewer supplies.

The package ships no copy of any official text: ``antq spec-report --official FILE`` parses a
Markdown (or plain text) copy the reviewer holds and the report shows, beside each clause's
paraphrase, the wording it finds for the clause id. The file is read, never stored.

What is recognised, line by line (blank lines separate paragraphs; ``*`` emphasis is dropped):

* the instrument, from the first heading (``# Thông tư 124/2021/TT-BCA ...``) naming one of the
  catalogue's instruments, unless given as ``--official TT124=FILE``;
* an article: ``Điều N. Title`` (with or without ``#`` heading marks);
* a clause: ``N.`` at the start of a line; a point: ``a)`` … ``đ)`` … at the start of a line
  (``đ`` is ``dd`` in clause ids);
* a paragraph in brackets opening with ``(Điều N`` right under an article is a note of the
  codification, not wording, and is skipped; other lines continue the paragraph above them;
* an article without numbered clauses is one clause (clause 1: TT124 Art. 11).

Clause ids map to the text as the regulation reference numbers them: ``TT124.D6.K3.dd`` is
Art. 6 cl. 3 point đ (shown after the clause's opening words), ``TT124.D6.K1.p2`` the second
part of Art. 6 cl. 1 between semicolons, ``TT124.D9`` the whole of Art. 9 (a retired id), and an
id naming a whole instrument (``ND80``) every article of the file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from antq_compliance.regulation.clauses import catalogue, instruments
from antq_compliance.spec.errors import SpecReportError

__all__ = ["OfficialArticle", "OfficialClause", "OfficialText", "Wording", "load_official"]

_ARTICLE = re.compile(r"^(?:#{1,6}\s*Điều\s+(\d+)\s*[.:]?|Điều\s+(\d+)\.)\s*(.*)$")
_CLAUSE = re.compile(r"^(\d{1,2})\.(?![\d/])\s*(.*)$")
_POINT = re.compile(r"^([a-zđ])\)\s*(.*)$")
_NOTE = re.compile(r"^\(Điều\s+\d+\b.*\)$")
_HEADING = re.compile(r"^#\s+(.*)$")
_ID = re.compile(
    r"^(?P<inst>[A-Z0-9]+)\.D(?P<a>\d+)(?:\.K(?P<k>\d+)(?:\.(?P<p>p\d+|[a-z]{1,2}))?)?$"
)


def _letter(point: str) -> str:
    """The id letter of a point: ``đ`` → ``dd``."""
    return "dd" if point == "đ" else point


def _shown_letter(point: str) -> str:
    return "đ" if point == "dd" else point


@dataclass
class OfficialClause:
    number: int
    text: str = ""
    """The clause's own words (before its points)."""
    points: dict[str, str] = field(default_factory=dict)
    """Point id letter (``a``, ``dd``) → its words."""


@dataclass
class OfficialArticle:
    number: int
    title: str
    intro: str = ""
    """Words before the first clause (the lead-in of a list of criteria)."""
    clauses: dict[int, OfficialClause] = field(default_factory=dict)

    def whole(self) -> str:
        lines = [f"Điều {self.number}. {self.title}".strip()]
        lines += [self.intro] if self.intro else []
        for clause in self.clauses.values():
            lines.append(f"{clause.number}. {clause.text}".strip())
            lines += [f"{_shown_letter(k)}) {v}" for k, v in clause.points.items()]
        return "\n".join(lines)


@dataclass(frozen=True)
class Wording:
    """What the official text says for one clause id."""

    where_vi: str
    """Where it was read, e.g. "Điều 6, khoản 3, điểm đ"."""
    where_en: str
    text: str
    lead: str = ""
    """The clause's opening words, for a point (what the point completes)."""

    def where(self, lang: str) -> str:
        return self.where_vi if lang == "vi" else self.where_en


@dataclass
class OfficialText:
    """One instrument's official text as read from ``source``."""

    instrument: str
    source: Path
    articles: dict[int, OfficialArticle] = field(default_factory=dict)

    def wording(self, clause_id: str) -> Wording | None:
        """The wording for ``clause_id``; None when the text has no such part (or the id
        belongs to another instrument)."""
        if clause_id == self.instrument:
            numbers = sorted(self.articles)
            if not numbers:
                return None
            span = f"{numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else f"{numbers[0]}"
            text = "\n\n".join(a.whole() for a in self.articles.values())
            return Wording(f"Điều {span}", f"Art. {span}", text)
        match = _ID.match(clause_id)
        if match is None or match["inst"] != self.instrument:
            return None
        article = self.articles.get(int(match["a"]))
        if article is None:
            return None
        if match["k"] is None:
            return Wording(f"Điều {article.number}", f"Art. {article.number}", article.whole())
        return _clause_wording(article, int(match["k"]), match["p"])

    def units(self) -> Iterator[str]:
        """The ids of the smallest parts the text has: a point, or a clause without points
        (its parts between semicolons are not counted: they share one clause)."""
        for article in self.articles.values():
            for clause in article.clauses.values():
                head = f"{self.instrument}.D{article.number}.K{clause.number}"
                if clause.points:
                    yield from (f"{head}.{k}" for k in clause.points)
                else:
                    yield head

    def location(self, unit: str, lang: str) -> str:
        wording = self.wording(unit)
        return wording.where(lang) if wording else unit


def _clause_wording(article: OfficialArticle, number: int, part: str | None) -> Wording | None:
    clause = article.clauses.get(number)
    if clause is None:
        return None
    where_vi = f"Điều {article.number}, khoản {number}"
    where_en = f"Art. {article.number} cl. {number}"
    if part is None:
        lines = [clause.text] + [f"{_shown_letter(k)}) {v}" for k, v in clause.points.items()]
        return Wording(where_vi, where_en, "\n".join(line for line in lines if line))
    if part.startswith("p") and part[1:].isdigit():
        parts = [p.strip() for p in clause.text.split(";") if p.strip()]
        n = int(part[1:])
        if n > len(parts) or clause.points:
            return None
        return Wording(
            f"{where_vi} (phần {n}/{len(parts)}, giữa các dấu chấm phẩy)",
            f"{where_en} (part {n} of {len(parts)}, between semicolons)",
            parts[n - 1],
        )
    text = clause.points.get(part)
    if text is None:
        return None
    shown = _shown_letter(part)
    return Wording(f"{where_vi}, điểm {shown}", f"{where_en} point {shown}", text, clause.text)


# --- reading the file -------------------------------------------------------------------------


def _paragraphs(text: str) -> Iterator[str]:
    """Non-empty lines, NFC, emphasis marks dropped, spaces collapsed."""
    for raw in unicodedata.normalize("NFC", text).splitlines():
        line = re.sub(r"\s+", " ", raw.replace("*", "")).strip()
        if line:
            yield line


def _instrument_of(path: Path, text: str) -> str:
    heading = next((m[1] for line in _paragraphs(text) if (m := _HEADING.match(line))), "")
    folded = unicodedata.normalize("NFC", heading).casefold()
    found = [
        item.id
        for item in instruments().values()
        if unicodedata.normalize("NFC", item.name).casefold() in folded
    ]
    if len(found) != 1:
        names = "; ".join(f"{i.id} = {i.name}" for i in instruments().values())
        raise SpecReportError(
            f"{path}: cannot tell which instrument this official text is (its first heading "
            f"'# …' must name one of: {names}); or give it as --official INSTRUMENT={path}"
        )
    return found[0]


def _append(old: str, new: str) -> str:
    return f"{old} {new}".strip() if old else new


def parse_official(text: str, instrument: str, source: Path) -> OfficialText:
    """The articles, clauses and points of ``text``."""
    out = OfficialText(instrument=instrument, source=source)
    article: OfficialArticle | None = None
    clause: OfficialClause | None = None
    point: str | None = None
    for line in _paragraphs(text):
        if (m := _ARTICLE.match(line)) is not None:
            number = int(m[1] or m[2])
            article = out.articles.setdefault(number, OfficialArticle(number, m[3].strip()))
            clause, point = None, None
        elif article is None or line.startswith("#"):
            continue  # the preamble of the file, or a heading that is not an article
        elif _NOTE.match(line) and clause is None and not article.intro:
            continue  # "(Điều N Thông tư số …, có hiệu lực …)": the codification's note
        elif (m := _CLAUSE.match(line)) is not None:
            clause = article.clauses.setdefault(int(m[1]), OfficialClause(number=int(m[1])))
            clause.text, point = _append(clause.text, m[2]), None
        elif (m := _POINT.match(line)) is not None and clause is not None:
            point = _letter(m[1])
            clause.points[point] = _append(clause.points.get(point, ""), m[2])
        elif clause is None:
            article.intro = _append(article.intro, line)
        elif point is not None:
            clause.points[point] = _append(clause.points[point], line)
        else:
            clause.text = _append(clause.text, line)
    for item in out.articles.values():
        if not item.clauses and item.intro:  # one unnumbered paragraph: clause 1
            item.clauses[1] = OfficialClause(number=1, text=item.intro)
            item.intro = ""
    return out


def load_official(spec: str | Path) -> OfficialText:
    """The official text of ``spec``: a path (the instrument read from its first heading) or
    ``INSTRUMENT=PATH``. Raises :class:`SpecReportError` on a missing or unreadable file, an
    unknown instrument, or a file in which no article is found."""
    given = str(spec)
    instrument: str | None = None
    head, sep, rest = given.partition("=")
    if sep and head in instruments():
        instrument, given = head, rest
    path = Path(given)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecReportError(f"{path}: cannot read the official text: {exc}") from None
    parsed = parse_official(text, instrument or _instrument_of(path, text), path)
    if not parsed.articles:
        raise SpecReportError(f"{path}: no article ('Điều N. …') found in the official text")
    return parsed


def load_all(specs: Sequence[str | Path]) -> dict[str, OfficialText]:
    """One official text per instrument; the same instrument twice is an error."""
    out: dict[str, OfficialText] = {}
    for spec in specs:
        text = load_official(spec)
        if text.instrument in out:
            raise SpecReportError(
                f"{text.source}: a second official text for {text.instrument} "
                f"(the first is {out[text.instrument].source})"
            )
        out[text.instrument] = text
    return out


def covered(unit: str, instrument: str) -> bool:
    """Whether a catalogue id (not retired) names ``unit`` of the text, a part of it, or a
    whole that holds it (an id naming the whole instrument)."""
    for item in catalogue().values():
        if item.retired or item.instrument != instrument:
            continue
        cid = item.id
        if cid in (unit, instrument) or cid.startswith(unit + ".") or unit.startswith(cid + "."):
            return True
    return False
