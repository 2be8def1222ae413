"""The .ts files are complete and current, and the compiled translations work.

A developer who adds a `self.tr(...)` / `QT_TRANSLATE_NOOP(...)` string and forgets to translate it gets a failing
test here: add it to resources/translations/glossary/<area>.tsv and run `make translations-update`.
No database: none of these tests uses the db fixtures (so they run the same with or without PostgreSQL).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


tr = _load_script()
LANGUAGES = tr.LANGUAGES
LUPDATE = tr.find_tool("pyside6-lupdate")
LRELEASE = tr.find_tool("pyside6-lrelease")
needs_lupdate = pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is not installed")
needs_lrelease = pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease is not installed")


def _messages(language: str):
    path = tr.ts_path(language)
    assert path.is_file(), f"{path.name} is missing: run `make translations-update`"
    return tr.read_messages(path)


def _key(message) -> tuple[str, str, str]:
    return (message.context, message.source, message.comment)


def _listing(items, limit: int = 25) -> str:
    items = list(items)
    shown = [f"  {item}" for item in items[:limit]]
    if len(items) > limit:
        shown.append(f"  ... and {len(items) - limit} more")
    return "\n".join(shown)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    missing = [f"[{m.context}] {m.source!r}" for m in tr.unfinished(_messages(language))]
    assert not missing, (
        f"{len(missing)} message(s) untranslated in branchdesk_{language}.ts - add them to "
        "resources/translations/glossary/*.tsv and run `make translations-update`:\n" + _listing(missing)
    )


@needs_lupdate
@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_files_are_current(language, tmp_path):
    committed = tr.ts_path(language)
    assert committed.is_file(), f"{committed.name} is missing: run `make translations-update`"
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    tr.run_lupdate(fresh, language, lupdate=LUPDATE)
    before = {_key(m) for m in tr.read_messages(committed)}
    after = {_key(m) for m in tr.read_messages(fresh)}
    new = [f"[{c}] {s!r}" for c, s, _ in sorted(after - before)]
    gone = [f"[{c}] {s!r}" for c, s, _ in sorted(before - after)]
    assert not new, (
        f"{len(new)} string(s) in the code but not in {committed.name} - run `make translations-update`:\n"
        + _listing(new)
    )
    assert not gone, (
        f"{len(gone)} string(s) in {committed.name} no longer in the code - run `make translations-update`:\n"
        + _listing(gone)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language):
    wrong = []
    for m in _messages(language):
        wanted = tr.placeholders(m.source)
        for text in m.translations:
            if text and tr.placeholders(text) != wanted:
                wrong.append(f"[{m.context}] {m.source!r} -> {text!r}")
    assert not wrong, "translations whose {placeholders} differ from the source's:\n" + _listing(wrong)


def test_glossary_is_consistent():
    """Each line has three columns, keeps its placeholders, and no source is translated two ways."""
    glossary = tr.load_glossary()
    assert "Wrong login or password." in glossary


_FSTRING_TR = re.compile(
    r"""(?:\btr|\btranslate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\s*\((?:\s*(?:"[^"]*"|'[^']*')\s*,)?\s*[rR]?[fF][rR]?["']"""
)


def test_no_fstrings_in_translated_text():
    """lupdate extracts tr(f"... {x}") with the literal "{x}", but at run time Qt is asked for the formatted
    text, which has no translation: put {x} in the source and call .format(x=...) on the result."""
    offenders = []
    for path in tr.source_files():
        text = path.read_text(encoding="utf-8")
        for match in _FSTRING_TR.finditer(text):  # whole file: a call may span lines
            number = text.count("\n", 0, match.start()) + 1
            offenders.append(f"{path.relative_to(ROOT)}:{number}: {match.group(0)}")
    assert not offenders, "f-strings inside translation calls:\n" + "\n".join(offenders)


@needs_lrelease
@pytest.mark.parametrize(
    ("language", "expected"), [("zh_CN", "登录名或密码错误。"), ("zh_TW", "登錄名或密碼錯誤。")]
)
def test_compiled_translation_loads(language, expected, tmp_path):
    from PySide6.QtCore import QTranslator

    qm = tmp_path / f"branchdesk_{language}.qm"
    subprocess.run([str(LRELEASE), "-silent", str(tr.ts_path(language)), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm)), f"QTranslator cannot load {qm.name}"
    assert translator.language() == language
    assert translator.translate("Messages", "Wrong login or password.") == expected
