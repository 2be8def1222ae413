"""mypy plugin for two places where PySide6's bundled stubs say less than the bindings do.

1. Constructors take any Qt property as a keyword.

At run time `QLineEdit(objectName="name")` or `QDateEdit(calendarPopup=True)` sets the property (PySide6 accepts
every property of the class and its bases), but the stubs list only the properties a class declares itself, so
mypy calls hundreds of correct constructions wrong. This plugin adds `**kwargs: Any` to the constructors of
PySide6 classes and changes nothing else: positional arguments and the keywords the stubs do list keep their
types, and every other call is checked as usual. (`super().__init__(...)` in a subclass is not a constructor call:
set the property there with its setter.)

2. `QT_TRANSLATE_NOOP(context, text)` returns `text` (a str); the stubs say `object`.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ARG_STAR2
from mypy.plugin import FunctionContext, FunctionSigContext, Plugin
from mypy.types import AnyType, CallableType, FunctionLike, Type, TypeOfAny

# Marks for Qt Linguist: they return their source text unchanged, which the stubs type as `object`.
_NOOP_MARKS = frozenset({"PySide6.QtCore.QT_TRANSLATE_NOOP", "PySide6.QtCore.QT_TR_NOOP"})


def _with_property_keywords(ctx: FunctionSigContext) -> FunctionLike:
    sig = ctx.default_signature
    if not isinstance(sig, CallableType) or ARG_STAR2 in sig.arg_kinds:
        return sig
    return sig.copy_modified(
        arg_types=[*sig.arg_types, AnyType(TypeOfAny.explicit)],
        arg_kinds=[*sig.arg_kinds, ARG_STAR2],
        arg_names=[*sig.arg_names, "properties"],
    )


def _source_text(ctx: FunctionContext) -> Type:
    return ctx.api.named_generic_type("builtins.str", [])


class PySidePropertiesPlugin(Plugin):
    def get_function_signature_hook(
        self, fullname: str
    ) -> Callable[[FunctionSigContext], FunctionLike] | None:
        if fullname.startswith("PySide6.Qt"):
            sym = self.lookup_fully_qualified(fullname)
            if sym is not None and sym.node is not None and type(sym.node).__name__ == "TypeInfo":
                return _with_property_keywords
        return None

    def get_function_hook(self, fullname: str) -> Callable[[FunctionContext], Type] | None:
        return _source_text if fullname in _NOOP_MARKS else None


def plugin(version: str) -> type[Plugin]:
    return PySidePropertiesPlugin
