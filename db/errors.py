"""Storage errors a person can act on. The shell words them; anything else is a bug for the crash report."""

from __future__ import annotations


class StorageError(Exception):
    """Base of the errors the UI and CLI explain. `code` selects the message, `detail` is safe to log."""

    code = "storage_error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code)
        self.detail = detail


class DatabaseUnavailable(StorageError):
    code = "database_unavailable"


class DatabaseFileUnusable(StorageError):
    """The embedded database file cannot be opened or created at the path given."""

    code = "database_file_unusable"


class DatabaseLocked(StorageError):
    code = "database_locked"


class DatabaseReadOnly(StorageError):
    code = "database_read_only"


class DiskFull(StorageError):
    code = "disk_full"


class DatabaseTooNew(StorageError):
    code = "database_too_new"


class DatabaseNotInitialised(StorageError):
    code = "database_not_initialised"


class PermissionDenied(StorageError):
    """The database account may not do this (PostgreSQL stations run as a restricted role, `db station-role`)."""

    code = "database_permission_denied"


class RecordChanged(StorageError):
    """Someone else saved this record since it was read (optimistic locking)."""

    code = "record_changed"


class NotFound(StorageError):
    """`code`/`params` name what is missing when the caller asked for it by number or code (worded for the
    person who typed it); a plain NotFound is a record that went away."""

    code = "not_found"

    def __init__(self, detail: str = "", *, code: str | None = None, **params: object) -> None:
        super().__init__(detail)
        if code:
            self.code = code
        self.params = params


def unknown_customer(customer_no: str) -> NotFound:
    return NotFound(f"customer {customer_no}", code="unknown_customer", customer_no=customer_no)


def unknown_product(product_code: str) -> NotFound:
    return NotFound(f"product {product_code}", code="unknown_product", product_code=product_code)
