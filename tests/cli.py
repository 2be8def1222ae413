"""Running `branchdesk` in tests as a person does: a separate process, signed in with --user and --password-stdin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.factories import PASSWORD

ROOT = Path(__file__).resolve().parents[1]
NO_SIGN_IN = ("db",)  # the database owner's commands


def branchdesk(
    url: str, *argv: str, user: str | None = "supervisor1", password: str = PASSWORD, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """`branchdesk ARGV --db URL --lang en`, signed in as `user` (the argv's own --user wins) with `password` on
    the first line of standard input, then `stdin`. `user=None`: no sign-in options at all."""
    args = list(argv)
    signs_in = user is not None and args[:1] != ["db"] and "--help" not in args
    if signs_in:
        if "--user" not in args:
            args += ["--user", user]
        args.append("--password-stdin")
        stdin = f"{password}\n{stdin}"
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--db", url, "--lang", "en"],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
