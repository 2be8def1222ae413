"""Every product of the default catalogue gets the agreement of its own kind (issue 17): each is issued through
the real service and its PDF read back (pdftotext) for the title and the clauses that fit it and for those that
must not be there (a demand deposit never speaks of a term or a maturity). A product whose family signs no
agreement is refused; one of an agreement family without a template of its kind is refused naming it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models import Customer, Product, RiskAssessment
from domain.agreements import ACKNOWLEDGEABLE
from domain.catalog import AGREEMENT_FAMILIES, spec_from_dict, spec_to_dict, validate_catalog
from domain.documents import load_template
from domain.errors import DomainError
from domain.paths import resource_path
from domain.strict_yaml import load_strict
from domain.suitability import assessment_valid_until
from services import agreements, consents, staff
from services.catalog import load_default_catalog
from services.staff import user_by_login
from tests.factories import add_customer, operator, small_branch
from tests.reports.conftest import Pdf

TODAY = date(2026, 11, 23)
ZHANG = "C0000000001"
PUPIL = "C0000000009"  # twelve years old: the youth card and education savings are hers
PUPIL_ID = "110105201403070024"

# A consent is stated only as the record has it, with its date (services/consents.py); never as a bare fact.
CONSENTED_ON = date(2026, 1, 5)
STATED = f"甲方已于{CONSENTED_ON.year}年{CONSENTED_ON.month}月{CONSENTED_ON.day}日就此单独同意"

# template -> (title, words its clauses must print, words they must never print)
FITS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "demand_deposit": (
        "个人活期储蓄存款服务协议",
        ("活期储蓄", "按季结息", "存款保险"),
        ("存期", "到期", "定期", "提前支取"),
    ),
    "time_deposit": (
        "个人定期存款（整存整取）服务协议",
        ("整存整取", "提前支取", "到期日"),
        ("活期储蓄存款服务",),
    ),
    "instalment_deposit": (
        "个人零存整取定期存款服务协议",
        ("每月约定存入金额", "漏存", "违约"),
        ("整存整取定期存款利率计息，存期内",),
    ),
    "notice_deposit": ("个人通知存款服务协议", ("提前一天或七天", "五万元"), ("到期日",)),
    "education_savings": ("教育储蓄存款服务协议", ("小学四年级", "二万元", "学校证明"), ()),
    "large_cd": ("个人大额存单认购协议", ("二十万元", "转让"), ()),
    "passbook_deposit": ("个人定期一本通存款服务协议", ("一本通", "必须设置密码", "不提供异地存取"), ()),
    "structured_deposit": (
        "个人结构性存款产品协议书",
        ("不同于一般性存款", "挂钩标的", "风险揭示书"),
        ("保证收益",),
    ),
    "wealth_subscription": ("理财产品认购（申购）协议书", ("业绩比较基准", "不属于存款"), ("存款依照",)),
    "fund_subscription": ("代销证券投资基金认购（申购）协议书", ("基金",), ()),
    "insurance_agency": ("银行代理保险业务投保确认书", ("保险",), ()),
    "certificate_bond": ("储蓄国债（凭证式）认购协议", ("收款凭证", "不可流通", "千分之一"), ("托管账户",)),
    "savings_bond": (
        "储蓄国债（电子式）认购协议",
        ("电子方式记录债权", "托管账户", "不可流通"),
        ("收款凭证", "到期日："),
    ),
    "book_entry_bond": ("柜台记账式国债交易协议", ("上市流通", "价格风险", "双边报价"), ("不可流通",)),
    "physical_gold": ("实物黄金买卖协议", ("质量证书", "回购", "不属于存款"), ("积存",)),
    "account_gold": ("积存金业务协议", ("积存金账户", "不计付利息", "赎回"), ("质量证书",)),
    "fx_trading": ("个人实盘外汇买卖协议", ("不得透支", "止损委托", "汇率风险"), ("结汇",)),
    "fx_exchange": ("个人结售汇（外币兑换）业务协议", ("五万美元", "购汇", "关注名单"), ("止损",)),
    "fx_remittance": ("速汇金个人国际汇款业务协议", ("汇款参考号", "解付", "退汇", "单独同意", STATED), ()),
    "debit_card": ("借记卡领用协议", ("不具备透支功能", "挂失", "存款保险"), ("免息还款期",)),
    "credit_card": ("信用卡申请及领用合约", ("免息还款期", "最低还款", "不属于存款"), ("不具备透支功能",)),
    "ebanking_service": ("个人电子银行服务协议", ("动态口令", "短信验证码", "单日对外转账限额"), ()),
    "sms_alert": ("账户变动短信通知服务协议", ("通知起点金额", "手机号码", "不作为交易凭证"), ()),
    "loan_application": ("个人贷款申请书", ("贷款",), ()),
    "standing_instruction": ("个人账户约定转存服务协议", ("约定",), ()),
    "deposit_certificate": ("个人存款证明", ("存款证明",), ()),
}


def _fill_shop(db) -> None:
    small_branch(db, TODAY)
    load_default_catalog(db, "test")
    with db.write() as uow:
        s = uow.session
        zhang = s.scalars(select(Customer).where(Customer.customer_no == ZHANG)).one()
        pupil = add_customer(
            s, PUPIL, "王小明", PUPIL_ID, date(2014, 3, 7), "F", zhang.manager_id, zhang.branch_id
        )
        for person in (zhang, pupil):
            person.tier = "T3"  # the private WMP, the premium card and the safe box are for T3
            person.qualified_investor = True
            person.tags = ["guardian_consent"]
            s.add(RiskAssessment(customer_id=person.id, grade="C5", score=90, questionnaire_version="risk_v2025_1",
                                 assessed_on=date(2026, 1, 10), valid_until=assessment_valid_until(date(2026, 1, 10)),
                                 channel="branch", answers={}, confirmed=True,
                                 created_at=datetime(2026, 1, 10)))  # fmt: skip
        uow.commit()
    # The seller: a customer manager holding every qualification the families need.
    staff.set_qualifications(db, operator(db), "manager1", ["fund", "insurance", "gold"], date(2027, 12, 31))
    # Agency sales share the customer's data with the issuer; insurance also processes sensitive data.
    seller = user_by_login(db, "manager1")
    for customer in (ZHANG, PUPIL):
        for purpose in ("third_party", "sensitive"):
            consents.record(db, seller, customer, purpose, given_on=CONSENTED_ON,
                            now=datetime.combine(TODAY, time(9, 0)))  # fmt: skip


@pytest.fixture(scope="module")
def catalogue_products():
    return validate_catalog(load_strict(resource_path("catalog", "default.yaml").read_text("utf-8")))


def _sale(spec):
    """Who buys it, how much, which term and on which day (inside the product's sale period)."""
    customer = PUPIL if spec.code in ("CARD-YOUTH", "DEP-EDUCATION") else ZHANG
    amount = spec.min_amount or Decimal("1000")
    if spec.max_amount is not None:
        amount = min(amount, spec.max_amount)
    day = TODAY
    if spec.sale_start and day < spec.sale_start or spec.sale_end and day > spec.sale_end:
        day = spec.sale_start
    return customer, amount, (spec.terms[0] if spec.terms else None), datetime.combine(day, time(10, 0))


def test_every_product_of_the_default_catalogue_gets_the_agreement_of_its_own_kind(
    db, tmp_path, catalogue_products
):
    _fill_shop(db)
    seller = user_by_login(db, "manager1")
    issued: dict[str, str] = {}
    for spec in catalogue_products:
        customer, amount, term, now = _sale(spec)
        if spec.template is None:
            with pytest.raises(DomainError) as refused:
                agreements.issue(db, seller, customer, spec.code, amount, term, ACKNOWLEDGEABLE, now=now)
            assert spec.family not in AGREEMENT_FAMILIES, spec.code
            assert refused.value.code == "agreement_not_for_product", spec.code
            continue
        result = agreements.issue(db, seller, customer, spec.code, amount, term, ACKNOWLEDGEABLE, now=now)
        template = load_template(result.template_id)
        assert spec.family in template.families, spec.code
        title, present, absent = FITS[result.template_id]
        text = Pdf(result.pdf, tmp_path).flat
        assert text.startswith(title) or title in text[:200], (spec.code, text[:80])
        for words in present:
            assert words in text, (spec.code, words)
        for words in (*absent, "甲方已就此单独同意"):
            assert words not in text, (spec.code, words)
        assert text.count("就此单独同意") == text.count(STATED), spec.code
        assert spec.name in text and spec.code in text
        issued[spec.code] = result.template_id
    # Each kind of deposit its own document; the families DOMAIN §8 lists each have theirs.
    assert issued["DEP-DEMAND"] == issued["DEP-USD-DEMAND"] == "demand_deposit"
    assert {issued[c] for c in ("DEP-TD-1Y", "DEP-INSTALMENT", "DEP-NOTICE-7D", "DEP-EDUCATION", "DEP-LCD-1Y",
                                "DEP-PASSBOOK", "DEP-STRUCTURED")} == {
        "time_deposit", "instalment_deposit", "notice_deposit", "education_savings", "large_cd", "passbook_deposit",
        "structured_deposit",
    }  # fmt: skip
    families = {spec.family for spec in catalogue_products if spec.code in issued}
    assert families >= AGREEMENT_FAMILIES


def test_a_deposit_without_a_template_of_its_kind_is_refused_naming_it(db, catalogue_products):
    _fill_shop(db)
    seller = user_by_login(db, "manager1")
    with db.write() as uow:
        s = uow.session
        demand = s.scalars(select(Product).where(Product.code == "DEP-DEMAND")).one()
        spec = spec_from_dict(demand.spec)
        demand.spec = spec_to_dict(replace(spec, agreement_template=None))  # no longer the time deposit's
        card = s.scalars(select(Product).where(Product.code == "CARD-DEBIT")).one()
        card.spec = spec_to_dict(replace(spec_from_dict(card.spec), agreement_template="time_deposit"))
        uow.commit()
    now = datetime.combine(TODAY, time(10, 0))
    with pytest.raises(DomainError) as missing:
        agreements.issue(db, seller, ZHANG, "DEP-DEMAND", Decimal("100"), now=now)
    assert missing.value.code == "agreement_template_missing"
    assert missing.value.params == {"product": "DEP-DEMAND", "family": "deposit", "template": "—"}
    with pytest.raises(DomainError) as unfit:
        agreements.issue(db, seller, ZHANG, "CARD-DEBIT", Decimal("100"), now=now)
    assert unfit.value.code == "agreement_template_missing"
    assert unfit.value.params["template"] == "time_deposit"  # a deposit's document never prints for a card
    # Both stay on the list, so the person issuing them reads which template is missing.
    listed = {view.code for view in agreements.agreement_products(db, TODAY)}
    assert {"DEP-DEMAND", "CARD-DEBIT"} <= listed and "SVC-PAYROLL" not in listed
