"""Running `branchdesk` in tests as a person does: signed in with --user and --password-stdin.

By default the command runs in the test's own process (`desktop.cli.main` with its standard streams swapped),
because a separate interpreter pays start-up and imports (seconds on the two-core machine, for some 370 calls in
the suite) and proves nothing the command's behaviour depends on. `process=True` runs a real `python -m desktop`
process (a few tests keep that, for the entry point, exit status and streams of a real process), and
BRANCHDESK_TEST_CLI=process runs every call so.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from tests.factories import PASSWORD

ROOT = Path(__file__).resolve().parents[1]
NO_SIGN_IN = ("db",)  # the database owner's commands
ALWAYS_A_PROCESS = os.environ.get("BRANCHDESK_TEST_CLI", "") == "process"


def branchdesk(
    url: str,
    *argv: str,
    user: str | None = "supervisor1",
    password: str = PASSWORD,
    stdin: str = "",
    process: bool = False,
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
    args += ["--db", url, "--lang", "en"]
    if process or ALWAYS_A_PROCESS:
        return _in_a_process(args, stdin)
    return _in_this_process(args, stdin)


def _in_a_process(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def _in_this_process(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
    """`python -m desktop ARGS` as `desktop/__main__.py` runs it: `sys.exit(main())`, an unexpected error through
    the hook `main` installs. The streams are UTF-8 text over bytes (a command may write bytes to stdout)."""
    from PySide6.QtWidgets import QApplication

    from desktop.cli import main

    # A command words its messages through Qt's translator and makes a QCoreApplication when there is none; in
    # the test process that must be the QApplication the GUI tests of this worker use later.
    if QApplication.instance() is None:
        QApplication([])
    out, err = _text_stream(), _text_stream()
    saved = sys.stdin, sys.stdout, sys.stderr, sys.excepthook, os.getcwd()
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    os.chdir(ROOT)
    try:
        try:
            code = main(args)
        except SystemExit as exit_:  # argparse's refusals and --help
            code = _exit_status(exit_, err)
        except Exception as exc:  # noqa: BLE001 - what the interpreter would hand the excepthook
            sys.excepthook(type(exc), exc, exc.__traceback__)
            code = 1
    finally:
        sys.stdin, sys.stdout, sys.stderr, sys.excepthook, cwd = saved
        os.chdir(cwd)
    return subprocess.CompletedProcess([sys.executable, "-m", "desktop", *args], code, _text(out), _text(err))


def _text_stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n", write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]


def _exit_status(exit_: SystemExit, err: io.TextIOWrapper) -> int:
    if exit_.code is None:
        return 0
    if isinstance(exit_.code, int):
        return exit_.code
    print(exit_.code, file=err)  # sys.exit("words"): the interpreter prints them and exits 1
    return 1
