"""Recording the risk questionnaire: stored as answered, the [2025] limits, re-confirmation, two stations at once."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from db import errors
from db.models import AuditEntry, Customer, RiskAssessment
from db.session import Database
from domain.codes import Role
from domain.errors import DomainError, InvalidValue
from domain.questionnaire import score
from domain.staff import StaffUser
from services import assessments
from tests.factories import LOGINS, small_branch

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 30)
ZHANG = "C0000000001"  # 46 on TODAY, no assessment on file
LI = "C0000000002"  # 76 on TODAY, an expired C2 assessment


def answers_at(level: int) -> dict[str, str]:
    """The option at `level` (0 = first) of every question, the last one where a question has fewer."""
    questionnaire = assessments.shipped_questionnaire()
    return {q.id: q.options[min(level, len(q.options) - 1)].id for q in questionnaire.questions}


CAUTIOUS = answers_at(1)  # each question's second option
BOLD = answers_at(3)


def user(ids: dict[Role, int], role: Role = Role.MANAGER) -> StaffUser:
    return StaffUser(
        ids[role], LOGINS[role], f"{role.value}-{LOGINS[role]}", role, "0001", "示范银行测试支行"
    )


@pytest.fixture
def branch(db):
    return small_branch(db, TODAY)


def record(db, ids, answers=CAUTIOUS, *, customer=ZHANG, confirmed=False, now=NOW, role=Role.MANAGER):
    version = assessments.shipped_questionnaire().version
    return assessments.record_assessment(
        db, user(ids, role), customer, version, answers, "branch", confirmed, now
    )


def rows(db, customer_no: str = ZHANG) -> list[RiskAssessment]:
    with db.read() as uow:
        customer_id = uow.session.scalar(select(Customer.id).where(Customer.customer_no == customer_no))
        found = list(
            uow.session.scalars(
                select(RiskAssessment)
                .where(RiskAssessment.customer_id == customer_id)
                .order_by(RiskAssessment.id)
            )
        )
        uow.session.expunge_all()  # plain values once the unit of work ends
        return found


def add_past(db, customer_no: str, days: list[date], grade: str = "C2") -> None:
    with db.write() as uow:
        customer_id = uow.session.scalar(select(Customer.id).where(Customer.customer_no == customer_no))
        for day in days:
            uow.session.add(
                RiskAssessment(
                    customer_id=customer_id,
                    grade=grade,
                    score=25,
                    questionnaire_version="risk_v2025_1",
                    assessed_on=day,
                    valid_until=day + timedelta(days=364),
                    channel="online",
                    answers={},
                    confirmed=True,
                    created_at=NOW,
                )  # fmt: skip
            )
        uow.commit()


def test_an_assessment_is_stored_with_answers_score_grade_version_channel_and_staff(db, branch):
    expected = score(assessments.shipped_questionnaire(), CAUTIOUS, age=46)
    result = record(db, branch)
    assert (result.score, result.grade) == (expected.score, expected.grade)
    assert result.label == expected.label and result.label_code == f"grade.{expected.grade}"
    assert result.assessed_on == TODAY and result.valid_until == date(2027, 11, 22)
    assert result.allowed_levels == tuple(f"R{n}" for n in range(1, int(expected.grade[1]) + 1))
    assert result.customer_name == "张三" and result.masked_id_number == "1101**********0019"
    assert result.staff_name == "manager-manager1" and result.channel == "branch"
    assert result.previous_grade is None and not result.grade_changed
    [row] = rows(db)
    assert row.answers == CAUTIOUS and row.score == expected.score and row.grade == expected.grade
    assert row.questionnaire_version == "risk_v2025_1" and row.channel == "branch"
    assert row.assessor_id == branch[Role.MANAGER] and row.confirmed
    assert (row.assessed_on, row.valid_until) == (TODAY, date(2027, 11, 22))
    with db.read() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "risk_assessed")).one()
        uow.session.expunge(entry)
    assert entry.details["grade"] == expected.grade and entry.actor == "manager1"
    assert "张三" not in str(entry.details) and "110105" not in str(entry.details)
    assert "answers" not in entry.details


def test_start_gives_the_questionnaire_the_age_and_the_previous_grade(db, branch):
    start = assessments.start_assessment(db, user(branch, Role.TELLER), LI, TODAY)
    assert start.customer_name == "李四" and start.age == 76
    assert start.previous_grade == "C2" and start.questionnaire.version == "risk_v2025_1"
    assert len(start.questionnaire.questions) >= 9


def test_a_third_assessment_on_one_day_is_refused_and_nothing_is_written(db, branch):
    record(db, branch)
    record(db, branch, now=NOW + timedelta(hours=1))
    with pytest.raises(DomainError) as refused:
        record(db, branch, now=NOW + timedelta(hours=2))
    assert refused.value.code == "assessment_daily_limit_reached"
    assert refused.value.params["next_date"] == TODAY + timedelta(days=1)
    assert len(rows(db)) == 2
    with pytest.raises(DomainError, match="assessment_daily_limit_reached"):
        assessments.start_assessment(db, user(branch), ZHANG, TODAY)
    assessments.start_assessment(db, user(branch), ZHANG, TODAY + timedelta(days=1))  # tomorrow is fine


def test_a_ninth_assessment_in_twelve_months_is_refused(db, branch):
    earlier = [date(2025, 11, 24)] + [TODAY - timedelta(days=30 * n) for n in range(1, 8)]
    add_past(db, ZHANG, earlier)
    with pytest.raises(DomainError) as refused:
        assessments.start_assessment(db, user(branch), ZHANG, TODAY)
    assert refused.value.code == "assessment_annual_limit_reached"
    assert refused.value.params["next_date"] == date(2026, 11, 24)  # the 2025-11-24 one counts through today
    with pytest.raises(DomainError, match="assessment_annual_limit_reached"):
        record(db, branch, confirmed=True)
    assert len(rows(db)) == 8
    record(db, branch, confirmed=True, now=NOW + timedelta(days=1))  # tomorrow one place is free
    assert len(rows(db)) == 9


def test_a_changed_grade_needs_the_customers_confirmation(db, branch):
    first = record(db, branch, CAUTIOUS)
    with pytest.raises(DomainError) as refused:
        record(db, branch, BOLD, now=NOW + timedelta(hours=1))
    assert refused.value.code == "assessment_change_not_reconfirmed"
    new = score(assessments.shipped_questionnaire(), BOLD, age=46).grade
    assert refused.value.params == {"previous": first.grade, "new": new} and new != first.grade
    assert len(rows(db)) == 1
    second = record(db, branch, BOLD, confirmed=True, now=NOW + timedelta(hours=1))
    assert second.grade_changed and second.previous_grade == first.grade and second.confirmed
    assert len(rows(db)) == 2


def test_the_same_grade_again_needs_no_confirmation(db, branch):
    record(db, branch)
    assert not record(db, branch, now=NOW + timedelta(hours=1)).grade_changed


def test_incomplete_answers_write_nothing(db, branch):
    partial = dict(CAUTIOUS)
    partial.pop("loss_tolerance")
    with pytest.raises(DomainError, match="questionnaire_answers_invalid"):
        record(db, branch, partial)
    assert rows(db) == []


def test_the_administrator_may_not_record_and_an_unknown_version_or_customer_is_refused(db, branch):
    with pytest.raises(DomainError, match="not_permitted"):
        record(db, branch, role=Role.ADMIN)
    with pytest.raises(InvalidValue, match="questionnaire_version_unknown"):
        assessments.record_assessment(db, user(branch), ZHANG, "risk_v1999", CAUTIOUS, "branch", False, NOW)
    with pytest.raises(InvalidValue, match="assessment_channel_unknown"):
        assessments.record_assessment(db, user(branch), ZHANG, "risk_v2025_1", CAUTIOUS, "phone", False, NOW)
    with pytest.raises(errors.NotFound):
        record(db, branch, customer="C9999999999")
    for role in (Role.TELLER, Role.SUPERVISOR):
        record(db, branch, role=role, now=NOW + timedelta(days=int(role is Role.SUPERVISOR)))
    assert len(rows(db)) == 2


def test_the_limit_is_checked_again_inside_the_write(db, branch):
    """The screen opened with one place left; another station filled the day meanwhile."""
    start = assessments.start_assessment(db, user(branch), ZHANG, TODAY)
    assert start.previous_grade is None
    add_past(db, ZHANG, [TODAY, TODAY], grade=score(start.questionnaire, CAUTIOUS, age=46).grade)
    with pytest.raises(DomainError, match="assessment_daily_limit_reached"):
        record(db, branch)
    assert len(rows(db)) == 2


def test_two_stations_racing_for_the_last_place_of_the_day(db_url, db, branch):
    """One assessment today: two stations save at once; exactly one gets the second place."""
    record(db, branch)
    stations = [Database(db_url) for _ in range(2)]
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def save(station: Database, login_offset: int) -> None:
        barrier.wait()
        try:
            outcomes.append(record(station, branch, now=NOW + timedelta(minutes=login_offset)))
        except DomainError as refused:
            outcomes.append(refused.code)

    threads = [
        threading.Thread(target=save, args=(station, n)) for n, station in enumerate(stations, start=1)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    for station in stations:
        station.dispose()
    assert sorted(str(o) if isinstance(o, str) else "saved" for o in outcomes) == [
        "assessment_daily_limit_reached",
        "saved",
    ]
    assert len(rows(db)) == 2


def test_history_is_newest_first_with_the_assessor(db, branch):
    record(db, branch)
    history = assessments.assessment_history(db, LI)
    assert [h.grade for h in history] == ["C2"] and history[0].assessor_name is None
    [mine] = assessments.assessment_history(db, ZHANG)
    assert mine.assessor_name == "manager-manager1" and mine.channel == "branch"
