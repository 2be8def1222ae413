"""The performance report (通报) and its Excel export, read back as a reader or a spreadsheet program would:
pdftotext for the PDF, openpyxl (and LibreOffice when installed) for the workbook."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from domain.performance import PlanMetric, PlanRow, TrendPoint, percent
from domain.periods import Cadence, Period
from reports.performance import build_performance_report
from reports.performance_xlsx import HEADER_ROW, build_performance_workbook
from tests.reports import performance_samples as samples
from tests.reports.conftest import flat

CENT = Decimal("0.01")
SHEETS = ["概览", "层级", "层级迁移", "推荐", "拒绝原因", "协议", "柜面服务", "计划", "投诉", "员工", "趋势"]
TITLES = {
    Cadence.DAY: "业绩日报",
    Cadence.WEEK: "业绩周报",
    Cadence.XUN: "业绩旬报",
    Cadence.MONTH: "业绩月报",
    Cadence.QUARTER: "业绩季报",
    Cadence.YEAR: "业绩年报",
    Cadence.CUSTOM: "业绩报表",
}


def _layout_lines(path: Path) -> list[str]:
    """The text line by line as laid out on the page, without spaces: a table row reads as one line."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [re.sub(r"\s+", "", line) for line in out.splitlines() if line.strip()]


def _row(lines: list[str], *cells: str) -> str:
    """The one line holding every cell, in order."""
    pattern = re.compile(".*".join(re.escape(c) for c in cells))
    hits = [line for line in lines if pattern.search(line)]
    assert hits, f"no line with {cells}"
    return hits[0]


# -- the PDF ----------------------------------------------------------------------------------------------------


def test_branch_report_prints_the_key_figures(pdf) -> None:
    card = samples.branch_card()
    out = pdf(build_performance_report(card))
    text = out.flat
    for item in (
        "中国示范银行股份有限公司",
        "北京朝阳支行业绩月报",
        "全网点",
        "2026年03月01日至2026年03月31日（31天）",
        "数据截至",
        "生成时间2026年04月01日08:30:15",
        "609,781,234.56",  # deposits at the end
        "591,234,567.89",  # daily average
        "1,904,555,555.33",  # AUM
        "+39,793,000.00",
        "248.7%",  # 39,793 ÷ 16,000 万元 (DOMAIN §9)
        "97.9%",  # mid/high retention 1,987 / 2,030
        "85.1%",  # contact-plan coverage 1,846 / 2,170
        "2.55",  # products per customer
        "T5私人银行客户",
        "稳享添利180天持有期理财产品",
        "不感兴趣",
        "贵金属",
        "44,876,920.50",  # fee business
        "个人活期存取款",
        "3,456.50",
        "服务态度",
        "意见簿（箱）",
        "未分配客户经理",
        "王芳",
        "员工明细",
    ):
        assert flat(item) in text, item
    assert all(r["emb"] == "yes" for r in out.fonts)


def test_tables_add_up_to_their_totals(pdf, tmp_path: Path) -> None:
    card = samples.branch_card()
    out = pdf(build_performance_report(card))
    lines = _layout_lines(out.path)
    _row(lines, "合计", "12,486", "100.0%", "1,904,555,555.33", "100.0%")  # tiers = the book
    _row(lines, "迁入合计", "18", "73", "35", "13", "3", "0", "142")  # 110 up + 32 down
    _row(
        lines, "合计", "99", "70", "35", "204", "58.6%"
    )  # recommendations: 99 ÷ (99 + 70), "later" undecided
    _row(lines, "合计", "236", "93,076,920.50")  # agreements by family
    _row(lines, "合计", "2,520", "47,901,122.33")  # counter services
    _row(lines, "合计", "12,486", "190,455.56", "60,978.12", "64", "27", "236", "99", "17")  # staff, 万元
    _row(lines, "存款净增", "16,000,000.00", "39,793,000.00", "248.7%")
    _row(lines, "新增客户", "户", "200", "186", "93.0%")
    assert "合计与全网点数据勾稽一致" in out.flat


