"""Documents with every field filled, for the report tests and the benchmark (customers not in any database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from domain.documents import (
    AgreementDocument,
    AnswerLine,
    AssessmentConfirmation,
    Institution,
    ReceiptCopy,
    ReceiptDocument,
    load_template,
)

INSTITUTION = Institution(
    "中国示范银行股份有限公司", "0101", "北京朝阳支行", "北京市朝阳区建国路88号", "95588"
)
HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
RARE_NAME = "王㛃珺"  # 㛃 (U+36C3, CJK Ext-A) is in the fallback font only
NOT_PRINTABLE = "𠮷"  # U+20BB7: in neither bundled font


def qr_payload(doc: AgreementDocument) -> str:
    return f"{doc.number}|{doc.content_hash}"


def agreement(template_id: str = "wealth_subscription", **changes: object) -> AgreementDocument:
    doc = AgreementDocument(
        number="0101-2026-000123",
        template_id=template_id,
        template_version=load_template(template_id).version,
        institution=INSTITUTION,
        customer_name=RARE_NAME,
        id_type="居民身份证",
        id_number="1101**********1234",
        product_code="WM2026A01",
        product_name="稳享添利180天持有期理财产品",
        product_version="3",
        amount=Decimal("50000"),
        currency="CNY",
        term="180天",
        rate=Decimal("2.85"),
        product_risk_level="R2",
        customer_grade="C3",
        assessment_valid_until=date(2027, 3, 1),
        account="6222********1234",
        start_date=date(2026, 12, 1),
        end_date=date(2027, 5, 30),
        fees="认购费0%；销售服务费0.30%/年；固定管理费0.20%/年",
        cooling_off_hours=24,
        dual_recording=True,
        dual_recording_id="SR-20261129-0042",
        acknowledged_warnings=("cooling_off", "dual_recording_required"),
        staff_name="李明",
        staff_login="lm001",
        staff_phone="010-88886666",
        issued_at=datetime(2026, 11, 29, 10, 30),
        station="T03",
        content_hash=HASH,
    )
    return replace(doc, **changes) if changes else doc


# Family-specific fields for the other agreement templates (deposits and loans carry no risk grades).
_NO_SUITABILITY = {
    "product_risk_level": None,
    "customer_grade": None,
    "assessment_valid_until": None,
    "cooling_off_hours": None,
    "dual_recording": False,
    "dual_recording_id": None,
    "acknowledged_warnings": (),
    "fees": None,
}
FAMILY_CHANGES: dict[str, dict[str, object]] = {
    "wealth_subscription": {},
    "fund_subscription": {
        "product_code": "000001",
        "product_name": "示范稳健增利债券型证券投资基金A类",
        "issuer": "示范基金管理有限公司",
        "cooling_off_hours": None,
        "rate": None,
        "term": "开放式，无固定期限",
        "fees": "申购费0.60%；赎回费按持有期限递减",
    },
    "time_deposit": {
        **_NO_SUITABILITY,
        "product_code": "TD3Y",
        "product_name": "整存整取定期存款（三年）",
        "rate": Decimal("1.75"),
        "term": "3年",
        "amount": Decimal("100010"),
        "end_date": date(2029, 12, 1),
    },
    "notice_deposit": {
        **_NO_SUITABILITY,
        "product_code": "ND7",
        "product_name": "个人七天通知存款",
        "rate": Decimal("1.00"),
        "term": "七天通知",
        "amount": Decimal("1234567.89"),
        "start_date": None,
        "end_date": None,
    },
    "large_cd": {
        **_NO_SUITABILITY,
        "product_code": "CD2026-036",
        "product_name": "2026年第36期个人大额存单（3年）",
        "rate": Decimal("1.90"),
        "term": "3年",
        "amount": Decimal("200000"),
        "details": (
            ("付息方式", "到期一次还本付息"),
            ("可转让", "是"),
            ("提前支取", "允许，按支取日活期利率计息"),
        ),
    },
    "insurance_agency": {
        "product_code": "INS-ZX10",
        "product_name": "鑫享年年两全保险（分红型）",
        "issuer": "示范人寿保险股份有限公司",
        "cooling_off_hours": None,
        "term": "10年/5年交",
        "rate": None,
        "amount": Decimal("16409.02"),
        "fees": None,
    },
    "loan_application": {
        **_NO_SUITABILITY,
        "product_code": "LN-XF",
        "product_name": "个人综合消费贷款",
        "amount": Decimal("200000"),
        "term": "36个月",
        "rate": Decimal("3.45"),
        "start_date": None,
        "end_date": None,
        "details": (
            ("年龄", "35周岁"),
            ("户籍/居住地", "北京市朝阳区"),
            ("月收入", "¥25,000.00"),
            ("贷款用途", "家庭装修"),
            ("还款方式", "等额本息"),
            ("担保方式", "信用"),
            ("配偶/第三方同意", "配偶在本申请书上签字确认"),
        ),
    },
    "standing_instruction": {
        **_NO_SUITABILITY,
        "product_code": "DHT01",
        "product_name": "定活通",
        "amount": Decimal("10000"),
        "term": "三个月定期",
        "rate": Decimal("1.15"),
        "details": (
            ("约定类型", "定活通（活期超额自动转定期）"),
            ("转存周期", "每月1日"),
            ("转存起点金额", "¥5,000.00，以1,000元的整数倍转存"),
            ("一卡一签核验", "已核验：该卡未签约其他约定转存服务"),
        ),
    },
    "deposit_certificate": {
        **_NO_SUITABILITY,
        "product_code": "DC-SD",
        "product_name": "个人存款证明（时段）",
        "amount": Decimal("350000.00"),
        "term": "时段证明（证明期内冻结所证明存款）",
        "rate": None,
        "details": (
            ("账户1", "6222********1234 活期 ¥150,000.00 人民币壹拾伍万元整"),
            ("账户2", "6222********5678 定期 ¥200,000.00 人民币贰拾万元整"),
            ("用途", "出国留学签证"),
            ("份数", "2份"),
        ),
    },
    **{template_id: {**_NO_SUITABILITY, **changes} for template_id, changes in {
        "demand_deposit": {"product_code": "DEP-DEMAND", "product_name": "活期储蓄", "rate": Decimal("0.05"),
                           "term": None, "end_date": None, "amount": Decimal("1409.50")},
        "instalment_deposit": {"product_code": "DEP-INSTALMENT", "product_name": "零存整取定期存款",
                               "rate": Decimal("0.75"), "term": "3年", "amount": Decimal("500"),
                               "end_date": date(2029, 12, 1)},
        "education_savings": {"product_code": "DEP-EDUCATION", "product_name": "教育储蓄", "rate": Decimal("1.75"),
                              "term": "6年", "amount": Decimal("200"), "end_date": date(2032, 12, 1)},
        "passbook_deposit": {"product_code": "DEP-PASSBOOK", "product_name": "定期一本通", "rate": None,
                             "term": None, "end_date": None, "amount": Decimal("5000")},
        "certificate_bond": {"product_code": "BOND-CERT-3Y", "product_name": "凭证式国债（三年期）",
                             "issuer": "中华人民共和国财政部", "rate": Decimal("1.63"), "term": "3年",
                             "amount": Decimal("10000"), "end_date": date(2029, 12, 1)},
        "savings_bond": {"product_code": "BOND-ESAVE-5Y", "product_name": "电子式储蓄国债（五年期）",
                         "issuer": "中华人民共和国财政部", "rate": Decimal("1.70"), "term": "5年",
                         "amount": Decimal("50000"), "end_date": date(2031, 12, 1)},
        "fx_exchange": {"product_code": "FX-EXCHANGE", "product_name": "外币兑换", "rate": None, "term": None,
                        "end_date": None, "amount": Decimal("7200")},
        "fx_remittance": {"product_code": "FX-MONEYGRAM", "product_name": "速汇金国际汇款", "currency": "USD",
                          "issuer": "速汇金国际有限公司", "rate": None, "term": None, "end_date": None,
                          "amount": Decimal("2000")},
        "debit_card": {"product_code": "CARD-DEBIT", "product_name": "示范借记卡", "rate": None, "term": None,
                       "end_date": None, "amount": Decimal("100")},
        "credit_card": {"product_code": "CARD-CREDIT-GOLD", "product_name": "示范信用卡金卡",
                        "rate": Decimal("18.25"), "term": None, "end_date": None, "amount": Decimal("10000")},
        "ebanking_service": {"product_code": "EB-MOBILE", "product_name": "手机银行", "rate": None, "term": None,
                             "end_date": None, "amount": Decimal("50000")},
        "sms_alert": {"product_code": "EB-SMS", "product_name": "账户变动短信通知", "rate": None, "term": None,
                      "end_date": None, "amount": Decimal("500")},
    }.items()},
    # Assessed families: their grades, dual recording and acknowledged warnings as the wealth sample has them.
    "structured_deposit": {"product_code": "DEP-STRUCTURED", "product_name": "结构性存款（挂钩黄金，91天）",
                           "rate": Decimal("2.00"), "term": "91天", "end_date": date(2027, 3, 2),
                           "cooling_off_hours": None, "fees": None},
    "book_entry_bond": {"product_code": "BOND-BOOK-ENTRY", "product_name": "柜台记账式国债", "issuer": "中华人民共和国财政部",
                        "rate": None, "term": None, "end_date": None, "cooling_off_hours": None, "fees": None},
    "physical_gold": {"product_code": "GOLD-BAR", "product_name": "示范金条（实物黄金）", "product_risk_level": "R3",
                      "rate": None, "term": None, "end_date": None, "cooling_off_hours": None, "fees": "含加工费"},
    "account_gold": {"product_code": "GOLD-ACCOUNT", "product_name": "积存金（账户黄金）", "product_risk_level": "R3",
                     "rate": None, "term": None, "end_date": None, "cooling_off_hours": None, "fees": None},
    "fx_trading": {"product_code": "FX-TRADING", "product_name": "个人实盘外汇买卖（外汇宝）", "currency": "USD",
                   "product_risk_level": "R3", "rate": None, "term": None, "end_date": None,
                   "cooling_off_hours": None, "fees": None},
}  # fmt: skip


def family_agreement(template_id: str, **changes: object) -> AgreementDocument:
    return agreement(template_id, **{**FAMILY_CHANGES[template_id], **changes})


def receipt(**changes: object) -> ReceiptDocument:
    doc = ReceiptDocument(
        number="0101-T03-20261129-000042",
        template_version=load_template("receipt").version,
        institution=INSTITUTION,
        station="T03",
        service="理财产品认购",
        amount=Decimal("1680.32"),
        copy=ReceiptCopy.CUSTOMER,
        transacted_at=datetime(2026, 11, 29, 10, 31, 5),
        teller_name="李明",
        teller_login="lm001",
        customer_name=RARE_NAME,
        masked_account="6222********1234",
        masked_id="1101**********1234",
        fee=Decimal("0"),
        balance=Decimal("123456.78"),
        authoriser_name="赵主管",
        memo="认购稳享添利180天持有期理财产品",
        agreement_number="0101-2026-000123",
    )
    return replace(doc, **changes) if changes else doc


ANSWERS = (
    ("您的年龄是？", "31–50周岁", 8),
    ("您的家庭年收入（折合人民币）为？", "20万–50万元", 6),
    ("您的投资经验？", "3–5年", 6),
    ("您的投资目的？", "资产稳健增长", 5),
    ("您对收益的期望？", "略高于定期存款", 5),
    ("您的风险偏好？", "可承受一定波动", 6),
    ("您的资金流动性需求？", "一年以上不用", 6),
    ("您对业绩比较基准的理解？", "不代表实际收益", 5),
    ("您能承受的最大亏损？", "10%–30%", 5),
)


def assessment(**changes: object) -> AssessmentConfirmation:
    doc = AssessmentConfirmation(
        number="0101-RA-2026-000077",
        template_version=load_template("risk_assessment_confirmation").version,
        institution=INSTITUTION,
        customer_name=RARE_NAME,
        id_type="居民身份证",
        masked_id_number="1101**********1234",
        questionnaire_version="risk_v2025_1",
        questionnaire_title="个人客户风险承受能力评估问卷",
        score=52,
        grade="C3",
        grade_label="平衡型",
        assessed_on=date(2026, 11, 29),
        valid_until=date(2027, 11, 28),
        channel="branch",
        allowed_levels=("R1", "R2", "R3"),
        answers=tuple(AnswerLine(q, a, s) for q, a, s in ANSWERS),
        staff_name="李明",
        staff_login="lm001",
        staff_phone="010-88886666",
        issued_at=datetime(2026, 11, 29, 10, 0),
        station="T03",
    )
    return replace(doc, **changes) if changes else doc
