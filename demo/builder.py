"""Demo data: a branch, its staff, the default catalogue and N customers with holdings, assessments and contacts.

For trying the app and for measuring it: `generate(db, customers=100_000)` takes well under a minute on SQLite.
Speed comes from SQLAlchemy Core bulk inserts (executemany in chunks) with primary keys assigned here, not from
ORM objects; the `Money` and other column types still convert every value. Deterministic for a seed and `today`.

Demo logins (password `Demo2026` for all): teller1, teller2 (tellers), manager1-manager3 (customer managers),
supervisor1 (supervisor), admin1 (administrator), lobby1 (lobby manager), wealth1 (wealth manager), complaints1
(complaint officer), head1 (branch head).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import Connection

from db import audit, counters
from db.models import (
    Branch,
    Consent,
    Customer,
    Holding,
    Household,
    IdDocument,
    Interaction,
    Product,
    RiskAssessment,
    Staff,
)
from db.session import Database
from demo.activity import add_demo_activity
from demo.complaints import add_demo_complaints
from demo.history import generate_history
from demo.rows import RowBuilder, tier_for
from domain.catalog import spec_from_dict
from domain.errors import Conflict, InvalidValue
from services.catalog import load_default_catalog
from services.positions import record_positions
from services.staff import hash_password

DEMO_PASSWORD = "Demo2026"
# (login, role, name, sales qualifications): manager3 lacks the insurance qualification on purpose.
DEMO_STAFF = (
    ("teller1", "teller", "李婷", ()),
    ("teller2", "teller", "王磊", ()),
    ("manager1", "manager", "陈静", ("fund", "insurance", "gold")),
    ("manager2", "manager", "张伟强", ("fund", "insurance", "gold")),
    ("manager3", "manager", "刘洋", ("fund",)),
    ("supervisor1", "supervisor", "赵敏", ("fund", "insurance", "gold")),
    ("admin1", "admin", "周建华", ()),
    # The other posts of DOMAIN §1, one login each (added last: the demo's customers and ids stay as they were).
    ("lobby1", "lobby_manager", "孙悦", ()),
    ("wealth1", "wealth_manager", "吴思远", ("fund", "insurance", "gold")),
    ("complaints1", "complaint_officer", "郑洁", ()),
    ("head1", "branch_head", "钱国栋", ()),
)
BRANCH = {
    "code": "3101",
    "name": "示范银行上海徐汇支行",
    "name_en": "Demo Bank Shanghai Xuhui Sub-branch",
    "address": "上海市徐汇区漕溪北路88号",
    "phone": "021-64388888",
}
HISTORY_LIMIT = 20_000  # customers up to which the demo gets a year of figures (demo/history.py)
CHUNK = 5_000  # rows per executemany: big enough to amortise, small enough to keep memory flat
TABLES = (Household, Customer, IdDocument, Holding, RiskAssessment, Interaction, Consent)


@dataclass(frozen=True)
class DemoSummary:
    branch_code: str
    branch_name: str
    customers: int
    households: int
    documents: int
    holdings: int
    assessments: int
    interactions: int
    products: int
    tiers: tuple[tuple[str, int], ...]
    logins: tuple[tuple[str, str], ...]  # (login, role)
    password: str


def is_empty(db: Database) -> bool:
    """No customers and no staff: the only kind of database the demo fills."""
    with db.read() as uow:
        return _is_empty(uow.session)


def _is_empty(session) -> bool:
    return not session.scalar(select(func.count()).select_from(Customer)) and not session.scalar(
        select(func.count()).select_from(Staff)
    )


def generate(
    db: Database, customers: int = 2000, seed: int = 1, today: date | None = None, *, actor: str = "demo"
) -> DemoSummary:
    """Fill an empty database; DomainError `database_not_empty` otherwise (nothing is touched then)."""
    if customers < 0:
        raise InvalidValue("demo_customer_count")
    today = today or date.today()
    if not is_empty(db):
        raise Conflict("database_not_empty")
    load_default_catalog(db, actor)
    password_hash = hash_password(DEMO_PASSWORD)  # argon2 is slow on purpose: hash once, share it
    with db.write() as uow:
        session = uow.session
        if not _is_empty(session):  # another station got there first
            raise Conflict("database_not_empty")
        branch = session.scalars(select(Branch).where(Branch.code == BRANCH["code"])).first()
        if branch is None:
            branch = Branch(**BRANCH)
            session.add(branch)
            session.flush()
        staff = _add_staff(session, branch.id, password_hash, today)
        products = {row.code: (row.id, spec_from_dict(row.spec)) for row in session.scalars(select(Product))}
        last_no = counters.next_value(session, "customer_no", count=customers) if customers else 0
        builder = RowBuilder(
            random.Random(seed), today, (branch.id, branch.code), staff, products, _next_ids(session)
        )
        connection = session.connection()
        totals: Counter[str] = Counter()
        for batch in builder.batches(customers, first_number=last_no - customers + 1):
            for model in TABLES:
                rows = batch[model.__tablename__]
                totals[model.__tablename__] += len(rows)
                _insert(connection, model, rows)
        _advance_sequences(connection)
        audit.record(
            session,
            actor=actor,
            action="demo_generated",
            entity="database",
            details={"customers": customers, "seed": seed, "today": today.isoformat()},
        )
        uow.commit()
    if customers:
        add_demo_complaints(db, today)
    if customers <= HISTORY_LIMIT:
        generate_history(db, today, seed)
        add_demo_activity(db, today, seed)
    else:  # walking a large book day by day in Python would take minutes: start its history today
        record_positions(db, today)
    return DemoSummary(
        branch_code=branch.code,
        branch_name=branch.name,
        customers=totals["customers"],
        households=totals["households"],
        documents=totals["id_documents"],
        holdings=totals["holdings"],
        assessments=totals["risk_assessments"],
        interactions=totals["interactions"],
        products=len(products),
        tiers=tuple(sorted(builder.tiers.items())),
        logins=tuple((login, role) for login, role, _, _ in DEMO_STAFF),
        password=DEMO_PASSWORD,
    )


def _add_staff(session, branch_id: int, password_hash: str, today: date) -> dict[str, list[int]]:
    """The demo staff; returns staff ids by role."""
    joined = datetime.combine(today - timedelta(days=3 * 365), time(9))
    by_role: dict[str, list[int]] = {}
    for index, (login, role, name, qualifications) in enumerate(DEMO_STAFF):
        row = Staff(
            login=login,
            name=name,
            role=role,
            branch_id=branch_id,
            phone=f"021-6438{8801 + index}",
            password_hash=password_hash,
            failed_logins=0,
            active=True,
            qualifications=list(qualifications),
            created_at=joined,
        )
        session.add(row)
        session.flush()
        by_role.setdefault(role, []).append(row.id)
    return by_role


def _next_ids(session) -> dict[str, int]:
    """First free primary key per table: ids are assigned here so child rows can point at parents."""
    return {model.__tablename__: (session.scalar(select(func.max(model.id))) or 0) + 1 for model in TABLES}


def _insert(connection: Connection, model, rows: list[dict]) -> None:
    statement = insert(model.__table__)
    for start in range(0, len(rows), CHUNK):
        connection.execute(statement, rows[start : start + CHUNK])


def _advance_sequences(connection: Connection) -> None:
    """PostgreSQL: explicit ids leave the id sequences behind; move them past the rows just written."""
    if connection.dialect.name != "postgresql":
        return
    for model in TABLES:
        table = model.__tablename__
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )


__all__ = ["DEMO_PASSWORD", "DEMO_STAFF", "DemoSummary", "generate", "is_empty", "tier_for"]
