"""The message registry: one sentence per code, whichever module defines it."""

from __future__ import annotations

import importlib
import pkgutil

import widgets.messages


def test_no_code_is_worded_twice():
    # A second definition would silently reword the first module's messages (last one registered wins).
    owners: dict[str, list[str]] = {}
    for info in pkgutil.iter_modules(widgets.messages.__path__):
        module = importlib.import_module(f"widgets.messages.{info.name}")
        for code in getattr(module, "MESSAGES", {}):
            owners.setdefault(code, []).append(info.name)
    assert {code: names for code, names in owners.items() if len(names) > 1} == {}


def test_every_message_module_is_registered():
    modules = {info.name for info in pkgutil.iter_modules(widgets.messages.__path__)}
    registered = widgets.messages.known_codes()
    for name in modules:
        module = importlib.import_module(f"widgets.messages.{name}")
        assert set(getattr(module, "MESSAGES", {})) <= registered, name
