"""Log file in the user's data folder. Personal data never goes in: services log codes and masked values, and the
formatter tells exceptions through db.redact (no SQL parameters, no row values a database quotes back, anything
shaped like a mobile or ID number masked). The folder is private to the user and the files are 0600."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from db import files, redact
from db.files import user_data_dir  # not db.engine: logging starts before SQLAlchemy is needed

LOG_NAME = "branchdesk.log"


def log_dir() -> Path:
    return user_data_dir() / "logs"


class SafeFormatter(logging.Formatter):
    """Exceptions (as arguments or attached) are described without the data they carry; the whole line is
    passed through the identifier mask."""

    def format(self, record: logging.LogRecord) -> str:
        record = logging.makeLogRecord(record.__dict__)  # other handlers see the record as it was
        record.exc_text = None  # another handler's formatter may have cached the unredacted traceback
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact.describe(a) if isinstance(a, BaseException) else a for a in record.args
            )
        return redact.mask_identifiers(super().format(record))

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return redact.safe_traceback(ei[1]).rstrip("\n") if ei and ei[1] is not None else ""


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every file it opens (the first and each after a rollover) is made 0600 before anything is written."""

    def _open(self):
        files.private_file(Path(self.baseFilename))
        return super()._open()


def file_handler(folder: Path) -> logging.Handler:
    files.private_dir(folder)
    handler = _PrivateRotatingFileHandler(
        folder / LOG_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def setup(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_branchdesk", False) for h in root.handlers):
        return
    try:
        handler = file_handler(log_dir())
    except OSError:
        handler = logging.StreamHandler()  # a read-only profile must not stop the app
        handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._branchdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)


crash_log = logging.getLogger("branchdesk.crash")


def report_crash(exc: BaseException) -> str:
    """Write an unexpected error to the log (the crash report) and return what was written: the traceback with
    every exception described by db.redact."""
    text = redact.safe_traceback(exc)
    crash_log.error("unhandled error\n%s", text)
    return text


def cli_excepthook(exc_type, exc, tb) -> None:
    """The command line's last resort: the same redacted report in the log and on standard error."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    print(report_crash(exc), file=sys.stderr, end="")
