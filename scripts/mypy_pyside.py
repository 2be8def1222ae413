"""mypy plugin: PySide6 constructors take any Qt property as a keyword, which the bundled stubs do not say.

At run time `QLineEdit(objectName="name")` or `QDateEdit(calendarPopup=True)` sets the property (PySide6 accepts
every property of the class and its bases), but the stubs list only the properties a class declares itself, so
mypy calls hundreds of correct constructions wrong. This plugin adds `**kwargs: Any` to the constructors of
PySide6 classes and changes nothing else: positional arguments and the keywords the stubs do list keep their
types, and every other call is checked as usual. (`super().__init__(...)` in a subclass is not a constructor call:
set the property there with its setter.)
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ARG_STAR2
from mypy.plugin import FunctionSigContext, Plugin
from mypy.types import AnyType, CallableType, FunctionLike, TypeOfAny


def _with_property_keywords(ctx: FunctionSigContext) -> FunctionLike:
    sig = ctx.default_signature
    if not isinstance(sig, CallableType) or ARG_STAR2 in sig.arg_kinds:
        return sig
    return sig.copy_modified(
        arg_types=[*sig.arg_types, AnyType(TypeOfAny.explicit)],
        arg_kinds=[*sig.arg_kinds, ARG_STAR2],
        arg_names=[*sig.arg_names, "properties"],
    )


class PySidePropertiesPlugin(Plugin):
    def get_function_signature_hook(
        self, fullname: str
    ) -> Callable[[FunctionSigContext], FunctionLike] | None:
        if fullname.startswith("PySide6.Qt"):
            sym = self.lookup_fully_qualified(fullname)
            if sym is not None and sym.node is not None and type(sym.node).__name__ == "TypeInfo":
                return _with_property_keywords
        return None


def plugin(version: str) -> type[Plugin]:
    return PySidePropertiesPlugin
