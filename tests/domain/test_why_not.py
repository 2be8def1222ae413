"""The "not offered" list in groups (issue 13): real rule blocks apart from "no need" and "assess first"."""

from __future__ import annotations

from domain.recommend.model import Excluded, Reason
from domain.recommend.why_not import WhyNot, grouped


def item(code: str, *reasons: str) -> Excluded:
    return Excluded(code, tuple(Reason(r) for r in reasons))


def test_blocks_come_first_and_each_kind_of_not_offered_has_its_group():
    excluded = [
        item("EDU", "no_identified_need"),
        item("FUND", "risk_assessment_expired"),
        item("WM-R4", "risk_mismatch"),
        item("CARD", "already_held"),
        item("INS", "risk_assessment_missing", "age_out_of_range"),  # a real block outranks "assess first"
        item("LCD", "funds_below_minimum"),
        item("EB", "recently_answered"),
    ]
    groups = {group: [e.product for e in items] for group, items in grouped(excluded)}
    assert list(groups) == [WhyNot.RULES, WhyNot.ASSESSMENT, WhyNot.HELD, WhyNot.ANSWERED, WhyNot.NO_NEED]
    assert groups[WhyNot.RULES] == ["WM-R4", "INS"] and groups[WhyNot.NO_NEED] == ["EDU", "LCD"]
    assert groups[WhyNot.ASSESSMENT] == ["FUND"] and grouped([]) == []
