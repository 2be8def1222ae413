"""Demo data: a client of the services that fills an empty database with a believable branch."""

from demo.builder import generate, is_empty

__all__ = ["generate", "is_empty"]
