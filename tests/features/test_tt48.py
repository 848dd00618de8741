"""Every scenario of the TT48 feature files (dossier routing after the 2025 reorganisation), on
each store (SQLite and PostgreSQL). Steps in ``conftest.py``; features in ``features/tt48``.
"""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

pytestmark = pytest.mark.usefixtures("spec")

scenarios("../../features/tt48")
