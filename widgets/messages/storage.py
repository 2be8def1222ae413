"""Database problems a person can do something about."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "database_unavailable": QT_TRANSLATE_NOOP(
        "Messages",
        "The database cannot be reached. Check the network cable and that the branch database server is running, "
        "then try again. If it persists, call the branch administrator.",
    ),
    "database_file_unusable": QT_TRANSLATE_NOOP(
        "Messages",
        "The database file cannot be opened or created at that path. Check the path in --db or "
        "BRANCHDESK_DB_URL and that this user may write to its folder.",
    ),
    "database_locked": QT_TRANSLATE_NOOP(
        "Messages", "The database is busy with another station's work. Wait a moment and try again."
    ),
    "database_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The database file is read-only, so nothing can be saved. Ask the administrator to give this station "
        "write access to the file.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk holding the database is full. Nothing was saved. Free some space and try again."
    ),
    "database_too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This database was updated by a newer version of BranchDesk. Install the newer version on this station; "
        "nothing was changed.",
    ),
    "database_not_initialised": QT_TRANSLATE_NOOP(
        "Messages", "The database is not set up for this version. Run `branchdesk db upgrade` first."
    ),
    "record_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else saved this record after you opened it. Your change was not saved: reload to see theirs.",
    ),
    "not_found": QT_TRANSLATE_NOOP("Messages", "The record no longer exists."),
}
