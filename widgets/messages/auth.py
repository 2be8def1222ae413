"""Logging in and staff accounts."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "wrong_password": QT_TRANSLATE_NOOP("Messages", "Wrong login or password."),
    "account_locked": QT_TRANSLATE_NOOP(
        "Messages", "This account is locked after 5 wrong passwords. Ask the administrator to unlock it."
    ),
    "account_disabled": QT_TRANSLATE_NOOP("Messages", "This account is disabled. Ask the administrator."),
    "password_too_short": QT_TRANSLATE_NOOP("Messages", "The password needs at least {minimum} characters."),
    "password_too_simple": QT_TRANSLATE_NOOP("Messages", "The password needs both letters and digits."),
    "login_format": QT_TRANSLATE_NOOP(
        "Messages", "A login uses letters, digits, dots, dashes and underscores."
    ),
    "login_taken": QT_TRANSLATE_NOOP("Messages", "The login {login} is already taken."),
    "name_required": QT_TRANSLATE_NOOP("Messages", "The name is required."),
    "unknown_branch": QT_TRANSLATE_NOOP("Messages", "There is no branch with code {branch}."),
    "not_permitted": QT_TRANSLATE_NOOP("Messages", "Your role is not allowed to do this."),
    "sign_in_required": QT_TRANSLATE_NOOP(
        "Messages", "Sign in first: --user LOGIN --password-stdin (the password on the first line of input)."
    ),
    "first_account_must_be_admin": QT_TRANSLATE_NOOP(
        "Messages", "The first account of a new branch must be an administrator."
    ),
    "idle_lock_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The idle time must be between {minimum} and {maximum} minutes."
    ),
    "qualification_unknown": QT_TRANSLATE_NOOP(
        "Messages", "There is no sales qualification {family}; the qualifications are {known}."
    ),
    "staff_book_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "{login} still manages {customers} customers: reassign the book to a successor first."
    ),
    "account_not_locked": QT_TRANSLATE_NOOP("Messages", "The account {login} is not locked."),
    "approval_already_pending": QT_TRANSLATE_NOOP(
        "Messages", "A request for {subject} is already waiting for approval (number {id})."
    ),
    "approval_not_pending": QT_TRANSLATE_NOOP(
        "Messages", "Request {id} has already been decided ({status})."
    ),
    "approval_same_person": QT_TRANSLATE_NOOP(
        "Messages", "Request {id} must be decided by someone other than the person it concerns."
    ),
    "approval_reason_required": QT_TRANSLATE_NOOP("Messages", "Give a reason for turning the request down."),
    "cannot_disable_self": QT_TRANSLATE_NOOP("Messages", "You cannot disable your own account."),
    "self_dealing": QT_TRANSLATE_NOOP(
        "Messages", "This is your own customer record: a colleague must serve you (no self-dealing)."
    ),
}
