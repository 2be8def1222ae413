"""The "not offered" list in groups (issue 13): real rule blocks apart from "no need" and "assess first"."""

from __future__ import annotations

from domain.recommend.model import Excluded, Reason
from domain.recommend.why_not import WhyNot, by_rule, grouped


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


def test_each_blocking_rule_is_said_once_with_the_products_it_blocks():
    kyc = Reason("kyc_not_verified", {"kyc_status": "pending"})
    excluded = [
        Excluded("CARD", (kyc,)),
        Excluded("FUND", (kyc, Reason("age_out_of_range", {"age": 80, "age_max": 70}))),
        Excluded("INS", (kyc, Reason("age_out_of_range", {"age": 80, "age_max": 65}))),
    ]
    rules = [(reason.code, reason.params, products) for reason, products in by_rule(excluded)]
    assert rules[0] == ("kyc_not_verified", {"kyc_status": "pending"}, ("CARD", "FUND", "INS"))
    # the same rule with other figures is another line: its words differ
    assert rules[1:] == [
        ("age_out_of_range", {"age": 80, "age_max": 70}, ("FUND",)),
        ("age_out_of_range", {"age": 80, "age_max": 65}, ("INS",)),
    ]
