"""The base of every closed vocabulary: a string enum whose members carry Vietnamese and
English labels. The string values are part of the JSON interchange contract: never rename one."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Labelled"]


class Labelled(StrEnum):
    """A string enum whose members carry ``(value, label_vi, label_en)``."""

    label_vi: str
    label_en: str

    def __new__(cls, value: str, label_vi: str = "", label_en: str = "") -> Labelled:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_vi = label_vi or value
        member.label_en = label_en or value
        return member

    def __str__(self) -> str:
        return str(self.value)

    def label(self, lang: str = "vi") -> str:
        return self.label_vi if lang == "vi" else self.label_en
