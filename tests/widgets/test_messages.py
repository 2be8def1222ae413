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


def test_dates_and_statuses_in_a_sentence_are_words_in_each_language(app):
    from datetime import date
    from decimal import Decimal

    from desktop import i18n
    from widgets.messages import describe_reason

    maturity = {
        "product": "TD1Y",
        "product_name": "整存整取定期存款（一年）",
        "product_name_en": "Lump-sum time deposit, 1 year",
        "maturity_on": date(2027, 3, 12),
        "amount": Decimal("500000"),
    }
    try:
        i18n.install("zh_CN")
        assert describe_reason("maturity_reinvest", maturity).startswith(
            "2027年3月12日 到期的整存整取定期存款（一年）"
        )
        assert "（状态 待核实）" in describe_reason("kyc_not_verified", {"kyc_status": "pending"})
        i18n.install("en")
        assert describe_reason("maturity_reinvest", maturity).startswith(
            "Lump-sum time deposit, 1 year of 500,000.00 yuan matures on 12 Mar 2027"
        )
    finally:
        i18n.install("en")
