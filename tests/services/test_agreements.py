"""Issuing agreements against a real database (SQLite and PostgreSQL): suitability at issue, acknowledgements,
gap-free numbers under concurrent issue, the archive (bytes, hashes, versions), reprint, void, scan, verify."""

from __future__ import annotations

import json
import multiprocessing
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from db import counters, errors
from db.models import Agreement, AuditEntry, Counter, Customer, Holding, Product, RiskAssessment
from db.session import Database
from domain import agreements as rules
from domain.catalog import ProductSpec
from domain.codes import Role
from domain.documents import load_template
from domain.errors import DomainError, InvalidValue, Refused
from domain.suitability import assessment_valid_until
from reports import pdf_info
from reports.agreement import build_agreement
from services import agreement_archive, agreements, approvals, numbering
from services.staff import user_by_login
from tests.approved import approved_reprint, approved_void
from tests.factories import LOGINS, ZHANG_ID, add_second_supervisor, small_branch
from tests.reports import samples
from tests.reports.conftest import Pdf, flat
from tests.services.test_suitability_service import product

NOW = datetime(2026, 11, 23, 10, 15, 30)
ZHANG = "C0000000001"
ASSESSED = date(2026, 1, 10)

WM_R2 = ProductSpec(code="WM-R2", name="稳健理财180天", family="wealth", risk_level=2, currency="CNY",
                    min_amount=Decimal("10000"), sale_mode="own", dual_recording=True,
                    rate=Decimal("0.0285"), terms=("180D",))  # fmt: skip
WM_R4 = ProductSpec(code="WM-R4", name="进取理财", family="wealth", risk_level=4, currency="CNY",
                    sale_mode="own")  # fmt: skip
PRIVATE = ProductSpec(code="WM-PRIV", name="私募固收理财", family="wealth", risk_level=2, currency="CNY",
                      private=True, sale_mode="own", min_amount=Decimal("300000"))  # fmt: skip
TD = ProductSpec(code="TD-X", name="整存整取", family="deposit", risk_level=1, currency="CNY",
                 min_amount=Decimal("50"), terms=("3M", "1Y"), rate=Decimal("0.0145"),
                 agreement_template="time_deposit")  # fmt: skip
CARD = ProductSpec(code="CARD-1", name="借记卡", family="card", currency="CNY")  # fmt: skip
SWEEP = ProductSpec(code="SI-X", name="定活通", family="service", currency="CNY",
                    agreement_template="standing_instruction")  # fmt: skip
DEMAND = ProductSpec(code="DEP-D", name="活期储蓄", family="deposit", risk_level=1, currency="CNY",
                     business_type="liability", sale_mode="own")  # fmt: skip
DEMAND_ACCOUNT = "6222020000000009"  # Zhang's demand account (his other one is a time deposit)


def shop(db: Database) -> None:
    small_branch(db, NOW.date())
    with db.write() as uow:
        s = uow.session
        for spec in (WM_R2, WM_R4, PRIVATE, TD, CARD, SWEEP):
            product(s, spec)
        zhang = s.scalars(select(Customer).where(Customer.customer_no == ZHANG)).one()
        s.add(Holding(customer_id=zhang.id, product_id=product(s, DEMAND).id, account_no=DEMAND_ACCOUNT,
                      balance=Decimal("3000.00"), opened_on=date(2020, 1, 1)))  # fmt: skip
        zhang.qualified_investor = True  # for the private product
        s.add(RiskAssessment(customer_id=zhang.id, grade="C2", score=30, questionnaire_version="risk_v2025_1",
                             assessed_on=ASSESSED, valid_until=assessment_valid_until(ASSESSED), channel="branch",
                             answers={}, confirmed=True, created_at=datetime(2026, 1, 10)))  # fmt: skip
        uow.commit()


@pytest.fixture
def branch(db):
    shop(db)
    return db


def manager(db):
    return user_by_login(db, "manager1")


def counts(db) -> tuple[int, int, int]:
    with db.read() as uow:
        s = uow.session
        return (
            s.scalar(select(func.count()).select_from(Agreement)),
            s.scalar(
                select(func.coalesce(func.sum(Counter.value), 0)).where(Counter.name.like("agreement:%"))
            ),
            s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "agreement")),
        )


def issue_wm(db, amount="50000", **kw):
    kw.setdefault("acknowledged_warnings", ("dual_recording_required",))
    return agreements.issue(db, manager(db), ZHANG, "WM-R2", Decimal(amount), now=NOW, station="T03", **kw)


