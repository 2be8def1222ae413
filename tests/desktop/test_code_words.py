"""Chinese screens show words, not codes (issue 14): the check the selftest runs on every screen it visits, and
the selftest itself over the demo data in zh_CN."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.commands.selftest import code_words

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("客户已持有 DEP-DEMAND", ["DEP-DEMAND"]),
        ("仅限客户层级 T2, T3；该客户为T1", ["T2", "T3", "T1"]),
        ("期限 1M / 1Y / 182D", ["1M", "1Y", "182D"]),
        ("到期提醒（T-7）", ["T-7"]),
        ("国籍 CHN", ["CHN"]),
        ("类别 attitude，状态 replied", ["attitude", "replied"]),
        ("问卷 risk_v2025_1", ["risk_v2025_1"]),
        ('<span style="color:#b00">re_identification_required</span>', ["re_identification_required"]),
    ],
)
def test_codes_are_found(text, codes):
    assert code_words(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "贵宾客户，5星；风险承受能力 C3 平衡型；产品风险 R2 中低风险",
        "投诉 TS3101-2026-00001",  # a document's number is quoted
        "wang1988@qq.com · /tmp/branchdesk-selftest-x/selftest.db",
        '<a href="C0000000001" style="color:red">张伟</a>',
        "CSV 文件，列为 date（日期）、kind（holiday 节假日或 workday 调休上班日）、name（名称）",
        "VIP 客户 zhangwei",  # pinyin is a name, not a code
    ],
)
def test_words_numbers_addresses_and_explained_codes_pass(text):
    assert code_words(text) == []


def test_selftest_screens_show_no_codes_in_chinese(tmp_path):
    """Every screen of every role, in zh_CN, over 300 demo customers: no code where a word belongs."""
    assert (ROOT / "resources" / "translations" / "branchdesk_zh_CN.qm").is_file(), "run `make` first"
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "BRANCHDESK_DATA_DIR": str(tmp_path / "data"),
        "BRANCHDESK_CONFIG_DIR": str(tmp_path / "config"),
    }
    env.pop("BRANCHDESK_DB_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "selftest", "--db", f"sqlite:///{tmp_path / 'selftest.db'}",
         "--screenshots", str(tmp_path / "screens")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert "saved" in result.stdout, result.stdout + result.stderr
    shown = [line for line in result.stdout.splitlines() if "codes shown instead of words" in line]
    assert not shown, "\n".join(shown)
    too_big = [line for line in result.stdout.splitlines() if "x768 screen" in line]
    assert not too_big, "\n".join(too_big)
    # The screens issue 14 added are visited too: the notice of new tasks, the referral form, a drill-down and
    # the agreement review's question.
    saved = {path.stem for path in (tmp_path / "screens").glob("*.png")}
    visited = {
        "manager_new_tasks_notice",
        "manager_referral",
        "manager_drill_down",
        "supervisor_agreement_review",
    }
    assert visited <= saved, sorted(visited - saved)


def test_a_window_larger_than_the_counters_screen_is_a_problem(qapp, tmp_path):
    from PySide6.QtWidgets import QDialog

    from desktop.commands.selftest import SelfTest

    test = SelfTest(tmp_path, sys.stdout)
    fits, wide, needs = QDialog(), QDialog(), QDialog()
    fits.resize(1366, 768)
    wide.resize(1400, 600)
    needs.setMinimumSize(800, 800)
    test.check_size(fits, "fits")
    test.check_size(wide, "wide")
    test.check_size(needs, "needs")
    assert [problem.split(":")[0] for problem in test.problems] == ["wide", "needs"]
