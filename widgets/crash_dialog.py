"""A bug, not a situation a teller can fix: say so plainly, point at the log, never show a traceback."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout


class CrashDialog(QDialog):
    def __init__(self, log_file: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("BranchDesk: unexpected error"))
        text = QLabel(
            self.tr(
                "Something went wrong inside BranchDesk. What you were doing may not have been saved. "
                "Please tell the branch administrator; the details were written to:\n{path}"
            ).format(path=log_file),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
