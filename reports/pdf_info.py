"""Reading back what the builders write into a PDF's document information (no PDF library needed).

Every BranchDesk document's /Title is `<title> <number>` (reports/_layout.build), written uncompressed as a PDF
literal string, UTF-16BE with a byte-order mark when it holds Chinese. `document_number(data)` returns the number
from the last /Title in the file (an incremental update appends a new one); when the document information is
gone it looks for the printed "协议编号" in the text (poppler's pdftotext, when installed); else None.
"""

from __future__ import annotations

import re
import shutil
import subprocess

_TITLE = re.compile(rb"/Title\s*\(")
_NUMBER = re.compile(r"(\S+)\s*$")
_ESCAPES = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
_LIMIT = 2000  # a title longer than this is no title of ours


def literal_string(data: bytes, start: int) -> bytes | None:
    """The bytes of the PDF literal string whose body starts at `start` (just after its opening parenthesis)."""
    out = bytearray()
    depth = 0
    i = start
    end = min(len(data), start + _LIMIT)
    while i < end:
        c = data[i]
        if c == 0x5C:  # backslash
            i += 1
            if i >= end:
                return None
            e = data[i]
            if 0x30 <= e <= 0x37:
                digits = data[i : i + 3]
                n = 0
                count = 0
                for d in digits:
                    if 0x30 <= d <= 0x37:
                        n = n * 8 + (d - 0x30)
                        count += 1
                    else:
                        break
                out.append(n & 0xFF)
                i += count
                continue
            if e in (0x0A, 0x0D):  # line continuation
                i += 1
                continue
            out.append(_ESCAPES.get(e, e))
            i += 1
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            if depth == 0:
                return bytes(out)
            depth -= 1
        out.append(c)
        i += 1
    return None


def decode_text(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    return raw.decode("latin-1")


def title(data: bytes) -> str | None:
    matches = list(_TITLE.finditer(data))
    for match in reversed(matches):
        raw = literal_string(data, match.end())
        if raw is not None:
            return decode_text(raw)
    return None


_PRINTED = re.compile(r"协议编号[：:\s]*([A-Za-z0-9]{1,16}-\d{4}-\d{6,})")


def document_number(data: bytes) -> str | None:
    text = title(data)
    if text:
        match = _NUMBER.search(text)
        if match:
            return match.group(1)
    return printed_number(data)


def printed_number(data: bytes) -> str | None:
    """The agreement number as printed on the first page, read with pdftotext (None without it)."""
    tool = shutil.which("pdftotext")
    if tool is None or not data.startswith(b"%PDF"):
        return None
    try:
        done = subprocess.run(
            [tool, "-enc", "UTF-8", "-l", "1", "-", "-"], input=data, capture_output=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = _PRINTED.search(done.stdout.decode("utf-8", errors="replace"))
    return match.group(1) if match else None
