"""What a supervisor's buttons on the catalogue screen do (widgets/catalog_screen.py shows it): propose a change to
the selected product (the edit dialog again, each reason beside its field, when the service refuses it), and approve
or reject another supervisor's proposal. The service decides; this sends the request and says what happened."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from domain.catalog import CatalogInvalid
from domain.catalog_versions import ProductHistory
from widgets.messages import describe, describe_error, is_explained
from widgets.product_edit_dialog import ProductEditDialog

if TYPE_CHECKING:
    from widgets.catalog_screen import CatalogEditor, CatalogScreen


class CatalogChanges(QObject):
    def __init__(
        self,
        screen: CatalogScreen,
        editor: CatalogEditor | None,
        dialog_factory: Callable[[ProductHistory], ProductEditDialog],
    ) -> None:
        super().__init__(screen)
        self.screen, self.editor, self.dialog_factory = screen, editor, dialog_factory

    def edit_product(self, previous: dict | None = None, refusal: BaseException | None = None) -> None:
        history = self.screen.history
        if self.editor is None or history is None:
            return
        dialog = self.dialog_factory(history)
        if previous is not None:
            dialog.set_values(previous)
        if refusal is not None:
            dialog.show_problems(*self._problems(refusal))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self.screen.runner.submit(
            self.editor.propose_product_change,
            history.code,
            values["changes"],
            values["effective_from"],
            values["note"],
            on_done=lambda _v: self._changed(self.tr("Change proposed; another supervisor must approve it.")),
            on_error=lambda e: self._proposal_refused(values, e),
            write=True,
        )

    @staticmethod
    def _problems(error: BaseException) -> tuple[list[tuple[str, str]], str]:
        if isinstance(error, CatalogInvalid):
            return [(p.field, describe(p.code, p.params)) for p in error.problems], ""
        return [], describe_error(error)

    def _proposal_refused(self, values: dict, error: BaseException) -> None:
        if not is_explained(error):
            raise error
        if isinstance(error, CatalogInvalid):
            self.edit_product(values, error)  # again, with each reason beside its field
        else:
            self.screen.show_error(error)
            self.screen.load()

    def _changed(self, message: str) -> None:
        self.screen.banner.show_message(message, "info")
        self.screen.decision_note.clear()
        self.screen.load()

    def approve_selected(self) -> None:
        version = self.screen.selected_pending()
        if version is None or self.editor is None:
            return
        self.screen.runner.submit(
            self.editor.approve_version,
            version.id,
            self.screen.decision_note.text(),
            on_done=lambda v: self._changed(
                self.tr("Change approved; it takes effect on {date}.").format(
                    date=v.effective_from.isoformat()
                )
                if v.scheduled
                else self.tr("Change approved and in effect.")
            ),
            on_error=self._failed,
            write=True,
        )

    def reject_selected(self) -> None:
        version = self.screen.selected_pending()
        if version is None or self.editor is None:
            return
        self.screen.runner.submit(
            self.editor.reject_version,
            version.id,
            self.screen.decision_note.text(),
            on_done=lambda _v: self._changed(self.tr("Change rejected.")),
            on_error=self._failed,
            write=True,
        )

    def _failed(self, error: BaseException) -> None:
        self.screen.show_error(error)
        self.screen.load()  # another supervisor may have decided meanwhile: show what is true now
