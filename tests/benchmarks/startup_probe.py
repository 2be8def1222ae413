"""One whole process whose window appearing is timed by tests/benchmarks/bench_startup.py.

`python tests/benchmarks/startup_probe.py bare`: a bare PySide6 window (a label and a line edit).
`python tests/benchmarks/startup_probe.py app --db URL`: the real `branchdesk` entry point up to its sign-in window.
Either prints "shown" on standard output once the window has been shown and painted (the event loop has turned
once after its Show event), then exits at once. The parent times from starting the process to reading that line.
Run it with the offscreen platform (QT_QPA_PLATFORM=offscreen) and `-X importtime` for an import profile.
"""

from __future__ import annotations

import os
import sys


def _announce_and_exit() -> None:
    print("shown", flush=True)
    os._exit(0)  # the time asked for is the window's; tearing Qt and the database down is not part of it


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Login"))
    layout.addWidget(QLineEdit())
    window.show()
    QTimer.singleShot(0, _announce_and_exit)
    app.exec()


def app(argv: list[str]) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    import desktop.app

    class _SignInShown(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Show and watched.objectName() == "login_dialog":
                QTimer.singleShot(0, _announce_and_exit)
            return False

    create = desktop.app.create_application

    def create_and_watch(*args, **kwargs):
        application = create(*args, **kwargs)
        application.installEventFilter(_SignInShown(application))
        return application

    desktop.app.create_application = create_and_watch  # run_app looks it up at call time
    from desktop.cli import main

    sys.exit(main(argv))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        app(sys.argv[2:])
