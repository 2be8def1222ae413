"""Keep resources/translations/branchdesk_<lang>.ts current (`make translations-update`).

1. pyside6-lupdate scans every .py file in desktop/ and widgets/ (`self.tr(...)`,
   `QCoreApplication.translate(...)`, `QT_TRANSLATE_NOOP(...)`), keeps the translations already made
   and drops strings no longer in the code (-no-obsolete).
2. Every message still unfinished is filled from resources/translations/glossary/*.tsv and marked finished.
   A glossary line is `English source<TAB>简体中文<TAB>繁體中文`; `#` comments and blank lines are ignored;
   a newline inside a string is written as the two characters \\n (a tab as \\t, a backslash as \\\\).
   `--overwrite` also replaces finished translations that differ from the glossary.
3. It prints how many messages are still unfinished per language and exits 1 if any are, so a forgotten
   translation is noticed (tests/desktop/test_translations.py fails on them too).

English is the untranslated source text, so it has no .ts file.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("desktop", "widgets")
TRANSLATIONS = ROOT / "resources" / "translations"
GLOSSARY = TRANSLATIONS / "glossary"
LANGUAGES = ("zh_CN", "zh_TW")  # column order in the glossary files
SOURCE_LANGUAGE = "en"

# {name}, {0}, {name:>10}, {name!r}: str.format fields ({{ and }} are literal braces); %1..%99 and %n: Qt's.
_FORMAT_FIELD = re.compile(r"\{\{|\}\}|\{([^{}!:]*)(?:[!:][^{}]*)?\}")
_QT_ARG = re.compile(r"%L?(\d{1,2})|%(n)\b")
_ESCAPE = re.compile(r"\\(.)")
_UNESCAPE = {"n": "\n", "t": "\t", "\\": "\\"}


class GlossaryError(Exception):
    pass


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or the numerus forms
    finished: bool

    @property
    def empty(self) -> bool:
        return not any(t.strip() for t in self.translations)


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"branchdesk_{language}.ts"


def find_tool(name: str) -> Path | None:
    """pyside6-lupdate / pyside6-lrelease of the running interpreter's environment (bin/ or Scripts/)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    found = shutil.which(name, path=str(folder)) or shutil.which(name)
    return Path(found) if found else None


def source_files(root: Path = ROOT) -> list[Path]:
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files.extend(p for p in (root / folder).rglob("*.py") if "__pycache__" not in p.parts)
    return sorted(files)


def run_lupdate(ts_file: Path, language: str, *, root: Path = ROOT, lupdate: Path | None = None) -> None:
    """Create or update one .ts file from the sources (relative locations: fewer diff lines per edit)."""
    tool = lupdate or find_tool("pyside6-lupdate")
    if tool is None:
        raise FileNotFoundError("pyside6-lupdate not found next to the Python interpreter; run `make setup`")
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="branchdesk-lupdate-") as tmp:
        # A list file keeps the command line short (Windows limits it) however many screens there are.
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files(root)) + "\n", encoding="utf-8")
        command = [
            str(tool),
            f"@{listing}",
            "-ts",
            str(ts_file),
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            "-silent",
        ]
        result = subprocess.run(command, cwd=root, capture_output=True, text=True, encoding="utf-8")
    # lupdate reports problems (e.g. a tr() whose argument is not a literal) on stderr but still exits 0.
    for line in (result.stdout + result.stderr).splitlines():
        if line.strip():
            print(f"lupdate: {line}", file=sys.stderr)
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-lupdate failed for {ts_file.name} (exit {result.returncode})")


def read_messages(ts_file: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translations=texts,
                    finished=kind != "unfinished",
                )
            )
    return messages


def unfinished(messages: Iterable[Message]) -> list[Message]:
    return [m for m in messages if not m.finished or m.empty]


def placeholders(text: str) -> set[str]:
    """The {fields} of str.format and Qt's %1/%n that a translation must keep."""
    found = {"{" + m.group(1) + "}" for m in _FORMAT_FIELD.finditer(text) if m.group(1) is not None}
    found.update("%" + (m.group(1) or m.group(2)) for m in _QT_ARG.finditer(text))
    return found


def unescape(field: str) -> str:
    return _ESCAPE.sub(lambda m: _UNESCAPE.get(m.group(1), m.group(0)), field)


