"""The catalogue file's YAML: read numbers exactly, write the entries back in the product team's field order.

A stock YAML loader turns `rate: 0.0135` into a float, which is already inexact; this loader makes every
float-looking scalar a Decimal from its own text. Duplicate keys in one mapping (YAML silently keeps the last)
are refused, since a field written twice is a mistake the product team should see.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

from domain.catalog import CatalogInvalid, CatalogProblem

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
HEADER = "# BranchDesk product catalogue (field names: docs and resources/catalog/default.yaml)\n"


class _ExactLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    duplicates: list[tuple[str, int]]


def _construct_decimal(loader: _ExactLoader, node: yaml.ScalarNode) -> Decimal | str:
    text = loader.construct_scalar(node).replace("_", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text  # .inf / .nan: left as text for the validator to refuse
    return number if number.is_finite() else text


def _construct_mapping(loader: _ExactLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            loader.duplicates.append((str(key), key_node.start_mark.line + 1))
        seen.add(key)
    return loader.construct_mapping(node, deep=True)


_ExactLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_ExactLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def parse_catalog_text(text: str) -> Any:
    """The file's data, or CatalogInvalid when it is not YAML or repeats a key."""
    loader = _ExactLoader(text.lstrip("\ufeff"))  # Notepad's byte-order mark
    loader.duplicates = []
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = str(mark.line + 1) if mark is not None else "?"
        raise CatalogInvalid([CatalogProblem("catalog_not_yaml", "", "", line)]) from exc
    finally:
        loader.dispose()
    if loader.duplicates:
        raise CatalogInvalid(
            CatalogProblem("catalog_duplicate_key", "", key, str(line)) for key, line in loader.duplicates
        )
    return data


class _Dumper(_BaseDumper):  # type: ignore[misc, valid-type]
    pass


def _inline_list(dumper: _Dumper, data: list[Any]) -> yaml.SequenceNode:
    inline = all(isinstance(item, str | int) for item in data)  # terms, tiers, members; not the entries
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=inline)


_Dumper.add_representer(list, _inline_list)


def dump_catalog(entries: list[dict[str, Any]]) -> str:
    """YAML with Chinese left readable, one field per line and short lists inline (`terms: [3M, 1Y]`)."""
    body = yaml.dump(
        {"products": entries},
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=120,
    )
    return HEADER + body
