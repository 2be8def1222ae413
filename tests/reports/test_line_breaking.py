"""Chinese line breaking (禁则) in our PDFs: laid out with the real fonts and widths, no line starts with a closing
mark and none ends with an opening one; and reportlab on its own does break these rules on the same text."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from reports import fonts
from reports._layout import para, styles
from reports.line_breaking import CLOSING, OPENING, violations

fonts.register()

# Clause-like Chinese with every kind of mark, a Latin product name, numbers and amounts.
TEXT = (
    "甲方（客户）认购产品（产品代码WM2026A01）并已阅读理解《产品说明书》《风险揭示书》的全部内容，知悉本产品为非保本浮动收益型产品；"
    "乙方（银行）不承诺保本和最低收益。业绩比较基准为2.85%～3.10%（年化），仅供参考，不代表实际收益！"
    "客户可通过网上银行、手机银行或营业网点查询净值：如有疑问，请致电客户服务热线95599？"
    "「温馨提示」：市场有风险，投资须谨慎。本协议自双方签字（盖章）之日起生效，Wealth Plus 2026 系列同样适用。"
)
WIDTHS_MM = [w / 2 for w in range(60, 360)]  # 30 mm (a table cell) to 180 mm (a page), in half millimetres


def _lines(paragraph: Paragraph, width_mm: float) -> list[str]:
    paragraph.wrap(width_mm * mm, 10_000)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:  # reportlab's single-font path: (space, [words])
        return ["".join(words) for _space, words in lines]
    return ["".join(frag.text for frag in line.words) for line in lines]


@pytest.mark.parametrize("style", ["body", "cell", "small"])
def test_no_line_starts_with_a_closing_or_ends_with_an_opening_mark(style):
    chosen = getattr(styles(9.0), style)
    for width in WIDTHS_MM:
        lines = _lines(para(TEXT, chosen), width)
        assert "".join(lines) == TEXT, f"text lost or reordered at {width} mm"
        assert not violations(lines), f"{style} at {width} mm: {violations(lines)}"
        # A product code or a number is not cut while the line has room to carry it whole.
        latin = lambda text: text.isascii() and text.isalnum()  # noqa: E731
        assert not any(latin(a[-1:]) and latin(b[:1]) for a, b in zip(lines, lines[1:], strict=False)), (
            f"{style} at {width} mm cuts a word: {lines}"
        )


def test_reportlab_alone_breaks_the_rules_on_this_text():
    """The check above can fail: reportlab's own breaking puts closing marks at line starts here."""
    chosen = styles(9.0).body
    broken = [w for w in WIDTHS_MM if violations(_lines(Paragraph(fonts.markup(TEXT), chosen), w))]
    assert len(broken) > 20


def test_the_marks_named_in_the_rules_are_covered():
    assert set("，。、；：？！）」』》") <= CLOSING and set("（「『《") <= OPENING
