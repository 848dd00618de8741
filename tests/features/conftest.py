"""The shared step vocabulary of the Vietnamese feature files in ``features/``.

Every sentence a feature file may use is defined here, once; ``features/README.md`` lists them
with their English meaning. Steps drive the public API only (``antq_compliance`` and the
``Ledger`` methods) through the ``ledger`` fixture of ``tests/conftest.py``, so every scenario
runs on SQLite and on PostgreSQL.

* Given (Biết / Cho / Và / Nhưng) = facts already in the log, each recorded with an explicit id,
  at the recording clock's time ("hôm nay là …" moves that clock; default 01/12/2025 16:00 in
  Vietnam, 09:00 UTC).
* When (Khi) = the year is evaluated as of a business date ("as of" = end of that day), under
  the rule version in force for the year or, on demand, under a named one, and optionally as
  known at a recording instant; or the audit replay is asked (history, diff between two
  instants, recognition decisions checked against the record); or a correction is attempted.
* Then (Thì / Và) = the status of a clause, the verdict, what explains them, the rule version
  used, the changes and the audit findings, or the error the evaluation or the recording raised.

Dates in the feature text are ``dd/mm/yyyy``; recording instants ``dd/mm/yyyy hh:mm`` in Vietnam
time (UTC+7), or ``dd/mm/yyyy`` alone for the end of that day. "Thông tư 23" / "Thông tư 124"
name the rule versions ``TT23`` / ``TT124`` (``Ledger.status(..., rulebook=...)``). "The unit"
in a step is the unit registered last in the scenario; its noun (doanh nghiệp / cơ quan / đơn
vị) must fit its kind.
"""

from __future__ import annotations

from .steps.audit import *  # noqa: F403
from .steps.base import *  # noqa: F403  (the spec fixture)
from .steps.corrections import *  # noqa: F403
from .steps.forces import *  # noqa: F403
from .steps.incidents import *  # noqa: F403
from .steps.procedure import *  # noqa: F403
from .steps.reading import *  # noqa: F403
from .steps.subjects import *  # noqa: F403
from .steps.then import *  # noqa: F403
from .steps.units import *  # noqa: F403
from .steps.when import *  # noqa: F403
from .steps.year import *  # noqa: F403
