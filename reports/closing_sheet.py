"""日终审计签章单: the daily closing sheet a supervisor signs. One A4 page: the branch and day, the day's audit
entries counted by kind, the last chain hash in full and as a QR code, signature lines.

The hash on paper is what makes a rewrite of the whole chain visible: whoever recomputes every entry cannot
change the hash a supervisor signed last night (db/audit.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from reports import _layout as L
from reports import fonts
from reports._layout import para

FORM_VERSION = "closing_v2026_1"
MARGINS = (18 * mm, 18 * mm, 24 * mm, 20 * mm)
WIDTH = A4[0] - MARGINS[0] - MARGINS[1]
QR_SIZE = 38 * mm

# Words for the audit actions the app writes; an action without words is printed as its code.
ACTION_WORDS = {
    "agreement_issued": "协议签发",
    "agreement_reprinted": "协议补打（副本）",
    "agreement_voided": "协议作废",
    "agreement_scan_attached": "协议签字扫描件归档",
    "agreement_original_not_delivered": "协议原件未交付",
    "agreement_original_printed": "协议原件补打",
    "agreement_reviewed": "协议复核（生效）",
    "agreement_returned": "协议复核退回",
    "agreement_cancelled": "冷静期内解除协议（全额退款）",
    "follow_up_call_recorded": "回访结果登记",
    "archive_recorded": "档案哈希入链（升级）",
    "catalog_change_applied": "产品目录变更生效",
    "catalog_change_approved": "产品目录变更复核通过",
    "catalog_change_proposed": "产品目录变更申请",
    "catalog_change_rejected": "产品目录变更退回",
    "catalog_imported": "产品目录导入",
    "closing_sheet_printed": "日终签章单打印",
    "complaint_identity_printed": "投诉人信息完整打印",
    "complaint_identity_viewed": "投诉人信息完整查看",
    "customer_reassigned": "客户移交",
    "reassignment_notices_printed": "客户经理变更通知书打印",
    "customer_updated": "客户信息修改",
    "customers_imported": "客户导入",
    "demo_generated": "演示数据生成",
    "holdings_imported": "持仓导入",
    "identifiers_revealed": "完整证件号/手机号查看",
    "login": "登录",
    "login_failed": "登录失败",
    "plan_deleted": "营销计划删除",
    "plan_set": "营销计划设定",
    "receipt_issued": "回单打印",
    "receipt_reprinted": "回单补打",
    "recommendation_outcome": "推荐结果登记",
    "referral.create": "转介登记",
    "referral.outcome": "转介结果登记",
    "risk_assessed": "风险评估",
    "task.done": "任务完成",
    "user_added": "新增用户",
}


@dataclass(frozen=True)
class ClosingSheet:
    """日终: one branch day. `last_seq`/`last_hash`: the last chained entry dated that day or earlier (0 and the
    genesis hash if none). `counts`: the day's entries per action, most first."""

    day: date
    branch_code: str
    branch_name: str
    counts: tuple[tuple[str, int], ...]
    entries: int
    first_seq: int | None
    last_seq: int
    last_hash: str
    printed_at: datetime
    printed_by: str
    printed_by_name: str


def qr_payload(sheet: ClosingSheet) -> str:
    return f"{sheet.branch_code}|{sheet.day.isoformat()}|{sheet.last_seq}|{sheet.last_hash}"


def _qr(payload: str) -> Drawing:
    """The chain hash as a large QR code in the body (the page corner's code is too small for 64 characters)."""
    modules = L.qr_modules(payload)
    count = len(modules) + 2
    box = QR_SIZE / count
    drawing = Drawing(QR_SIZE, QR_SIZE)
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                module = Rect((c + 1) * box, QR_SIZE - (r + 2) * box, box, box)
                module.fillColor, module.strokeWidth, module.strokeColor = L.INK, 0, None
                drawing.add(module)
    return drawing


