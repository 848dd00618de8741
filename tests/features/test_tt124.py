"""Every scenario of the TT124 feature files, on each store (SQLite and PostgreSQL).

The steps live in ``conftest.py`` next to this module; the feature files in ``features/tt124``.
"""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

# ``spec`` depends on the parametrized ``ledger`` fixture: naming it here puts it in every
# scenario's static fixture closure, so each scenario is collected once per store. (Fixtures a
# step asks for at run time cannot parametrize a test.)
pytestmark = pytest.mark.usefixtures("spec")

scenarios("../../features/tt124")
