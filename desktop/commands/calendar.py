"""`branchdesk calendar import|add-workdays|years|days`: the branch's working-day calendar (DOMAIN §10).

calendar import FILE.csv --user ADMIN
    Load the State Council's schedule for the years in the file: CSV `date,kind,name` (kind `holiday` or
    `workday`, a weekend day worked in lieu), optional fourth column `source`. Each year in the file replaces
    that year's schedule; all or nothing. Open complaints whose deadline the new schedule moves get it moved
    (and audited). Administrators only.
calendar add-workdays DATE N [--json]
    The date N working days after DATE (YYYY-MM-DD, or "YYYY-MM-DD HH:MM" to apply the 17:00 cut-off), as the
    deadlines count them. `provisional` says a year on the way has no schedule (counted Mon–Fri).
calendar years [--json]
    Which years are loaded, shipped with the program, or missing.
calendar days YEAR [--json]
    The holidays and make-up workdays of one year.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

from desktop.commands import CommandContext, json_value
from domain.errors import InvalidValue
from services import calendar


def register(subparsers):
    parser = subparsers.add_parser("calendar", help="the branch's working-day calendar (工作日)")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("import", help="load a year's holidays and make-up workdays from a CSV file")
    p.add_argument("file", metavar="FILE.csv")

    p = sub.add_parser("add-workdays", help="the date N working days after a date, as deadlines count")
    p.add_argument("start", metavar="DATE", help='YYYY-MM-DD or "YYYY-MM-DD HH:MM"')
    p.add_argument("workdays", metavar="N", type=int)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("years", help="which years are loaded, shipped or missing")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("days", help="the holidays and make-up workdays of one year")
    p.add_argument("year", metavar="YEAR", type=int)
    p.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)
    return parser


def run(args, ctx: CommandContext) -> int:
    match args.action:
        case "import":
            return _import(args, ctx)
        case "add-workdays":
            return _add_workdays(args, ctx)
        case "years":
            return _years(args, ctx)
        case _:
            return _days(args, ctx)


def _import(args, ctx: CommandContext) -> int:
    user = ctx.actor
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise InvalidValue("calendar_file_unreadable", file=path.name) from None
    source = f"{path.name} sha256:{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}"
    result = calendar.import_calendar(ctx.db, user, text, source)
    print(json.dumps(json_value(asdict(result)), ensure_ascii=False), file=ctx.out)
    return 0


def _start(text: str) -> date | datetime:
    try:
        return datetime.fromisoformat(text) if len(text.strip()) > 10 else date.fromisoformat(text)
    except ValueError:
        raise InvalidValue("malformed_date", value=text) from None


def _add_workdays(args, ctx: CommandContext) -> int:
    answer = calendar.add_workdays(ctx.db, _start(args.start), args.workdays)
    if args.json:
        payload = {
            "start": answer.start.isoformat(),
            "workdays": answer.workdays,
            "date": answer.due.isoformat(),
            "provisional": answer.provisional,
            "unknown_years": list(answer.unknown_years),
        }
        print(json.dumps(payload), file=ctx.out)
    else:
        line = answer.due.isoformat()
        if answer.provisional:
            years = ", ".join(map(str, answer.unknown_years))
            line += f"  PROVISIONAL: no calendar loaded for {years} (counted Mon-Fri)"
        print(line, file=ctx.out)
    return 0


def _years(args, ctx: CommandContext) -> int:
    views = calendar.calendar_years(ctx.db)
    if args.json:
        print(json.dumps([json_value(asdict(v)) for v in views], ensure_ascii=False, indent=2), file=ctx.out)
        return 0
    for v in views:
        detail = (
            f"{v.holidays} holidays, {v.makeup_workdays} make-up workdays" if v.origin != "missing" else ""
        )
        loaded = f"  loaded {v.loaded_at:%Y-%m-%d} by {v.loaded_by} ({v.source})" if v.loaded_at else ""
        print(f"{v.year}  {v.origin:8}  {detail}{loaded}", file=ctx.out)
    return 0


def _days(args, ctx: CommandContext) -> int:
    rows = calendar.year_days(ctx.db, args.year)
    if args.json:
        payload = [{"date": r.day.isoformat(), "kind": r.kind.value, "name": r.name} for r in rows]
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=ctx.out)
        return 0
    for r in rows:
        print(f"{r.day.isoformat()}  {r.kind.value:15}  {r.name}", file=ctx.out)
    return 0
