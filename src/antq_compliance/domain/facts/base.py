"""The base of every fact payload, and the metadata that marks personal fields."""

from __future__ import annotations

from typing import ClassVar

import attrs

__all__ = ["PERSONAL", "FactData"]

PERSONAL = {"personal": True}
"""Field metadata marking personal data (``docs/reliability.md``, "Personal data and erasure"):
stored encrypted under a key of its data subject, erasable with ``antq erase``."""


# --- payloads ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class FactData:
    """Base of every payload. ``type_name`` is the stable name used in JSON and in storage.

    ``shape_version`` is the version of the type's JSON shape: stored facts carry it in their
    topic (``antq:<type_name>:v<shape_version>``). It is raised only together with an upcaster
    from the previous shape and a new interchange format (``codec/upcast.py``,
    ``docs/interchange.md``).
    """

    type_name: ClassVar[str] = ""
    shape_version: ClassVar[int] = 1
    clauses: ClassVar[tuple[str, ...]] = ()
    label_vi: ClassVar[str] = ""
    label_en: ClassVar[str] = ""

    def references(self) -> dict[str, str]:
        """Other facts of the same subject this payload refers to: field name -> fact id."""
        return {}