def test_a_managers_report_shows_negative_completion_and_dashes(pdf) -> None:
    card = samples.manager_card()
    out = pdf(build_performance_report(card))
    lines = _layout_lines(out.path)
    _row(lines, "存款净增", "2,000,000.00", "-350,000.00", "-17.5%")  # negative growth, negative completion
    _row(lines, "基金销售", "0.00", "1,200,000.00", "—")  # no target
    _row(lines, "较同期", "—", "—", "—")  # no 同期 figure recorded
    _row(lines, "发起转介转化率", "—")
    text = out.flat
    assert "李明（客户经理）" in text
    assert "员工明细" not in text and "投诉类别" not in text  # branch scope only


def test_a_tellers_report_has_no_book_sections(pdf) -> None:
    out = pdf(build_performance_report(samples.teller_card()))
    text = out.flat
    assert "赵丽（柜员）" in text
    assert "柜员岗位无管户客户" in text
    assert "客户层级分布" not in text
    assert "133.3%" in text  # 16 of 12 referrals converted


def test_every_page_is_numbered(pdf) -> None:
    out = pdf(build_performance_report(samples.branch_card()))
    assert out.pages >= 3
    for page in range(1, out.pages + 1):
        page_text = flat(out.page_text(page))
        assert f"第{page}页共{out.pages}页" in page_text
        assert "中国示范银行股份有限公司" in page_text
        assert "北京朝阳支行（0101）" in page_text


@pytest.mark.parametrize("cadence", list(Cadence))
def test_the_title_follows_the_cadence(pdf, cadence: Cadence) -> None:
    card = samples.branch_card(cadence)
    out = pdf(build_performance_report(card))
    assert f"北京朝阳支行{TITLES[cadence]}" in out.flat
    assert out.info["Title"].startswith(TITLES[cadence])


def test_period_names_in_the_subtitle(pdf) -> None:
    expected = {
        Cadence.XUN: "2026年3月下旬",
        Cadence.QUARTER: "2026年第1季度",
        Cadence.WEEK: "2026年第14周",
        Cadence.YEAR: "2026年度",
    }
    for cadence, words in expected.items():
        assert words in pdf(build_performance_report(samples.branch_card(cadence))).flat


def test_a_running_period_says_so(pdf) -> None:
    year = Period(Cadence.YEAR, date(2026, 1, 1), date(2026, 12, 31))
    out = pdf(build_performance_report(samples.branch_card(period=year)))
    assert "2026年03月31日（期间未结束）" in out.flat


def test_an_empty_scorecard_renders_with_none_lines(pdf) -> None:
    out = pdf(build_performance_report(samples.empty_card()))
    text = out.flat
    assert "北京朝阳支行业绩日报" in text
    for words in ("本期不足两日", "期末无客户", "本期无层级迁移", "本期无客户答复记录", "本期未签发协议"):
        assert words in text, words
    assert "本期无柜面业务回单" in text and "本期未设定计划" in text and "本期无客户投诉" in text
    assert "无员工数据" in text
    assert "—" in text


def test_the_same_card_gives_the_same_bytes(pdf) -> None:
    card = samples.branch_card()
    first = build_performance_report(card)
    assert build_performance_report(card) == first
    info = pdf(first).info
    assert info["Title"] == "业绩月报 0101-month-20260301-20260331"
    assert "2026" not in info.get("CreationDate", "")  # no clock in the document information


def test_tier_sums_that_disagree_are_flagged(pdf) -> None:
    card = samples.branch_card()
    book = replace(card.book, customers_end=card.book.customers_end + 1)
    assert "请核对数据" in pdf(build_performance_report(replace(card, book=book))).flat


# -- the workbook -----------------------------------------------------------------------------------------------


