"""The services a signed-in person may call, bound to the database and to that person.

Screens get this object instead of the database: they never see a session or an engine.
"""

from __future__ import annotations

from db.services import catalog, customer_search, overview, staff
from db.session import Database
from domain.codes import Role
from domain.errors import DomainError
from domain.staff import StaffUser


class Backend:
    def __init__(self, db: Database, user: StaffUser) -> None:
        self.db, self.user = db, user

    def home_summary(self):
        return overview.home_summary(self.db, self.user)

    def search_customers(self, text: str):
        return customer_search.search_customers(self.db, self.user, text)

    def customer_profile(self, customer_no: str):
        return customer_search.customer_profile(self.db, self.user, customer_no)

    def products(self):
        return catalog.list_products(self.db)

    def accounts(self):
        self._require(Role.ADMIN)
        return staff.list_accounts(self.db)

    def add_account(self, login: str, name: str, role: Role, password: str):
        self._require(Role.ADMIN)
        return staff.add_user(
            self.db,
            login_name=login,
            name=name,
            role=role,
            password=password,
            actor=self.user.login,
            branch_code=self.user.branch_code,
        )

    def unlock(self, account_id: int, version: int) -> None:
        staff.unlock_account(self.db, account_id, version, self.user)

    def set_active(self, account_id: int, version: int, active: bool) -> None:
        staff.set_active(self.db, account_id, version, active, self.user)

    def reset_password(self, account_id: int, version: int, password: str) -> None:
        staff.reset_password(self.db, account_id, version, password, self.user)

    def verify_password(self, user: StaffUser, password: str) -> None:
        staff.verify_password(self.db, user, password)

    def _require(self, role: Role) -> None:
        if self.user.role is not role:
            raise DomainError("not_permitted")
