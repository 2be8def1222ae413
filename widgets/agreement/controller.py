"""What the issue dialog does, apart from how it looks (widgets/agreement/view.py shows it).

The controller loads the products an agreement can be issued for, runs the suitability check for the product and
amount on screen (again whenever they change), and issues on the write lane. It keeps the result together with the
inputs it was computed for, so Issue is offered only for a check that matches the screen, every warning
acknowledged, a term chosen where the product has terms and the recording id given for a dual-recorded sale. The
service checks again when issuing; a refusal there is shown and the check runs again, so the form shows what holds.
Answers for a dialog closed meanwhile are dropped (`AgreementView.alive`).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol

from domain.agreements import ACKNOWLEDGEABLE
from domain.catalog import ProductView
from domain.names import phrase_pinyin
from domain.suitability import SaleChannel
from widgets.jobs_port import JobsPort
from widgets.messages import is_explained

Inputs = tuple[str, Decimal | None]  # product code, amount (None: not a valid amount)


class AgreementView(Protocol):
    def alive(self) -> bool: ...
    def inputs(self) -> Inputs | None: ...
    def show_products(self, products: list[ProductView]) -> None: ...
    def show_accounts(self, accounts: list[Any]) -> None: ...
    def show_load_failed(self, error: BaseException) -> None: ...
    def show_checking(self) -> None: ...
    def show_result(self, *, same_warnings: bool) -> None: ...
    def show_issuing(self) -> None: ...
    def show_issued(self) -> None: ...
    def show_issue_refused(self, error: BaseException) -> None: ...
    def update_buttons(self) -> None: ...


def spelled(products: list[ProductView]) -> tuple[list[ProductView], dict[str, tuple[str, str]]]:
    """The products with the pinyin of their names (code -> (pinyin, initials)), worked out off the UI thread:
    pypinyin's dictionary takes a moment to load the first time."""
    return products, {p.code: phrase_pinyin(p.name) for p in products}


def acknowledgeable(result: Any) -> set[str]:
    """The warnings of a result the customer must acknowledge, each with its own checkbox."""
    return set() if result is None else {f.code for f in result.warnings if f.code in ACKNOWLEDGEABLE}


