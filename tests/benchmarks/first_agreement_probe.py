"""The first agreement of a GUI session, in a fresh process (so nothing is loaded yet), offscreen:
`python tests/benchmarks/first_agreement_probe.py --db URL --customer NO --product CODE --amount X [--term T]`.

Starts the real station (desktop/shell.py) the way `branchdesk` does, waits TYPING_S at the sign-in window (a person
typing a login and a password), signs in, and waits until the signed-in window's first loads are done: sign-in
has finished. From there it times the agreement dialog (widgets/agreement/view.py) driven as fast as it can be:
open it prefilled, products loaded, the suitability check answered, Issue clicked, the issued PDF shown in its
preview. Prints that time in seconds, then "sign-in window" and "signed in" times for reference, one per line.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

TYPING_S = 3.0  # seconds at the sign-in window before the password is submitted
TIMEOUT_S = 120.0


def _wait(app, condition, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.002)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--customer", required=True)
    parser.add_argument("--product", required=True)
    parser.add_argument("--amount", required=True)
    parser.add_argument("--term")
    parser.add_argument("--login", default="manager1")
    parser.add_argument("--password", default="Demo2026")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from db.session import Database
    from desktop.app import create_application
    from desktop.settings import Preferences, SettingsStore
    from desktop.shell import Shell

    app = create_application()
    with tempfile.TemporaryDirectory() as scratch:
        shell = (
            Shell(  # the database opened here: the probe also runs on versions that open it before the shell
                app,
                Database(args.db),
                SettingsStore(Path(scratch) / "station.ini"),
                Preferences(language="zh_CN", idle_lock_minutes=0),
            )
        )
        shell.start()
        _wait(
            app,
            lambda: shell.login_dialog is not None and shell.login_dialog.isVisible(),
            "the sign-in window",
        )
        login_shown = time.perf_counter() - started
        typing_ends = time.monotonic() + TYPING_S
        _wait(app, lambda: time.monotonic() > typing_ends, "the typing")
        dialog = shell.login_dialog
        assert dialog is not None
        dialog.login_edit.setText(args.login)
        dialog.password_edit.setText(args.password)
        dialog.submit()
        _wait(app, lambda: shell.window is not None and shell.runner.is_idle(), "sign-in and the first loads")
        signed_in = time.perf_counter() - started

        from desktop.backend import Backend
        from widgets.agreement.view import open_agreement_flow

        assert shell.window is not None and shell.db is not None
        t0 = time.perf_counter()
        backend = Backend(shell.db, shell.window.user)
        flow = open_agreement_flow(
            shell.window, backend, shell.runner, args.customer, args.product, Decimal(args.amount)
        )
        _wait(app, lambda: flow.products_loaded, "the products")
        if args.term:
            flow.term_box.setCurrentIndex(flow.term_box.findData(args.term))
        _wait(app, flow.checked_now, "the suitability check")
        for box in flow.ack_boxes.values():
            box.setChecked(True)
        if not flow.issue_button.isEnabled():
            raise SystemExit("the Issue button stayed off: choose a sale that needs no more input")
        flow.issue_button.click()
        _wait(app, lambda: flow.issued is not None and flow.preview.page_count > 0, "the preview")
        first = time.perf_counter() - t0
        print(f"{first:.3f}")
        print(f"sign-in window {login_shown:.3f}")
        print(f"signed in {signed_in:.3f}")
        sys.stdout.flush()
        flow.close()
        shell.runner.wait_idle(30_000)
        os._exit(0)  # tearing Qt down is not what is measured


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
