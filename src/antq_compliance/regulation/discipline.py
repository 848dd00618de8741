"""Which disciplinary forms rank at "cảnh cáo" (warning) or above, per the person's regime
(``regulation/data/discipline.toml``), and the disciplinary decisions a criterion counts."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources

import attrs

from antq_compliance.domain.facts import DisciplineDecided, Fact
from antq_compliance.domain.vocabulary import Collective, DisciplineForm, PersonRegime

__all__ = ["Ladder", "counted", "ladder", "problem"]


@attrs.frozen
class Ladder:
    """The forms of one regime, lightest first, and the first that counts as a warning or
    above."""

    regime: PersonRegime
    forms: tuple[DisciplineForm, ...]
    threshold: DisciplineForm

    def at_least_warning(self, form: DisciplineForm) -> bool:
        return form in self.forms and self.forms.index(form) >= self.forms.index(self.threshold)


@cache
def _ladders() -> dict[PersonRegime, Ladder]:
    text = resources.files("antq_compliance.regulation").joinpath("data/discipline.toml")
    raw = tomllib.loads(text.read_text("utf-8"))
    out = {}
    for name, entry in raw["regime"].items():
        forms = tuple(DisciplineForm(f) for f in entry["forms"])
        threshold = DisciplineForm(entry["from"])
        if threshold not in forms:
            raise ValueError(f"discipline.toml: {name}: 'from' is not one of its forms")
        out[PersonRegime(name)] = Ladder(PersonRegime(name), forms, threshold)
    if set(out) != set(PersonRegime):
        raise ValueError("discipline.toml must give a ladder for every regime")
    return out


def ladder(regime: PersonRegime) -> Ladder:
    return _ladders()[regime]


def problem(regime: PersonRegime, form: DisciplineForm) -> str | None:
    """Why ``form`` cannot be a disciplinary form of ``regime``, or None."""
    forms = ladder(regime).forms
    if form in forms:
        return None
    return f"is not a form of the {regime.value} regime ({', '.join(f.value for f in forms)})"


def counted(
    decisions: Iterable[tuple[Fact, DisciplineDecided]],
    *,
    at_least_warning: bool,
    collectives: frozenset[Collective | None] | None = None,
    social_evil_only: bool = False,
) -> list[tuple[Fact, DisciplineDecided]]:
    """The decisions a criterion counts: of the given collectives (None: anyone), from a
    warning upward or of any form, for a social evil only or for any reason."""
    out = []
    for fact, decision in decisions:
        if collectives is not None and decision.collective not in collectives:
            continue
        if social_evil_only and decision.reason.value != "social_evil":
            continue
        if at_least_warning and not ladder(decision.regime).at_least_warning(decision.form):
            continue
        out.append((fact, decision))
    return out
