"""The clause catalogue shipped with the library (``data/clauses.toml``)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

import attrs

from .errors import UnknownClause
from .vocabulary import TextStatus

__all__ = ["Clause", "catalogue", "clause"]


@attrs.frozen(kw_only=True)
class Clause:
    id: str
    instrument: str
    article: int
    text_status: TextStatus
    title_vi: str
    title_en: str
    paraphrase_en: str

    @property
    def provisional(self) -> bool:
        return self.text_status is TextStatus.PROVISIONAL

    def title(self, lang: str = "vi") -> str:
        return self.title_vi if lang == "vi" else self.title_en


@cache
def catalogue() -> dict[str, Clause]:
    """Every clause of the regulation reference, keyed by clause id."""
    raw = tomllib.loads(
        resources.files("antq_compliance").joinpath("data/clauses.toml").read_text("utf-8")
    )
    result: dict[str, Clause] = {}
    for entry in raw["clause"]:
        item = Clause(
            id=entry["id"],
            instrument=entry["instrument"],
            article=entry["article"],
            text_status=TextStatus(entry["text_status"]),
            title_vi=entry["title_vi"],
            title_en=entry["title_en"],
            paraphrase_en=entry["paraphrase_en"],
        )
        if item.id in result:
            raise ValueError(f"clause id {item.id!r} appears twice in clauses.toml")
        result[item.id] = item
    return result


def clause(clause_id: str) -> Clause:
    """The catalogue entry for ``clause_id``; :class:`UnknownClause` if there is none."""
    try:
        return catalogue()[clause_id]
    except KeyError:
        raise UnknownClause(clause_id) from None
