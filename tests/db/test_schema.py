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


@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_the_migrations_build_exactly_the_tables_the_models_describe(db):
    """A column added to a model but not to its migration (or the reverse) fails here, not at a branch."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from db.models import Base

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    # The search's "C"-collated expression indexes (migration 0003) reflect as plain column indexes.
    collated = {"ix_customers_customer_no_c", "ix_customers_name_c", "ix_customers_name_initials_c",
                "ix_customers_name_pinyin_c", "ix_customers_phone_c", "ix_holdings_account_no_c",
                "ix_id_documents_id_number_c"}  # fmt: skip
    real = [d for d in differences if not (d[0] in ("add_index", "remove_index") and d[1].name in collated)]
    assert real == []


def test_the_head_the_commands_check_quickly_is_the_newest_migration():
    from alembic.script import ScriptDirectory

    from db.schema import HEAD, _config

    assert ScriptDirectory.from_config(_config()).get_current_head() == HEAD
