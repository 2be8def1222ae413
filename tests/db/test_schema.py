from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from db import errors, schema
from db.session import Database


def test_an_empty_database_is_brought_to_the_current_schema(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    assert schema.state(db).current is None
    after = schema.upgrade(db)
    assert after.up_to_date and after.current == after.head
    assert {"customers", "holdings", "staff", "agreements", "counters"} <= set(
        inspect(db.engine).get_table_names()
    )
    db.dispose()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(db):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe9999'"))
    with pytest.raises(errors.DatabaseTooNew):
        schema.upgrade(db)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "f00dcafe9999"


def test_tables_without_a_schema_version_are_not_taken_for_an_empty_database(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'odd.db'}")
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE customers (id INTEGER PRIMARY KEY)"))
    with pytest.raises(errors.DatabaseNotInitialised):
        schema.upgrade(db)
    db.dispose()
