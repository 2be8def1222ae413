"""The suitability result in the issue dialog: in words, with what would let a blocked sale pass; one checkbox per
warning the sale must acknowledge (`senior_special_care`, `cooling_off`, `dual_recording_required`). (The
recording's id of a dual-recorded sale is a field of the sale form, where it stays in place.)"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from domain.agreements import ACKNOWLEDGEABLE
from widgets.messages import describe_error, describe_finding

BLOCK_STYLE = (
    "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; padding: 6px; border-radius: 4px;"
)
WARN_STYLE = (
    "background: #fff4e5; color: #7a4b00; border: 1px solid #f3d19c; padding: 6px; border-radius: 4px;"
)
PASS_STYLE = (
    "background: #e7f6ec; color: #1e5b32; border: 1px solid #b7e0c4; padding: 6px; border-radius: 4px;"
)


class SuitabilityBox(QGroupBox):
    def __init__(self, on_change, parent=None) -> None:
        super().__init__(parent, objectName="suitability")
        self._on_change = on_change  # a box ticked
        self.ack_boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        self.check_status = QLabel(objectName="check_status", wordWrap=True)
        self.findings = QWidget(objectName="findings")
        self.findings_layout = QVBoxLayout(self.findings)
        self.findings_layout.setContentsMargins(0, 0, 0, 0)
        self.check_status.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.check_status)
        layout.addWidget(self.findings)
        layout.addStretch(1)

    def ticked(self) -> set[str]:
        return {code for code, box in self.ack_boxes.items() if box.isChecked()}

    def acknowledged(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.ack_boxes.items() if box.isChecked())

    def all_acknowledged(self) -> bool:
        return all(box.isChecked() for box in self.ack_boxes.values())

    def set_editable(self, editable: bool) -> None:
        for box in self.ack_boxes.values():
            box.setEnabled(editable)

    def show_status(self, text: str, style: str = "") -> None:
        self.check_status.setText(text)
        self.check_status.setStyleSheet(style)

    def show_checking(self) -> None:
        self.show_status(self.tr("Checking suitability..."))

    def show_issuing(self) -> None:
        self.check_status.setText(self.tr("Issuing the agreement..."))

    def _clear_findings(self) -> None:
        while self.findings_layout.count():
            widget = self.findings_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.ack_boxes = {}

    def show_result(
        self, result: Any, error: BaseException | None, keep_ticked: set[str] | frozenset[str] = frozenset()
    ) -> None:
        self._clear_findings()
        if error is not None:
            self.show_status(describe_error(error), BLOCK_STYLE)
            return
        if result is None:
            self.show_status(self.tr("Choose a product to check the sale."))
            return
        if not result.allowed:
            self.show_status(
                self.tr("The sale is blocked by the suitability rules:"), "font-weight: bold; color: #8a1c1c;"
            )
        elif result.warnings:
            self.show_status(
                self.tr("The sale may go ahead once each point below is done and acknowledged:"),
                "font-weight: bold; color: #7a4b00;",
            )
        else:
            self.show_status(self.tr("The sale passes the suitability rules."), PASS_STYLE)
        for finding in result.blocks:
            self.findings_layout.addWidget(self._finding_label(finding, BLOCK_STYLE))
        for finding in result.warnings:
            self.findings_layout.addWidget(self._finding_label(finding, WARN_STYLE))
            if finding.code in ACKNOWLEDGEABLE:
                box = QCheckBox(self._ack_text(finding.code), objectName=f"ack_{finding.code}")
                box.setChecked(finding.code in keep_ticked)
                box.toggled.connect(self._on_change)
                self.ack_boxes[finding.code] = box
                self.findings_layout.addWidget(box)

    def _finding_label(self, finding, style: str) -> QLabel:
        # The finding's sentence already says what would let the sale pass (widgets/messages/suitability.py).
        widget = QLabel(describe_finding(finding.code, finding.params), objectName=f"finding_{finding.code}")
        widget.setWordWrap(True)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        widget.setStyleSheet(style)
        return widget

    def _ack_text(self, code: str) -> str:
        return {
            "senior_special_care": self.tr("Special care given: explained plainly, the customer understands"),
            "cooling_off": self.tr("The cooling-off period was explained to the customer"),
            "dual_recording_required": self.tr("The sale is being recorded on audio and video (双录)"),
        }.get(code, code)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Suitability (checked again when issuing)"))