# -- issue -----------------------------------------------------------------------------------------------------


def test_issue_stores_bytes_versions_and_both_hashes(branch):
    issued = issue_wm(branch)
    assert issued.number == "0001-2026-000001"
    assert issued.sha256 == rules.bytes_hash(issued.pdf)
    assert issued.acknowledged_warnings == ("dual_recording_required",)
    with branch.read() as uow:
        row = uow.session.scalars(select(Agreement)).one()
        assert row.pdf == issued.pdf and row.sha256 == issued.sha256
        assert row.content_sha256 == issued.content_sha256 != issued.sha256
        assert row.product_version == 1 and row.template_id == "wealth_subscription"
        assert row.template_version == load_template("wealth_subscription").version
        assert row.acknowledged_warnings == ["dual_recording_required"]
        assert row.status == "issued" and row.station == "T03" and row.term == "180D"
        assert row.rule_version.startswith("suitability-")
        # The QR hash is the hash of the archived data and template text, checkable by anyone with the archive.
        assert rules.content_hash(row.document["data"], row.document["template_source"]) == row.content_sha256
    assert pdf_info.document_number(issued.pdf) == issued.number
    assert len(issued.pdf) < 100_000


def test_the_agreement_prints_every_mandatory_field(branch, tmp_path):
    issued = issue_wm(branch)
    pdf = Pdf(issued.pdf, tmp_path)
    text = pdf.flat
    for expected in (
        "中国示范银行股份有限公司",
        "示范银行测试支行",
        "0001",  # branch code
        "张三",
        "居民身份证",
        ZHANG_ID,  # in full: the customer's own contract
        "WM-R2",
        "稳健理财180天",
        "产品版本1",
        "¥50,000.00",
        "人民币伍万元整",
        "180天",
        "2.85%",
        "R2（中低风险）",
        "C2（稳健型）",
        "匹配",
        "2027年01月09日",  # assessment valid until
        "已录音录像",
        "销售专区录音录像（双录）提示",
        "0001-2026-000001",
        "manager-manager1",
        "2026年11月23日",
        issued.content_sha256[:16],
        "业务专用章",
    ):
        assert expected in text, expected
    template = load_template("wealth_subscription")
    assert flat(template.risk_disclosure.text)[:20] in text
    assert flat(template.handwritten_statement) in text
    for page in range(1, pdf.pages + 1):
        assert f"第{page}页共{pdf.pages}页" in flat(pdf.page_text(page))
    assert pdf.fonts and all(f["emb"] == "yes" and f["sub"] == "yes" for f in pdf.fonts)


@pytest.mark.parametrize(
    ("amount", "capitals"),
    [
        ("100010", "人民币壹拾万零壹拾元整"),
        ("1409.50", "人民币壹仟肆佰零玖元伍角"),
        ("16409.02", "人民币壹万陆仟肆佰零玖元零贰分"),
    ],
)
def test_deposit_agreement_amount_in_capitals_term_and_maturity(branch, tmp_path, amount, capitals):
    issued = agreements.issue(branch, manager(branch), ZHANG, "TD-X", Decimal(amount), "1Y", now=NOW)
    text = Pdf(issued.pdf, tmp_path).flat
    assert capitals in text and "1年" in text and "1.45%" in text
    assert "2027年11月23日" in text  # matures a year on
    assert issued.template_id == "time_deposit" and issued.acknowledged_warnings == ()


def test_standing_instruction_prints_masked_account_and_details(branch, tmp_path):
    issued = agreements.issue(
        branch, manager(branch), ZHANG, "SI-X", Decimal("50000"), now=NOW, account=DEMAND_ACCOUNT,
        details=(("约定类型", "定活通（活期转定期）"), ("约定留存金额", "¥50,000.00")),
    )  # fmt: skip
    text = Pdf(issued.pdf, tmp_path).flat
    assert "结算账户************0009" in text.replace(" ", "") and DEMAND_ACCOUNT not in text
    assert "定活通（活期转定期）" in text and "约定留存金额" in text
    with pytest.raises(InvalidValue) as bad:
        agreements.issue(branch, manager(branch), ZHANG, "SI-X", Decimal("1"), now=NOW, details=(("", "x"),))
    assert bad.value.code == "agreement_detail_malformed"


