"""What a station does behind its sign-in window, on the job runner's workers (desktop/jobs.py).

The sign-in window is shown first (issue 16: it appears as fast as a bare Qt window); opening the database,
bringing its schema up to date and loading what the signed-in window and the first document need happen here,
while the person types. Nothing here touches a widget: these are plain functions a worker runs.
"""

from __future__ import annotations

import importlib
import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db.session import Database

log = logging.getLogger(__name__)

# The modules the signed-in window is built from (all its screens, the backend and their services): imported
# while the person types, so signing in does not wait for them.
MAIN_WINDOW_MODULES = (
    "desktop.navigator",
    "desktop.backend",
    "desktop.task_watcher",
    "widgets.lock_dialog",
    "widgets.agreement.view",
    "widgets.pdf_preview",
    "services.agreements",
    "reports.agreement",
)


@dataclass
class Preparation:
    """The database a station opens at start and what became of preparing it. `wait()` (on a worker: signing in
    needs the schema) returns once it is done either way."""

    done: threading.Event = field(default_factory=threading.Event)
    db: Database | None = None
    error: BaseException | None = None

    def wait(self) -> Database:
        self.done.wait()
        if self.error is not None:
            raise self.error
        assert self.db is not None
        return self.db


def open_and_prepare(
    preparation: Preparation, url: str | None, db: Database | None, demo_if_empty: bool
) -> dict[str, Any]:
    """Open the database (unless given), bring its schema up to date and say what is there (shell's facts)."""
    try:
        from db.session import Database
        from desktop.shell import prepare_database

        preparation.db = db if db is not None else Database(url)
        return prepare_database(preparation.db, demo_if_empty)
    except BaseException as exc:
        preparation.error = exc
        raise
    finally:
        preparation.done.set()


def warm_up() -> None:
    """Load what signing in and the first agreement would otherwise load while someone waits: the main window's
    modules (its screens, the backend, their services, reportlab), the PDF font, whose file takes about 0.5 s
    to parse (reports/fonts.py), the agreement templates' reader and pypinyin's dictionary (0.3-0.7 s: the
    agreement dialog spells the catalogue's names for its search). A failure here is only logged: the same work is done again when it is needed, and
    says what went wrong then."""
    try:
        for name in MAIN_WINDOW_MODULES:
            importlib.import_module(name)
        from domain import documents, names
        from reports import fonts

        fonts.register()  # the main face only: the fallback's file is parsed when a rare character needs it
        documents.load_template("time_deposit")  # the template reader's own imports and compiled patterns
        names.phrase_pinyin("定期存款")
    except Exception:  # noqa: BLE001 - a warm-up is an optimisation; the real call reports the error
        log.warning("warming up failed", exc_info=True)
