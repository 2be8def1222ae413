"""`branchdesk agreement issue|verify|reprint|void|attach|show`: service agreements from the command line.

    agreement issue --customer NO --product CODE --amount X [--term T] [--ack WARNING ...]
                    [--recording-id ID] [--station S] [--account ACCOUNT] [--detail LABEL=VALUE ...]
                    [--out FILE.pdf]
        Checks suitability again, requires every warning acknowledged (--ack senior_special_care, cooling_off,
        dual_recording_required), issues the next number, stores the PDF and writes it to FILE (default
        ./<number>.pdf). Prints {"number", "sha256", "file"} as JSON. A refused sale prints the reason codes and
        their words on stderr, exits 3 and writes nothing (no record, no number used, no file).
        The number, the archive row and the PDF bytes are stored together before the file is written. If the
        file then cannot be written (disk full, device gone), the agreement WAS issued: the command says so,
        records that the original was not delivered and exits 6; print it with `agreement print-original`.
    agreement print-original NUMBER --out FILE
        The stored original once more, allowed once per authorisation (a recorded failed delivery); audited.
    agreement verify FILE.pdf [--json]
        Reads the agreement number from the file and compares the file's SHA-256 with the hashes the audit chain
        recorded for that agreement: prints `valid` (exit 0; the original, or a copy the bank served),
        `tampered` (exit 4), `chain_broken` (exit 4: the record was altered after that entry) or `unknown`
        (exit 7).
    agreement reprint NUMBER --out FILE     the archived agreement marked 副本 (作废 once voided), once a supervisor
        approved this person's request; without one it files the request (`pending approval ID`)
    agreement void NUMBER --reason TEXT     files the void for a supervisor other than the requester to approve
    agreement attach NUMBER SCAN_FILE       the signed paper's scan, kept beside the original
    agreement show NUMBER                   the archive record as JSON (no ID number)
    agreement review NUMBER [--return --reason TEXT]
        复核 by a supervisor other than the issuer: the agreement becomes effective (its cooling-off window starts)
        and the reviewed copy, with the reviewer's name, is archived beside the original; --out FILE writes that
        copy. --return sends it back to the issuer with the reason: it never takes effect. Prints the record.
    agreement reviews [--json]              the agreements waiting for review, oldest first
    agreement cancel NUMBER [--reason TEXT] [--refund-account ACCOUNT] [--out FILE.pdf]
        The customer cancels within the cooling-off window (from the review, the closing minute included): the
        cancellation form is numbered and stored with the refund record (the whole amount); writes the form to
        FILE (default ./<form number>.pdf) and prints the record. After the window: refused, nothing written.
    agreement follow-up NUMBER --outcome confirmed|not_reached|objection [--note TEXT]
        回访 after the window, by someone other than the seller: confirmed or objection closes the task,
        not_reached records the attempt and keeps it open.
Every action is done signed in: --user LOGIN --password-stdin (exit 5 when refused).
Exit 2: nothing happened: unknown customer, product, agreement or staff, a bad argument, a refusal (worded by
the dispatcher). Exit 6: the agreement was issued (or the original released) but its file was not written.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

from db import files
from desktop.commands import CommandContext, json_value
from domain.agreements import ACKNOWLEDGEABLE, Verdict
from domain.errors import InvalidValue, NotApproved, Refused
from domain.money import parse_amount
from widgets.messages import describe_error, describe_finding

# Each action imports its own services (issue 16): `agreement issue` does not load the review, cancellation,
# follow-up and archive services it never calls.

EXIT_OK = 0
EXIT_REFUSED = 3
EXIT_TAMPERED = 4
EXIT_UNKNOWN = 7  # 5 is a refused sign-in, for every command
EXIT_ISSUED_NOT_WRITTEN = 6


def register(subparsers):
    parser = subparsers.add_parser(
        "agreement",
        help="issue, verify, reprint, void service agreements (exit 2 nothing happened, 3 refused sale, "
        "6 issued but the file was not written)",
    )
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("issue", help="check suitability, number, render once, archive; prints JSON")
    p.add_argument("--customer", required=True, metavar="NO")
    p.add_argument("--product", required=True, metavar="CODE")
    p.add_argument("--amount", required=True, metavar="X", help="amount in yuan, e.g. 50000.00")
    p.add_argument("--term", metavar="T", help="one of the product's terms, e.g. 3M, 1Y, 182D")
    p.add_argument(
        "--ack",
        action="append",
        default=[],
        metavar="WARNING",
        help="acknowledge a warning: " + ", ".join(ACKNOWLEDGEABLE) + " (repeat for several)",
    )
    p.add_argument("--recording-id", dest="recording_id", metavar="ID", help="the dual recording's id")
    p.add_argument("--station", help="this station's terminal id (default: the station setting)")
    p.add_argument("--account", help="the settlement account (printed masked)")
    p.add_argument(
        "--detail",
        action="append",
        default=[],
        metavar="LABEL=VALUE",
        help="a family's own item printed as given, e.g. 约定留存金额=50000.00 (repeat for several)",
    )
    p.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF (default ./<number>.pdf)")

    p = sub.add_parser(
        "print-original", help="the stored original again, once per authorisation (a failed delivery)"
    )
    p.add_argument("number")
    p.add_argument("--out", required=True, metavar="FILE")

    p = sub.add_parser("verify", help="valid (0), tampered or chain_broken (4), unknown (7)")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("reprint", help="a copy marked 副本 from the archive, once a supervisor approved it")
    p.add_argument("number")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("void", help="ask for a void (作废) with a reason; a supervisor approves it")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("attach", help="attach the signed scan")
    p.add_argument("number")
    p.add_argument("scan", metavar="SCAN_FILE")

    p = sub.add_parser("show", help="the archive record as JSON")
    p.add_argument("number")

    p = sub.add_parser("review", help="复核 by a second person: effective, or --return with a reason")
    p.add_argument("number")
    p.add_argument("--return", dest="send_back", action="store_true", help="send it back to the issuer")
    p.add_argument("--reason", help="why it is returned (with --return)")
    p.add_argument("--out", metavar="FILE.pdf", help="write the reviewed copy to FILE")

    p = sub.add_parser("reviews", help="the agreements waiting for review")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("cancel", help="cancel within the cooling-off window: form and full refund record")
    p.add_argument("number")
    p.add_argument("--reason", default="", help="the customer's reason, if they give one (none is needed)")
    p.add_argument(
        "--refund-account", dest="refund_account", help="default: the agreement's settlement account"
    )
    p.add_argument("--station", help="this station's terminal id (default: the station setting)")
    p.add_argument("--out", metavar="FILE.pdf", help="where to write the form (default ./<form number>.pdf)")

    p = sub.add_parser("follow-up", help="record the 回访 call after the cooling-off window")
    p.add_argument("number")
    p.add_argument("--outcome", required=True, choices=["confirmed", "not_reached", "objection"])
    p.add_argument("--note", default="")

    parser.set_defaults(handler=run)
    return parser


def station_setting() -> str:
    """The station setting (desktop/settings.py), else BRANCHDESK_STATION, else empty."""
    try:
        from desktop.settings import SettingsStore

        station = SettingsStore().load().station
    except Exception:  # noqa: BLE001 - an unreadable settings file leaves the option as the only source
        station = ""
    return station or os.environ.get("BRANCHDESK_STATION", "").strip()


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        raise InvalidValue("agreement_file_unreadable", file=path) from None


def _target(path: str) -> Path:
    """Checked before anything is issued, so a bad --out cannot leave an agreement without its file."""
    target = Path(path)
    if target.is_dir() or not target.parent.exists():
        raise InvalidValue("agreement_file_not_writable", file=path)
    return target


def _write(target: Path, data: bytes) -> None:
    try:
        files.write_private(target, data)  # 0600: an agreement is the customer's data
    except OSError:
        raise InvalidValue("agreement_file_not_writable", file=str(target)) from None


def run(args, ctx: CommandContext) -> int:
    return {
        "issue": _issue,
        "verify": _verify,
        "reprint": _reprint,
        "void": _void,
        "attach": _attach,
        "show": _show,
        "review": _review,
        "reviews": _reviews,
        "cancel": _cancel,
        "follow-up": _follow_up,
        "print-original": _print_original,
    }[args.action](args, ctx)


def _detail(text: str) -> tuple[str, str]:
    label, sep, value = text.partition("=")
    if not sep:
        raise InvalidValue("agreement_detail_malformed")
    return label, value


def _issue(args, ctx: CommandContext) -> int:
    from services import agreements

    user = ctx.actor
    amount = parse_amount(args.amount)
    target = _target(args.out) if args.out else None
    station = (args.station or station_setting()).strip()
    try:
        issued = agreements.issue(
            ctx.db,
            user,
            args.customer,
            args.product,
            amount,
            args.term,
            tuple(args.ack),
            station=station,
            dual_recording_id=args.recording_id,
            account=args.account,
            details=tuple(_detail(d) for d in args.detail),
        )
    except Refused as refused:
        print(describe_error(refused), file=ctx.err)
        kind = "unacknowledged" if refused.code == "agreement_warnings_not_acknowledged" else "block"
        for finding in refused.findings:
            print(f"{kind} {finding.code}: {describe_finding(finding.code, finding.params)}", file=ctx.err)
        return EXIT_REFUSED
    if target is None:
        target = Path(f"{issued.number}.pdf")
    if not _delivered(ctx, user, issued.number, target, issued.pdf):
        payload = {"number": issued.number, "sha256": issued.sha256, "file": None}
        print(json.dumps(payload, ensure_ascii=False), file=ctx.out)
        return EXIT_ISSUED_NOT_WRITTEN
    payload = {"number": issued.number, "sha256": issued.sha256, "file": str(target.resolve())}
    print(json.dumps(payload, ensure_ascii=False), file=ctx.out)
    return EXIT_OK


def _delivered(ctx: CommandContext, user, number: str, target: Path, data: bytes) -> bool:
    """Write the original; if that fails, record it (authorising one print-original) and tell the person."""
    from services import agreement_archive

    try:
        target.write_bytes(data)
        return True
    except OSError as exc:
        agreement_archive.original_not_delivered(ctx.db, user, number, "file_write_failed")
        print(
            f"Agreement {number} WAS issued and is stored in the archive, but the file {target} could not be "
            f"written ({exc.strerror or exc}). Print the original with:\n"
            f"  branchdesk agreement print-original {number} --out FILE.pdf --user {user.login}",
            file=ctx.err,
        )
        return False


def _print_original(args, ctx: CommandContext) -> int:
    from services import agreement_archive

    user = ctx.actor
    target = _target(args.out)
    data = agreement_archive.print_original(ctx.db, user, args.number)
    if not _delivered(ctx, user, args.number, target, data):
        return EXIT_ISSUED_NOT_WRITTEN
    print(
        json.dumps({"number": args.number, "file": str(target.resolve())}, ensure_ascii=False), file=ctx.out
    )
    return EXIT_OK


def _verify(args, ctx: CommandContext) -> int:
    from services import agreement_archive

    result = agreement_archive.verify(ctx.db, _read(args.file))
    if args.json:
        print(json.dumps(asdict(result), ensure_ascii=False, indent=2), file=ctx.out)
    else:
        line = result.verdict
        if result.number:
            line += f" {result.number}"
        if result.kind:
            line += f" ({result.kind})"
        if result.status and result.status != "issued":
            line += f" [{result.status}]"
        print(line, file=ctx.out)
        print(f"file sha256 {result.file_sha256}", file=ctx.out)
        if result.archive_sha256:
            print(f"archive sha256 {result.archive_sha256}", file=ctx.out)
        if result.chain_break is not None:
            print(
                f"audit chain broken at entry #{result.chain_break}: run branchdesk audit verify",
                file=ctx.out,
            )
    if result.verdict == Verdict.VALID:
        return EXIT_OK
    return EXIT_TAMPERED if result.verdict in (Verdict.TAMPERED, Verdict.CHAIN_BROKEN) else EXIT_UNKNOWN


def _reprint(args, ctx: CommandContext) -> int:
    """With an approved request of this person's: the copy. Without: the request, for a supervisor."""
    from desktop.commands import approvals
    from services import agreement_archive

    target = _target(args.out)
    try:
        data = agreement_archive.reprint(ctx.db, ctx.actor, args.number)
    except NotApproved:  # no approved reprint request of this person's yet
        return approvals.print_pending(
            ctx, agreement_archive.request_reprint(ctx.db, ctx.actor, args.number), args.json
        )
    _write(target, data)
    record = agreement_archive.show(ctx.db, args.number)
    payload = {"number": record.number, "copy": record.copies_printed, "file": str(target.resolve())}
    print(json.dumps(payload, ensure_ascii=False), file=ctx.out)
    return EXIT_OK