def _load(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def _rows(ws) -> list[tuple]:
    return [r for r in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True)]


def _money(value: object) -> Decimal:
    assert isinstance(value, (int, float)), value
    return Decimal(str(value)).quantize(CENT)


def test_workbook_sheets_heading_and_frozen_header() -> None:
    card = samples.branch_card()
    wb = _load(build_performance_workbook(card))
    assert wb.sheetnames == SHEETS
    for ws in wb:
        assert "北京朝阳支行" in ws["A1"].value and "业绩月报" in ws["A1"].value
        assert ws["B2"].value == datetime(2026, 3, 1) and ws["D2"].value == datetime(2026, 3, 31)
        assert ws["B2"].is_date and ws["D3"].is_date
        assert ws["B3"].value == "全网点"
        assert ws["B4"].value == card.generated_at
        assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
        for cell in ws[HEADER_ROW]:
            if cell.value:
                width = ws.column_dimensions[cell.column_letter].width
                assert width >= 2 * len(cell.value), (ws.title, cell.value)


def test_workbook_values_equal_the_scorecard() -> None:
    card = samples.branch_card()
    wb = _load(build_performance_workbook(card))
    overview = {row[0]: row[1] for row in _rows(wb["概览"])}
    book, activity = card.book, card.activity
    assert _money(overview["存款时点余额（期末）"]) == book.deposits_end
    assert _money(overview["存款日均余额"]) == book.deposits_daily_average
    assert _money(overview["管理资产AUM（期末）"]) == book.aum_end
    assert _money(overview["中间业务销售额"]) == activity.fee_business
    assert overview["期末客户数"] == book.customers_end
    assert Decimal(str(overview["存款较年初增幅"])) == book.deposits_growth_ytd
    assert Decimal(str(overview["联系计划覆盖率"])) == book.contact_coverage

    tiers = _rows(wb["层级"])
    for row, tier in zip(tiers, book.tiers, strict=False):
        assert (row[0], row[2], _money(row[4])) == (tier.tier, tier.customers, tier.aum)
        assert Decimal(str(row[3])) == percent(tier.customers, book.customers_end)
    total = tiers[len(book.tiers)]
    assert total[0] == "合计"
    assert total[2] == book.customers_end == sum(r[2] for r in tiers[: len(book.tiers)])
    assert _money(total[4]) == book.aum_end == sum(_money(r[4]) for r in tiers[: len(book.tiers)])

    plans = {row[0]: row for row in _rows(wb["计划"])}
    deposit = plans["存款净增"]
    assert _money(deposit[4]) == Decimal("16000000.00") and _money(deposit[5]) == samples.DEPOSIT_GROWTH
    assert deposit[6] == pytest.approx(248.7) and deposit[1] == datetime(2026, 3, 1)
    assert plans["新增客户"][4:] == (200, 186, pytest.approx(93.0))

    agreements = _rows(wb["协议"])
    assert agreements[-1][0] == "合计"
    assert agreements[-1][2] == activity.agreements_issued
    assert _money(agreements[-1][3]) == sum(_money(r[3]) for r in agreements[:-1])
    gold = next(r for r in agreements if r[0] == "gold")
    assert (gold[1], _money(gold[3]), gold[4]) == ("贵金属", Decimal("986420.50"), "是")

    staff = _rows(wb["员工"])
    total = staff[-1]
    assert total[0] == "合计"
    assert total[3] == book.customers_end
    assert _money(total[4]) == book.aum_end
    assert _money(total[5]) == book.deposits_end
    assert total[6] == activity.referrals_made and total[8] == activity.agreements_issued
    assert staff[-2][1] == "未分配客户经理"

    complaints = _rows(wb["投诉"])
    assert ("投诉类别合计", None, None, 7, 100) in complaints
    assert ("投诉渠道", "opinion_book", "意见簿（箱）", 1, pytest.approx(14.3)) in complaints

    trend = _rows(wb["趋势"])
    assert len(trend) == len(book.trend)
    assert trend[-1][0] == datetime(2026, 3, 31)
    assert _money(trend[-1][3]) == book.deposits_end


