"""The profile's dialogs (widgets/profile/panel.py shows the customer; this opens and answers what its header's
buttons ask for): showing the full identifiers, editing, a reassignment request, a referral. Each dialog is
window-modal and non-blocking; the one open is `panel.dialog` (tests drive it), answered for the customer it was
opened for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from domain.profile import CustomerProfile
from domain.referrals import Referral
from widgets.messages import describe_error
from widgets.profile.base import is_situation

if TYPE_CHECKING:
    from widgets.profile.panel import ProfilePanel


class ProfileDialogs(QObject):
    def __init__(self, panel: ProfilePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self._refer_products: tuple[str, ...] = ()

    def _open_dialog(self, dialog: QDialog, view: CustomerProfile) -> None:
        self.panel.dialog, self.panel._dialog_view = dialog, view
        if isinstance(dialog, QDialog):
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def reveal(self) -> None:
        view = self.panel.view
        if view is None or self.panel._actions is None:
            return
        dialog = self.panel._reveal_dialog_factory(view.name, self.panel)
        dialog.accepted.connect(self._reveal_accepted)
        self._open_dialog(dialog, view)

    def _reveal_accepted(self) -> None:
        dialog, view = self.panel.dialog, self.panel._dialog_view
        if self.panel._actions is None or view is None:
            return
        self.panel.runner.submit(
            self.panel._actions.reveal_identifiers,
            view.customer_no,
            dialog.reason,
            dialog.note,
            on_done=self.panel.show_customer,
            on_error=self.panel._error,
            key="customer_profile",
            write=True,
        )

    def edit(self, pending: dict[str, object] | None = None) -> None:
        view = self.panel.view
        if view is None or self.panel._actions is None or not view.may_edit:
            return
        dialog = self.panel._edit_dialog_factory(
            view, self.panel._actions.update_customer, self.panel.runner, self.panel, pending=pending
        )
        dialog.finished.connect(self._edit_finished)
        self._open_dialog(dialog, view)

    def _edit_finished(self, _code: int) -> None:
        dialog = self.panel.dialog
        if getattr(dialog, "saved", None) is not None:
            self.panel.banner.show_message(self.tr("Changes saved."), "info")
            self.panel.reload()
        elif getattr(dialog, "reload_requested", False):
            self.panel._pending_edit = dict(getattr(dialog, "pending", {}) or {})
            if self.panel._dialog_view is None:
                return
            self.panel.runner.submit(
                self.panel._load,
                self.panel._dialog_view.customer_no,
                on_done=self._reopen_edit,
                on_error=self.panel._error,
                key="customer_profile",
            )

    def _reopen_edit(self, view: CustomerProfile) -> None:
        self.panel.show_customer(view)
        self.edit(self.panel._pending_edit)

    def reassign(self) -> None:
        view = self.panel.view
        if view is None or self.panel._actions is None or not view.may_reassign:
            return
        self.panel._reassign_view = view
        self.panel.runner.submit(
            self.panel._actions.active_managers, on_done=self._pick_manager, on_error=self.panel._error
        )

    def _pick_manager(self, managers: list[tuple[int, str, str]]) -> None:
        view = self.panel._reassign_view
        if view is None:
            return
        dialog = self.panel._reassign_dialog_factory(view.name, view.manager_id, managers, self.panel)
        dialog.accepted.connect(self._reassign_chosen)
        self._open_dialog(dialog, view)

    def _reassign_chosen(self) -> None:
        dialog, view = self.panel.dialog, self.panel._dialog_view
        if dialog.manager_id is None or self.panel._actions is None or view is None:
            return
        self.panel.runner.submit(
            self.panel._actions.reassign_customer,
            view.customer_no,
            view.version,
            dialog.manager_id,
            on_done=self._reassigned,
            on_error=self.panel._error,
            write=True,
        )

    def _reassigned(self, pending) -> None:
        # A request: the customer keeps the manager until a second supervisor approves it.
        text = self.tr(
            "Reassignment requested (no. {id}); it takes effect when another supervisor approves it."
        )
        self.panel.banner.show_message(text.format(id=pending.approval_id), "info")
        self.panel.reload()

    def refer(self, products: tuple[str, ...] = ()) -> None:
        """ "Refer to a manager...": the referral form for this customer (reason, products, note)."""
        if not self.panel.may_refer() or self.panel._actions is None:
            return
        self._refer_products = products
        self.panel.runner.submit(
            self.panel._actions.referral_choices,
            on_done=self._open_referral,
            on_error=self.panel._error,
            key="referral_choices",
        )

    def _open_referral(self, choices: tuple[list[tuple[str, str]], list[tuple[str, str, str, str]]]) -> None:
        if self.panel.view is None:
            return
        managers, products = choices
        dialog = self.panel._referral_dialog_factory(
            managers,
            self.panel.view.customer_no,
            self.panel,
            customer_name=self.panel.view.name,
            products=products,
        )
        dialog.choose_products(self._refer_products)  # the product a card's 转介 came from
        dialog.accepted.connect(self._referral_accepted)
        self.panel.dialog = dialog
        dialog.open()

    def _referral_accepted(self) -> None:
        if self.panel.dialog is None or self.panel._actions is None:
            return
        self.panel.runner.submit(
            self.panel._actions.refer,
            self.panel.dialog.values(),
            on_done=self._referred,
            on_error=self._referral_refused,
            write=True,
        )

    def _referred(self, referral: Referral) -> None:
        if self.panel.dialog is not None:
            self.panel.dialog.deleteLater()
            self.panel.dialog = None
        self.panel.banner.show_message(
            self.tr("Referred {customer} to {manager}; contact due by {date}.").format(
                customer=referral.customer_no, manager=referral.manager, date=str(referral.due_on)
            ),
            "info",
        )
        self.panel.reload()

    def _referral_refused(self, error: BaseException) -> None:
        if not is_situation(error) or self.panel.dialog is None:
            raise error
        self.panel.dialog.show_error(describe_error(error))
        self.panel.dialog.open()  # what was typed is kept; the person corrects it or cancels
