"""Runs the Vietnamese scenarios in ``features/kiem_toan`` (audit replay: late records,
corrections, recognition decisions checked against the record) on both stores, like
``test_tt124.py``."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

# ``spec`` depends on the parametrized ``ledger`` fixture: naming it here puts it in every
# scenario's static fixture closure, so each scenario is collected once per store.
pytestmark = pytest.mark.usefixtures("spec")

scenarios("../../features/kiem_toan")
