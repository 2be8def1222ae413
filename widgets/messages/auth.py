"""Logging in and staff accounts."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "bad_credentials": QT_TRANSLATE_NOOP("Messages", "Wrong login or password."),
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
    "cannot_disable_self": QT_TRANSLATE_NOOP("Messages", "You cannot disable your own account."),
}
