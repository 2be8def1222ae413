"""PDF helpers for the document tests: text and fonts as poppler-utils (pdftotext, pdffonts, pdfinfo) read them."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest


class Pdf:
    def __init__(self, data: bytes, folder: Path) -> None:
        self.data = data
        self.path = folder / f"doc-{abs(hash(data))}.pdf"
        self.path.write_bytes(data)

    def _run(self, *cmd: str) -> str:
        return subprocess.run(
            [*cmd, str(self.path), *(["-"] if cmd[0] == "pdftotext" else [])],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    @property
    def text(self) -> str:
        return self._run("pdftotext", "-enc", "UTF-8")

    def page_text(self, page: int) -> str:
        return self._run("pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page))

    @property
    def flat(self) -> str:
        """The text without any whitespace: lines wrap anywhere in Chinese."""
        return re.sub(r"\s+", "", self.text)

    @property
    def fonts(self) -> list[dict[str, str]]:
        lines = self._run("pdffonts").splitlines()[2:]
        rows = []
        for line in lines:
            parts = line.split()
            # name type [type2] encoding emb sub uni object ID: read from the right
            rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
        return rows

    @property
    def info(self) -> dict[str, str]:
        out = {}
        for line in self._run("pdfinfo").splitlines():
            key, _, value = line.partition(":")
            out[key.strip()] = value.strip()
        return out

    @property
    def pages(self) -> int:
        return int(self.info["Pages"])


@pytest.fixture
def pdf(tmp_path: Path):
    return lambda data: Pdf(data, tmp_path)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)
