"""Files that hold customer data are the user's alone: folders 0700, files 0600, whatever the umask says.

A default umask (022) leaves a new database, log or agreement PDF readable by every account on the PC. Modes are
therefore set explicitly on create (and tightened on files we own that already exist), never left to the umask.
On Windows the user's profile folder carries the access control lists and `chmod` cannot express them: nothing
is changed there.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
POSIX = sys.platform != "win32"
ENV_DATA_DIR = "BRANCHDESK_DATA_DIR"


def user_data_dir() -> Path:
    """Where the embedded database lives: the per-user data folder of the platform."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "BranchDesk"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "BranchDesk"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "branchdesk"


def private_dir(path: Path, *, tighten_existing: bool = True) -> Path:
    """Create `path` (and missing parents) as 0700; an existing folder is tightened to 0700 unless
    `tighten_existing` is False (a folder the user chose, such as /tmp, is theirs to set)."""
    missing = []
    cursor = path
    while not cursor.exists():
        missing.append(cursor)
        if cursor.parent == cursor:
            break
        cursor = cursor.parent
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if POSIX:
        for created in missing:  # mkdir's mode is filtered by the umask: set it explicitly
            os.chmod(created, PRIVATE_DIR)
        if tighten_existing and path not in missing:
            with contextlib.suppress(PermissionError):  # not ours: leave it as it is
                os.chmod(path, PRIVATE_DIR)
    return path


def private_file(path: Path) -> Path:
    """Make sure `path` exists and is 0600 (created empty when missing; an existing one is tightened)."""
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE)
    try:
        if POSIX:
            with contextlib.suppress(PermissionError):
                os.fchmod(descriptor, PRIVATE_FILE)
    finally:
        os.close(descriptor)
    return path


def tighten(path: Path) -> None:
    """0600 on a file that exists (SQLite's -wal and -shm beside the database); no error when it does not."""
    if POSIX:
        with contextlib.suppress(FileNotFoundError, PermissionError):
            os.chmod(path, PRIVATE_FILE)


def write_private(path: Path | str, data: bytes) -> None:
    """Write a document (agreement, receipt, export) readable by its owner only, replacing what was there.
    The mode is set before the first byte is written, so there is no moment the data is world-readable."""
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(descriptor, "wb") as handle:
        if POSIX and Path(path).is_file():  # not on /dev/null and friends
            os.fchmod(handle.fileno(), PRIVATE_FILE)
        handle.write(data)
