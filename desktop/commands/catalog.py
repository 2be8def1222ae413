"""`branchdesk catalog import FILE --user LOGIN | export [--out FILE]`: the product team's catalogue file in and out.

Into an empty catalogue an administrator's import applies at once (a new branch). Otherwise a supervisor's import
only proposes: each added or changed product waits as a pending version for a second supervisor (the catalogue
screen's pending changes), and the command prints `pending approval ID` for each as its last lines.
"""

from __future__ import annotations

from pathlib import Path

from desktop.commands import CommandContext
from domain.catalog import CatalogInvalid
from domain.errors import InvalidValue
from services import catalog
from widgets.messages import describe, describe_error


def register(subparsers):
    parser = subparsers.add_parser("catalog", help="product catalogue: import or export the YAML file")
    actions = parser.add_subparsers(dest="action", required=True)
    load = actions.add_parser("import", help="add and update products from a catalogue file (all or nothing)")
    load.add_argument("file", type=Path)
    export = actions.add_parser("export", help="write the current catalogue as YAML")
    export.add_argument("--out", type=Path, help="file to write (default: standard output)")
    parser.set_defaults(handler=run)
    return parser


def run(args, ctx: CommandContext) -> int:
    if args.action == "export":
        text = catalog.export_catalog(ctx.db)
        if args.out is None:
            ctx.out.write(text)
        else:
            args.out.write_text(text, encoding="utf-8")
            print(f"catalogue written to {args.out}", file=ctx.out)
        return 0
    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidValue("catalog_file_unreadable", path=str(args.file)) from exc
    try:
        summary = catalog.import_catalog(ctx.db, ctx.actor, text)
    except CatalogInvalid as exc:
        # Every problem on its own line, so the product team can fix the whole file in one pass.
        for problem in exc.problems:
            print(describe(problem.code, problem.params), file=ctx.err)
        print(describe_error(exc), file=ctx.err)
        return 2
    if not summary.pending:
        print(
            f"catalogue imported: {summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged",
            file=ctx.out,
        )
        return 0
    print(
        f"catalogue change proposed: {summary.added} added, {summary.updated} changed, {summary.unchanged} "
        "unchanged; nothing takes effect until another supervisor approves",
        file=ctx.out,
    )
    for request_id in summary.requests:
        print(f"pending approval {request_id}", file=ctx.out)
    return 0
