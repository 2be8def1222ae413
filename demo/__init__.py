"""Demo data: a client of the services that fills an empty database with a believable branch."""

from demo.builder import DEMO_PASSWORD, generate, is_empty

__all__ = ["DEMO_PASSWORD", "generate", "is_empty"]