def test_the_settlement_account_is_one_of_the_customers_demand_accounts(branch):
    [account] = agreements.settlement_accounts(branch, ZHANG)  # not his time deposit
    assert (account.account_no, account.masked, account.product_name) == (
        DEMAND_ACCOUNT, "************0009", "活期储蓄"
    )  # fmt: skip
    before = counts(branch)
    for other in ("6222020000000001", "6222020000000002"):  # his time deposit; another customer's account
        with pytest.raises(DomainError) as refused:
            issue_wm(branch, account=other)
        assert refused.value.code == "agreement_account_not_customers"
    assert counts(branch) == before
    assert agreements.settlement_accounts(branch, "C0000000002") == []


def test_a_blocked_sale_is_refused_with_codes_and_writes_nothing(branch):
    before = counts(branch)
    with pytest.raises(DomainError) as refused:
        agreements.issue(branch, manager(branch), ZHANG, "WM-R4", Decimal("50000"), now=NOW)
    assert refused.value.code == "agreement_refused" and refused.value.params["codes"] == "risk_mismatch"
    assert counts(branch) == before
    assert issue_wm(branch).number == "0001-2026-000001"  # the refusal used no number


def test_warnings_must_be_acknowledged_and_are_named(branch):
    before = counts(branch)
    with pytest.raises(DomainError) as refused:
        issue_wm(branch, acknowledged_warnings=())
    assert refused.value.code == "agreement_warnings_not_acknowledged"
    assert refused.value.params == {"warnings": "dual_recording_required"}
    with pytest.raises(DomainError) as private:
        agreements.issue(branch, manager(branch), ZHANG, "WM-PRIV", Decimal("300000"), now=NOW)
    assert private.value.params == {"warnings": "cooling_off"}
    with pytest.raises(InvalidValue) as typo:
        issue_wm(branch, acknowledged_warnings=("dual_recording",))
    assert typo.value.code == "agreement_unknown_acknowledgement"
    assert counts(branch) == before
    issued = agreements.issue(
        branch, manager(branch), ZHANG, "WM-PRIV", Decimal("300000"), now=NOW,
        acknowledged_warnings=("cooling_off",),
    )  # fmt: skip
    assert issued.acknowledged_warnings == ("cooling_off",)


def assess_senior(db: Database) -> None:
    """李四 (C0000000002, a senior) assessed C5, so a high-risk product passes but asks for special care."""
    with db.write() as uow:
        li = uow.session.scalars(select(Customer).where(Customer.customer_no == "C0000000002")).one()
        uow.session.add(RiskAssessment(customer_id=li.id, grade="C5", score=90, questionnaire_version="v",
                                       assessed_on=ASSESSED, valid_until=assessment_valid_until(ASSESSED),
                                       channel="branch", answers={}, confirmed=True,
                                       created_at=datetime(2026, 1, 10)))  # fmt: skip
        uow.commit()


def test_a_senior_buying_high_risk_needs_the_special_care_acknowledgement(branch, tmp_path):
    assess_senior(branch)
    with pytest.raises(Refused) as refused:
        agreements.issue(branch, manager(branch), "C0000000002", "WM-R4", Decimal("10000"), now=NOW)
    assert refused.value.params == {"warnings": "senior_special_care"}
    # The refusal carries each missing warning with the parameters its words need (the age, the product level).
    (warning,) = refused.value.findings
    assert warning.code == "senior_special_care" and not warning.blocking
    assert warning.params["product_level"] == "R4" and warning.params["age"] >= 65
    issued = agreements.issue(
        branch, manager(branch), "C0000000002", "WM-R4", Decimal("10000"), now=NOW,
        acknowledged_warnings=("senior_special_care",),
    )  # fmt: skip
    assert "高龄客户购买较高风险产品特别提示" in Pdf(issued.pdf, tmp_path).flat


def test_private_agreement_prints_the_cooling_off_clause(branch, tmp_path):
    issued = agreements.issue(
        branch, manager(branch), ZHANG, "WM-PRIV", Decimal("300000"), now=NOW,
        acknowledged_warnings=("cooling_off",),
    )  # fmt: skip
    text = Pdf(issued.pdf, tmp_path).flat
    assert "投资冷静期（24小时）" in text and "投资冷静期提示" in text


