"""Chinese line breaking (禁则, GB/T 15834 and the usual typesetting rules) for every paragraph of our PDFs.

reportlab breaks Chinese anywhere and only keeps a few marks off a line's start (its list lacks ，；：？！》 and
the closing quotes) and never keeps an opening mark off a line's end. Here a line never starts with a closing
mark (，。、；：？！）」』》 …) and never ends with an opening one (（「『《 …): the character before is carried to
the next line with it (推出). Only when a line holds nothing else is the mark left hanging in the margin.
"""

from __future__ import annotations

from collections.abc import Sequence
from unicodedata import category

from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine  # type: ignore[attr-defined]  # not in the stubs
from reportlab.rl_config import _FUZZ

# May not begin a line: closing brackets and quotes, pause and stop marks, iteration and prolonged-sound marks.
CLOSING = frozenset("，。、；：？！…‥·・）」』》〉】〕〗〙｝］’”〞%‰℃°′″,.;:?!)]}»›々ー〻゛゜ヽヾゝゞ")
# May not end a line: opening brackets and quotes, and the signs written before a number.
OPENING = frozenset("（「『《〈【〔〖〘｛［‘“〝([{«‹¥￥$£€#＃§")


def violations(lines: Sequence[str]) -> list[str]:
    """The lines that break the rules (for tests and checks): starting with a closing or ending with an opening
    mark."""
    return [
        line
        for number, line in enumerate(lines)
        if (number > 0 and line[:1] in CLOSING) or (number < len(lines) - 1 and line[-1:] in OPENING)
    ]


def _is_break_opportunity(glyphs: list[cjkU], index: int) -> bool:
    """Between glyphs[index - 1] and glyphs[index]: a space, or Chinese on either side (never inside a Latin
    word or number)."""
    before, after = glyphs[index - 1], glyphs[index]
    if category(before) == "Zs" or category(after) == "Zs":
        return True
    return ord(before) >= 0x2E80 or ord(after) >= 0x2E80


def _allowed(glyphs: list[cjkU], index: int) -> bool:
    return glyphs[index] not in CLOSING and glyphs[index - 1] not in OPENING


def _break_before(glyphs: list[cjkU], start: int, overflow: int) -> int:
    """Where the line from `start` ends (exclusive) when glyphs[overflow] does not fit."""
    lowest = start + 1  # a line holds at least one glyph
    # Best: a place the rules allow that is not inside a Latin word or number (a product code moves whole).
    end = overflow
    while end > lowest and not (_allowed(glyphs, end) and _is_break_opportunity(glyphs, end)):
        end -= 1
    if _allowed(glyphs, end) and _is_break_opportunity(glyphs, end):
        return end
    # A Latin run longer than the line is broken inside, still never before a closing mark.
    end = overflow
    while end > lowest and not _allowed(glyphs, end):
        end -= 1  # carry the glyph before to the next line
    if _allowed(glyphs, end):
        return end
    # Nothing to carry (a line of marks only): let the closing marks hang after the overflowing glyph.
    end = max(overflow, lowest)
    while end < len(glyphs) and glyphs[end] in CLOSING:
        end += 1
    return end


def split_lines(frags: Sequence, max_widths: Sequence[float], calc_bounds: bool) -> ParaLines:
    """reportlab's `cjkFragSplit` with the rules above: the frags' text as lines no wider than `max_widths`."""
    glyphs: list[cjkU] = []
    for frag in frags:
        text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
        glyphs.extend(cjkU(ch, frag, "utf8") for ch in text) if text else glyphs.append(
            cjkU(text, frag, "utf8")
        )
    lines: list[object] = []
    start = 0
    while start < len(glyphs):
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used, index, hard_break = 0.0, start, False
        while index < len(glyphs):
            width = glyphs[index].width
            if used + width > max_width + _FUZZ and index > start:
                break
            used += width
            index += 1
            if hasattr(glyphs[index - 1].frag, "lineBreak"):
                hard_break = True
                break
        end = index if hard_break or index >= len(glyphs) else _break_before(glyphs, start, index)
        used = sum(g.width for g in glyphs[start:end])
        lines.append(
            makeCJKParaLine(glyphs[start:end], max_width, used, max_width - used, hard_break, calc_bounds)
        )
        start = end
    return ParaLines(kind=1, lines=lines)
