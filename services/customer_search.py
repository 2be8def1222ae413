"""Finding a customer from one search box: by name (characters, pinyin, initials), ID number, mobile, customer
number or account/card number, ranked, at million-customer scale.

`domain.search.plan` says which lookups an input means; each runs here as one index-driven query (equality, `IN`
or a prefix range `key >= p AND key < prefix_end(p)` ordered by the key, LIMIT n+1), never a `LIKE '%x%'` scan.
Ranges compare in code-point order: SQLite's default BINARY collation does, and on PostgreSQL the keys are compared
`COLLATE "C"` against indexes built with that collation (migration 0003), whatever the database's own collation.
The merged hits (at most `LIMIT`) are then read with their manager, main ID document and assets, and masked as the
viewer may see them (domain/privacy.py) before they leave db/.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, func, literal, literal_column, select, union_all
from sqlalchemy.orm import Session

from db.models import Customer, Holding, IdDocument, Staff
from db.session import Database
from domain.customer import CustomerView
from domain.identity import mask_account, mask_id_number, mask_phone
from domain.people import age_on
from domain.permissions import BOOK_HOLDERS
from domain.search import (
    LIMIT,
    Candidate,
    Field,
    Lookup,
    Mode,
    Rank,
    SearchHit,
    best_first,
    plan,
    prefix_end,
)
from domain.staff import StaffUser

__all__ = ["LIMIT", "customer_profile", "search_customers"]


def phone_tail_expression(digits: int) -> ColumnElement[str]:
    """The last `digits` characters of the mobile (customers.phone_tail holds the last 4, indexed)."""
    return func.substr(Customer.phone, func.length(Customer.phone) - literal_column(str(digits - 1)))


_SOURCES = {  # field -> (customer id column, key column)
    Field.ID_NUMBER: (IdDocument.customer_id, IdDocument.id_number),
    Field.ID_TAIL: (IdDocument.customer_id, IdDocument.id_tail),
    Field.PHONE: (Customer.id, Customer.phone),
    Field.CUSTOMER_NO: (Customer.id, Customer.customer_no),
    Field.ACCOUNT: (Holding.customer_id, Holding.account_no),
    Field.NAME: (Customer.id, Customer.name),
    Field.PINYIN: (Customer.id, Customer.name_pinyin),
    Field.INITIALS: (Customer.id, Customer.name_initials),
}
_BINARY_KEYS = {
    Field.ID_NUMBER,
    Field.PHONE,
    Field.CUSTOMER_NO,
    Field.ACCOUNT,
    Field.NAME,
    Field.PINYIN,
    Field.INITIALS,
}


def _statement(lookup: Lookup, postgresql: bool, limit: int) -> Select[int, str, str]:
    """One lookup: (customer id, key, account) of at most `limit` matches, in key order, straight off an index."""
    if lookup.field is Field.PHONE_TAIL:
        query = select(Customer.id, Customer.phone, literal("")).where(Customer.phone_tail == lookup.value)
        if len(lookup.suffix) > len(lookup.value):
            # 5-6 digits: the index finds the last 4, this checks the rest
            query = query.where(phone_tail_expression(len(lookup.suffix)) == lookup.suffix)
        return query.order_by(Customer.phone, Customer.id).limit(limit)
    owner, column = _SOURCES[lookup.field]
    key = column.collate("C") if postgresql and lookup.field in _BINARY_KEYS else column  # see migration 0003
    account = Holding.account_no if lookup.field is Field.ACCOUNT else literal("")
    query = select(owner, column, account)
    if lookup.mode is Mode.EXACT:
        query = query.where(key == lookup.value)
    elif lookup.mode is Mode.ANY_OF:
        query = query.where(key.in_(lookup.values))
    else:
        query = query.where(key >= lookup.value, key < prefix_end(lookup.value))
    return query.order_by(key, owner).limit(limit)


def find_candidates(
    session: Session, lookups: tuple[Lookup, ...], postgresql: bool, limit: int
) -> list[Candidate]:
    """Every lookup in one statement (UNION ALL of limited subqueries, each on its own index): one round trip."""
    parts = []
    for order, lookup in enumerate(lookups):
        inner = _statement(lookup, postgresql, limit + 1).subquery()
        cid, key, account = inner.c
        parts.append(
            select(literal(order).label("lookup"), cid.label("cid"), key.label("k"), account.label("acct"))
        )
    statement = parts[0] if len(parts) == 1 else union_all(*parts)
    return [
        Candidate(cid, lookups[order].rank, order, key, lookups[order].field, account or "")
        for order, cid, key, account in session.execute(statement).all()
    ]


def search_customers(
    db: Database, user: StaffUser, text: str, limit: int = LIMIT, *, today: date | None = None
) -> list[SearchHit]:
    """At most `limit` customers, best match first (exact identifier, exact name, exact initials, then partial).

    Empty input shows a customer manager their own book and everybody else nothing; input that cannot be a name or
    identifier (punctuation, too short, too long) finds nothing. Never raises for what was typed."""
    today = today or date.today()
    lookups = plan(text)
    with db.read() as uow:
        session = uow.session
        if lookups:
            candidates = best_first(find_candidates(session, lookups, not db.is_sqlite, limit), limit)
        elif not text.strip() and user.role in BOOK_HOLDERS:  # an empty search shows a manager their own book
            own = session.execute(
                select(Customer.id, Customer.customer_no)
                .where(Customer.manager_id == user.id)
                .order_by(Customer.manager_id, Customer.customer_no)
                .limit(limit)
            ).all()
            candidates = [Candidate(cid, Rank.PARTIAL, 0, no, Field.CUSTOMER_NO) for cid, no in own]
        else:
            return []
        if not candidates:
            return []
        return _hits(session, user, candidates, today)


def _hits(session: Session, user: StaffUser, candidates: list[Candidate], today: date) -> list[SearchHit]:
    """The found customers with their manager, first ID document and assets: one query."""
    ids = [c.customer_id for c in candidates]
    aum = (
        select(func.sum(Holding.balance))
        .where(Holding.customer_id == Customer.id, Holding.status == "active")
        .scalar_subquery()
    )
    document = (
        select(IdDocument.id_number)
        .where(IdDocument.customer_id == Customer.id)
        .order_by(IdDocument.id)
        .limit(1)
        .scalar_subquery()
    )
    customers = {
        row.id: row
        for row in session.execute(
            select(
                Customer.id,
                Customer.customer_no,
                Customer.name,
                Customer.gender,
                Customer.birth_date,
                Customer.phone,
                Customer.tier,
                Customer.manager_id,
                Staff.name.label("manager_name"),
                aum.label("aum"),
                document.label("id_number"),
            )
            .outerjoin(Staff, Staff.id == Customer.manager_id)
            .where(Customer.id.in_(ids))
        ).all()
    }
    hits = []
    for c in candidates:
        customer = customers[c.customer_id]
        id_number = (
            customer.id_number or ""
        )  # masked for every role: a reveal, with its reason, is on the profile
        hits.append(
            SearchHit(
                customer_no=customer.customer_no,
                name=customer.name,
                gender=customer.gender,
                birth_date=customer.birth_date,
                id_number=mask_id_number(id_number),
                phone=mask_phone(customer.phone),
                tier=customer.tier,
                manager_name=customer.manager_name,
                aum=customer.aum or Decimal("0.00"),
                age=age_on(customer.birth_date, today),
                match=c.field,
                rank=c.rank,
                account=mask_account(c.account) if c.account else "",
            )
        )
    return hits


def customer_profile(db: Database, user: StaffUser, customer_no: str) -> CustomerView:
    """A customer as this user may see them: masked unless the role's rights say otherwise."""
    from services.customers import customer_detail

    view = customer_detail(db, customer_no)
    return view.masked_copy()  # for every role: seeing identifiers in full is a reveal, on record
