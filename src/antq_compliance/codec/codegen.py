"""What the codec's code generators share (``codec/fast.py``: the trusted decoder and encoder;
``codec/compiled.py``: the importer's checking fast path): Python source generated per attrs
class and run in a namespace that holds, under generated names, the values it refers to."""

from __future__ import annotations

from typing import Any

__all__ = ["SourceCompiler"]


class SourceCompiler:
    """A namespace for generated source, and the function generated for each class so far
    (``built``: a class refers to its function by name, its own included)."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        self.namespace = namespace
        self.built: dict[type, str] = {}
        self._counter = 0

    def _name(self, prefix: str, value: object) -> str:
        """A new name for ``value`` in the namespace (``_<prefix><n>``)."""
        self._counter += 1
        name = f"_{prefix}{self._counter}"
        self.namespace[name] = value
        return name
