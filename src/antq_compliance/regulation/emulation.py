"""Emulation titles and ratings as TT124 reads them (Conventions of ``docs/rules.md``):
"Tập thể lao động tiên tiến", or a rating of "Hoàn thành tốt nhiệm vụ" or better (Art. 6 cl.
4-5, Art. 7 cl. 5-6); "hoàn thành nhiệm vụ" or better (Art. 4 cl. 5); which year's applies."""

from __future__ import annotations

from collections.abc import Sequence

from antq_compliance.domain.facts import EmulationRated, Fact
from antq_compliance.domain.vocabulary import Collective, EmulationTitle, Rating
from antq_compliance.regulation.criteria import Context

__all__ = ["meets", "rating_for"]


def rating_for(
    ctx: Context, collective: Collective, sub_unit: str | None = None
) -> tuple[Fact, EmulationRated] | None:
    """The title or rating that applies to ``year``: decided by the end of the window (and by
    the as-of date), the year's own if already decided, else the previous year's
    (interpretation ``rating_year``: ``latest_by_window_end``), or the year's own only
    (``same_year``). The latest decision for a year replaces earlier ones."""
    day = ctx.reference_day
    found: dict[int, tuple[Fact, EmulationRated]] = {}
    for fact, rated in ctx.record.of(EmulationRated):
        if rated.collective is not collective or rated.sub_unit != sub_unit:
            continue
        if fact.occurred_on <= day and rated.year in (ctx.year, ctx.year - 1):
            found[rated.year] = (fact, rated)
    if ctx.year in found:
        return found[ctx.year]
    if ctx.interpretation.rating_year == "latest_by_window_end":
        return found.get(ctx.year - 1)
    return None


def meets(rated: EmulationRated, *, minimum: Rating, titles: Sequence[EmulationTitle]) -> bool:
    """Whether the title or rating reaches the threshold (a title in ``titles``, or a rating
    at least ``minimum``)."""
    if rated.title is not None and rated.title in titles:
        return True
    return rated.rating is not None and rated.rating.at_least(minimum)
