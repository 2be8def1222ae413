"""Editing a customer: every field checked as it is typed, the reason shown next to the field.

A resident ID number shows the birth date and gender it carries (they are derived, never typed). Saving sends
only the changed fields, with the version and values the dialog started from; if another station saved the
customer meanwhile, the dialog says which fields they changed and offers to reload (nothing is overwritten).
After `finished`: `saved` is the new version, or `reload_requested` is True (with `pending` the user's changes
to the fields the other station did not touch).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from domain.codes import AmlRisk, CivilCapacity, KycStatus
from domain.errors import DomainError
from domain.identity import parse_resident_id
from domain.profile import CONSENT_PURPOSES, CustomerProfile, check_field, editable_values
from widgets.jobs_port import JobsPort
from widgets.labels import day, label
from widgets.messages import describe_error
from widgets.profile.base import FLAG_STYLES, MUTED, is_situation

TEXT_FIELDS = ("name", "phone", "email", "address", "occupation", "employer", "annual_income", "id_number",
               "id_expiry", "qualified_until")  # fmt: skip
# The dialog's rows, in reading order (EDITABLE_FIELDS' order, qualified-investor status before its date).
FORM_ORDER = ("name", "phone", "email", "address", "occupation", "employer", "annual_income", "id_number",
              "id_expiry", "civil_capacity", "kyc_status", "aml_risk", "qualified_investor", "qualified_until")  # fmt: skip
CHOICES = {"civil_capacity": ("capacity", CivilCapacity), "kyc_status": ("kyc", KycStatus),
           "aml_risk": ("aml", AmlRisk)}  # fmt: skip


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class CustomerEditDialog(QDialog):
    def __init__(
        self,
        profile: CustomerProfile,
        save: Callable[..., int],
        runner: JobsPort,
        parent=None,
        *,
        pending: dict[str, object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customer_edit_dialog")
        self.profile, self._save, self.runner = profile, save, runner
        self.original = editable_values(profile)
        self.id_type = profile.documents[0].id_type if profile.documents else "RESIDENT_ID"
        self.saved: int | None = None
        self.reload_requested = False
        self.pending: dict[str, object] = {}
        self.errors: dict[str, str] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.reasons: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        self.combos: dict[str, QComboBox] = {}
        self.qualified = QCheckBox(objectName="edit_qualified_investor")
        self.qualified.setChecked(bool(self.original["qualified_investor"]))
        self.derived = QLabel(objectName="derived", wordWrap=True)
        self.derived.setStyleSheet(MUTED)
        row = 0
        for field in FORM_ORDER:
            if field in TEXT_FIELDS:
                edit = QLineEdit(_as_text(self.original[field]), objectName=f"edit_{field}")
                edit.textChanged.connect(lambda _text, f=field: self._check(f))
                reason = QLabel(objectName=f"reason_{field}", wordWrap=True)
                self.edits[field], self.reasons[field] = edit, reason
                row = self._add_row(grid, row, field, edit, reason)
                if field == "id_number":  # birth date and gender read from the number, right under it
                    grid.addWidget(self.derived, row, 1, 1, 2)
                    row += 1
            elif field in CHOICES:
                kind, codes = CHOICES[field]
                combo = QComboBox(objectName=f"edit_{field}")
                for code in codes:
                    combo.addItem(label(kind, code.value), code.value)
                combo.setCurrentIndex(max(combo.findData(self.original[field]), 0))
                self.combos[field] = combo
                row = self._add_row(grid, row, field, combo, QLabel())
            elif field == "qualified_investor":
                row = self._add_row(grid, row, field, self.qualified, QLabel())
        self.consents: dict[str, QCheckBox] = {}
        consent_row = QHBoxLayout()
        for purpose in CONSENT_PURPOSES:
            box = QCheckBox(label("consent", purpose), objectName=f"consent_{purpose}")
            box.setChecked(purpose in (self.original["consents"] or ()))
            self.consents[purpose] = box
            consent_row.addWidget(box)
        consent_row.addStretch(1)
        holder = QWidget()
        holder.setLayout(consent_row)
        row = self._add_row(grid, row, "consents", holder, QLabel())
        grid.setRowStretch(row, 1)  # spare height goes below the last row, not between rows
        page = QWidget()
        page.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.conflict = QLabel(objectName="conflict", wordWrap=True)
        self.conflict.setStyleSheet(FLAG_STYLES["alert"])
        self.conflict.hide()
        self.reload_button = QPushButton(objectName="reload")
        self.reload_button.clicked.connect(self._reload)
        self.reload_button.hide()
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.setStyleSheet(FLAG_STYLES["alert"])
        self.error.hide()
        self.save_button = QPushButton(objectName="save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(objectName="cancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        self.heading = QLabel(objectName="heading")
        self.heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.conflict)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(820, 640)
        for field, value in (pending or {}).items():
            self._set_value(field, value)
        self.retranslate_ui()
        for field in TEXT_FIELDS:
            self._check(field)

    def _add_row(self, grid: QGridLayout, row: int, field: str, widget: QWidget, reason: QLabel) -> int:
        caption = QLabel()
        self.captions[field] = caption
        grid.addWidget(caption, row, 0)
        grid.addWidget(widget, row, 1)
        grid.addWidget(reason, row, 2)
        return row + 1

    def _set_value(self, field: str, value: object) -> None:
        if field in self.edits:
            self.edits[field].setText(_as_text(value))
        elif field in self.combos:
            self.combos[field].setCurrentIndex(max(self.combos[field].findData(value), 0))
        elif field == "qualified_investor":
            self.qualified.setChecked(bool(value))
        elif field == "consents":
            for purpose, box in self.consents.items():
                box.setChecked(purpose in (value or ()))

    # -- values ----------------------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        """What the form holds now, raw (text fields as typed)."""
        values: dict[str, object] = {field: edit.text() for field, edit in self.edits.items()}
        values.update({field: combo.currentData() for field, combo in self.combos.items()})
        values["qualified_investor"] = self.qualified.isChecked()
        values["consents"] = tuple(p for p, box in self.consents.items() if box.isChecked())
        return values

    def changes(self) -> dict[str, object]:
        """The fields that differ from what the dialog started with (compared after checking)."""
        changed = {}
        for field, raw in self.values().items():
            if field in self.edits and raw == _as_text(self.original[field]):
                continue  # untouched: what is on file stays as it is, even if an old record fails a check
            try:
                value = check_field(field, raw, self.id_type)
            except DomainError:
                changed[field] = raw
                continue
            if value != self.original[field]:
                changed[field] = value
        return changed

    def _check(self, field: str) -> None:
        text = self.edits[field].text()
        untouched = text == _as_text(self.original[field])
        reason, ok = "", True
        try:
            check_field(field, text, self.id_type)
        except DomainError as error:
            reason, ok = describe_error(error), False
        if ok or untouched:  # a value on file that fails a check is flagged, but does not block other changes
            self.errors.pop(field, None)
        else:
            self.errors[field] = reason
        if reason and untouched:
            reason = self.tr("On file: {reason}").format(reason=reason)
        self.reasons[field].setText(reason)
        self.reasons[field].setStyleSheet(FLAG_STYLES["warn" if untouched else "alert"] if reason else "")
        self.edits[field].setStyleSheet("" if ok else "border: 1px solid #c0392b;")
        if field == "id_number":
            self._show_derived(text if ok else "")
        self.save_button.setEnabled(not self.errors)

    def _show_derived(self, number: str) -> None:
        if not number.strip() or self.id_type != "RESIDENT_ID":
            self.derived.setText("")
            self.derived.hide()
            return
        self.derived.show()
        parsed = parse_resident_id(number)
        self.derived.setText(
            self.tr("Born {date}, {gender} (from the ID number)").format(
                date=day(parsed.birth_date), gender=label("gender", parsed.gender.value)
            )
        )

    # -- saving ----------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.errors:
            return
        changes = self.changes()
        if not changes:
            self.reject()
            return
        self.save_button.setEnabled(False)
        self.error.hide()
        self.runner.submit(
            self._save,
            self.profile.customer_no,
            self.profile.version,
            changes,
            self.original,
            on_done=self._saved,
            on_error=self._failed,
            write=True,
        )

    def _saved(self, version: int) -> None:
        self.saved = version
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not is_situation(error):
            raise error
        code = error.code
        fields = getattr(error, "fields", None)
        if code == "record_changed" and fields is not None:
            names = "、".join(label("field", f) for f in fields)
            self.conflict.setText(
                self.tr(
                    "Someone else saved this customer after you opened it. They changed: {fields}. "
                    "Your changes were not saved. Reload to see theirs; your other changes are kept."
                ).format(fields=names)
            )
            self.conflict.show()
            self.reload_button.show()
            self.save_button.setEnabled(False)
            self.pending = {f: v for f, v in self.changes().items() if f not in fields}
            return
        self.error.setText(describe_error(error))
        self.error.show()

    def _reload(self) -> None:
        self.reload_requested = True
        self.done(QDialog.DialogCode.Rejected)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit customer"))
        self.heading.setText(f"{self.profile.name}  {self.profile.customer_no}")
        for field, caption in self.captions.items():
            caption.setText(label("field", field))
        self.edits["id_expiry"].setPlaceholderText(self.tr("YYYY-MM-DD, empty = long-term"))
        self.edits["qualified_until"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edits["annual_income"].setPlaceholderText(self.tr("e.g. 300000.00"))
        self.qualified.setText(self.tr("Yes"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.reload_button.setText(self.tr("Reload"))
