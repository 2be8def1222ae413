"""What an agreement prints, composed from the plain facts of a sale (domain.agreements.compose): no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from domain import agreements as rules
from domain.catalog import ProductSpec
from domain.documents import Institution
from domain.suitability import Finding

NOW = datetime(2026, 11, 23, 10, 15, 30, 123456)
WEALTH = ProductSpec(code="WM-R2", name="稳健理财180天", family="wealth", risk_level=2, currency="CNY",
                     sale_mode="own", rate=Decimal("0.0285"), terms=("180D",))  # fmt: skip
DEPOSIT = ProductSpec(code="TD-X", name="整存整取", family="deposit", risk_level=1, currency="CNY",
                      terms=("3M", "1Y"), rate=Decimal("0.0145"))  # fmt: skip


def sale(spec: ProductSpec = WEALTH, **kw) -> rules.SaleFacts:
    values = dict(
        number="0001-2026-000007",
        template_id="wealth_subscription",
        template_version="2026.1",
        template_text="clauses v1",
        institution=Institution("中国示范银行股份有限公司", "0001", "示范支行"),
        customer_name="张三",
        id_type="RESIDENT_ID",
        id_number="11010519491231002X",
        product_code=spec.code,
        product_name=spec.name,
        product_version=3,
        product_currency=None,
        amount=Decimal("50000"),
        spec=spec,
        risk_grade="C2",
        risk_valid_until=date(2027, 1, 9),
        term="180D",
        staff_name="李经理",
        staff_login="manager1",
        issued_at=NOW,
        station="T03",
    )
    values.update(kw)
    return rules.SaleFacts(**values)


def test_a_wealth_sale_prints_grades_rate_term_and_maturity():
    doc = rules.compose(sale())
    assert (doc.number, doc.product_version, doc.currency) == ("0001-2026-000007", "3", "CNY")
    assert (doc.id_type, doc.id_number) == ("居民身份证", "11010519491231002X")
    assert (doc.product_risk_level, doc.customer_grade, doc.assessment_valid_until) == (
        "R2",
        "C2",
        date(2027, 1, 9),
    )
    assert (doc.rate, doc.term) == (Decimal("2.85"), "180天")
    assert (doc.start_date, doc.end_date) == (date(2026, 11, 23), date(2027, 5, 22))
    assert doc.issued_at == datetime(2026, 11, 23, 10, 15, 30)  # printed to the second
    assert doc.cooling_off_hours is None and doc.issuer is None and doc.account is None


def test_the_content_hash_is_the_hash_of_the_printed_data_and_the_template_text():
    doc = rules.compose(sale())
    assert doc.content_hash == rules.content_hash(rules.document_data(doc), "clauses v1")
    assert rules.compose(sale(template_text="clauses v2")).content_hash != doc.content_hash
    assert rules.compose(sale(number="0001-2026-000008")).content_hash != doc.content_hash
    assert rules.compose(sale()) == doc  # the same facts compose the same document


def test_an_expired_grade_is_not_printed_and_deposits_print_no_grades():
    expired = rules.compose(sale(risk_valid_until=date(2026, 11, 22)))
    assert (expired.product_risk_level, expired.customer_grade, expired.assessment_valid_until) == (
        "R2",
        None,
        None,
    )
    deposit = rules.compose(sale(DEPOSIT, term="3M"))
    assert (deposit.product_risk_level, deposit.customer_grade) == (None, None)
    assert (deposit.term, deposit.end_date) == ("3个月", date(2027, 2, 23))


def test_account_masked_issuer_for_agency_and_no_document_on_file():
    agency = replace(WEALTH, sale_mode="agency", issuer="示范基金管理有限公司")
    doc = rules.compose(sale(agency, account="6222021234567890123", id_type=None, id_number=None))
    assert doc.account == "***************0123"
    assert doc.issuer == "示范基金管理有限公司"
    assert (doc.id_type, doc.id_number) == ("—", "—")


def test_acknowledged_warnings_cooling_off_hours_and_dual_recording():
    warnings = (
        Finding("cooling_off", {"hours": 48}, blocking=False),
        Finding("dual_recording_required", blocking=False),
    )
    acknowledged = ("cooling_off", "dual_recording_required")
    doc = rules.compose(sale(warnings=warnings, acknowledged=acknowledged, dual_recording_id=" REC-1 "))
    assert (doc.cooling_off_hours, doc.dual_recording, doc.dual_recording_id) == (48, True, "REC-1")
    assert doc.acknowledged_warnings == acknowledged
    plain = rules.compose(
        sale(warnings=(Finding("cooling_off", blocking=False),), acknowledged=("cooling_off",))
    )
    assert (plain.cooling_off_hours, plain.dual_recording, plain.dual_recording_id) == (24, False, None)
