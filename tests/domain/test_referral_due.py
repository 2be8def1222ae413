"""An urgent referral (the customer waits at the counter) is due the same day, at a time; it is overdue once
that time has passed, not only from the next day."""

from datetime import date, datetime

from domain.referrals import is_overdue, urgent_due


def test_an_urgent_referral_is_due_half_an_hour_later_the_same_day():
    assert urgent_due(datetime(2026, 12, 7, 10, 5)) == (date(2026, 12, 7), "10:35")
    assert urgent_due(datetime(2026, 12, 7, 23, 50)) == (date(2026, 12, 7), "23:59")  # never tomorrow


def test_a_due_time_makes_a_task_overdue_on_its_day():
    day = date(2026, 12, 7)
    assert not is_overdue("open", day, "10:35", datetime(2026, 12, 7, 10, 35))
    assert is_overdue("open", day, "10:35", datetime(2026, 12, 7, 10, 36))
    assert not is_overdue("done", day, "10:35", datetime(2026, 12, 7, 11, 0))
    assert not is_overdue("open", day, "", datetime(2026, 12, 7, 23, 0))  # a day without a time: all that day
    assert is_overdue("open", day, "", datetime(2026, 12, 8, 0, 1))
    assert not is_overdue("open", None, "", datetime(2026, 12, 8))