def test_terms_products_without_agreement_and_roles(branch):
    with pytest.raises(DomainError) as term:
        agreements.issue(branch, manager(branch), ZHANG, "TD-X", Decimal("1000"), now=NOW)
    assert term.value.code == "agreement_term_required" and term.value.params["offered"] == "3M, 1Y"
    with pytest.raises(DomainError) as offered:
        agreements.issue(branch, manager(branch), ZHANG, "TD-X", Decimal("1000"), "6M", now=NOW)
    assert offered.value.code == "agreement_term_not_offered"
    with pytest.raises(DomainError) as card:
        agreements.issue(branch, manager(branch), ZHANG, "CARD-1", Decimal("1"), now=NOW)
    # A card with no template of its own is refused naming it, never printed on another kind's document.
    assert card.value.code == "agreement_template_missing" and card.value.params["template"] == "—"
    with pytest.raises(DomainError) as admin:
        agreements.issue(
            branch, user_by_login(branch, "admin1"), ZHANG, "TD-X", Decimal("1000"), "3M", now=NOW
        )
    assert admin.value.code == "not_permitted"
    with pytest.raises(errors.NotFound):
        agreements.issue(branch, manager(branch), "C0000009999", "TD-X", Decimal("1000"), "3M", now=NOW)
    assert counts(branch) == (0, 0, 0)


def test_the_full_id_number_never_reaches_the_audit_trail(branch):
    number = issue_wm(branch).number
    approved_reprint(branch, manager(branch), number, now=NOW)
    add_second_supervisor(branch)
    approved_void(
        branch, manager(branch), number, "客户要求撤销本次认购", user_by_login(branch, "supervisor1")
    )
    with branch.read() as uow:
        details = [json.dumps(d, ensure_ascii=False) for d in uow.session.scalars(select(AuditEntry.details))]
    assert details and not any(ZHANG_ID in d or ZHANG_ID[-8:] in d for d in details)


# -- numbering under concurrency -----------------------------------------------------------------------------

STATIONS = 4
PER_STATION = 4


def _issue_many(url: str, station: str) -> list[str]:
    db = Database(url)
    try:
        user = user_by_login(db, "manager1")
        return [
            agreements.issue(db, user, ZHANG, "TD-X", Decimal("1000"), "3M", now=NOW, station=station).number
            for _ in range(PER_STATION)
        ]
    finally:
        db.dispose()


def _station(start, results, url, station) -> None:
    try:
        start.wait(timeout=60)
        results.put(_issue_many(url, station))
    except BaseException as exc:  # noqa: BLE001 - reported to the test
        results.put(f"{type(exc).__name__}: {exc}")


def test_numbers_are_unique_and_gap_free_when_stations_issue_at_once(branch, db_url):
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(STATIONS), context.Queue()
    processes = [
        context.Process(target=_station, args=(start, results, db_url, f"T{i:02d}")) for i in range(STATIONS)
    ]
    for p in processes:
        p.start()
    try:
        found = [results.get(timeout=180) for _ in processes]
    finally:
        for p in processes:
            p.join(timeout=30)
    assert not [f for f in found if isinstance(f, str)], found
    numbers = sorted(n for batch in found for n in batch)
    expected = [rules.agreement_number("0001", 2026, i) for i in range(1, STATIONS * PER_STATION + 1)]
    assert numbers == expected
    with branch.read() as uow:
        stored = sorted(uow.session.scalars(select(Agreement.number)))
        assert stored == expected
        assert uow.session.scalar(select(Counter.value).where(Counter.name == "agreement:0001:2026")) == len(
            expected
        )


def another_station_takes(db, name: str) -> int:
    """Take the next number of `name` in a transaction of its own, as a second station would; it gives up after a
    few seconds instead of waiting for a lock held by the issue under way."""
    with db.write() as uow:
        if uow.session.get_bind().dialect.name == "postgresql":
            uow.session.execute(text("SET LOCAL lock_timeout = '3s'"))
        value = counters.next_value(uow.session, name)
        uow.commit()
    return value


def test_the_pdf_is_rendered_outside_the_counter_lock_and_prints_the_number_stored(branch, monkeypatch):
    """While the first rendering runs, another station takes the number it was rendered for: it gets it at once
    (nothing holds the counter during a rendering), and the issue stores the next number with a PDF that prints
    that number — nothing skipped, nothing printed twice."""
    taken, rendered = [], []

    def render(doc, template, **kw):
        rendered.append(doc.number)
        if len(rendered) == 1:
            taken.append(another_station_takes(branch, "agreement:0001:2026"))
        return build_agreement(doc, template, **kw)

    monkeypatch.setattr("services.agreements.build_agreement", render)
    issued = issue_wm(branch)
    assert taken == [1]
    assert rendered == ["0001-2026-000001", "0001-2026-000002"]
    assert issued.number == "0001-2026-000002" == pdf_info.document_number(issued.pdf)
    with branch.read() as uow:
        row = uow.session.scalars(select(Agreement)).one()
        assert (row.number, row.pdf) == (issued.number, issued.pdf)
        assert rules.document_from_data(row.document["data"]).number == issued.number
    assert counts(branch) == (1, 2, 1)


