"""客户经理变更通知书: the written notice each customer gets when their customer manager changes (DOMAIN §7.6: told
orally and in writing; the printed notice names the new manager, the branch, a phone and the date). One A4 page
per customer, so a book's reassignment prints as one file and each page is handed over or posted on its own.

`build_reassignment_notices(notices, bank_name) -> bytes`, deterministic like every builder here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from reports import _layout as L
from reports._layout import para

FORM_VERSION = "reassign_notice_v2026_1"
MARGINS = (22 * mm, 22 * mm, 28 * mm, 22 * mm)
WIDTH = A4[0] - MARGINS[0] - MARGINS[1]
TITLE = "客户经理变更通知书"
_FIXED_TEXT = (
    "客户经理变更通知书尊敬的客户号您好：因工作安排，自起，您在的客户经理由变更为。新客户经理联系电话网点地址客服电话"
    "我们将在一个月内与您联系。如有疑问，请致电网点或到网点咨询。感谢您一直以来的信任与支持！营业网点（盖章）日期年月日"
    "第页共0123456789-—（）·：，。"
)


@dataclass(frozen=True)
class ReassignmentNotice:
    customer_no: str
    customer_name: str
    previous_manager: str  # "" when the customer had none
    new_manager: str
    new_manager_phone: str
    effective_on: date
    branch_name: str
    branch_code: str
    branch_address: str
    branch_phone: str


def _page(n: ReassignmentNotice, s: L.Styles) -> list:
    change = (
        f"您在{n.branch_name}的客户经理由{n.previous_manager}变更为{n.new_manager}"
        if n.previous_manager
        else f"{n.new_manager}担任您在{n.branch_name}的客户经理"
    )
    facts = L.grid(
        [
            [para("新客户经理", s.cell_label), para(n.new_manager, s.cell)],
            [para("联系电话", s.cell_label), para(n.new_manager_phone or n.branch_phone or "—", s.cell)],
            [para("营业网点", s.cell_label), para(f"{n.branch_name}（{n.branch_code}）", s.cell)],
            [para("网点地址", s.cell_label), para(n.branch_address or "—", s.cell)],
            [para("网点电话", s.cell_label), para(n.branch_phone or "—", s.cell)],
            [para("生效日期", s.cell_label), para(L.cn_date(n.effective_on), s.cell)],
        ],
        [0.25 * WIDTH, 0.75 * WIDTH],
        label_cols=(0,),
    )
    return [
        para(TITLE, s.title),
        Spacer(1, 6 * mm),
        para(f"尊敬的{n.customer_name}（客户号 {n.customer_no}）：", s.cell),  # a salutation: not indented
        Spacer(1, 3 * mm),
        para(
            f"您好！因工作安排，自{L.cn_date(n.effective_on)}起，{change}。新客户经理将在一个月内与您联系，"
            "为您继续提供服务。如有疑问，请致电网点或到网点咨询。",
            s.body,
        ),
        Spacer(1, 5 * mm),
        facts,
        Spacer(1, 6 * mm),
        para("感谢您一直以来的信任与支持！", s.body),
        Spacer(1, 14 * mm),
        KeepTogether(
            [
                para(f"{n.branch_name}（盖章）", s.right),
                Spacer(1, 3 * mm),
                para(L.cn_date(n.effective_on), s.right),
            ]
        ),
    ]


def build_reassignment_notices(
    notices: list[ReassignmentNotice], bank_name: str, printed_at: datetime, printed_by: str
) -> bytes:
    """One page per customer, in the order given; the printer and time go in the footer."""
    s = L.styles(11)
    story: list = []
    for number, notice in enumerate(notices):
        if number:
            story.append(PageBreak())
        story += _page(notice, s)
    first = notices[0] if notices else None
    branch = f"{first.branch_name}（{first.branch_code}）" if first else ""
    frame = L.Frame_(
        header_left=bank_name,
        header_left_small=f"{branch}  {TITLE}",
        footer_left=f"{L.cn_datetime(printed_at)} · 模板 {FORM_VERSION}",
        footer_right=f"打印：{printed_by}",
        qr_payload="",
        qr_size=15 * mm,
        watermark=None,
    )
    return L.build(
        story or [para("无需通知的客户", s.body)],
        pagesize=A4,
        margins=MARGINS,
        frame=frame,
        title=f"{TITLE} {branch}",
        subject=f"{FORM_VERSION}; {len(notices)} customer(s)",
        base_size=11,
        seed=_FIXED_TEXT,
    )
