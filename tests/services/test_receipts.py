"""Counter receipts against a real database: numbers per station per day, both copies, masking, reprints."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models import AuditEntry, Receipt
from domain.agreements import bytes_hash
from domain.errors import DomainError, InvalidValue
from reports.receipt import build_receipt
from services import receipts
from services.staff import user_by_login
from tests.factories import ZHANG_ID
from tests.reports.conftest import Pdf
from tests.services.test_agreements import ZHANG, another_station_takes, shop

NOW = datetime(2026, 11, 23, 14, 5, 9)
ACCOUNT = "6222020000000001"


@pytest.fixture
def branch(db):
    shop(db)
    return db


def issue(db, station="T03", now=NOW, **kw):
    kw.setdefault("service", "定期存款开户")
    kw.setdefault("amount", Decimal("100010.00"))
    return receipts.issue_receipt(db, user_by_login(db, "teller1"), station=station, now=now, **kw)


@pytest.mark.parametrize("paper", ["A4", "A5", "roll80"])
def test_both_copies_are_stored_with_masked_account_and_id(branch, tmp_path, paper):
    done = issue(branch, customer_no=ZHANG, account=ACCOUNT, fee=Decimal("0"), paper=paper,
                 authoriser=user_by_login(branch, "supervisor1"))  # fmt: skip
    assert done.number == "0001-T03-20261123-000001"
    customer, bank = Pdf(done.customer_pdf, tmp_path), Pdf(done.bank_pdf, tmp_path)
    for pdf in (customer, bank):
        text = pdf.flat
        for expected in (
            done.number, "定期存款开户", "¥100,010.00", "人民币壹拾万零壹拾元整", "张三", "************0001",
            "1101**********0019", "teller-teller1", "2026年11月23日14:05:09", "T03",
        ):  # fmt: skip
            assert expected in text, expected
        assert ACCOUNT not in text and ZHANG_ID not in text
        assert all(f["emb"] == "yes" for f in pdf.fonts)
    assert "客户回单联" in customer.flat and "银行记账联" in bank.flat
    with branch.read() as uow:
        row = uow.session.scalars(select(Receipt)).one()
        assert row.sha256 == bytes_hash(done.customer_pdf) and row.bank_sha256 == bytes_hash(done.bank_pdf)
        assert row.account_no == ACCOUNT and row.paper == paper and row.terminal == "T03"
        details = json.dumps(list(uow.session.scalars(select(AuditEntry.details))), ensure_ascii=False)
    assert ACCOUNT not in details and ZHANG_ID not in details


def test_numbers_run_per_station_per_day(branch):
    assert issue(branch).number.endswith("-T03-20261123-000001")
    assert issue(branch).number.endswith("-T03-20261123-000002")
    assert issue(branch, station="T04").number.endswith("-T04-20261123-000001")
    assert issue(branch, now=datetime(2026, 11, 24, 9, 0)).number.endswith("-T03-20261124-000001")


def test_both_copies_are_rendered_outside_the_counter_lock_and_print_the_stored_number(
    branch, monkeypatch, tmp_path
):
    """Another station takes the number while the first copies are rendered: it is not kept waiting, and the
    receipt is stored under the next number with copies that print it."""
    rendered = []

    def render(doc, template, **kw):
        rendered.append((doc.number, doc.copy.value))
        if len(rendered) == 1:
            another_station_takes(branch, "receipt:0001:T03:20261123")
        return build_receipt(doc, template, **kw)

    monkeypatch.setattr("services.receipts.build_receipt", render)
    done = issue(branch)
    first, second = "0001-T03-20261123-000001", "0001-T03-20261123-000002"
    assert rendered == [(first, "customer"), (first, "bank"), (second, "customer"), (second, "bank")]
    assert done.number == second
    assert second in Pdf(done.customer_pdf, tmp_path).flat and second in Pdf(done.bank_pdf, tmp_path).flat
    with branch.read() as uow:
        row = uow.session.scalars(select(Receipt)).one()
        assert (row.number, row.pdf, row.bank_pdf) == (second, done.customer_pdf, done.bank_pdf)


def test_reprint_counts_and_marks_the_copy(branch, tmp_path):
    done = issue(branch, customer_no=ZHANG)
    teller = user_by_login(branch, "teller1")
    first = receipts.reprint_receipt(branch, teller, done.number, "bank")
    second = receipts.reprint_receipt(branch, teller, done.number)
    assert "补打第1次" in Pdf(first, tmp_path).flat and "补打第2次" in Pdf(second, tmp_path).flat
    with branch.read() as uow:
        row = uow.session.scalars(select(Receipt)).one()
        assert row.reprints == 2 and row.pdf == done.customer_pdf


def test_refusals(branch):
    with pytest.raises(InvalidValue) as station:
        issue(branch, station="")
    assert station.value.code == "receipt_station_required"
    with pytest.raises(InvalidValue) as amount:
        issue(branch, amount=Decimal("-1"))
    assert amount.value.code == "receipt_amount_invalid"
    with pytest.raises(DomainError) as same:
        issue(branch, authoriser=user_by_login(branch, "teller1"))
    assert same.value.code == "receipt_authoriser_same_person"
    with branch.read() as uow:
        assert uow.session.scalars(select(Receipt)).first() is None
