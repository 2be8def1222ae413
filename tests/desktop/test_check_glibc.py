"""scripts/check_glibc.py, which `make dist` runs on the bundle: it reads real objdump output and can fail."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "check_glibc.py"

pytestmark = pytest.mark.skipif(shutil.which("objdump") is None, reason="needs objdump (binutils)")


def check(folder: Path, ceiling: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(folder), "--max", ceiling], capture_output=True, text=True
    )


@pytest.fixture
def bundle(tmp_path):
    (tmp_path / "_internal").mkdir()
    shutil.copy(Path(sys.executable).resolve(), tmp_path / "branchdesk")
    (tmp_path / "_internal" / "notes.txt").write_text("not a library")
    return tmp_path


def test_a_bundle_within_the_ceiling_passes_and_says_what_it_needs(bundle):
    done = check(bundle, "99.0")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 ELF files; the bundle needs glibc >= 2." in done.stdout


def test_a_library_above_the_ceiling_fails_by_name(bundle):
    done = check(bundle, "2.0")  # every x86-64 program asks for GLIBC_2.2.5 at least
    assert done.returncode == 1
    assert "need more than glibc 2.0" in done.stdout
    assert "branchdesk" in done.stdout.split("need more than glibc 2.0", 1)[1]


def test_a_folder_without_libraries_is_an_error(tmp_path):
    assert check(tmp_path, "2.28").returncode == 2
