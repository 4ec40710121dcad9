"""The ``kvadrant`` command line. Its commands, flags, JSON keys and exit codes are a contract.

Exit codes: 0 success, 2 bad input or a bad file (one line on stderr), 1 an internal error.
Only ``kvadrant`` and ``kvadrant demo`` start the app; the caller passes in how (``open_app``),
so this module never imports Qt.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Callable, NoReturn, Sequence, TextIO

from app.common.messages import KvadrantError, cli_language

OpenApp = Callable[[Path | None], int]

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """argparse's complaint, raised instead of printed so it fits on one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise KvadrantError("bad_date", value=value) from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kvadrant", description="Run a dialogkonferanse: programme, groups, summaries, minutes.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="create the demo conference and open the app on it")
    demo.add_argument("file", nargs="?", type=Path, help="where to create it (default: a fresh file in the user's data folder)")

    new = commands.add_parser("new", help="create a conference file")
    new.add_argument("file", type=Path)
    new.add_argument("--title")
    new.add_argument("--date", help="YYYY-MM-DD")
    new.add_argument("--venue")
    new.add_argument("--template", default="gardermoen-2020", help="gardermoen-2020 (default) or blank")
    new.add_argument("--from", dest="source", type=Path, metavar="OLD",
                     help="the next conference of OLD's series: its programme, settings and roster, OLD as history")
    new.add_argument("--no-roster", action="store_true", help="with --from: without OLD's participants")

    hist = commands.add_parser("history", help="the earlier conferences whose tables new plans avoid repeating")
    hist.add_argument("file", type=Path)
    what = hist.add_mutually_exclusive_group(required=True)
    what.add_argument("--json", action="store_true", help="print JSON")
    what.add_argument("--add", type=Path, metavar="OTHER")
    what.add_argument("--remove", type=Path, metavar="OTHER")

    imp = commands.add_parser("import", help="import a CSV/XLSX roster")
    imp.add_argument("file", type=Path)
    imp.add_argument("roster", type=Path)

    participants = commands.add_parser("participants", help="list the participants")
    participants.add_argument("file", type=Path)
    participants.add_argument("--json", action="store_true", help="print JSON")
    groups = commands.add_parser("groups", help="make the table plan for a kvadrant and store it in the file")
    groups.add_argument("file", type=Path)
    groups.add_argument("--kvadrant", type=int, choices=(1, 4), required=True)
    how_many = groups.add_mutually_exclusive_group()
    how_many.add_argument("--size", type=int, help="target group size (default 6)")
    how_many.add_argument("--tables", type=int, help="number of tables")
    groups.add_argument("--by-role", action="store_true", help="eiere, ledere and ressurslærere at tables of their own")
    groups.add_argument("--seed", type=int, help="the same seed gives the same plan")
    groups.add_argument("--history", type=Path, action="append", default=[], help="an earlier conference file whose groups to avoid repeating")
    groups.add_argument("--json", action="store_true", help="print JSON")

    serve = commands.add_parser("serve", help="run the referent server without the app (until Ctrl+C)")
    serve.add_argument("file", type=Path)
    serve.add_argument("--host", help="address to listen on (default: this laptop's address on the network)")
    serve.add_argument("--port", type=int, help="port (default: the last one used, else 8765)")

    export = commands.add_parser("export", help="export the minutes")
    export.add_argument("file", type=Path)
    export.add_argument("--format", required=True, choices=("pdf", "docx", "xlsx", "kommune-pdf", "veileder-pdf", "evaluation-pdf", "evaluation-xlsx"))
    export.add_argument("-o", "--output", required=True, type=Path, help="the file to write (a folder for kommune-pdf and veileder-pdf)")
    export.add_argument("--lang", choices=("nb", "en"), default="nb", help="language of the minutes (default nb)")

    evaluation = commands.add_parser("evaluation", help="the evaluation questionnaire: make it, open or close it, see its results")
    evaluation.add_argument("file", type=Path)
    evaluation.add_argument("--template", help="create the questionnaire from a template (dialogkonferanse)")
    state = evaluation.add_mutually_exclusive_group()
    state.add_argument("--open", action="store_true", help="open it on the participants' phones")
    state.add_argument("--close", action="store_true", help="close it")
    evaluation.add_argument("--json", action="store_true", help="print the results as JSON")

    plenum = commands.add_parser("plenum", help="the closing plenum's themes and the groups' key points")
    plenum.add_argument("file", type=Path)
    plenum.add_argument("--kvadrant", type=int, choices=(1, 4), help="only this kvadrant's key points")
    plenum.add_argument("--json", action="store_true", help="print JSON")

    links = commands.add_parser("links", help="the referents' links, one per group")
    links.add_argument("file", type=Path)
    links.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from app.minutes.exports import export_minutes
    from app.conference_file.storage import ConferenceDb

    db = ConferenceDb.open(args.file)
    try:
        written = export_minutes(db, args.format, args.output, lang=args.lang)
    finally:
        db.close()
    for path in written:
        print(path, file=out)
    return EXIT_OK


