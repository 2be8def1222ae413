"""Small, explicit test data: a branch with one account per role, a few products and customers."""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from db.models import Branch, Customer, Holding, IdDocument, Product, RiskAssessment, Staff
from db.session import Database
from demo import DEMO_PASSWORD
from domain.codes import Role
from domain.staff import StaffUser
from services import staff

PASSWORD = DEMO_PASSWORD  # one password for test and demo staff: the CLI tests sign in to both
LOGINS = {
    Role.TELLER: "teller1",
    Role.MANAGER: "manager1",
    Role.SUPERVISOR: "supervisor1",
    Role.ADMIN: "admin1",
}
# Valid resident IDs (checksums right): 张三 born 1980-05-17 male, 李四 1949-12-31 female.
ZHANG_ID = "110105198005170019"
LI_ID = "11010519491231002X"


@functools.cache
def _password_hash() -> str:
    return staff.hash_password(PASSWORD)  # argon2 is slow on purpose: hash once per run


def new_staff(login: str, role: Role, branch_id: int, name: str | None = None) -> Staff:
    """An active staff row (not yet added), password PASSWORD."""
    return Staff(
        login=login,
        name=name or f"{role.value}-{login}",
        role=role.value,
        branch_id=branch_id,
        password_hash=_password_hash(),
        failed_logins=0,
        active=True,
        qualifications=[],
        created_at=datetime(2026, 1, 1),
    )


def add_staff(db: Database) -> dict[Role, int]:
    with db.write() as uow:
        branch = Branch(code="0001", name="示范银行测试支行", name_en="Test sub-branch")
        uow.session.add(branch)
        uow.session.flush()
        rows = [new_staff(login, role, branch.id) for role, login in LOGINS.items()]
        uow.session.add_all(rows)
        uow.session.flush()
        ids = {Role(row.role): row.id for row in rows}
        uow.commit()
    return ids


def add_product(
    session, code: str, name: str, family: str = "deposit", risk_level: int | None = 1
) -> Product:
    product = Product(
        code=code,
        name=name,
        name_en=code,
        family=family,
        spec={"code": code},
        risk_level=risk_level,
        currency="CNY",
        min_amount=Decimal("50.00"),
        rate=Decimal("0.0150"),
        active=True,
        updated_at=datetime(2026, 1, 1),
    )
    session.add(product)
    session.flush()
    return product


def add_customer(
    session,
    customer_no: str,
    name: str,
    id_number: str,
    birth: date,
    gender: str,
    manager_id: int | None,
    branch_id: int,
    phone: str = "13812345678",
) -> Customer:
    now = datetime(2026, 1, 1)
    customer = Customer(
        customer_no=customer_no,
        branch_id=branch_id,
        name=name,
        name_pinyin="",
        name_initials="",
        gender=gender,
        birth_date=birth,
        phone=phone,
        manager_id=manager_id,
        created_at=now,
        updated_at=now,
        tags=[],
    )
    session.add(customer)
    session.flush()
    session.add(
        IdDocument(
            customer_id=customer.id, id_type="RESIDENT_ID", id_number=id_number, id_tail=id_number[-6:]
        )
    )
    return customer


def small_branch(db: Database, today: date) -> dict[Role, int]:
    """Two customers of manager1, one maturing deposit, one expired assessment."""
    ids = add_staff(db)
    with db.write() as uow:
        s = uow.session
        branch_id = s.get_one(Staff, ids[Role.MANAGER]).branch_id
        deposit = add_product(s, "TD1Y", "整存整取一年")
        zhang = add_customer(
            s, "C0000000001", "张三", ZHANG_ID, date(1980, 5, 17), "M", ids[Role.MANAGER], branch_id
        )
        li = add_customer(
            s, "C0000000002", "李四", LI_ID, date(1949, 12, 31), "F", None, branch_id, "13998765432"
        )
        s.add(
            Holding(
                customer_id=zhang.id,
                product_id=deposit.id,
                account_no="6222020000000001",
                balance=Decimal("120000.00"),
                opened_on=today - timedelta(days=350),
                maturity_on=today + timedelta(days=15),
            )
        )
        s.add(
            Holding(
                customer_id=li.id,
                product_id=deposit.id,
                account_no="6222020000000002",
                balance=Decimal("8000.50"),
                opened_on=today - timedelta(days=30),
                maturity_on=None,
            )
        )
        s.add(
            RiskAssessment(
                customer_id=li.id,
                grade="C2",
                score=30,
                questionnaire_version="test",
                assessed_on=today - timedelta(days=400),
                valid_until=today - timedelta(days=35),
                channel="branch",
                answers={},
                created_at=datetime(2025, 1, 1),
            )
        )
        uow.commit()
    return ids


# The other posts of DOMAIN §1: added by `add_other_roles` where a test needs them (the four above stay the base).
OTHER_LOGINS = {
    Role.LOBBY_MANAGER: "lobby1",
    Role.WEALTH_MANAGER: "wealth1",
    Role.COMPLAINT_OFFICER: "complaints1",
    Role.BRANCH_HEAD: "head1",
}


def add_other_roles(db: Database) -> dict[Role, int]:
    """One account per role of OTHER_LOGINS in the branch of `add_staff` (the wealth manager holds every
    qualification); their ids by role."""
    with db.write() as uow:
        branch_id = uow.session.scalars(select(Branch.id).order_by(Branch.id)).first()
        rows = [new_staff(login, role, branch_id) for role, login in OTHER_LOGINS.items()]
        rows[1].qualifications = ["fund", "insurance", "gold"]
        uow.session.add_all(rows)
        uow.session.flush()
        ids = {Role(row.role): row.id for row in rows}
        uow.commit()
    return ids


def add_second_supervisor(db: Database, login: str = "supervisor2") -> int:
    """A second supervisor in the branch of `add_staff`: the checker of a maker-checker change."""
    with db.write() as uow:
        branch_id = uow.session.scalars(select(Branch.id).order_by(Branch.id)).first()
        row = new_staff(login, Role.SUPERVISOR, branch_id)
        uow.session.add(row)
        uow.session.flush()
        staff_id = row.id
        uow.commit()
    return staff_id


def operator(db: Database, login: str = "ops1") -> StaffUser:
    """An administrator who runs the branch's imports (created on first use, beside whatever staff exist)."""
    with db.write() as uow:
        row = uow.session.scalars(select(Staff).where(Staff.login == login)).one_or_none()
        if row is None:
            branch = staff.branch_or_default(uow.session, None)
            row = new_staff(login, Role.ADMIN, branch.id, name="运营管理员")
            uow.session.add(row)
            uow.session.flush()
        user = staff.user_of_row(uow.session, row.id)
        uow.commit()
    return user
