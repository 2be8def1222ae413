"""What a station's database role may do on PostgreSQL (`branchdesk db station-role ROLE`), in one table.

Stations do not connect as the schema owner: the owner (the URL of `db upgrade`) runs the migrations, and
`grant_station_role` gives a login role exactly what the app does from a station:

- SELECT on every table, USAGE on the schema and its sequences (ids);
- INSERT on the tables the app adds rows to, the audit log and the archive (agreements, receipts) included;
- DELETE only where the app deletes (a sales plan, figures it recomputes);
- UPDATE only on the columns the app updates, listed below per table (derived from services/ and demo/: every
  `UPDATE ... SET` the service tests run is in this table, and CI runs those tests as such a role).

Not granted, so refused with a permission error: UPDATE or DELETE on `audit_log`; DELETE on the archive and
UPDATE of its documents (`pdf`, `sha256`, `document`, numbers, amounts); TRUNCATE; any DDL. The archive's
status columns (void, copies printed, signed scan) stay updatable because the app updates them; the documents'
hashes that matter are in the hash-chained audit log (db/audit.py), which a station can only append to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from db.models import Base
from domain.errors import InvalidValue, Misconfigured


@dataclass(frozen=True)
class TableGrant:
    insert: bool = True
    delete: bool = False
    update: tuple[str, ...] = ()


_CUSTOMER_EDITS = (
    "name", "name_pinyin", "name_initials", "gender", "birth_date", "nationality", "phone", "email", "address",
    "occupation", "employer", "annual_income", "civil_capacity", "qualified_investor", "qualified_until",
    "aml_risk", "kyc_status", "tags", "manager_id", "tier", "star_level", "updated_at", "version",
)  # fmt: skip

# table -> what a station may do besides SELECT. Sources: services/customer_edit.py (EDITABLE_FIELDS, hand-over),
# customer_import.py (`_update_rows`), staff.py, complaints.py, inbox.py, referrals.py, reminders.py,
# catalog.py, catalog_versions.py, sales_plans.py, calendar.py, tiers.py, positions.py (recomputed figures),
# agreements.py, receipts.py, db/counters.py, db/audit.py.
STATION_GRANTS: dict[str, TableGrant] = {
    "branches": TableGrant(update=("idle_lock_max_minutes",)),
    "staff": TableGrant(
        update=(
            "failed_logins",
            "locked_at",
            "last_login_at",
            "active",
            "password_hash",
            "qualifications",
            "id_number",  # the staff member's own ID, for sod_no_self_dealing (services/staff.set_id_number)
            "version",
        ),
    ),
    "households": TableGrant(),
    "customers": TableGrant(update=_CUSTOMER_EDITS),
    "id_documents": TableGrant(update=("id_number", "id_tail", "expiry")),
    "products": TableGrant(  # the live entry (services/catalog.product_columns), not its code
        update=(
            "name",
            "name_en",
            "family",
            "spec",
            "risk_level",
            "currency",
            "min_amount",
            "rate",
            "active",
            "updated_at",
            "version",
        ),
    ),  # fmt: skip
    "holdings": TableGrant(update=("balance", "opened_on", "maturity_on", "version")),
    "risk_assessments": TableGrant(),
    "interactions": TableGrant(),
    "tasks": TableGrant(
        update=("status", "outcome", "details", "done_at", "due_on", "source_key", "assignee_id", "version"),
    ),
    "complaints": TableGrant(
        update=(
            "status",
            "handler_id",
            "assigned_at",
            "reply",
            "replied_at",
            "leader_instruction",
            "findings",
            "disposition",
            "corrective_measures",
            "satisfaction",
            "overdue_reason",
            "closed_at",
            "withdrawal_reason",
            "version",
        ),
    ),  # fmt: skip
    # The archive: only what happens to an issued document afterwards; never its bytes, hashes or data.
    "agreements": TableGrant(
        update=(
            "status",
            "void_reason",
            "voided_by_id",
            "void_requested_by_id",
            "voided_at",
            "copies_printed",
            "copy_hashes",
            "signed_scan",
            "signed_scan_sha256",
            "signed_scan_at",
            "signed_scan_by_id",
            "reviewed_by_id",
            "reviewed_at",
            "returned_by_id",
            "returned_at",
            "return_reason",
            "cooling_off_ends_at",
            "version",
        ),
    ),  # fmt: skip
    # The reviewed copy (services/agreement_review.py): written once, never updated or deleted.
    "agreement_versions": TableGrant(),
    # A cooling-off cancellation and its refund record (services/agreement_cancel.py): written once.
    "agreement_cancellations": TableGrant(),
    # Major-complaint reports and the daily checks (services/complaint_duties.py): written once.
    "complaint_major_reports": TableGrant(),
    "complaint_daily_checks": TableGrant(),
    "receipts": TableGrant(update=("reprints",)),
    # Append-only: no UPDATE, no DELETE. The chain head is the one row appends lock and move on.
    "audit_log": TableGrant(),
    "audit_chain_head": TableGrant(update=("seq", "hash")),
    "counters": TableGrant(update=("value",)),
    "product_versions": TableGrant(
        update=("status", "checker_id", "checked_at", "decision_note", "applied_at", "version"),
    ),
    "recommendation_outcomes": TableGrant(),
    "daily_positions": TableGrant(delete=True),
    "customer_month_ends": TableGrant(),
    # Each customer's line at the last recorded day, rewritten by the daily job in chunks (services/positions.py).
    "customer_positions": TableGrant(delete=True),
    "unfinished_runs": TableGrant(delete=True),
    "tier_transitions": TableGrant(delete=True),
    "sales_plans": TableGrant(delete=True, update=("target", "set_by_id", "set_at")),
    # The month-end tier job and manual overrides (services/tiers.py): customers' tier and stars above.
    "tier_runs": TableGrant(),
    "tier_changes": TableGrant(),
    "tier_overrides": TableGrant(update=("ended_at",)),
    # An administrator loading a year replaces it (services/calendar.py).
    "calendar_years": TableGrant(delete=True),
    "calendar_days": TableGrant(delete=True),
    # A consent is withdrawn, never deleted (services/consents.py).
    "consents": TableGrant(update=("withdrawn_at", "withdrawn_by_id")),
    # Requests for a second person's decision (services/approvals.py): decided, then used once.
    "approvals": TableGrant(update=("status", "decided_by_id", "decided_at", "decision_reason", "used_at")),
}

_ROLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def check_table_coverage() -> list[str]:
    """Problems with the table: a model table without an entry, or a granted column that does not exist."""
    problems = []
    for table in Base.metadata.sorted_tables:
        grant = STATION_GRANTS.get(table.name)
        if grant is None:
            problems.append(f"{table.name}: no entry")
            continue
        problems += [f"{table.name}.{c}: no such column" for c in grant.update if c not in table.c]
    problems += [f"{name}: no such table" for name in STATION_GRANTS if name not in Base.metadata.tables]
    return problems


def grant_station_role(conn: Connection, role: str) -> list[str]:
    """Give `role` (an existing login role) the station's privileges on the current schema, replacing whatever
    it had there. Run as the schema owner. Returns the statements run (for the command's output)."""
    if conn.dialect.name != "postgresql":
        raise Misconfigured("station_role_needs_postgresql")
    if not _ROLE_NAME.match(role):
        raise InvalidValue("station_role_name_invalid", role=role)
    exists = conn.execute(
        text("SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = :r"), {"r": role}
    ).one_or_none()
    if exists is None:
        raise Misconfigured("station_role_missing", role=role)
    if exists.rolsuper or exists.rolbypassrls:
        raise Misconfigured("station_role_superuser", role=role)
    owner = conn.execute(
        text(
            "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'audit_log'"
        )
    ).scalar_one_or_none()
    if owner == role:
        raise Misconfigured("station_role_is_owner", role=role)
    me = conn.execute(
        text("SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)")
    ).one()
    if owner != me[0] and not me[1]:
        # PostgreSQL only warns when someone else's tables are granted on: refuse instead of doing nothing.
        raise Misconfigured("station_role_needs_owner", owner=owner or "?")
    quote = conn.dialect.identifier_preparer.quote
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    who, where = quote(role), quote(schema)
    statements = [
        f"GRANT CONNECT ON DATABASE {quote(database)} TO {who}",
        f"GRANT USAGE ON SCHEMA {where} TO {who}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {where} FROM {who}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {where} FROM {who}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {where} TO {who}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {where} TO {who}",
    ]
    for name, grant in STATION_GRANTS.items():
        table = f"{where}.{quote(name)}"
        if grant.insert:
            statements.append(f"GRANT INSERT ON {table} TO {who}")
        if grant.delete:
            statements.append(f"GRANT DELETE ON {table} TO {who}")
        if grant.update:
            columns = ", ".join(quote(c) for c in grant.update)
            statements.append(f"GRANT UPDATE ({columns}) ON {table} TO {who}")
    for statement in statements:
        conn.execute(text(statement))
    return statements
