from __future__ import annotations

import pytest

from domain.names import name_pinyin


def test_pinyin_and_initials_of_a_common_name():
    assert name_pinyin("张伟") == ("zhangwei", "zw")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("单田芳", ("shantianfang", "stf")),
        ("曾国藩", ("zengguofan", "zgf")),
        ("解缙", ("xiejin", "xj")),
        ("区丽", ("ouli", "ol")),
        ("朴树", ("piaoshu", "ps")),
        ("仇英", ("qiuying", "qy")),
        ("查良镛", ("zhaliangyong", "zly")),
    ],
)
def test_surnames_pypinyin_misreads_use_the_surname_reading(name, expected):
    assert name_pinyin(name) == expected


def test_the_surname_reading_applies_to_the_surname_only():
    assert name_pinyin("张单") == ("zhangdan", "zd")


def test_compound_surnames():
    assert name_pinyin("欧阳娜娜") == ("ouyangnana", "oynn")
    assert name_pinyin("长孙无忌") == ("zhangsunwuji", "zswj")


def test_u_umlaut_is_typed_as_v_and_rare_characters_still_read():
    assert name_pinyin("吕布") == ("lvbu", "lb")
    assert name_pinyin("刘䶮") == ("liuyan", "ly")  # 䶮: CJK Extension A


def test_separators_are_skipped_and_latin_names_are_words():
    assert name_pinyin("阿依古丽·买买提") == ("ayigulimaimaiti", "ayglmmt")
    assert name_pinyin("Tom Lee") == ("tomlee", "tl")