class AgreementIssue:
    def __init__(
        self,
        view: AgreementView,
        customer_no: str,
        *,
        load_products: Callable[[], list[ProductView]],
        check: Callable[..., object],
        issue: Callable[..., object],
        runner: JobsPort,
        load_accounts: Callable[[str], list[Any]] | None = None,
    ) -> None:
        self.view, self.customer_no, self.runner = view, customer_no, runner
        self._load_products, self._check, self._issue = load_products, check, issue
        self._load_accounts = load_accounts
        self.products: dict[str, ProductView] = {}
        self.spellings: dict[str, tuple[str, str]] = {}  # code -> (pinyin, initials) of the product's name
        self.products_loaded = False
        self.result: Any = None  # the SuitabilityResult shown
        self.checked_for: Inputs | None = None  # the inputs it was computed for
        self.check_error: BaseException | None = None
        self.issued: Any = None  # the IssuedAgreement, once issued
        self.issuing = False

    def _key(self, what: str) -> str:
        return f"agreement_dialog:{id(self.view)}:{what}"

    # -- products --------------------------------------------------------------------------------------------------
    def load_products(self) -> None:
        load = self._load_products
        self.runner.submit(lambda: spelled(load()), on_done=self._products_loaded, on_error=self._load_failed,
                           key=self._key("products"))  # fmt: skip
        if self._load_accounts is not None:
            self.runner.submit(self._load_accounts, self.customer_no, on_done=self._accounts_loaded,
                               on_error=self._load_failed, key=self._key("accounts"))  # fmt: skip

    def _products_loaded(self, loaded: tuple[list[ProductView], dict[str, tuple[str, str]]]) -> None:
        if self.view.alive():
            products, self.spellings = loaded
            self.products = {p.code: p for p in products}
            self.products_loaded = True
            self.view.show_products(products)

    def _accounts_loaded(self, accounts: list[Any]) -> None:
        if self.view.alive():
            self.view.show_accounts(accounts)

    def _load_failed(self, error: BaseException) -> None:
        if self.view.alive():
            self.view.show_load_failed(error)

    # -- the suitability check -------------------------------------------------------------------------------------
    def run_check(self) -> None:
        inputs = self.view.inputs()
        if inputs is None or self.issued is not None:
            return
        self.view.show_checking()
        code, amount = inputs
        self.runner.submit(
            self._check,
            self.customer_no,
            code,
            amount,
            SaleChannel.BRANCH.value,
            on_done=lambda result, inputs=inputs: self._checked(inputs, result),
            on_error=lambda error, inputs=inputs: self._check_failed(inputs, error),
            key=self._key("check"),
        )

    def _checked(self, inputs: Inputs, result: Any) -> None:
        if not self.view.alive() or inputs != self.view.inputs():
            return  # closed, or the inputs changed meanwhile: the newer check is on its way
        same = acknowledgeable(self.result) == acknowledgeable(result)
        self.result, self.checked_for, self.check_error = result, inputs, None
        self.view.show_result(same_warnings=same)
        self.view.update_buttons()

    def _check_failed(self, inputs: Inputs, error: BaseException) -> None:
        if not self.view.alive():
            return
        if not is_explained(error):
            raise error  # a bug, not a situation: the crash handler reports it
        if inputs != self.view.inputs():
            return
        self.result, self.checked_for, self.check_error = None, None, error
        self.view.show_result(same_warnings=False)
        self.view.update_buttons()

    def checked_now(self) -> bool:
        """The result shown was computed for the product and amount on screen now."""
        return self.result is not None and self.checked_for == self.view.inputs()

    def needs_recording_id(self) -> bool:
        return "dual_recording_required" in acknowledgeable(self.result)

    # -- issuing ---------------------------------------------------------------------------------------------------
    def missing(self, *, term_missing: bool, all_acknowledged: bool, recording_id: str) -> list[str]:
        """What Issue still waits for, first things first (empty: Issue applies): `issued`, `issuing`, `loading`,
        `product`, `amount`, `checking`, `blocked`, `check_failed`, `term`, `acknowledge`, `recording`."""
        if self.issued is not None:
            return ["issued"]
        if self.issuing:
            return ["issuing"]
        inputs = self.view.inputs()
        if not self.products_loaded:
            return ["loading"]
        if inputs is None:
            return ["product"]
        wanting = [] if inputs[1] is not None else ["amount"]
        if self.check_error is not None and not self.checked_now():
            return [*wanting, "check_failed"]
        if not self.checked_now():
            return [*wanting, "checking"]
        if not self.result.allowed:
            return [*wanting, "blocked"]
        if term_missing:
            wanting.append("term")
        if not all_acknowledged:
            wanting.append("acknowledge")
        if self.needs_recording_id() and not recording_id.strip():
            wanting.append("recording")
        return wanting

    def can_issue(self, *, term_missing: bool, all_acknowledged: bool, recording_id: str) -> bool:
        """Issue applies to a check of the inputs on screen that allows the sale with a valid amount, a term
        where the product has terms, every warning acknowledged and the recording id of a dual-recorded sale."""
        if self.issued is not None or self.issuing or not self.checked_now() or self.checked_for is None:
            return False
        return not self.missing(term_missing=term_missing, all_acknowledged=all_acknowledged,
                                recording_id=recording_id)  # fmt: skip

    @property
    def editable(self) -> bool:
        return self.issued is None and not self.issuing

    def issue(
        self, term: str | None, acknowledged: tuple[str, ...], recording_id: str, account: str | None = None
    ) -> None:
        if self.checked_for is None:
            return
        code, amount = self.checked_for
        recording = recording_id.strip() if self.needs_recording_id() else None
        self.issuing = True
        self.view.show_issuing()
        self.runner.submit(
            self._issue,
            self.customer_no,
            code,
            amount,
            term,
            acknowledged,
            recording or None,
            account,
            on_done=self._issued,
            on_error=self._issue_failed,
            key=self._key("issue"),
            write=True,
        )

    def _issued(self, issued: Any) -> None:
        if self.view.alive():
            self.issuing, self.issued = False, issued
            self.view.show_issued()

    def _issue_failed(self, error: BaseException) -> None:
        if not self.view.alive():
            return
        self.issuing = False
        self.view.show_issue_refused(error)
        # The facts may have changed since the check: check again so the form shows what holds now.
        self.result, self.checked_for = None, None
        self.view.show_result(same_warnings=False)
        self.run_check()
        self.view.update_buttons()