def _void(args, ctx: CommandContext) -> int:
    from desktop.commands import approvals
    from services import agreement_archive

    pending = agreement_archive.request_void(ctx.db, ctx.actor, args.number, args.reason)
    return approvals.print_pending(ctx, pending, args.json)


def _attach(args, ctx: CommandContext) -> int:
    from services import agreement_archive

    user = ctx.actor
    record = agreement_archive.attach_scan(ctx.db, user, args.number, _read(args.scan))
    print(json.dumps(json_value(asdict(record)), ensure_ascii=False), file=ctx.out)
    return EXIT_OK


def _show(args, ctx: CommandContext) -> int:
    from services import agreement_archive

    record = agreement_archive.show(ctx.db, args.number)
    print(json.dumps(json_value(asdict(record)), ensure_ascii=False, indent=2), file=ctx.out)
    return EXIT_OK


def _review(args, ctx: CommandContext) -> int:
    from services import agreement_archive, agreement_review

    if args.send_back:
        if not args.reason:
            raise InvalidValue("agreement_return_reason_missing", minimum=4)
        record = agreement_review.return_agreement(ctx.db, ctx.actor, args.number, args.reason)
    else:
        if args.reason:
            raise InvalidValue("agreement_reason_without_return")
        target = _target(args.out) if args.out else None
        record = agreement_review.review(ctx.db, ctx.actor, args.number)
        if target is not None:
            _write(target, agreement_archive.reviewed_copy(ctx.db, record.number))
    print(json.dumps(json_value(asdict(record)), ensure_ascii=False, indent=2), file=ctx.out)
    return EXIT_OK


