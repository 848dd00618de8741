"""Runs the Vietnamese scenarios in ``features/chuyen_tiep`` (the switch from Circular 23 to
Circular 124: which rule version judges which year, and what the same facts give under each) on
both stores, like ``test_tt124.py``."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

# ``spec`` depends on the parametrized ``ledger`` fixture: naming it here puts it in every
# scenario's static fixture closure, so each scenario is collected once per store.
pytestmark = pytest.mark.usefixtures("spec")

scenarios("../../features/chuyen_tiep")
