"""Pinyin of Chinese personal names, for search by pinyin (`zhangwei`) or initials (`zw`).

pypinyin reads each character's most common pronunciation, which is wrong for several surnames (单 is dan in
单位 but Shan as a surname); the surname is looked up in an override table first. Readings are cached per
character, so a million names cost a million dictionary lookups, not a million pypinyin calls.
"""

from __future__ import annotations

from functools import lru_cache

# Surnames whose reading differs from the character's everyday one.
SURNAME_READINGS = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "区": "ou",
    "朴": "piao",
    "仇": "qiu",
    "查": "zha",
    "乐": "yue",
    "缪": "miao",
    "覃": "qin",
    "翟": "zhai",
    "召": "shao",
    "种": "chong",
    "秘": "bi",
    "员": "yun",
    "繁": "po",
    "黑": "he",
    "句": "gou",
    "阚": "kan",
    "隗": "wei",
    "藏": "zang",
}
# Two-character surnames, with their syllables (长孙 and 万俟 are read unusually too).
COMPOUND_SURNAMES = {
    "欧阳": ("ou", "yang"),
    "司马": ("si", "ma"),
    "诸葛": ("zhu", "ge"),
    "上官": ("shang", "guan"),
    "东方": ("dong", "fang"),
    "皇甫": ("huang", "fu"),
    "令狐": ("ling", "hu"),
    "慕容": ("mu", "rong"),
    "司徒": ("si", "tu"),
    "夏侯": ("xia", "hou"),
    "尉迟": ("yu", "chi"),
    "公孙": ("gong", "sun"),
    "长孙": ("zhang", "sun"),
    "万俟": ("mo", "qi"),
    "宇文": ("yu", "wen"),
}


@lru_cache(maxsize=65536)
def _reading(char: str) -> str:
    """Toneless pinyin of one character ('lv' for 吕, as people type it); '' for punctuation such as ·."""
    from pypinyin import lazy_pinyin  # its phrase dictionary takes 0.3-0.7 s: only when a name is spelled

    syllables = lazy_pinyin(char, errors="ignore")
    return syllables[0] if syllables else ""


def _syllables(name: str) -> list[str]:
    if len(name) > 2 and name[:2] in COMPOUND_SURNAMES:
        out, rest = list(COMPOUND_SURNAMES[name[:2]]), name[2:]
    elif name[:1] in SURNAME_READINGS:
        out, rest = [SURNAME_READINGS[name[0]]], name[1:]
    else:
        out, rest = [], name
    latin = ""  # a run of Latin letters (a foreign name) is one word, not one syllable per letter
    for char in rest + " ":
        if char.isascii() and char.isalnum():
            latin += char.lower()
            continue
        if latin:
            out.append(latin)
            latin = ""
        if not char.isascii():
            out.append(_reading(char))
    return out


def name_pinyin(name: str) -> tuple[str, str]:
    """('zhangwei', 'zw') for 张伟; ('shantianfang', 'stf') for 单田芳."""
    syllables = [s for s in _syllables(name.strip()) if s]
    return "".join(syllables), "".join(s[0] for s in syllables)


def phrase_pinyin(text: str) -> tuple[str, str]:
    """('wenjianlicai', 'wjlc') for 稳健理财: a product's name as a whole phrase (理财 licai, 银行 yinhang), so
    several-reading characters are read as in the word; letters and digits are kept, punctuation dropped."""
    from pypinyin import lazy_pinyin  # its phrase dictionary takes 0.3-0.7 s: call it off the UI thread

    syllables = [s.lower() for s in lazy_pinyin(text, errors="default") if s.strip()]
    # Letters and digits come through as runs ("180"): each character counts as its own syllable.
    syllables = [
        part
        for s in syllables
        for part in ([s] if s.isalpha() and s.isascii() and not s.isupper() else list(s))
        if part.isascii() and part.isalnum()
    ]
    return "".join(syllables), "".join(s[0] for s in syllables)