def build_closing_sheet(sheet: ClosingSheet, bank_name: str) -> bytes:
    s = L.styles(10)
    title = "日终审计签章单"
    story: list = [
        para(title, s.title),
        para(f"业务日期：{L.cn_date(sheet.day)}　　打印时间：{L.cn_datetime(sheet.printed_at)}", s.subtitle),
    ]
    head = L.grid(
        [
            [para("营业网点", s.cell_label), para(f"{sheet.branch_name}（{sheet.branch_code}）", s.cell),
             para("业务日期", s.cell_label), para(L.cn_date(sheet.day), s.cell)],
            [para("当日审计记录", s.cell_label), para(f"{sheet.entries} 条", s.cell),
             para("链序号范围", s.cell_label),
             para(f"{sheet.first_seq} – {sheet.last_seq}" if sheet.first_seq else f"无（截至 {sheet.last_seq}）",
                  s.cell)],
        ],
        [0.18 * WIDTH, 0.34 * WIDTH, 0.16 * WIDTH, 0.32 * WIDTH],
        label_cols=(0, 2),
    )  # fmt: skip
    story += [head, Spacer(1, 4 * mm), para("当日审计记录分类统计", s.heading)]
    rows = [[para("类别", s.cell_label), para("代码", s.cell_label), para("笔数", s.cell_label)]]
    for action, count in sheet.counts:
        rows.append(
            [para(ACTION_WORDS.get(action, action), s.cell), para(action, s.small), para(str(count), s.right)]
        )
    if not sheet.counts:
        rows.append([para("当日无审计记录", s.cell), para("", s.cell), para("0", s.right)])
    rows.append([para("合计", s.cell_label), para("", s.cell), para(str(sheet.entries), s.right)])
    story += [L.grid(rows, [0.5 * WIDTH, 0.35 * WIDTH, 0.15 * WIDTH], label_cols=()), Spacer(1, 4 * mm)]

    story.append(para("审计链末条哈希（SHA-256）", s.heading))
    half = len(sheet.last_hash) // 2
    hash_text = [
        para(f"链序号：{sheet.last_seq}", s.cell),
        Spacer(1, 2 * mm),
        para(sheet.last_hash[:half], s.cell),
        para(sheet.last_hash[half:], s.cell),
        Spacer(1, 2 * mm),
        para(
            "此哈希值为截至业务日期终了的最后一条审计记录的链哈希。任何对历史审计记录的修改、删除或插入，"
            "都会使审计链核验（branchdesk audit verify）得出的哈希与本单不符。请将本单签字后存档。",
            s.small,
        ),
    ]
    box = Table([[hash_text, _qr(qr_payload(sheet))]], colWidths=[WIDTH - QR_SIZE - 6 * mm, QR_SIZE + 6 * mm])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                ("BOX", (0, 0), (-1, -1), 0.5, L.RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    story += [box, Spacer(1, 6 * mm)]
    left = [
        para(f"打印人：{sheet.printed_by_name}（{sheet.printed_by}）", s.cell),
        Spacer(1, 10 * mm),
        para("营业主管签字：______________", s.cell),
        para("日期：______年____月____日", s.cell),
    ]
    right = [
        para("复核人签字：______________", s.cell),
        Spacer(1, 4 * mm),
        para("日期：______年____月____日", s.cell),
    ]
    story.append(
        KeepTogether([L.signature_block(left, f"营业网点：{sheet.branch_name}", right, "业务公章", WIDTH, s)])
    )
    frame = L.Frame_(
        header_left=bank_name,
        header_left_small=f"{sheet.branch_name}（{sheet.branch_code}）  {title}",
        footer_left=f"日终 {sheet.day.isoformat()} · 模板 {FORM_VERSION}",
        footer_right=f"打印：{sheet.printed_by}",
        qr_payload="",
        qr_size=15 * mm,
        watermark=None,
    )
    return L.build(
        story,
        pagesize=A4,
        margins=MARGINS,
        frame=frame,
        title=f"{title} {sheet.branch_code} {sheet.day.isoformat()}",
        subject=f"{FORM_VERSION}; audit chain {sheet.last_seq}",
        base_size=10,
    )
