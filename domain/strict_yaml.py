"""YAML that the bank's teams write by hand, read strictly: numbers exact, a key written twice refused.

A stock loader turns `rate: 0.0135` into a float (already inexact) and silently keeps the last of two equal
keys; here every float-looking scalar becomes a Decimal from its own text, and repeated keys are reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

try:  # libyaml's loader when PyYAML was built with it
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]  # the pure-Python twin


@dataclass(frozen=True)
class YamlRefused(Exception):
    """`line` of the syntax error, or the repeated keys with their lines."""

    line: str = ""
    duplicates: tuple[tuple[str, int], ...] = ()


class _StrictLoader(_BaseLoader):
    duplicates: list[tuple[str, int]]


def _construct_decimal(loader: _StrictLoader, node: yaml.ScalarNode) -> Decimal | str:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text  # .inf / .nan: left as text for the validator to refuse
    return number if number.is_finite() else text


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            loader.duplicates.append((str(key), key_node.start_mark.line + 1))
        seen.add(key)
    return dict(loader.construct_mapping(node, deep=True))


_StrictLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_StrictLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def load_strict(text: str) -> Any:
    """The document's data; raises YamlRefused for a syntax error or a repeated key."""
    loader = _StrictLoader(text.lstrip("\ufeff"))  # Notepad's byte-order mark
    loader.duplicates = []
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YamlRefused(line=str(mark.line + 1) if mark is not None else "?") from exc
    finally:
        loader.dispose()
    if loader.duplicates:
        raise YamlRefused(duplicates=tuple(loader.duplicates))
    return data
