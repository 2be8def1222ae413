"""`branchdesk suitability` as a person runs it: a separate process, its exit status, codes and words."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models import Customer, RiskAssessment
from domain.catalog import ProductSpec
from domain.suitability import assessment_valid_until
from tests.cli import branchdesk
from tests.factories import small_branch
from tests.services.test_suitability_service import product

TODAY = "2026-11-23"


@pytest.fixture
def shop(db, db_url):
    small_branch(db, datetime(2026, 11, 23).date())
    with db.write() as uow:
        s = uow.session
        product(s, ProductSpec(code="WM-R2", name="稳健理财", family="wealth", risk_level=2, currency="CNY",
                               min_amount=Decimal("10000"), sale_mode="own", dual_recording=True))  # fmt: skip
        product(s, ProductSpec(code="WM-R4", name="进取理财", family="wealth", risk_level=4, currency="CNY",
                               sale_mode="own"))  # fmt: skip
        zhang = s.scalars(select(Customer).where(Customer.customer_no == "C0000000001")).one()
        day = datetime(2026, 1, 10).date()
        s.add(RiskAssessment(customer_id=zhang.id, grade="C2", score=30, questionnaire_version="risk_v2025_1",
                             assessed_on=day, valid_until=assessment_valid_until(day), channel="branch",
                             answers={}, confirmed=True, created_at=datetime(2026, 1, 10)))  # fmt: skip
        uow.commit()
    return db_url


def test_an_allowed_sale_exits_0_and_lists_its_warnings(shop):
    done = branchdesk(shop, "suitability", "C0000000001", "WM-R2", "--amount", "20000", "--as-of", TODAY)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ALLOWED")
    assert "warning dual_recording_required: This sale must be recorded on audio and video" in done.stdout
    assert "next step (record_sale): Record the sale on audio and video." in done.stdout


def test_a_blocked_sale_exits_3_with_codes_and_words(shop):
    done = branchdesk(shop, "suitability", "C0000000001", "WM-R4", "--as-of", TODAY)
    assert done.returncode == 3, done.stderr
    assert done.stdout.startswith("BLOCKED")
    assert (
        "block risk_mismatch: The product is R4 but the customer's risk tolerance C2 allows up to R2. "
        "Choose a product of R2 or lower." in done.stdout
    )


def test_json_output_carries_codes_params_and_words(shop):
    done = branchdesk(
        shop, "suitability", "C0000000002", "WM-R2", "--amount", "5000", "--as-of", TODAY, "--json"
    )
    assert done.returncode == 3, done.stderr
    payload = json.loads(done.stdout)
    assert payload["allowed"] is False and payload["channel"] == "branch"
    codes = [b["code"] for b in payload["blocks"]]
    assert codes == ["risk_assessment_expired", "below_minimum"]
    expired = payload["blocks"][0]
    assert expired["message"].startswith("The customer's risk assessment expired on ")
    assert expired["next_step"] == "reassess"
    assert (
        payload["blocks"][1]["message"]
        == "5,000.00 yuan is below the minimum of 10,000.00 yuan. Raise the amount."
    )


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("C9999999999", "WM-R2"), "There is no customer C9999999999."),
        (("C0000000001", "NO-SUCH"), "There is no product with code NO-SUCH."),
        (("C0000000001", "WM-R2", "--channel", "phone"), "Unknown sales channel phone"),
        (("C0000000001", "WM-R2", "--as-of", "23.11.2026"), "is not a date written as YYYY-MM-DD"),
    ],
)
def test_unknown_customer_product_or_bad_argument_exits_2(shop, argv, words):
    done = branchdesk(shop, "suitability", *argv)
    assert done.returncode == 2
    assert words in done.stderr
