"""A referral made on one station arrives on another within 2 seconds (issue 7), on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import datetime

import pytest
from sqlalchemy import text

from db.notifications import TaskListener
from db.session import Database
from domain.codes import Role
from domain.staff import StaffUser
from services import referrals
from tests.factories import small_branch

NOW = datetime(2026, 11, 23, 10, 30)


def teller(ids) -> StaffUser:
    return StaffUser(ids[Role.TELLER], "teller1", "teller", Role.TELLER, "0001", "支行")


def _wait(listener: TaskListener, until: float) -> tuple[list, float]:
    while time.monotonic() < until:
        arrived = listener.poll(0.5)
        if arrived:
            return arrived, time.monotonic()
    return [], time.monotonic()


def test_a_referral_on_one_station_arrives_on_another(db_url):
    counter, office = Database(db_url), Database(db_url)  # two stations
    try:
        ids = small_branch(counter, NOW.date())
        listener = TaskListener(office)
        try:
            assert listener.poll(0.2) == []
            started = time.monotonic()
            made = referrals.create(counter, teller(ids), "C0000000001", reason="stated_need", now=NOW)
            arrived, seen = _wait(listener, started + 2.0)
            assert arrived == [ids[Role.MANAGER]], made
            assert seen - started < 2.0
            assert listener.poll(0.2) == []  # nothing twice
        finally:
            listener.close()
    finally:
        counter.dispose()
        office.dispose()


def test_an_uncommitted_insert_is_not_announced(db_url):
    station = Database(db_url)
    try:
        ids = small_branch(station, NOW.date())
        listener = TaskListener(station)
        try:
            from domain.errors import DomainError

            with pytest.raises(DomainError):  # refused after nothing was written: nothing to announce
                referrals.create(station, teller(ids), "C0000000002", reason="stated_need", now=NOW)
            assert listener.poll(0.6) == []
        finally:
            listener.close()
    finally:
        station.dispose()


def test_another_process_sees_the_referral(db_url):
    station = Database(db_url)
    try:
        ids = small_branch(station, NOW.date())
    finally:
        station.dispose()
    watcher = textwrap.dedent(
        f"""
        import sys, time
        from db.notifications import TaskListener
        from db.session import Database
        db = Database({db_url!r})
        listener = TaskListener(db)
        print("ready", flush=True)
        end = time.monotonic() + 10
        while time.monotonic() < end:
            got = listener.poll(0.5)
            if got:
                print("arrived", got[0], time.monotonic(), flush=True)
                break
        listener.close()
        db.dispose()
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", watcher], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        started = time.monotonic()
        other = Database(db_url)
        try:
            referrals.create(other, teller(ids), "C0000000001", reason="stated_need", now=NOW)
        finally:
            other.dispose()
        line = proc.stdout.readline().split()
        proc.wait(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    assert line[:2] == ["arrived", str(ids[Role.MANAGER])]
    assert float(line[2]) - started < 2.0  # time.monotonic is system-wide on Linux


def test_a_listener_on_a_quiet_database_waits_only_its_timeout(db_url):
    station = Database(db_url)
    try:
        listener = TaskListener(station)
        try:
            started = time.monotonic()
            assert listener.poll(0.3) == []
            assert time.monotonic() - started < 1.0
        finally:
            listener.close()
    finally:
        station.dispose()


def test_a_station_hears_only_its_own_schema(db_url):
    """NOTIFY is database-wide: a branch (or test run) in another schema of the same database is not news here."""
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite polls its own file")
    import re

    from db.notifications import announce

    other_schema = "bd_other_" + re.sub(r"\W", "", str(time.time_ns()))[-10:]
    here = Database(db_url)
    other = Database(re.sub(r"search_path%3D[^&]+", f"search_path%3D{other_schema}", db_url))
    with here.engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{other_schema}"'))
    try:
        listener = TaskListener(here)
        try:
            with other.write() as uow:  # a task arrives over there
                announce(uow.session, 42)
                uow.commit()
            assert listener.poll(0.6) == []
            with here.write() as uow:  # and here
                announce(uow.session, 7)
                uow.commit()
            assert _wait(listener, time.monotonic() + 2.0)[0] == [7]
        finally:
            listener.close()
    finally:
        other.dispose()
        with here.engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{other_schema}"'))
        here.dispose()
