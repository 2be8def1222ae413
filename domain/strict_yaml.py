"""YAML that the bank's teams write by hand, read strictly: numbers exact, a key written twice refused.

A stock loader turns `rate: 0.0135` into a float (already inexact) and silently keeps the last of two equal
keys; here every float-looking scalar becomes a Decimal from its own text, and repeated keys are reported.

A file is also a way in. Before anything is built, one pass over the parser's events (cheap, flat, no objects)
refuses a file that is too large, nests deeper than any real file does, uses a list or mapping as a key, or whose
aliases would expand into more nodes than a file of that size could hold (the "billion laughs": nine levels of
ten aliases each is a few hundred bytes that expand to 10^9 nodes for whoever walks the result). Values that
look like a type but cannot be one (`2026-02-30`, an integer of thousands of digits) are refused by line, never
raised as a Python error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

try:  # libyaml's loader when PyYAML was built with it
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]  # the pure-Python twin

MAX_BYTES = 2_000_000  # the shipped catalogue is about 20 kB
MAX_DEPTH = 32  # the deepest shipped file nests 5 levels
MAX_NODES = 200_000  # after expanding aliases: a document may not grow beyond this many values

# Why a file was refused (YamlRefused.reason); callers turn these into their own codes.
SYNTAX = "syntax"
TOO_LARGE = "too_large"
TOO_DEEP = "too_deep"
TOO_MANY_NODES = "too_many_nodes"  # aliases expanding past MAX_NODES (billion laughs)
KEY_NOT_TEXT = "key_not_text"  # a list or mapping used as a mapping key
IMPOSSIBLE_VALUE = "impossible_value"  # 2026-02-30, an integer too long to read


@dataclass(frozen=True)
class YamlRefused(Exception):
    """`line` of the problem, or the repeated keys with their lines; `reason` says which check refused it."""

    line: str = ""
    duplicates: tuple[tuple[str, int], ...] = ()
    reason: str = SYNTAX


class _StrictLoader(_BaseLoader):
    duplicates: list[tuple[str, int]]


def _line(node_or_event: Any) -> str:
    mark = getattr(node_or_event, "start_mark", None)
    return str(mark.line + 1) if mark is not None else "?"


def _construct_decimal(loader: _StrictLoader, node: yaml.ScalarNode) -> Decimal | str:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text  # .inf / .nan: left as text for the validator to refuse
    return number if number.is_finite() else text


def _guarded(
    base: Callable[[Any, yaml.ScalarNode], Any],
) -> Callable[[_StrictLoader, yaml.ScalarNode], Any]:
    """The stock constructor, with Python's ValueError (a 30th of February, 5,000 digits) refused by line."""

    def construct(loader: _StrictLoader, node: yaml.ScalarNode) -> Any:
        try:
            return base(loader, node)
        except (ValueError, OverflowError) as exc:
            raise YamlRefused(line=_line(node), reason=IMPOSSIBLE_VALUE) from exc

    return construct


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode):  # the pre-pass refuses these; kept for a direct caller
            raise YamlRefused(line=_line(key_node), reason=KEY_NOT_TEXT)
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            loader.duplicates.append((str(key), key_node.start_mark.line + 1))
        seen.add(key)
    return dict(loader.construct_mapping(node, deep=True))


_StrictLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_StrictLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
for _tag, _base in (
    ("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_timestamp),
    ("tag:yaml.org,2002:int", yaml.SafeLoader.construct_yaml_int),
):
    _StrictLoader.add_constructor(_tag, _guarded(_base))


class _Frame:
    """One open collection in the pre-pass: how many values it expands to so far, and whether the next event
    of a mapping is a key."""

    __slots__ = ("anchor", "is_mapping", "expecting_key", "size")

    def __init__(self, anchor: str | None, is_mapping: bool) -> None:
        self.anchor, self.is_mapping, self.expecting_key, self.size = anchor, is_mapping, True, 1


def _check_shape(text: str) -> None:
    """Walk the parser's events once and refuse what would be dangerous or unreadable to build."""
    sizes: dict[str, int] = {}  # anchor -> how many values the anchored node expands to
    stack: list[_Frame] = []
    total = 0
    loader = _BaseLoader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.DocumentStartEvent | yaml.DocumentEndEvent):
                continue
            if isinstance(event, yaml.StreamStartEvent | yaml.StreamEndEvent):
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                frame = stack.pop()
                if frame.anchor is not None:
                    sizes[frame.anchor] = frame.size
                if stack:
                    stack[-1].size += frame.size
                continue
            parent = stack[-1] if stack else None
            if parent is not None and parent.is_mapping:
                if parent.expecting_key and not isinstance(event, yaml.ScalarEvent | yaml.AliasEvent):
                    raise YamlRefused(line=_line(event), reason=KEY_NOT_TEXT)
                parent.expecting_key = not parent.expecting_key
            if isinstance(event, yaml.AliasEvent):
                size = sizes.get(event.anchor) if event.anchor is not None else None
                if size is None:  # an alias to an unknown anchor, or to the collection it sits in (a loop)
                    raise YamlRefused(line=_line(event), reason=SYNTAX)
            elif isinstance(event, yaml.CollectionStartEvent):
                if len(stack) >= MAX_DEPTH:
                    raise YamlRefused(line=_line(event), reason=TOO_DEEP)
                stack.append(_Frame(event.anchor, isinstance(event, yaml.MappingStartEvent)))
                size = 1
            else:  # a scalar
                size = 1
                if isinstance(event, yaml.ScalarEvent) and event.anchor is not None:
                    sizes[event.anchor] = 1
            if isinstance(event, yaml.AliasEvent | yaml.ScalarEvent) and parent is not None:
                parent.size += size
            total += size
            if total > MAX_NODES:
                raise YamlRefused(line=_line(event), reason=TOO_MANY_NODES)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YamlRefused(line=str(mark.line + 1) if mark is not None else "?") from exc
    finally:
        loader.dispose()


def load_strict(text: str) -> Any:
    """The document's data; raises YamlRefused for a syntax error, a repeated key, or a file refused by the
    checks above (its `reason`)."""
    text = text.lstrip("\ufeff")  # Notepad's byte-order mark
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise YamlRefused(line="1", reason=TOO_LARGE)
    _check_shape(text)
    loader = _StrictLoader(text)
    loader.duplicates = []
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YamlRefused(line=str(mark.line + 1) if mark is not None else "?") from exc
    except RecursionError as exc:  # the pre-pass bounds depth; kept so no traceback can ever escape
        raise YamlRefused(line="?", reason=TOO_DEEP) from exc
    finally:
        loader.dispose()
    if loader.duplicates:
        raise YamlRefused(duplicates=tuple(loader.duplicates))
    return data


_PLAIN_WORDS = {
    SYNTAX: "not valid YAML",
    TOO_LARGE: f"larger than {MAX_BYTES // 1_000_000} MB",
    TOO_DEEP: f"nested more than {MAX_DEPTH} levels deep",
    TOO_MANY_NODES: f"its aliases expand to more than {MAX_NODES} values",
    KEY_NOT_TEXT: "a list or mapping is used as a key",
    IMPOSSIBLE_VALUE: "a value that cannot be read (an impossible date, a number too long)",
}


def plain_words(refused: YamlRefused) -> str:
    """English words for files read by developers and compliance staff (templates, weights), with the line."""
    return f"{_PLAIN_WORDS.get(refused.reason, refused.reason)} (line {refused.line})"


def problem_code(prefix: str, refused: YamlRefused) -> str:
    """The coded problem for screens and the command line: `<prefix>_not_yaml` for a syntax error (the
    existing words), else the shared `yaml_<reason>` codes worded in widgets/messages/security.py."""
    return f"{prefix}_not_yaml" if refused.reason == SYNTAX else f"yaml_{refused.reason}"