def test_a_sale_refused_while_its_pdf_was_rendered_writes_nothing(branch, monkeypatch):
    """The checks run again when the number is taken: a product switched off during the rendering refuses the
    issue, and the number is not used."""

    def render(doc, template, **kw):
        with branch.write() as uow:
            uow.session.scalars(select(Product).where(Product.code == "WM-R2")).one().active = False
            uow.commit()
        return build_agreement(doc, template, **kw)

    monkeypatch.setattr("services.agreements.build_agreement", render)
    with pytest.raises(DomainError) as refused:
        issue_wm(branch)
    assert refused.value.code == "agreement_refused"
    assert counts(branch) == (0, 0, 0)


def test_an_issue_finishes_while_other_stations_keep_taking_its_number(branch, monkeypatch):
    """Under constant contention the last try renders under the lock, so the issue still completes."""
    rendered = []

    def render(doc, template, **kw):
        rendered.append(doc.number)
        if len(rendered) <= numbering.ATTEMPTS:  # every rendering outside the lock loses its number
            another_station_takes(branch, "agreement:0001:2026")
        return build_agreement(doc, template, **kw)

    monkeypatch.setattr("services.agreements.build_agreement", render)
    issued = issue_wm(branch)
    last = f"0001-2026-{numbering.ATTEMPTS + 1:06d}"
    assert issued.number == last == pdf_info.document_number(issued.pdf)
    assert len(rendered) == numbering.ATTEMPTS + 1 and rendered[-1] == last
    assert counts(branch) == (1, numbering.ATTEMPTS + 1, 1)


def test_numbers_restart_each_year(branch):
    first = issue_wm(branch).number
    later = agreements.issue(
        branch, manager(branch), ZHANG, "TD-X", Decimal("1000"), "3M", now=datetime(2027, 1, 2, 9, 0)
    ).number
    assert (first, later) == ("0001-2026-000001", "0001-2027-000001")


# -- verify, reprint, void, scan -------------------------------------------------------------------------------


