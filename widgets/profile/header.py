"""The profile's header: who the customer is (name, number, tier, near a threshold) and the buttons of the actions
the role has, each with its Alt mnemonic and its F-key in the tooltip (widgets/shortcuts.py). The mnemonics
stay clear of the main window's menus (Alt+C customer, Alt+S station, Alt+H help)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from widgets.profile.base import FLAG_STYLES
from widgets.shortcuts import describe, key_text

# Button object name -> the shortcut that does the same from anywhere in the window (its key goes in the tooltip).
BUTTON_SHORTCUTS = {"issue_receipt": "receipt", "refer": "refer", "issue_agreement": "agreement"}


class ProfileHeader(QHBoxLayout):
    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel(objectName="profile_title")
        self.title.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.tier_badge = QLabel(objectName="tier_badge")
        self.near_badge = QLabel(objectName="near_badge")
        self.near_badge.setStyleSheet(FLAG_STYLES["warn"])
        # In the order Tab reaches them: the counter's daily actions first.
        self.receipt_button = QPushButton(objectName="issue_receipt")
        self.refer_button = QPushButton(objectName="refer")  # 转介: hand the customer to a manager
        self.agreement_button = QPushButton(objectName="issue_agreement")
        self.reveal_button = QPushButton(objectName="reveal")
        self.edit_button = QPushButton(objectName="edit")
        self.reassign_button = QPushButton(objectName="reassign")
        self.buttons = (
            self.receipt_button,
            self.refer_button,
            self.agreement_button,
            self.reveal_button,
            self.edit_button,
            self.reassign_button,
        )
        self.addWidget(self.title)
        self.addWidget(self.tier_badge)
        self.addWidget(self.near_badge)
        self.addStretch(1)
        for button in self.buttons:
            button.setAutoDefault(False)  # Enter in a section's field never presses a header button
            self.addWidget(button)

    def retranslate_ui(self) -> None:
        self.receipt_button.setText(self.tr("Counter recei&pt..."))
        self.refer_button.setText(self.tr("&Refer..."))
        self.agreement_button.setText(self.tr("Issue &agreement..."))
        self.reveal_button.setText(self.tr("Show f&ull ID and mobile..."))
        self.edit_button.setText(self.tr("&Edit customer..."))
        self.reassign_button.setText(self.tr("Reass&ign..."))
        for button in self.buttons:
            name = BUTTON_SHORTCUTS.get(button.objectName())
            button.setToolTip(f"{describe(name)} ({key_text(name)})" if name else "")
