"""The catalogue file's YAML: read numbers exactly, write the entries back in the product team's field order.

Reading is domain.strict_yaml's (exact decimals, a field written twice refused); this module maps its refusals
to catalogue problems and writes the file back.
"""

from __future__ import annotations

from typing import Any

import yaml

from domain.catalog import CatalogInvalid, CatalogProblem
from domain.strict_yaml import YamlRefused, load_strict, problem_code

_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
HEADER = "# BranchDesk product catalogue (field names: docs and resources/catalog/default.yaml)\n"


def parse_catalog_text(text: str) -> Any:
    """The file's data, or CatalogInvalid when it is not YAML or repeats a key."""
    try:
        return load_strict(text)
    except YamlRefused as refused:
        if refused.duplicates:
            raise CatalogInvalid(
                CatalogProblem("catalog_duplicate_key", "", key, str(line))
                for key, line in refused.duplicates
            ) from None
        raise CatalogInvalid(
            [CatalogProblem(problem_code("catalog", refused), "", "", refused.line)]
        ) from None


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
