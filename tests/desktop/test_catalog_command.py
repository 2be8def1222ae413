"""`branchdesk catalog import` as an attacker tries it: a supervisor's file lowering a fund from R3 to R1 only
proposes; an empty catalogue is set up by an administrator; a billion-laughs file is refused in words."""

from __future__ import annotations

import time

from services import catalog
from tests.cli import branchdesk
from tests.domain.test_strict_yaml import billion_laughs
from tests.factories import add_staff
from tests.services.test_catalog_service import FUND, _file


def test_a_supervisor_file_lowering_a_fund_to_r1_only_proposes(db, db_url, tmp_path):
    add_staff(db)
    setup = tmp_path / "setup.yaml"
    setup.write_text(_file(FUND.replace("risk_level: 1", "risk_level: 3")), encoding="utf-8")
    refused = branchdesk(db_url, "catalog", "import", str(setup), "--user", "supervisor1")
    assert refused.returncode == 5 and "not allowed" in refused.stderr
    done = branchdesk(db_url, "catalog", "import", str(setup), "--user", "admin1")
    assert done.returncode == 0 and "1 added" in done.stdout, done.stderr
    lowered = tmp_path / "lowered.yaml"
    lowered.write_text(_file(FUND), encoding="utf-8")
    done = branchdesk(db_url, "catalog", "import", str(lowered), "--user", "supervisor1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1].startswith("pending approval ")
    assert {p.code: p.risk_level for p in catalog.list_products(db)} == {"FUND-MMF": 3}


def test_a_billion_laughs_file_is_refused_in_words_within_a_second(db, db_url, tmp_path):
    add_staff(db)
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(billion_laughs(), encoding="utf-8")
    started = time.perf_counter()
    done = branchdesk(db_url, "catalog", "import", str(bomb), "--user", "admin1")
    assert done.returncode == 2 and "aliases" in done.stderr and "Traceback" not in done.stderr
    assert time.perf_counter() - started < 20  # a process start; the refusal itself takes milliseconds