def load_glossary(folder: Path = GLOSSARY) -> dict[str, tuple[str, ...]]:
    """{English source: (zh_CN, zh_TW)} from every *.tsv; a source translated two ways is an error."""
    glossary: dict[str, tuple[str, ...]] = {}
    origin: dict[str, str] = {}
    problems: list[str] = []
    for path in sorted(folder.glob("*.tsv")):
        for number, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
            where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{number}"
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            fields = raw.split("\t")
            if len(fields) != 1 + len(LANGUAGES) or not all(f.strip() for f in fields):
                problems.append(f"{where}: expected 'source<TAB>zh_CN<TAB>zh_TW', got {len(fields)} field(s)")
                continue
            source, *translations = (unescape(f) for f in fields)
            wanted = placeholders(source)
            for language, text in zip(LANGUAGES, translations, strict=True):
                if placeholders(text) != wanted:
                    problems.append(
                        f"{where}: {language} placeholders {sorted(placeholders(text))} "
                        f"differ from the source's {sorted(wanted)}"
                    )
            entry = tuple(translations)
            if source in glossary and glossary[source] != entry:
                problems.append(f"{where}: {source!r} is already translated differently in {origin[source]}")
                continue
            glossary.setdefault(source, entry)
            origin.setdefault(source, where)
    if problems:
        raise GlossaryError("\n".join(problems))
    return glossary


def fill_from_glossary(ts_file: Path, translations: dict[str, str], *, overwrite: bool = False) -> set[str]:
    """Set unfinished (or, with overwrite, differing) messages from the glossary; returns the sources used."""
    tree = ET.parse(ts_file)
    used: set[str] = set()
    changed = False
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or source not in translations:
            continue
        used.add(source)
        kind = translation.get("type", "")
        if kind in ("obsolete", "vanished"):
            continue
        text = translations[source]
        forms = translation.findall("numerusform")
        current = [f.text or "" for f in forms] if forms else [translation.text or ""]
        is_finished = kind != "unfinished" and any(c.strip() for c in current)
        if is_finished and (not overwrite or all(c == text for c in current)):
            continue
        if forms:  # Chinese has a single plural form: the same text serves every count (%n inside)
            for form in forms:
                form.text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
        changed = True
    if changed:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return used


def update(languages: Sequence[str] = LANGUAGES, *, overwrite: bool = False, quiet: bool = False) -> int:
    glossary = load_glossary()
    used: set[str] = set()
    still_open: dict[str, list[Message]] = {}
    for language in languages:
        path = ts_path(language)
        run_lupdate(path, language)
        column = LANGUAGES.index(language)
        used |= fill_from_glossary(path, {s: t[column] for s, t in glossary.items()}, overwrite=overwrite)
        run_lupdate(path, language)  # rewrites the file in lupdate's own layout, so diffs stay small
        messages = read_messages(path)
        still_open[language] = unfinished(messages)
        print(f"{language}: {len(messages)} messages, {len(still_open[language])} unfinished ({path.name})")
    spare = sorted(set(glossary) - used)
    if spare and not quiet:
        print(f"glossary: {len(spare)} entr{'y' if len(spare) == 1 else 'ies'} not used by any message:")
        for source in spare:
            print(f"    {source!r}")
    if any(still_open.values()):
        missing: dict[tuple[str, str], list[str]] = {}
        for language, messages in still_open.items():
            for m in messages:
                missing.setdefault((m.context, m.source), []).append(language)
        for (context, source), langs in missing.items():
            print(f"unfinished ({', '.join(langs)}) [{context}] {source!r}", file=sys.stderr)
        print(
            "Add the missing strings to resources/translations/glossary/*.tsv (or translate them in Qt Linguist) "
            "and run `make translations-update` again.",
            file=sys.stderr,
        )
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--overwrite", action="store_true", help="let the glossary replace finished translations"
    )
    parser.add_argument("--quiet", action="store_true", help="do not list unused glossary entries")
    args = parser.parse_args(argv)
    try:
        return update(overwrite=args.overwrite, quiet=args.quiet)
    except (GlossaryError, FileNotFoundError, RuntimeError) as exc:
        print(f"update_translations: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
