"""A handful of demo complaints in every state, made through the real service so the rules hold for them too."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from db.models import Customer
from db.session import Database
from domain.complaint_flow import ClosingFacts
from services import complaint_duties, complaints, staff
from services.calendar import load_calendar

# (days ago, registered by, channel, category, content, amount, about, handler, steps done)
CASES = (
    (
        1,
        "teller1",
        "walk_in",
        "attitude",
        "办理挂失时柜员态度冷淡，解释不耐心",
        None,
        "teller2",
        "manager1",
        1,
    ),
    (
        2,
        "manager2",
        "phone",
        "product",
        "理财产品到期收益低于宣传的业绩比较基准，要求解释并赔偿",
        "82000",
        None,
        "manager2",
        2,
    ),
    (
        6,
        "teller2",
        "online",
        "channel",
        "手机银行跨行转账多次失败，未收到任何提示",
        None,
        None,
        "manager3",
        3,
    ),
    (
        9,
        "teller1",
        "opinion_book",
        "internal_management",
        "周六上午只开一个窗口，排队超过一小时",
        None,
        None,
        None,
        0,
    ),
    (12, "teller1", "letter", "error", "定期存款到期转存时利率录入错误", "1200", "teller1", "manager1", 4),
)


def add_demo_complaints(db: Database, today: date) -> int:
    users = {login: staff.user_by_login(db, login) for login in ("teller1", "teller2", "manager1", "manager2",
                                                                 "manager3", "supervisor1")}  # fmt: skip
    with db.read() as uow:
        customer_nos = uow.session.scalars(
            select(Customer.customer_no).order_by(Customer.id).limit(len(CASES))
        ).all()
    chief = users["supervisor1"]
    for number, (days, by, channel, category, content, amount, about, handler, steps) in enumerate(CASES):
        received = datetime.combine(today - timedelta(days=days), time(10, 15))
        later = received + timedelta(hours=2)
        case = complaints.register(
            db,
            users[by],
            channel=channel,
            category=category,
            content=content,
            complainant_name=("王秀英", "李建国", "张伟", "刘芳", "陈明")[number],
            complainant_phone=f"139{number:04d}{number * 1111 % 10000:04d}",
            customer_no=customer_nos[number] if number < len(customer_nos) else None,
            amount=Decimal(amount) if amount else None,
            subject_login=about,
            received_at=received,
            now=received,
        )
        if steps >= 1:
            complaints.assign(db, chief, case.number, handler, now=later)
        if steps >= 2:
            complaints.start_handling(db, users[handler], case.number, now=later)
        if steps >= 3:
            complaints.record_reply(
                db, users[handler], case.number, "已向客户说明原因并致歉，问题已处理。", now=later
            )
        if steps >= 4:
            facts = ClosingFacts("同意处理意见，做好整改。", "经核查情况属实。", "对经办人批评教育。",
                                 "加强复核，开展专项培训。", "satisfied", "")  # fmt: skip
            complaints.close(db, chief, case.number, facts, now=later)
    _add_daily_checks(db, chief, today)
    return len(CASES)


def _add_daily_checks(db: Database, head, today: date) -> None:
    """The outlet head's checks of the last week, all but yesterday's online check: the work queue shows that gap."""
    calendar = load_calendar(db)
    for back in range(7, 0, -1):
        day = today - timedelta(days=back)
        if not calendar.is_workday(day):
            continue
        at = datetime.combine(day, time(17, 30))
        complaint_duties.record_daily_check(
            db, head, "opinion_book", day, "大堂意见簿、意见箱", "无新增留言", now=at
        )
        if back > 1:
            complaint_duties.record_daily_check(
                db, head, "online", day, "手机银行留言板、政府网站留言", "未发现涉及本网点的投诉", now=at
            )