def test_verify_original_altered_appended_and_unknown(branch):
    issued = issue_wm(branch)
    ok = agreement_archive.verify(branch, issued.pdf)
    assert (ok.verdict, ok.kind, ok.number, ok.status) == ("valid", "original", issued.number, "issued")
    flipped = bytearray(issued.pdf)
    flipped[len(flipped) // 3] ^= 0x01
    assert agreement_archive.verify(branch, bytes(flipped)).verdict == "tampered"
    appended = agreement_archive.verify(branch, issued.pdf + b"\n% edited\n")
    assert (appended.verdict, appended.number) == ("tampered", issued.number)
    # Document information gone: the number printed on the page still names the agreement.
    stripped = agreement_archive.verify(branch, issued.pdf.replace(b"/Title", b"/Xitle", 1))
    assert (stripped.verdict, stripped.number) == ("tampered", issued.number)
    other = samples.agreement(number="0001-2026-999999")
    foreign = build_agreement(other, load_template(other.template_id), qr_payload=samples.qr_payload(other))
    assert agreement_archive.verify(branch, foreign).verdict == "unknown"
    assert agreement_archive.verify(branch, b"not a pdf").verdict == "unknown"


def test_reprint_is_marked_counted_verifiable_and_leaves_the_original(branch, tmp_path):
    issued = issue_wm(branch)
    first = approved_reprint(branch, manager(branch), issued.number, now=NOW)
    second = approved_reprint(branch, manager(branch), issued.number, now=NOW)  # each copy its own approval
    assert first == second != issued.pdf
    copy_text, original_text = Pdf(first, tmp_path).text, Pdf(issued.pdf, tmp_path).text
    assert copy_text.count("副") > original_text.count("副")  # the rotated 副本 on every page
    assert ZHANG_ID in Pdf(first, tmp_path).flat
    record = agreement_archive.show(branch, issued.number)
    assert record.copies_printed == 2 and record.sha256 == issued.sha256
    assert agreement_archive.original(branch, issued.number) == issued.pdf
    copy = agreement_archive.verify(branch, first)
    assert (copy.verdict, copy.kind) == ("valid", "copy")
    # The archive renders the same bytes again from its data: the copy shows exactly what was issued.
    with branch.read() as uow:
        row = uow.session.scalars(select(Agreement)).one()
        assert agreement_archive._rebuild(row, None) == issued.pdf


def test_void_is_a_request_a_second_supervisor_approves(branch, tmp_path):
    number = issue_wm(branch).number
    add_second_supervisor(branch)
    boss, boss2 = user_by_login(branch, "supervisor1"), user_by_login(branch, "supervisor2")
    teller = user_by_login(branch, LOGINS[Role.TELLER])
    with pytest.raises(InvalidValue) as no_reason:
        agreement_archive.request_void(branch, manager(branch), number, "  ")
    assert no_reason.value.code == "agreement_void_reason_missing"
    pending = agreement_archive.request_void(branch, boss, number, "客户要求撤销本次认购", now=NOW)
    assert agreement_archive.show(branch, number).status == "issued"  # asked, not done
    with pytest.raises(DomainError, match="approval_already_pending"):
        agreement_archive.request_void(branch, manager(branch), number, "客户要求撤销本次认购")
    with pytest.raises(DomainError, match="approval_same_person"):
        approvals.approve(branch, boss, pending.approval_id)
    with pytest.raises(DomainError, match="not_permitted"):
        approvals.approve(branch, teller, pending.approval_id)
    assert agreement_archive.show(branch, number).status == "issued"
    approvals.approve(branch, boss2, pending.approval_id, now=NOW)
    done = agreement_archive.show(branch, number)
    assert (done.status, done.voided_by, done.void_reason) == (
        "voided",
        "supervisor2",
        "客户要求撤销本次认购",
    )
    with pytest.raises(DomainError, match="approval_not_pending"):
        approvals.approve(branch, boss2, pending.approval_id)
    with pytest.raises(DomainError) as again:
        agreement_archive.request_void(branch, boss, number, "客户要求撤销本次认购")
    assert again.value.code == "agreement_already_voided"
    voided_copy = Pdf(approved_reprint(branch, boss, number), tmp_path).text
    assert voided_copy.count("废") > Pdf(agreement_archive.original(branch, number), tmp_path).text.count(
        "废"
    )


def test_a_reprint_needs_an_approval_and_uses_it_once(branch):
    number = issue_wm(branch).number
    with pytest.raises(DomainError, match="agreement_reprint_not_approved"):
        agreement_archive.reprint(branch, manager(branch), number)
    pending = agreement_archive.request_reprint(branch, manager(branch), number)
    rejected = approvals.reject(branch, user_by_login(branch, "supervisor1"), pending.approval_id, "无需补打")
    assert rejected.status == "rejected"
    with pytest.raises(DomainError, match="agreement_reprint_not_approved"):
        agreement_archive.reprint(branch, manager(branch), number)
    approved_reprint(branch, manager(branch), number)
    with pytest.raises(DomainError, match="agreement_reprint_not_approved"):
        agreement_archive.reprint(branch, manager(branch), number)
    assert agreement_archive.show(branch, number).copies_printed == 1


def test_a_signed_scan_is_attached_once(branch):
    number = issue_wm(branch).number
    record = agreement_archive.attach_scan(branch, manager(branch), number, b"%PDF-scan", now=NOW)
    assert record.signed_scan_sha256 == rules.bytes_hash(b"%PDF-scan")
    with pytest.raises(DomainError) as again:
        agreement_archive.attach_scan(branch, manager(branch), number, b"%PDF-other")
    assert again.value.code == "agreement_scan_already_attached"
    with pytest.raises(errors.NotFound) as unknown:
        agreement_archive.attach_scan(branch, manager(branch), "0001-2026-000099", b"x")
    assert unknown.value.code == "unknown_agreement"


def test_term_end_keeps_the_day_or_takes_the_month_end():
    assert rules.term_end(date(2026, 1, 31), "1M") == date(2026, 2, 28)
    assert rules.term_end(date(2024, 2, 29), "1Y") == date(2025, 2, 28)
    assert rules.term_end(date(2026, 11, 23), "182D") == date(2027, 5, 24)
    assert rules.term_words("3M") == "3个月" and rules.term_words("5Y") == "5年"


def test_the_sale_a_referral_led_to_closes_it_as_converted(branch):
    from db.models import Task
    from services import referrals

    made = referrals.create(branch, user_by_login(branch, "teller1"), ZHANG, reason="stated_need", now=NOW)
    issued = issue_wm(branch)
    with branch.read() as uow:
        task = uow.session.get_one(Task, made.id)
        assert (task.status, task.outcome) == ("done", "converted")
        assert task.details["history"][-1]["note"] == f"协议 {issued.number}"
