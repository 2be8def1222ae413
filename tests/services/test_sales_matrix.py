"""Who may sell what (issue 17, DOMAIN §1 and §5): tellers sell deposits and standard products only; a fund,
insurance or gold product needs a seller holding that family's qualification on the day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from domain.codes import Role
from domain.errors import DomainError, Refused
from domain.sales import held_qualifications, seller_findings
from services import agreements, consents, staff
from services.staff import user_by_login
from tests.factories import operator
from tests.services.test_agreements import NOW, TD, WM_R2, shop
from tests.services.test_suitability_service import product

FUND = replace(
    WM_R2, code="FUND-R2", name="稳健债券基金", family="fund", sale_mode="agency", issuer="某基金公司"
)


@pytest.fixture
def branch(db):
    shop(db)
    with db.write() as uow:
        product(uow.session, FUND)
        uow.commit()
    consents.record(db, user_by_login(db, "teller1"), "C0000000001", "third_party", given_on=date(2026, 1, 5),
                    now=NOW)  # fmt: skip
    return db


def issue(db, login: str, spec, amount="50000", term=None):
    return agreements.issue(db, user_by_login(db, login), "C0000000001", spec.code, Decimal(amount), term,
                            ("dual_recording_required",), station="T01", now=NOW)  # fmt: skip


def refusal(db, login: str, spec, term=None) -> tuple[str, ...]:
    with pytest.raises(Refused) as refused:
        issue(db, login, spec, term=term)
    assert refused.value.code == "agreement_refused"
    return tuple(f.code for f in refused.value.findings)


def test_a_teller_sells_a_deposit_but_not_a_fund_or_a_wealth_product(branch):
    assert issue(branch, "teller1", TD, "10000", term="1Y").number
    assert refusal(branch, "teller1", FUND)[0] == "role_not_permitted_for_product"
    assert refusal(branch, "teller1", WM_R2)[0] == "role_not_permitted_for_product"


def test_a_fund_needs_the_sellers_fund_qualification_valid_on_the_day(branch):
    admin = operator(branch)
    assert refusal(branch, "manager1", FUND)[0] == "seller_not_qualified"
    staff.set_qualifications(branch, admin, "manager1", ["fund"], NOW.date() - timedelta(days=1))
    assert refusal(branch, "manager1", FUND)[0] == "seller_not_qualified"  # expired the day before
    staff.set_qualifications(branch, admin, "manager1", ["fund"], NOW.date())
    assert issue(branch, "manager1", FUND).number  # valid through the day itself
    assert issue(branch, "manager1", WM_R2).number  # wealth needs the role, not a qualification


def test_only_an_administrator_records_qualifications_and_only_known_ones(branch):
    with pytest.raises(DomainError, match="not_permitted"):
        staff.set_qualifications(branch, user_by_login(branch, "supervisor1"), "manager1", ["fund"])
    with pytest.raises(DomainError, match="qualification_unknown"):
        staff.set_qualifications(branch, operator(branch), "manager1", ["astrology"])


def test_the_matrix_by_role_and_family():
    today = date(2026, 11, 23)
    held = held_qualifications(["insurance", {"family": "fund", "until": "2026-11-22"}], today)
    assert held == {"insurance"}
    codes = {
        (role, family): tuple(f.code for f in seller_findings(role, held, family, family != "deposit"))
        for role in Role
        for family in ("deposit", "wealth", "fund", "insurance")
    }
    assert codes[(Role.TELLER, "deposit")] == () and codes[(Role.TELLER, "wealth")] == (
        "role_not_permitted_for_product",
    )
    assert codes[(Role.MANAGER, "fund")] == ("seller_not_qualified",)
    assert codes[(Role.MANAGER, "insurance")] == () and codes[(Role.SUPERVISOR, "wealth")] == ()
    assert all(codes[(Role.ADMIN, f)] == ("role_not_permitted_for_product",) for f in ("deposit", "fund"))
