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
    "database_permission_denied": QT_TRANSLATE_NOOP(
        "Messages",
        "This station's database account is not allowed to do this, so nothing was saved. If BranchDesk was "
        "just updated, the branch administrator must first run branchdesk db upgrade with the owner's account.",
    ),
    "station_role_needs_postgresql": QT_TRANSLATE_NOOP(
        "Messages",
        "Station roles exist on PostgreSQL only; a SQLite file is protected by the folder's permissions.",
    ),
    "station_role_name_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "Give the stations' role as a plain name (letters, digits, underscore), e.g. branchdesk_station.",
    ),
    "station_role_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no role {role}. Create it first as the database owner: CREATE ROLE {role} LOGIN PASSWORD '...';",
    ),
    "station_role_superuser": QT_TRANSLATE_NOOP(
        "Messages",
        "The role {role} is a superuser (or bypasses row security): stations must not connect as it.",
    ),
    "station_role_needs_owner": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the schema's owner ({owner}) can grant the stations' role: run this with the owner's URL.",
    ),
    "station_role_is_owner": QT_TRANSLATE_NOOP(
        "Messages", "The role {role} owns the schema: stations must connect as another role."
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
