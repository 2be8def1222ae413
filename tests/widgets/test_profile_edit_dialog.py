"""The customer edit dialog: each field checked as typed, the reason beside it, derived birth date and gender."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.customer import HoldingView
from domain.profile import CustomerProfile, ProfileDocument
from widgets.customer_edit_dialog import CustomerEditDialog

pytestmark = pytest.mark.gui


def profile(**overrides) -> CustomerProfile:
    values = dict(
        id=1,
        customer_no="C0000000001",
        name="张三",
        name_pinyin="zhang san",
        gender="M",
        birth_date=date(1980, 5, 17),
        nationality="CHN",
        phone="13812345678",
        email="",
        address="",
        occupation="",
        employer="",
        annual_income=None,
        civil_capacity="full",
        qualified_investor=False,
        qualified_until=None,
        kyc_status="verified",
        aml_risk="low",
        tier="T1",
        star_level=3,
        manager_id=3,
        manager_name="陈静",
        household_code=None,
        household_relation=None,
        tags=("payroll",),
        consents=("marketing",),
        documents=(
            ProfileDocument("RESIDENT_ID", "110105198005170019", "", date(2030, 1, 1), "online", None),
        ),
        household=(),
        holdings=(
            HoldingView(
                "6222",
                "TD1Y",
                "整存整取",
                "deposit",
                Decimal("1.00"),
                "CNY",
                None,
                date(2026, 1, 1),
                None,
                "active",
            ),
        ),  # fmt: skip
        assessments=(),
        interactions=(),
        complaints=(),
        tasks=(),
        changes=(),
        version=4,
        today=date(2026, 11, 29),
        may_edit=True,
    )
    values.update(overrides)
    return CustomerProfile(**values)


class Recorder:
    def __init__(self) -> None:
        self.calls = []

    def submit(self, fn, *args, on_done=None, on_error=None, key=None, write=False):
        self.calls.append((fn, args, write))
        on_done(5)


@pytest.fixture
def dialog(app, qtbot):
    widget = CustomerEditDialog(profile(), lambda *a: 5, Recorder())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_wrong_check_character_is_explained_next_to_the_field(dialog):
    dialog.edits["id_number"].setText("110101199003078514")
    assert "check character is wrong" in dialog.reasons["id_number"].text()
    assert not dialog.save_button.isEnabled() and dialog.derived.text() == ""
    dialog.edits["id_number"].setText("110101199003078523")
    assert dialog.reasons["id_number"].text() == "" and dialog.save_button.isEnabled()
    assert dialog.derived.text() == "Born 1990-03-07, Female (from the ID number)"


@pytest.mark.parametrize(
    ("field", "text", "reason"),
    [
        ("phone", "1381234567", "11-digit mainland mobile"),
        ("annual_income", "12,34.567", "not a plain number"),
        ("id_expiry", "2030-02-30", "not a date written as YYYY-MM-DD"),
        ("email", "zhang@", "not valid"),
        ("name", "  ", "name is required"),
    ],
)
def test_bad_values_are_refused_as_typed(dialog, field, text, reason):
    dialog.edits[field].setText(text)
    assert reason in dialog.reasons[field].text()
    assert not dialog.save_button.isEnabled()


def test_only_changed_fields_are_sent_with_the_version_and_what_was_seen(dialog):
    dialog.edits["phone"].setText("139 0000 1111")
    dialog.edits["annual_income"].setText("300000")
    dialog.consents["sensitive"].setChecked(True)
    dialog.save_button.click()
    _fn, (customer_no, version, changes, seen), write = dialog.runner.calls[0]
    assert write and customer_no == "C0000000001" and version == 4
    assert changes == {
        "phone": "13900001111",
        "annual_income": Decimal("300000.00"),
        "consents": ("marketing", "sensitive"),
    }
    assert seen["phone"] == "13812345678" and dialog.saved == 5


def test_nothing_changed_closes_without_saving(dialog):
    dialog.save_button.click()
    assert dialog.runner.calls == [] and not dialog.isVisible()
