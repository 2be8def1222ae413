"""The bundled fonts for PDFs, embedded as subsets, with a per-character fallback (STACK.md, Fonts).

WenQuanYi Micro Hei (`wqy-microhei.ttc`, face 0) prints almost everything; DroidSansFallbackFull prints the rare
characters it lacks (CJK Ext-A such as 䶮 or 㛃 in names) but has no Latin or digits, so it is used only for the
characters missing from the main font. reportlab silently drops a glyph a font lacks: every text printed goes
through `markup` / `spans` here, which choose the font per character and raise `UnprintableCharacter` for a
character in neither font, naming it. Each face is registered at its first use (about 0.3 s each): the main
font when a document is first built, the fallback only when a character needs it.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont, TTFontFace, TTFontFile, TTFontMaker

from domain.errors import DomainError
from domain.paths import resource_path

MAIN = "BD-WQYMicroHei"
FALLBACK = "BD-DroidSansFallback"
_FILES = {MAIN: ("wqy-microhei.ttc", 0), FALLBACK: ("DroidSansFallbackFull.ttf", None)}
_IGNORED = frozenset("\n\r\t")  # layout, never drawn
_lock = threading.RLock()
_PROGRAM_CACHE = 64  # distinct compressed subsets kept (a few hundred KB)


class UnprintableCharacter(DomainError):
    """A character no bundled font can print: it would be dropped silently, so the document is refused."""

    def __init__(self, char: str) -> None:
        super().__init__("document_character_unprintable", char=char, codepoint=f"U+{ord(char):04X}")
        self.char = char

    def __str__(self) -> str:
        return f"document_character_unprintable: {self.char!r} (U+{ord(self.char):04X}) is in no bundled font"


# Tables a subset embedded in a PDF can do without: the glyphs of both fonts carry no hinting instructions, so
# the hinting programs (and the naming table, which the PDF font dictionary replaces) only add about 3 KB to
# each 256-glyph subset, and a Chinese page needs several subsets.
_DROPPED_TABLES = frozenset({"cvt ", "fpgm", "prep", "name"})


class _StoredFlate:
    """A stream filter whose output was computed (and cached) beforehand."""

    pdfname = "FlateDecode"

    def __init__(self, data: bytes) -> None:
        self.data = data

    def encode(self, text: bytes) -> bytes:
        return self.data


class _LeanFace(TTFontFace):
    """Subsets without the hinting tables, compressed once per distinct subset (documents of one template share
    most of their subsets, see `seed`)."""

    _programs: OrderedDict[tuple[int, ...], tuple[int, bytes]]

    def addSubsetObjects(self, doc, fontname, subset):  # noqa: N802 - reportlab's name
        key = tuple(subset)
        programs = self.__dict__.setdefault("_programs", OrderedDict())
        with _lock:
            hit = programs.get(key)
            if hit is not None:
                programs.move_to_end(key)
        if hit is None:
            raw = self.makeSubset(subset)
            hit = (len(raw), zlib.compress(raw, 6))
            with _lock:
                programs[key] = hit
                while len(programs) > _PROGRAM_CACHE:
                    programs.popitem(last=False)
        length, packed = hit
        font_file = pdfdoc.PDFStream()
        font_file.content = b""
        font_file.dictionary["Length1"] = length
        font_file.filters = [_StoredFlate(packed)]
        ref = doc.Reference(font_file, f"fontFile:{self.filename}({fontname})")
        flags = (self.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": self.ascent,
                "CapHeight": self.capHeight,
                "Descent": self.descent,
                "Flags": flags,
                "FontBBox": pdfdoc.PDFArray(self.bbox),
                "FontName": pdfdoc.PDFName(fontname),
                "ItalicAngle": self.italicAngle,
                "StemV": self.stemV,
                "FontFile2": ref,
                "MissingWidth": self.defaultWidth,
            }
        )
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)

    def makeSubset(self, subset):  # noqa: N802 - reportlab's name
        full = TTFontFile.__new__(TTFontFile)
        full._ttf_data = super().makeSubset(subset)
        full._pos = 4  # past the sfnt version
        full.validate = 0
        full.fileKind = "TTF"
        full.filename = self.filename
        full.readTableDirectory()
        maker = TTFontMaker()
        for tag in full.table:
            if tag not in _DROPPED_TABLES:
                maker.add(tag, full.get_table(tag))
        return maker.makeStream()


class _LeanTTFont(TTFont):
    def __init__(self, name: str, path: str, subfontIndex: int = 0) -> None:  # noqa: N803
        super().__init__(name, path, subfontIndex=subfontIndex)
        self.face.__class__ = _LeanFace


def _load(name: str) -> frozenset[int]:
    """Register one face with reportlab (about 0.3 s each: the files are parsed) and return its characters."""
    with _lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            file_name, index = _FILES[name]
            font = _LeanTTFont(name, str(resource_path("fonts", file_name)), subfontIndex=index or 0)
            pdfmetrics.registerFont(font)  # TTFont embeds a subset of the glyphs used, always
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)  # no bold face: <b> keeps the face
        return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


@lru_cache(maxsize=1)
def _main() -> frozenset[int]:
    return _load(MAIN)


@lru_cache(maxsize=1)
def _fallback() -> frozenset[int]:
    """Loaded at the first character the main font lacks: most documents never need it."""
    return _load(FALLBACK)


def register(*, fallback: bool = False) -> None:
    """Register the main font (and the fallback font when asked) with reportlab; later calls return at once.
    The fallback font registers itself when a document first prints a character only it has."""
    _main()
    if fallback:
        _fallback()


def font_for(char: str) -> str:
    """MAIN or FALLBACK for one character; UnprintableCharacter when neither has it."""
    code = ord(char)
    if code in _main():
        return MAIN
    if code in _fallback():
        return FALLBACK
    raise UnprintableCharacter(char)


def check(text: str) -> None:
    """Raise UnprintableCharacter for the first character of `text` no bundled font has."""
    main = _main()
    for char in text:
        code = ord(char)
        if code not in main and char not in _IGNORED and code not in _fallback():
            raise UnprintableCharacter(char)


def spans(text: str) -> list[tuple[str, str]]:
    """`text` cut into runs of one font: [(font name, run), ...], in order."""
    main = _main()
    out: list[tuple[str, str]] = []
    current = MAIN
    start = 0
    for i, char in enumerate(text):
        code = ord(char)
        if code in main or char in _IGNORED:
            font = MAIN
        elif code in _fallback():
            font = FALLBACK
        else:
            raise UnprintableCharacter(char)
        if font != current:
            if i > start:
                out.append((current, text[start:i]))
            current, start = font, i
    if start < len(text):
        out.append((current, text[start:]))
    return out


def markup(text: str) -> str:
    """Paragraph markup for plain `text`: escaped, newlines as <br/>, fallback runs in <font face=...>."""
    parts = []
    for font, run in spans(text):
        escaped = escape(run).replace("\n", "<br/>")
        parts.append(escaped if font == MAIN else f'<font face="{FALLBACK}">{escaped}</font>')
    return "".join(parts)


def string_width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(run, font, size) for font, run in spans(text))


def draw_string(canvas, x: float, y: float, text: str, size: float, *, align: str = "left") -> None:
    """Draw one line on a canvas with the per-character fallback; align left, right or centre."""
    runs = spans(text)
    width = sum(pdfmetrics.stringWidth(run, font, size) for font, run in runs)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for font, run in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, font, size)


def seed(canvas, text: str) -> None:
    """Give the main font's characters of `text` their subset places first, in code point order, so that
    documents printing the same fixed text (a template's clauses and labels) get the same leading subsets,
    whose compressed programs are then reused instead of rebuilt. Only characters the document prints belong
    in `text`: every seeded character is embedded."""
    main = _main()
    chars = "".join(sorted({c for c in text if ord(c) in main}))
    if chars:
        pdfmetrics.getFont(MAIN).splitString(chars, canvas._doc)
