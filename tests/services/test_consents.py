"""Consents (issue 17, PIPL Art. 23/29): on record with date, channel and evidence; a sale sharing the customer's
data with the issuer needs one on the day; the agreement states it only when it is so, with its date."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models import AuditEntry, Consent
from domain.errors import DomainError, InvalidValue, Refused
from services import agreements, consents, staff
from services.profile import load_profile
from services.staff import user_by_login
from tests.factories import operator
from tests.services.test_agreements import NOW, TD, WM_R2, shop
from tests.services.test_suitability_service import product

FUND = replace(
    WM_R2, code="FUND-R2", name="稳健债券基金", family="fund", sale_mode="agency", issuer="某基金公司"
)
INSURANCE = replace(WM_R2, code="INS-X", name="分红型两全保险", family="insurance", sale_mode="agency",
                    issuer="某人寿保险", terms=("5Y",))  # fmt: skip


@pytest.fixture
def branch(db):
    shop(db)
    with db.write() as uow:
        product(uow.session, FUND)
        product(uow.session, INSURANCE)
        uow.commit()
    staff.set_qualifications(db, operator(db), "manager1", ["fund", "insurance"])
    return db


def sell(db, spec, term=None):
    return agreements.issue(db, user_by_login(db, "manager1"), "C0000000001", spec.code, Decimal("50000"), term,
                            ("dual_recording_required",), station="T01", now=NOW)  # fmt: skip


def refused(db, spec, term=None) -> tuple[str, ...]:
    with pytest.raises(Refused) as caught:
        sell(db, spec, term)
    return tuple(f.code for f in caught.value.findings)


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "a.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return re.sub(r"\s+", "", out.stdout.decode("utf-8"))


def test_a_fund_sale_needs_the_sharing_consent_and_prints_its_date(branch, tmp_path):
    teller = user_by_login(branch, "teller1")
    assert "consent_missing_third_party_sharing" in refused(branch, FUND)
    consents.record(branch, teller, "C0000000001", "third_party", evidence="授权书 2026-0105",
                    given_on=date(2026, 1, 5), now=NOW)  # fmt: skip
    issued = sell(branch, FUND)
    assert "甲方已于2026年1月5日就此单独同意" in text_of(issued.pdf, tmp_path)
    consents.withdraw(branch, teller, "C0000000001", "third_party", now=NOW)
    assert "consent_missing_third_party_sharing" in refused(branch, FUND)


def test_insurance_also_needs_the_sensitive_data_consent(branch):
    teller = user_by_login(branch, "teller1")
    consents.record(branch, teller, "C0000000001", "third_party", given_on=date(2026, 1, 5), now=NOW)
    assert refused(branch, INSURANCE, "5Y") == ("consent_missing_sensitive_processing",)
    consents.record(branch, teller, "C0000000001", "sensitive", given_on=date(2026, 1, 5), now=NOW)
    assert sell(branch, INSURANCE, "5Y").number


def test_an_own_product_or_a_deposit_needs_none_and_the_agreement_claims_none(branch, tmp_path):
    text = text_of(sell(branch, WM_R2).pdf, tmp_path)
    assert "单独同意" in text and "甲方已于" not in text  # the bank's undertaking, not a consent nobody gave
    assert agreements.issue(branch, user_by_login(branch, "teller1"), "C0000000001", TD.code, Decimal("1000"),
                            "1Y", (), station="T01", now=NOW).number  # fmt: skip


def test_a_consent_is_on_record_and_bad_input_is_refused(branch):
    teller = user_by_login(branch, "teller1")
    with pytest.raises(InvalidValue, match="consent_unknown"):
        consents.record(branch, teller, "C0000000001", "astrology")
    with pytest.raises(InvalidValue, match="consent_date_in_future"):
        consents.record(branch, teller, "C0000000001", "marketing", given_on=date(2026, 12, 1), now=NOW)
    with pytest.raises(DomainError, match="consent_not_on_file"):
        consents.withdraw(branch, teller, "C0000000001", "marketing")
    with pytest.raises(DomainError, match="not_permitted"):
        consents.record(branch, operator(branch), "C0000000001", "marketing")
    consents.record(
        branch, teller, "C0000000001", "marketing", channel="phone", evidence="录音 0042", now=NOW
    )
    assert load_profile(branch, teller, "C0000000001").consents == ("marketing",)
    with branch.read() as uow:
        row = uow.session.scalars(select(Consent)).one()
        assert (row.purpose, row.channel, row.evidence, row.given_on) == (
            "marketing",
            "phone",
            "录音 0042",
            NOW.date(),
        )
        actions = uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.action.like("consent_%"))
        ).all()
    assert actions == ["consent_given"]
