"""Refusals of issuing, reprinting, voiding and verifying agreements and receipts (services/agreements.py,
services/receipts.py). Parameters are codes, numbers and logins: never an ID number."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "agreement_refused": QT_TRANSLATE_NOOP(
        "Messages", "The sale is refused by the suitability rules ({codes}); no agreement was issued."
    ),
    "agreement_warnings_not_acknowledged": QT_TRANSLATE_NOOP(
        "Messages", "These warnings must be acknowledged before the agreement is issued: {warnings}."
    ),
    "agreement_unknown_acknowledgement": QT_TRANSLATE_NOOP(
        "Messages", "{value} cannot be acknowledged; acknowledge one of: {allowed}."
    ),
    "agreement_not_for_product": QT_TRANSLATE_NOOP(
        "Messages", "The product {product} has no service agreement to print."
    ),
    "agreement_template_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "No agreement template of its own kind for {product} ({family}; template named: {template}): nothing was"
        " printed. The catalogue entry must name a template written for this kind of product.",
    ),
    "agreement_term_required": QT_TRANSLATE_NOOP("Messages", "Choose a term: {offered}."),
    "agreement_term_not_offered": QT_TRANSLATE_NOOP(
        "Messages", "The term {term} is not offered; the product offers {offered}."
    ),
    "agreement_term_malformed": QT_TRANSLATE_NOOP(
        "Messages", "{term} is not a term written like 3M, 1Y or 182D."
    ),
    "agreement_account_malformed": QT_TRANSLATE_NOOP(
        "Messages", "The settlement account must be 4 to 32 letters or digits."
    ),
    "agreement_account_not_customers": QT_TRANSLATE_NOOP(
        "Messages", "The settlement account is not an open demand account or debit card of this customer."
    ),
    "agreement_detail_malformed": QT_TRANSLATE_NOOP(
        "Messages", "Write each detail as LABEL=VALUE (label up to 20 characters, value up to 200)."
    ),
    "unknown_agreement": QT_TRANSLATE_NOOP("Messages", "There is no agreement with number {number}."),
    "agreement_archive_incomplete": QT_TRANSLATE_NOOP(
        "Messages", "Agreement {number} was archived without its document data and cannot be reprinted."
    ),
    "agreement_void_reason_missing": QT_TRANSLATE_NOOP(
        "Messages", "Give the reason for voiding (at least {minimum} characters)."
    ),
    "agreement_void_reason_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The reason is too long (at most {maximum} characters)."
    ),
    "agreement_already_voided": QT_TRANSLATE_NOOP("Messages", "Agreement {number} is already void."),
    "agreement_reprint_not_approved": QT_TRANSLATE_NOOP(
        "Messages", "A copy of agreement {number} needs a supervisor's approval first."
    ),
    "agreement_is_voided": QT_TRANSLATE_NOOP("Messages", "Agreement {number} is void."),
    "void_approver_is_issuer": QT_TRANSLATE_NOOP(
        "Messages", "You issued agreement {number}: a different person must approve voiding it."
    ),
    "agreement_reviewer_is_issuer": QT_TRANSLATE_NOOP(
        "Messages",
        "You issued agreement {number}: a different person must review it (the preparer never checks their own"
        " document).",
    ),
    "agreement_already_reviewed": QT_TRANSLATE_NOOP(
        "Messages", "Agreement {number} has already been reviewed and is effective."
    ),
    "agreement_was_returned": QT_TRANSLATE_NOOP(
        "Messages",
        "Agreement {number} was returned to its issuer and will not take effect; it can only be voided.",
    ),
    "agreement_changed_during_review": QT_TRANSLATE_NOOP(
        "Messages", "Agreement {number} was changed at another station during the review; nothing was saved."
    ),
    "agreement_not_reviewed": QT_TRANSLATE_NOOP(
        "Messages", "Agreement {number} has not been reviewed yet, so it has no reviewed copy."
    ),
    "agreement_reason_without_return": QT_TRANSLATE_NOOP(
        "Messages", "A reason is given only when the agreement is returned (--return)."
    ),
    "agreement_already_cancelled": QT_TRANSLATE_NOOP(
        "Messages", "Agreement {number} has already been cancelled within its cooling-off period."
    ),
    "agreement_not_effective": QT_TRANSLATE_NOOP(
        "Messages",
        "Agreement {number} is not effective yet (waiting for review): nothing was debited, so it is voided, not"
        " cancelled with a refund.",
    ),
    "agreement_no_cooling_off": QT_TRANSLATE_NOOP(
        "Messages", "The product of agreement {number} has no cooling-off period."
    ),
    "agreement_cooling_off_ended": QT_TRANSLATE_NOOP(
        "Messages",
        "The cooling-off period of agreement {number} ended at {ended_at}; it can no longer be cancelled with a"
        " full refund. Nothing was recorded.",
    ),
    "agreement_cancel_reason_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The reason is too long (at most {maximum} characters)."
    ),
    "agreement_refund_account_required": QT_TRANSLATE_NOOP(
        "Messages", "Agreement {number} names no settlement account: give the account the refund is paid to."
    ),
    "agreement_not_cancelled": QT_TRANSLATE_NOOP("Messages", "Agreement {number} has not been cancelled."),
    "follow_up_call_outcome_unknown": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a call outcome; use one of: {allowed}."
    ),
    "follow_up_call_note_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The note is too long (at most {maximum} characters)."
    ),
    "follow_up_call_objection_needs_note": QT_TRANSLATE_NOOP(
        "Messages", "Write down what the customer objected to."
    ),
    "follow_up_call_needs_outcome": QT_TRANSLATE_NOOP(
        "Messages", "Task {id} is a follow-up call: record the call's outcome instead of marking it done."
    ),
    "follow_up_call_not_due": QT_TRANSLATE_NOOP(
        "Messages", "No follow-up call is waiting for agreement {number}."
    ),
    "follow_up_call_by_seller": QT_TRANSLATE_NOOP(
        "Messages", "You sold agreement {number}: the follow-up call is made by someone else."
    ),
    "follow_up_call_too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The cooling-off period of agreement {number} runs until {not_before}; the customer is not called about"
        " the product before then.",
    ),
    "agreement_return_reason_missing": QT_TRANSLATE_NOOP(
        "Messages", "Give the reason for returning the agreement (at least {minimum} characters)."
    ),
    "agreement_return_reason_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The reason is too long (at most {maximum} characters)."
    ),
    "agreement_scan_already_attached": QT_TRANSLATE_NOOP(
        "Messages", "Agreement {number} already has its signed scan; a scan is never replaced."
    ),
    "agreement_scan_empty": QT_TRANSLATE_NOOP("Messages", "The scan file is empty."),
    "agreement_scan_too_large": QT_TRANSLATE_NOOP("Messages", "The scan is larger than {maximum_mb} MB."),
    "agreement_file_unreadable": QT_TRANSLATE_NOOP("Messages", "The file {file} cannot be read."),
    "agreement_file_not_writable": QT_TRANSLATE_NOOP("Messages", "The file {file} cannot be written."),
    "receipt_station_required": QT_TRANSLATE_NOOP(
        "Messages", "Set this station's terminal id (letters and digits, at most 12) or give --station."
    ),
    "receipt_service_required": QT_TRANSLATE_NOOP(
        "Messages", "Name the service on the receipt (at most {maximum} characters)."
    ),
    "receipt_amount_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a valid {field}: a positive amount in yuan and fen."
    ),
    "receipt_authoriser_same_person": QT_TRANSLATE_NOOP(
        "Messages", "The authoriser must be someone other than the teller ({login})."
    ),
    "receipt_account_malformed": QT_TRANSLATE_NOOP(
        "Messages", "The account number must be 4 to 32 letters or digits."
    ),
    # Withdrawals from a notice deposit (domain/deposit_rules.py, DOMAIN §4).
    "notice_balance_required": QT_TRANSLATE_NOOP(
        "Messages", "Give the balance left after the withdrawal from notice deposit {product}."
    ),
    "notice_balance_negative": QT_TRANSLATE_NOOP(
        "Messages", "The balance left after the withdrawal ({balance} yuan) cannot be negative."
    ),
    "notice_withdrawal_below_minimum": QT_TRANSLATE_NOOP(
        "Messages",
        "A withdrawal from notice deposit {product} is at least {minimum} yuan ({amount} yuan asked), unless it "
        "takes the whole balance.",
    ),
    "notice_remaining_below_minimum": QT_TRANSLATE_NOOP(
        "Messages",
        "{balance} yuan would remain in notice deposit {product}, below its minimum of {minimum} yuan: withdraw "
        "everything or convert it to a demand deposit.",
    ),
    "notice_not_given": QT_TRANSLATE_NOOP(
        "Messages",
        "Notice deposit {product} needs {days} day(s) of notice (earliest withdrawal on the notice given: {date}). "
        "Without it the amount earns the demand rate: record that the customer accepts this.",
    ),
    "receipt_account_not_customers": QT_TRANSLATE_NOOP(
        "Messages", "The account {account} is not one of this customer's accounts: choose it from the list."
    ),
    "receipt_copy_unknown": QT_TRANSLATE_NOOP("Messages", "{value} is not a copy: customer or bank."),
    "unknown_receipt": QT_TRANSLATE_NOOP("Messages", "There is no receipt with number {number}."),
    "receipt_archive_incomplete": QT_TRANSLATE_NOOP(
        "Messages", "Receipt {number} was archived without its document data and cannot be reprinted."
    ),
    "document_character_unprintable": QT_TRANSLATE_NOOP(
        "Messages",
        "The character {char} ({codepoint}) is in none of the bundled fonts, so the document was not issued.",
    ),
    "document_template_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The document template {file} is not valid ({key}: {problem})."
    ),
    "document_template_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The document needs template {expected} but {given} was given."
    ),
    "document_template_wrong_kind": QT_TRANSLATE_NOOP(
        "Messages", "The template {template} is for a {kind}, not for this document."
    ),
    "document_paper_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown paper {paper}; use one of {allowed}."),
    "agreement_original_not_authorised": QT_TRANSLATE_NOOP(
        "Messages",
        "The original of agreement {number} was delivered and may not be printed again; print a copy (副本) "
        "instead.",
    ),
    "agreement_archive_altered": QT_TRANSLATE_NOOP(
        "Messages",
        "The archived original of agreement {number} is not the one the audit trail recorded at issue; nothing "
        "was printed. Report it to the branch head.",
    ),
    "audit_chain_broken": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit trail does not fit at entry {seq} ({problem}): the record was altered. Nothing was printed; "
        "report it to the branch head and run branchdesk audit verify.",
    ),
}