def _cmd_links(args: argparse.Namespace, out: TextIO) -> int:
    from app.arrival.hall_link import hall_token, hall_url
    from app.referent.links import base_url, ensure_links, server_address
    from app.conference_file.storage import ConferenceDb

    db = ConferenceDb.open(args.file)
    try:
        base = base_url(*server_address(db))
        links = ensure_links(db)
        participant_url = hall_url(base, hall_token(db))
    finally:
        db.close()
    if args.json:
        data = {
            "participant_url": participant_url,
            "links": [{"kvadrant": link.kvadrant, "group": link.group, "url": link.url(base)} for link in links],
        }
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print(f"participants: {participant_url}", file=out)
        for link in links:
            print(f"{link.kvadrant}. kvadrant, group {link.group}: {link.url(base)}", file=out)
    return EXIT_OK


def _cmd_evaluation(args: argparse.Namespace, out: TextIO) -> int:
    from app.conference_file.storage import ConferenceDb
    from app.evaluation.questionnaire import set_open
    from app.evaluation.results import results
    from app.evaluation.template import create_from_template

    db = ConferenceDb.open(args.file)
    try:
        if args.template is not None:
            count = create_from_template(db, args.template)
            if not args.json:
                print(f"created the questionnaire: {count} questions", file=out)
        if args.open or args.close:
            set_open(db, args.open)
            if not args.json:
                print("opened" if args.open else "closed", file=out)
        found = results(db)
    finally:
        db.close()
    if args.json:
        json.dump(found.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.template is None and not (args.open or args.close):
        print(f"{found.responses} of {found.present} present have answered", file=out)
        for result in found.questions:
            mean = f", mean {result.mean:.2f}" if result.mean is not None else ""
            print(f"{result.question.id}. {result.question.text} ({result.count} answers{mean})", file=out)
    return EXIT_OK


def _cmd_plenum(args: argparse.Namespace, out: TextIO) -> int:
    from app.conference_file.storage import ConferenceDb
    from app.plenum.themes import plenum

    db = ConferenceDb.open(args.file)
    try:
        found = plenum(db, args.kvadrant)
    finally:
        db.close()
    if args.json:
        json.dump(found.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for theme in found.themes:
        print(f"{theme.name} ({theme.group_count} of {found.groups} groups)", file=out)
        for point in theme.points:
            print(f"  {point.group}: {point.text}", file=out)
    if found.unsorted:
        print("unsorted:", file=out)
        for point in found.unsorted:
            print(f"  {point.group}: {point.text}", file=out)
    return EXIT_OK


def _cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    import asyncio
    import signal

    from app.arrival.api import ParticipantApi
    from app.common.clock import freeze_startup_objects
    from app.referent.links import base_url, ensure_links, lan_address, server_address, set_server_address
    from app.referent.server import ReferentServer
    from app.conference_file.storage import ConferenceDb

    if args.port is not None and not 0 < args.port < 65536:
        raise KvadrantError("server_bad_port", value=args.port)
    db = ConferenceDb.open(args.file)
    stored_host, stored_port = server_address(db)
    host = args.host or stored_host
    port = args.port or stored_port
    shown = lan_address() if host in ("0.0.0.0", "::") else host

    async def serve() -> None:
        server = ReferentServer(db)
        ParticipantApi(server)  # the participants' page on the same server
        try:
            await server.start(host, port)
        except OSError as error:
            raise KvadrantError("server_cannot_listen", host=host, port=port, detail=error.strerror or str(error)) from None
        set_server_address(db, shown, port)
        ensure_links(db)
        freeze_startup_objects()
        print(f"serving {base_url(shown, port)} (Ctrl+C stops)", file=out, flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        try:
            await stop.wait()
        finally:
            await server.stop()
            server.close()

    try:
        asyncio.run(serve())
    finally:
        db.close()
    return EXIT_OK


def _cmd_groups(args: argparse.Namespace, out: TextIO) -> int:
    from app.groups.plans import make_plan
    from app.conference_file.storage import ConferenceDb

    lang = cli_language()
    db = ConferenceDb.open(args.file)
    try:
        plan = make_plan(
            db,
            kvadrant=args.kvadrant,
            size=args.size,
            tables=args.tables,
            by_role=args.by_role,
            seed=args.seed,
            history_files=args.history,
        )
    finally:
        db.close()
    if args.json:
        json.dump(plan.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for table in plan.tables:
        label = f" {table.label}" if table.label else ""
        print(f"{table.number}{label}:", file=out)
        for member in table.members:
            print(f"  {member.name} ({member.municipality}, {member.role})", file=out)
    f = plan.figures
    print(
        f"{f.tables} groups of {f.smallest}-{f.largest}; same-unit pairs {f.same_unit_pairs} "
        f"(minimum {f.same_unit_minimum}); repeat pairs {f.repeat_pairs}; seed {plan.seed}",
        file=out,
    )
    for warning in plan.warnings:
        print(warning.text(lang), file=out)
    return EXIT_OK


def _cmd_new(args: argparse.Namespace, out: TextIO) -> int:
    from app.conference_file.conference import get_conference, set_conference
    from app.conference_file.templates import create_conference
    from app.series.next_day import new_from

    date = _date(args.date) if args.date else None
    if args.source is None:
        if args.no_roster:
            raise UsageError("--no-roster needs --from")
        db = create_conference(args.file, title=args.title, date=date, venue=args.venue, template=args.template)
    else:
        db = new_from(args.source, args.file, date=date, roster=not args.no_roster)
        if args.title is not None or args.venue is not None:
            info = get_conference(db)
            set_conference(db, title=info.title if args.title is None else args.title, date=info.date,
                           venue=info.venue if args.venue is None else args.venue)
    db.close()
    print(f"created {db.path}", file=out)
    return EXIT_OK


def _cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    from app.conference_file.history import add_history, history, read_identity, remove_history
    from app.conference_file.storage import ConferenceDb

    db = ConferenceDb.open(args.file)
    try:
        if args.add is not None:
            entry = add_history(db, args.add)
            print(f"added {entry.path}", file=out)
        elif args.remove is not None:
            target = Path(args.remove).expanduser().absolute()
            entries = history(db)
            found = next((e for e in entries if Path(e.path) == target), None)
            if found is None:  # named by where it is now, or a file that is that conference
                uid = read_identity(target, upgrade=False).uid if target.exists() else ""
                found = next((e for e in entries if e.uid == uid), None)
            if found is None:
                raise KvadrantError("history_not_found", value=str(target))
            remove_history(db, found.uid)
            print(f"removed {found.path}", file=out)
        else:
            rows = [{"title": e.title, "date": e.date.isoformat() if e.date else None, "path": e.path, "found": e.found}
                    for e in history(db)]
            json.dump({"history": rows}, out, ensure_ascii=False, indent=2)
            out.write("\n")
    finally:
        db.close()
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from app.roster.importer import import_roster
    from app.conference_file.storage import ConferenceDb

    lang = cli_language()
    db = ConferenceDb.open(args.file)
    try:
        result = import_roster(db, args.roster)
    finally:
        db.close()
    print(f"imported {result.imported}, updated {result.updated}, skipped {result.skipped}", file=out)
    for warning in result.warnings:
        print(warning.text(lang), file=out)
    return EXIT_OK


def _cmd_participants(args: argparse.Namespace, out: TextIO) -> int:
    from app.roster.participants import list_participants
    from app.conference_file.storage import ConferenceDb

    db = ConferenceDb.open(args.file)
    try:
        rows = list_participants(db)
    finally:
        db.close()
    if args.json:
        json.dump({"participants": [row.as_json() for row in rows]}, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for row in rows:
            mark = " " if row.present else "-"
            print(f"{mark} {row.name}\t{row.municipality}\t{row.role}\t{row.kommunegruppe}\t{row.email}", file=out)
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace, open_app: OpenApp) -> int:
    from app.common.clock import SystemClock
    from app.roster.demo import create_demo, default_demo_path

    db = create_demo(args.file or default_demo_path(SystemClock().now()))
    db.close()
    return open_app(db.path)


def run(argv: Sequence[str], *, open_app: OpenApp, out: TextIO, err: TextIO) -> int:
    """Parse ``argv`` and run the command; every failure becomes an exit code and one line."""
    lang = cli_language()
    try:
        args = build_parser().parse_args(list(argv))
        if args.command is None:
            return open_app(None)
        if args.command == "demo":
            return _cmd_demo(args, open_app)
        handlers = {
            "new": _cmd_new,
            "history": _cmd_history,
            "import": _cmd_import,
            "participants": _cmd_participants,
            "groups": _cmd_groups,
            "serve": _cmd_serve,
            "links": _cmd_links,
            "evaluation": _cmd_evaluation,
            "plenum": _cmd_plenum,
            "export": _cmd_export,
        }
        return handlers[args.command](args, out)
    except UsageError as error:
        print(f"kvadrant: {error} (see kvadrant --help)", file=err)
        return EXIT_BAD_INPUT
    except KvadrantError as error:
        print(f"kvadrant: {error.message.text(lang)}", file=err)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader (e.g. `head`) stopped reading: not our error
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - the contract is one line, never a traceback
        print(f"kvadrant: internal error: {type(error).__name__}: {error}", file=err)
        return EXIT_INTERNAL


def main(argv: Sequence[str] | None = None, *, open_app: OpenApp) -> int:
    return run(sys.argv[1:] if argv is None else argv, open_app=open_app, out=sys.stdout, err=sys.stderr)