def _reviews(args, ctx: CommandContext) -> int:
    from services import agreement_review

    items = agreement_review.pending_reviews(ctx.db, ctx.actor)
    if args.json:
        print(json.dumps([json_value(asdict(i)) for i in items], ensure_ascii=False, indent=2), file=ctx.out)
        return EXIT_OK
    for i in items:
        mine = "  (yours: another person reviews it)" if i.own else ""
        print(
            f"{i.number}  {i.issued_at:%Y-%m-%d %H:%M}  {i.customer_no} {i.product_code} {i.amount} "
            f"{i.currency}  by {i.issued_by}{mine}",
            file=ctx.out,
        )
    print(f"{len(items)} waiting for review", file=ctx.out)
    return EXIT_OK


def _cancel(args, ctx: CommandContext) -> int:
    from services import agreement_cancel

    target = _target(args.out) if args.out else None
    station = (args.station or station_setting()).strip()
    record, pdf = agreement_cancel.cancel(
        ctx.db,
        ctx.actor,
        args.number,
        reason=args.reason,
        refund_account=args.refund_account,
        station=station,
    )
    target = target or Path(f"{record.number}.pdf")
    _write(target, pdf)
    payload = {**json_value(asdict(record)), "file": str(target.resolve())}
    print(json.dumps(payload, ensure_ascii=False, indent=2), file=ctx.out)
    return EXIT_OK


def _follow_up(args, ctx: CommandContext) -> int:
    from services import follow_up_calls

    status = follow_up_calls.record_call(ctx.db, ctx.actor, args.number, args.outcome, args.note)
    print(json.dumps({"number": args.number, "outcome": args.outcome, "task": status}), file=ctx.out)
    return EXIT_OK
