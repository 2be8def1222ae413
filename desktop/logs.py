"""Log file in the user's data folder. Personal data never goes in: services log codes and masked values."""

from __future__ import annotations

import logging
import logging.handlers

from db.engine import user_data_dir


def log_dir():
    return user_data_dir() / "logs"


def setup(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_branchdesk", False) for h in root.handlers):
        return
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "branchdesk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()  # a read-only profile must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._branchdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
