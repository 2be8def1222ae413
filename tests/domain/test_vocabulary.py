"""The one vocabulary: every code has its words in all three languages, and documents print the same words."""

from __future__ import annotations

import re

import pytest

from domain import complaint_documents, documents, vocabulary
from reports import performance_words

CODE_SHAPE = re.compile(r"[A-Za-z]+_[a-z]+|[A-Z]+-[A-Z0-9]+|\bT[0-5]\b")


def test_every_code_has_words_in_every_language():
    for kind, entries in vocabulary.WORDS.items():
        for code, words in entries.items():
            assert len(words) == 3 and all(w.strip() for w in words), (kind, code)
            for chinese in words[1:]:
                assert not CODE_SHAPE.search(chinese), (kind, code, chinese)


@pytest.mark.parametrize(
    ("kind", "code", "words"),
    [
        ("tier", "T1", ("Potential", "潜力客户", "潛力客戶")),
        ("complaint_category", "attitude", ("Service attitude", "服务态度", "服務態度")),
        ("complaint_status", "replied", ("Replied", "已答复", "已答覆")),
        ("complaint_status", "closed", ("Closed", "已办结", "已辦結")),  # not 已销户, an account's word
        ("country", "CHN", ("China", "中国", "中國")),
    ],
)
def test_words_per_language(kind, code, words):
    assert tuple(vocabulary.word(kind, code, language) for language in ("en", "zh_CN", "zh_TW")) == words


def test_an_unknown_code_shows_as_itself_and_none_as_nothing():
    assert vocabulary.word("tier", "T9") == "T9"
    assert vocabulary.word("nonsense", "x") == "x"
    assert vocabulary.word("tier", None) == ""


@pytest.mark.parametrize(
    ("code", "zh_cn", "zh_tw", "en"),
    [
        ("1M", "1个月", "1個月", "1 month"),
        ("6M", "6个月", "6個月", "6 months"),
        ("1Y", "1年", "1年", "1 year"),
        ("7D", "7天", "7天", "7 days"),
        ("bad", "bad", "bad", "bad"),
    ],
)
def test_terms(code, zh_cn, zh_tw, en):
    assert [vocabulary.term(code, lang) for lang in ("zh_CN", "zh_TW", "en")] == [zh_cn, zh_tw, en]


def test_lists_stages_versions_and_scores():
    assert vocabulary.words("tier", "T2, T3, T4") == "优质客户、贵宾客户、财富客户"
    assert vocabulary.words("tier", ["T2", "T3"], "en") == "Premium, VIP"
    assert vocabulary.days_before(7) == "到期前7天" and vocabulary.days_before(1, "en") == "1 day before"
    assert vocabulary.edition(1) == "第1版" and vocabulary.edition(2, "en") == "version 2"
    assert vocabulary.score(70) == "70分" and vocabulary.score(70, "en") == "70 points"
    assert vocabulary.questionnaire_version("risk_v2025_1") == "2025年第1版"


def test_documents_print_the_screens_words():
    assert vocabulary.table("complaint_category") == complaint_documents.CATEGORY_WORDS
    assert complaint_documents.STATUS_WORDS["closed"] == "已办结"
    assert documents.ID_TYPE_WORDS["RESIDENT_ID"] == vocabulary.word("id_type", "RESIDENT_ID") == "居民身份证"
    assert performance_words.TIER_WORDS["T3"] == vocabulary.word("tier", "T3") == "贵宾客户"
    assert performance_words.PLAN_WORDS["agreements"] == vocabulary.word("plan", "agreements")


def test_an_answered_complaints_deadline_is_not_worded_as_closed():
    """仅显示未办结 lists replied cases (still to be closed); their deadline column must not read 已办结."""
    for language in vocabulary.LANGUAGES:
        done = vocabulary.word("deadline_state", "done", language)
        assert done != vocabulary.word("complaint_status", "closed", language)
    assert vocabulary.word("deadline_state", "done") == "不再计时"
