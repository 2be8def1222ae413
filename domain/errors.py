"""Typed errors that carry a stable code and parameters; the UI and CLI turn codes into words."""

from __future__ import annotations


class DomainError(Exception):
    """A business rule said no. `code` is stable snake_case; `params` fill the translated message."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:  # never includes personal data: params are codes and field names
        if not self.params:
            return self.code
        inner = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({inner})"


class InvalidValue(DomainError):
    """One input value is malformed or impossible."""
