"""Runs the Vietnamese scenarios in ``features/tt23`` (Circular 23/2012/TT-BCA, the rule before
10/02/2022) on both stores, like ``test_tt124.py``."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

# ``spec`` depends on the parametrized ``ledger`` fixture: naming it here puts it in every
# scenario's static fixture closure, so each scenario is collected once per store.
pytestmark = pytest.mark.usefixtures("spec")

scenarios("../../features/tt23")
