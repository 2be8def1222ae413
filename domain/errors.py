"""Typed errors that carry a stable code and parameters; the UI and CLI turn codes into words.

A rule that says no raises one of the families below, so a caller that acts on the kind of refusal asks
`isinstance(error, NotPermitted)` rather than comparing code strings. The code still says which rule it was
(`widgets/messages/` holds its words); each family lists the codes it is raised with in `codes`, and
`tests/test_error_families.py` checks every raise in the source against those lists.

Errors with a list of problems of their own (`CatalogInvalid`, `ImportRejected`, `TemplateInvalid`,
`QuestionnaireInvalid`, `AnswersInvalid`, `WeightsInvalid`, `ComplaintNotClosable`, `UnprintableCharacter`) are
typed subclasses beside the rule they belong to.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from domain.suitability.model import Finding


class DomainError(Exception):
    """A business rule said no. `code` is stable snake_case; `params` fill the translated message."""

    codes: ClassVar[frozenset[str]] = frozenset()  # the codes a family is raised with (empty: any, see below)

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:  # never includes personal data: params are codes and field names
        if not self.params:
            return self.code
        inner = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({inner})"


class InvalidValue(DomainError):
    """One input value is malformed or impossible: a field or argument to correct (a term the product does not
    offer, a login in the wrong form, a first account that is not an administrator). Raised with many codes, one
    per check of a value, so `codes` is open; a code listed under another family is never raised as this."""


class Refused(DomainError):
    """The suitability and sales rules refused the step. `findings` holds each reason with its own parameters (an
    agreement's blocks, or the warnings not acknowledged) so that each can be worded on its own line."""

    codes = frozenset(
        {
            "agreement_refused",
            "agreement_warnings_not_acknowledged",
            "assessment_annual_limit_reached",
            "assessment_change_not_reconfirmed",
            "assessment_daily_limit_reached",
        }
    )

    def __init__(self, code: str, findings: Iterable[Finding] = (), **params: object) -> None:
        super().__init__(code, **params)
        self.findings: tuple[Finding, ...] = tuple(findings)


class SignInRefused(DomainError):
    """Nobody is signed in, or the sign-in was refused (the attempt is on record). The CLI exits 5."""

    codes = frozenset({"sign_in_required", "wrong_password", "account_locked", "account_disabled"})


class NotPermitted(DomainError):
    """The signed-in person's role may not do this (`domain/permissions.py`, or a role rule beside it). The CLI
    exits 5 and records the refusal."""

    codes = frozenset({"not_permitted", "plans_need_supervisor"})


class NotYours(DomainError):
    """The role may do this, but not to this record: someone else's case, referral, to-do or figures."""

    codes = frozenset(
        {
            "complaint_not_your_case",
            "figures_not_allowed",
            "figures_of_others_not_allowed",
            "referral_not_yours",
            "task_not_yours",
        }
    )


class UnknownRecord(DomainError):
    """A person, branch or to-do named by the caller does not exist (or is no longer active). Missing customers
    and products are storage's `db.errors.NotFound`."""

    codes = frozenset(
        {
            "consent_not_on_file",
            "unknown_branch",
            "unknown_manager",
            "unknown_plan",
            "unknown_referral",
            "unknown_staff",
            "unknown_task",
        }
    )


class Conflict(DomainError):
    """The record's state does not allow the step now: already done, already pending, closed, taken, or changed
    since the request was made."""

    codes = frozenset(
        {
            "account_not_locked",
            "agreement_already_cancelled",
            "agreement_already_reviewed",
            "agreement_already_voided",
            "agreement_changed_during_review",
            "agreement_cooling_off_ended",
            "agreement_is_voided",
            "agreement_no_cooling_off",
            "agreement_not_cancelled",
            "agreement_not_effective",
            "agreement_not_reviewed",
            "agreement_scan_already_attached",
            "agreement_was_returned",
            "approval_already_pending",
            "approval_not_pending",
            "catalog_change_already_pending",
            "catalog_version_not_pending",
            "catalog_version_outdated",
            "complaint_document_withdrawn",
            "complaint_major_not_reported",
            "complaint_not_major",
            "complaint_result_not_replied",
            "complaint_step_not_allowed",
            "complaint_transfer_needs_handler",
            "complaint_urging_no_deadline",
            "complaint_urging_not_open",
            "complaint_urging_too_early",
            "daily_check_already_recorded",
            "database_not_empty",
            "follow_up_call_needs_outcome",
            "follow_up_call_not_due",
            "follow_up_call_too_early",
            "import_conflict",
            "login_taken",
            "referral_already_open",
            "referral_closed",
            "referral_needs_outcome",
            "staff_book_not_empty",
            "task_closed",
        }
    )


class SeparationOfDuties(DomainError):
    """The same person may not be on both sides: requester and approver, maker and checker, handler and subject."""

    codes = frozenset(
        {
            "agreement_reviewer_is_issuer",
            "approval_same_person",
            "cannot_disable_self",
            "complaint_handler_is_subject",
            "follow_up_call_by_seller",
            "maker_checker_same_person",
            "receipt_authoriser_same_person",
            "referral_to_self",
            "self_dealing",
            "void_approver_is_issuer",
        }
    )


class NotApproved(DomainError):
    """The step needs a second person's approval, or an authorisation on record, that is not there yet."""

    codes = frozenset({"agreement_original_not_authorised", "agreement_reprint_not_approved"})


class RecordAltered(DomainError):
    """A kept record no longer matches what was recorded: the audit chain or an archived document was changed or
    is incomplete. Never a user's mistake: someone must look."""

    codes = frozenset(
        {
            "agreement_archive_altered",
            "agreement_archive_incomplete",
            "audit_chain_broken",
            "receipt_archive_incomplete",
        }
    )


class Misconfigured(DomainError):
    """The installation is not as the work needs: a template missing, a catalogue entry that does not read, a
    PostgreSQL station role set up wrongly."""

    codes = frozenset(
        {
            "agreement_template_missing",
            "product_spec_unreadable",
            "station_role_is_owner",
            "station_role_missing",
            "station_role_needs_owner",
            "station_role_needs_postgresql",
            "station_role_superuser",
        }
    )


FAMILIES: tuple[type[DomainError], ...] = (
    InvalidValue,
    Refused,
    SignInRefused,
    NotPermitted,
    NotYours,
    UnknownRecord,
    Conflict,
    SeparationOfDuties,
    NotApproved,
    RecordAltered,
    Misconfigured,
)