def test_workbook_number_formats() -> None:
    wb = _load(build_performance_workbook(samples.branch_card()))
    first = HEADER_ROW + 1
    assert wb["层级"].cell(first, 5).number_format == "#,##0.00"
    assert wb["层级"].cell(first, 4).number_format == "0.0"
    assert wb["层级"].cell(first, 3).number_format == "#,##0"
    plan = wb["计划"]
    assert plan.cell(first, 2).number_format == "yyyy-mm-dd"
    assert plan.cell(first, 5).number_format == "#,##0.00"  # money target
    assert plan.cell(first + 1, 5).number_format == "#,##0"  # a count target
    assert wb["趋势"].cell(first, 1).is_date


def test_a_managers_workbook_keeps_dashes_and_negative_completion() -> None:
    wb = _load(build_performance_workbook(samples.manager_card()))
    overview = {row[0]: row[1] for row in _rows(wb["概览"])}
    assert overview["存款较同期增幅"] == "—" and overview["存款余额（同期）"] == "—"
    plans = {row[0]: row for row in _rows(wb["计划"])}
    assert plans["存款净增"][6] == pytest.approx(-17.5)
    assert plans["基金销售"][6] == "—"
    assert _rows(wb["员工"])[0][0].startswith("无")
    assert _rows(wb["投诉"])[0][0].startswith("无")


def test_an_empty_workbook_opens() -> None:
    wb = _load(build_performance_workbook(samples.empty_card()))
    assert wb.sheetnames == SHEETS
    for name in SHEETS[1:]:
        assert _rows(wb[name])[0][0].startswith("无"), name
    teller = _load(build_performance_workbook(samples.teller_card()))
    assert "存款时点余额（期末）" not in {row[0] for row in _rows(teller["概览"])}


def test_the_same_card_gives_the_same_workbook() -> None:
    card = samples.branch_card()
    assert build_performance_workbook(card) == build_performance_workbook(card)


def test_a_plan_with_a_fractional_count_keeps_it() -> None:
    card = samples.branch_card()
    plan = PlanRow(PlanMetric.AGREEMENTS, date(2026, 3, 1), date(2026, 3, 31), Decimal("20.5"), Decimal("3"))
    wb = _load(build_performance_workbook(replace(card, plans=(plan,))))
    assert _rows(wb["计划"])[0][4] == pytest.approx(20.5)


@pytest.mark.skipif(
    not (shutil.which("libreoffice") or shutil.which("soffice")), reason="LibreOffice not installed"
)
def test_a_spreadsheet_program_opens_the_workbook(tmp_path: Path) -> None:
    path = tmp_path / "kpi.xlsx"
    path.write_bytes(build_performance_workbook(samples.branch_card()))
    program = shutil.which("libreoffice") or shutil.which("soffice") or ""
    subprocess.run(
        [program, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    assert (tmp_path / "kpi.pdf").stat().st_size > 1000


def test_flat_trends_and_a_long_staff_list_render(pdf) -> None:
    card = samples.branch_card()
    flat_trend = tuple(TrendPoint(date(2026, 3, d), 0, Decimal("0.00"), Decimal("0.00")) for d in range(1, 4))
    many = tuple(
        replace(samples.STAFF[0], login=f"m{i:03d}", name=f"员工{i}", customers=0, aum=Decimal("0.00"))
        for i in range(80)
    )
    card = replace(card, book=replace(card.book, trend=flat_trend), staff=card.staff + many)
    out = pdf(build_performance_report(card))
    last = flat(out.page_text(out.pages))
    assert "员工79" in out.flat and "员工" in last and "超时任务" in last  # header repeated on the next page
    assert "员工明细合计与全网点数据不一致" in out.flat  # the extra rows no longer add up to the branch
