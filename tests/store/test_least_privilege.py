"""The least-privilege recipe of docs/deployment.md on PostgreSQL (issue 16): the SQL file
the documentation gives is run as is; the application account then appends, seals and
verifies, and every UPDATE, DELETE and TRUNCATE of events, chain and keys is refused by the
database itself; only the erasure account nulls keys, and only that."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import attrs
import pytest

from antq_compliance import Ledger
from antq_compliance.application.follow import StatusFollower
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.domain.privacy import ERASED
from builders import SUBJECT, compliant_year, registration

RECIPE = Path(__file__).parents[2] / "docs" / "postgres-least-privilege.sql"
CLOCK = lambda: datetime(2025, 12, 1, 9, 0, tzinfo=UTC)  # noqa: E731


@pytest.fixture
def accounts(store: str) -> Iterator[dict[str, Any]]:
    if not store.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    import psycopg

    base, schema = store.split("?schema=")
    with Ledger(store, clock=CLOCK, actor=SYSTEM) as owner:  # the owner creates the tables
        owner.record_many([attrs.evolve(registration(), recorded_by="clerk-a")])
    with StatusFollower(store, [2024]) as follower:  # and the status view's (`antq follow`)
        follower.catch_up()
    tag = uuid.uuid4().hex[:10]
    names = {"schema": schema, "app": f"antq_app_{tag}", "eraser": f"antq_dpo_{tag}"}
    secrets_ = {"app_password": secrets.token_hex(12), "eraser_password": secrets.token_hex(12)}
    sql = RECIPE.read_text()
    for key, value in {**names, **secrets_}.items():
        sql = sql.replace("{" + key + "}", value)
    conn = psycopg.connect(base, autocommit=True)
    conn.execute(sql)
    url = urlparse(base)

    def url_of(role: str, password: str) -> str:
        netloc = f"{role}:{password}@{url.hostname}:{url.port or 5432}"
        return url._replace(netloc=netloc).geturl() + f"?schema={schema}"

    try:
        yield {
            "app": url_of(names["app"], secrets_["app_password"]),
            "eraser": url_of(names["eraser"], secrets_["eraser_password"]),
            "schema": schema,
        }
    finally:
        for role in (names["eraser"], names["app"]):
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE {role}")
        conn.close()


def _refused(url: str, statement: str) -> str:
    import psycopg

    with (
        psycopg.connect(url.split("?")[0], autocommit=True) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege) as caught,
    ):
        conn.execute(statement)
    return str(caught.value)


def test_the_application_account_appends_but_cannot_change_anything(
    accounts: dict[str, Any],
) -> None:
    no_ddl = {"CREATE_TABLE": "no"}
    with Ledger(accounts["app"], clock=CLOCK, env=no_ddl, actor=SYSTEM) as app:
        app.record_many([attrs.evolve(d, recorded_by="clerk-a") for d in compliant_year(2024)])
        assert app.verify().ok
    s = accounts["schema"]
    refused = {
        f"UPDATE {s}.antq_events SET topic = topic": "recorded rows are never changed",
        f"UPDATE {s}.antq_chain SET link = link": "recorded rows are never changed",
        f"DELETE FROM {s}.antq_events": "permission denied",
        f"DELETE FROM {s}.antq_chain": "permission denied",
        f"TRUNCATE {s}.antq_events": "permission denied",
        f"TRUNCATE {s}.antq_chain": "permission denied",
        f"UPDATE {s}.antq_person_keys SET key = NULL": "permission denied",
        f"DELETE FROM {s}.antq_person_keys": "permission denied",
        f"TRUNCATE {s}.antq_person_keys": "permission denied",
        f"CREATE TABLE {s}.x (a int)": "permission denied",
        f"DROP TRIGGER antq_events_immutable ON {s}.antq_events": "must be owner",
        f"ALTER TABLE {s}.antq_events DISABLE TRIGGER ALL": "must be owner",
    }
    for statement, why in refused.items():
        assert why in _refused(accounts["app"], statement), statement


def test_only_the_erasure_account_erases_and_only_that(accounts: dict[str, Any]) -> None:
    s = accounts["schema"]
    with Ledger(accounts["eraser"], clock=CLOCK, env={"CREATE_TABLE": "no"}, actor=SYSTEM) as dpo:
        dpo.erase("clerk-a", legal_basis="x", recorded_by="dpo", occurred_on=date(2025, 11, 30))
        assert dpo.verify().ok
        assert [f.recorded_by for f in dpo.facts(SUBJECT)] == [ERASED]
    eraser = accounts["eraser"]
    refused = {  # a granted column, but not an erasure: the trigger refuses it
        f"UPDATE {s}.antq_person_keys SET key = ''::bytea": "only ever erased",
        f"UPDATE {s}.antq_person_keys SET erased_at = 'x' WHERE key IS NULL": "only ever erased",
        f"UPDATE {s}.antq_person_keys SET scope = 'x'": "permission denied",
        f"DELETE FROM {s}.antq_person_keys": "permission denied",
        f"UPDATE {s}.antq_events SET topic = topic": "recorded rows are never changed",
    }
    for statement, why in refused.items():
        assert why in _refused(eraser, statement), statement


def test_the_application_account_follows_into_the_status_view(accounts: dict[str, Any]) -> None:
    """``antq follow`` runs under the application account (docs/deployment.md): the owner
    created the view's tables once, the recipe grants them, and the follower issues no DDL."""
    no_ddl = {"CREATE_TABLE": "no"}
    with Ledger(accounts["app"], clock=CLOCK, env=no_ddl, actor=SYSTEM) as app:
        app.record_many([attrs.evolve(d, recorded_by="clerk-a") for d in compliant_year(2024)])
        head = app.head()
    with StatusFollower(accounts["app"], [2024], env=no_ddl) as follower:
        report = follower.catch_up()
        assert report.position == head and report.notifications == head - 1  # 1: the owner's
        assert [(r.subject, r.verdict) for r in follower.view.rows()] == [(SUBJECT, "achieved")]
        assert follower.check().ok
        saved_state = follower.view.report_state()
        assert saved_state is not None and saved_state[0] == head  # the report projection too
    with Ledger(accounts["app"], clock=CLOCK, env=no_ddl, actor=SYSTEM) as app:
        # from the state the follower saved
        saved = app.province_report("Trà Vinh", 2024, former=True, saved=True)
        assert saved.value("units.total") == 1
    s = accounts["schema"]
    for table in ("antq_status_view", "antq_status_applied", "antq_report_state"):
        assert "permission denied" in _refused(accounts["app"], f"DELETE FROM {s}.{table}")
        assert "permission denied" in _refused(accounts["app"], f"TRUNCATE {s}.{table}")
        assert "must be owner" in _refused(accounts["app"], f"DROP TABLE {s}.{table}")
