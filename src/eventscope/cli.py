"""Command-line interface: parse arguments, call one job in ``eventscope.jobs``, set the exit code.

Exit codes:
    0  everything was processed
    1  the job finished but some inputs were rejected (each one reported on stderr)
    2  usage error (bad arguments)
    3  the job could not run (model package missing, gazetteer or database unusable)
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .errors import EventscopeError
from .jobs import RunSummary
from .progress import Progress

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


@contextlib.contextmanager
def _output(path: str) -> Iterator[TextIO]:
    """``-`` is stdout; a file is written next to its final name and moved into place at the end,
    so an interrupted run never leaves a half-written file that looks complete."""
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    with tmp.open("w", encoding="utf-8") as fh:
        yield fh
    tmp.replace(target)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from exc


def _add_io(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="JSONL documents, .txt/.html files or folders; '-' reads JSONL from stdin")
    p.add_argument("-o", "--output", default="-", metavar="OUT", help=f"{what} as JSON Lines ('-': stdout)")


def _add_extract_choices(p: argparse.ArgumentParser) -> None:
    p.add_argument("--main-events-only", action="store_true",
                   help="per article, keep the main incident and those about as well anchored (date, place, "
                        "count), dropping passing mentions")
    p.add_argument("--full-parse", action="store_true",
                   help="parse every word of every article (the reference path); by default a cheap screen "
                        "skips articles and sentences that cannot carry an event")


def _add_gazetteer(p: argparse.ArgumentParser) -> None:
    p.add_argument("--gazetteer", type=Path, default=None, metavar="PATH",
                   help="place index (default: built once into $EVENTSCOPE_HOME or ~/.cache/eventscope)")


def _interval(value: str) -> float:
    from .scale import parse_interval

    try:
        return parse_interval(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return int(value)


def _add_scale(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=_positive, default=1, metavar="N",
                   help="worker processes (with --dask local: Dask workers); results are identical")
    p.add_argument("--dask", default=None, metavar="local|ADDRESS",
                   help="run on Dask: 'local' starts a LocalCluster, else a scheduler address")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventscope", description="News in, evidence-linked conflict event data out.")
    parser.add_argument("--version", action="version", version=f"eventscope {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="documents (JSONL, .txt, .html) -> events (contract JSONL)")
    _add_io(p, "events")
    _add_gazetteer(p)
    p.add_argument("--batch-size", type=int, default=32, help="documents per spaCy batch")
    p.add_argument("--model", dest="typing_model", type=Path, default=None, metavar="MODEL",
                   help="a typing model from `eventscope train`, combined with the rules")
    _add_extract_choices(p)
    p.add_argument("--asserted-only", action="store_true",
                   help="leave out threatened, hypothetical, negated and denied events")
    p.add_argument("--explain", type=Path, default=None, metavar="FILE",
                   help="also write, as JSON Lines, every event word left out and the rule that left it out "
                        "(sport, history, a war's tally, a plan, a repeat, ...)")

    p = sub.add_parser("clean", help="HTML pages -> main text with metadata (JSONL)")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="HTML files, folders, or JSONL documents with an 'html' field")
    p.add_argument("-o", "--output", default="-", metavar="OUT")

    p = sub.add_parser("timex", help="time expressions with TIMEX3 values (JSONL)")
    _add_io(p, "time expressions")

    p = sub.add_parser("geoparse", help="place mentions resolved against the gazetteer (JSONL)")
    _add_io(p, "place mentions")
    _add_gazetteer(p)

    p = sub.add_parser("ingest", help="clean, extract and store pages in a database")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files or folders (.html .htm .txt .json .jsonl .warc .warc.gz), page or RSS/Atom "
                        "feed URLs, '-' for JSONL on stdin")
    p.add_argument("--db", default="eventscope.db", help="SQLite file or database URL")
    _add_gazetteer(p)
    _add_scale(p)
    _add_extract_choices(p)
    p.add_argument("--shards", type=Path, default=None, metavar="DIR",
                   help="write Parquet shards to DIR instead of the database (bring them in with `load`)")

    p = sub.add_parser("watch", help="poll RSS/Atom feeds and ingest new entries, remembering what was seen")
    p.add_argument("feeds", nargs="+", metavar="FEED", help="feed URLs")
    p.add_argument("--every", type=_interval, default=900.0, metavar="INTERVAL",
                   help="time between polls: 30s, 15m, 2h (default 15m)")
    p.add_argument("--db", default="eventscope.db", help="SQLite file or database URL")
    p.add_argument("--seen", type=Path, default=None, metavar="PATH",
                   help="seen-store file (default: beside the database, NAME.feeds.sqlite)")
    p.add_argument("--once", action="store_true", help="poll once and exit")
    _add_gazetteer(p)
    _add_scale(p)

    p = sub.add_parser("load", help="bring Parquet shards from `ingest --shards` into a database")
    p.add_argument("shards", type=Path, metavar="DIR")
    p.add_argument("--db", default="eventscope.db", help="SQLite file or database URL")

    p = sub.add_parser("events", help="list stored events")
    p.add_argument("--db", default="eventscope.db", help="SQLite file or database URL")
    p.add_argument("--country", help="country name or ISO3 code")
    p.add_argument("--type", dest="event_type", help="event type or sub-event type")
    p.add_argument("--since", type=_date, help="first date (YYYY-MM-DD)")
    p.add_argument("--until", type=_date, help="last date (YYYY-MM-DD)")
    p.add_argument("--actor", help="text in an actor name")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--format", choices=["table", "csv", "json", "jsonl", "geojson"], default="table")
    p.add_argument("-o", "--output", default="-", metavar="OUT")

    p = sub.add_parser("incidents", help="cluster events of many articles into incidents")
    p.add_argument("--db", default="eventscope.db", help="SQLite file or database URL")
    p.add_argument("--events", type=Path, default=None, metavar="EVENTS.jsonl",
                   help="database-free mode: events from `eventscope extract` (JSONL out)")
    p.add_argument("--docs", type=Path, default=None, metavar="DOCS.jsonl",
                   help="database-free mode: the articles the events came from (wording, syndication)")
    p.add_argument("--full", action="store_true", help="re-cluster every stored event from scratch")
    p.add_argument("--format", choices=["table", "csv", "json", "jsonl"], default=None,
                   help="default: table from the database, jsonl in database-free mode")
    p.add_argument("-o", "--output", default="-", metavar="OUT")

    p = sub.add_parser("incident", help="analyst decisions on incidents (kept across re-clustering)")
    p.add_argument("action", choices=["split", "merge"])
    p.add_argument("ids", nargs="+", metavar="ID",
                   help="split: INCIDENT EVENT... (the events to take out); merge: INCIDENT INCIDENT...")
    p.add_argument("--db", default="eventscope.db", help="SQLite file or database URL")
    p.add_argument("--analyst", default=None, help="who decided (kept in the audit trail)")
    p.add_argument("--note", default=None, help="why (kept in the audit trail)")

    p = sub.add_parser("serve", help="REST API and web dashboard over a database")
    p.add_argument("--db", default="eventscope.db", help="SQLite file or database URL")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")

    p = sub.add_parser("token", help="API tokens that allow posting documents and reviewing events")
    tsub = p.add_subparsers(dest="token_command", required=True, metavar="ACTION")
    t = tsub.add_parser("create", help="create a token for NAME and print it (shown only once)")
    t.add_argument("name", metavar="NAME", help="who uses the token (recorded with each review)")
    t.add_argument("--db", default="eventscope.db", help="SQLite file or database URL")
    t = tsub.add_parser("revoke", help="revoke every token of NAME")
    t.add_argument("name", metavar="NAME")
    t.add_argument("--db", default="eventscope.db", help="SQLite file or database URL")
    t = tsub.add_parser("list", help="list tokens (names and dates, never the secrets)")
    t.add_argument("--db", default="eventscope.db", help="SQLite file or database URL")


    p = sub.add_parser("train", help="fit the optional typing model on your own coded ACLED exports")
    p.add_argument("--acled", nargs="+", required=True, metavar="FILE.csv", help="ACLED-format CSV exports")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="MODEL", help="model file to write")
    p.add_argument("--threshold", type=float, default=None,
                   help="margin by which the model must beat the rules' label "
                        "(default: chosen by inner cross-validation)")

    p = sub.add_parser("evaluate", help="score extraction against your own coded ACLED exports")
    p.add_argument("--acled", nargs="+", required=True, metavar="FILE.csv", help="ACLED-format CSV exports")
    p.add_argument("--model", dest="typing_model", type=Path, default=None, metavar="MODEL")
    p.add_argument("--cv", type=int, default=None, metavar="K",
                   help="k-fold cross-validation of a model trained on these exports (grouped by note)")
    _add_gazetteer(p)

    p = sub.add_parser("gazetteer", help="build the offline place index")
    gsub = p.add_subparsers(dest="gaz_command", required=True, metavar="ACTION")
    b = gsub.add_parser("build", help="(re)build the index from the bundled GeoNames data")
    b.add_argument("--geonames", type=Path, default=None, metavar="DUMP",
                   help="also load a GeoNames dump you have (allCountries.zip, XX.zip or .txt)")
    b.add_argument("--out", type=Path, default=None, help="index file (default: the cache location)")
    return parser


def _extract_options(args: argparse.Namespace) -> object:
    from .extract.pipeline import ExtractOptions

    return ExtractOptions(
        batch_size=getattr(args, "batch_size", 32),
        gazetteer=args.gazetteer,
        include_non_asserted=not getattr(args, "asserted_only", False),
        typing_model=getattr(args, "typing_model", None),
        main_events_only=getattr(args, "main_events_only", False),
        screen=not getattr(args, "full_parse", False),
    )


def _run_streaming(args: argparse.Namespace, job: Callable[[TextIO, Progress], RunSummary], desc: str) -> int:
    with Progress(desc, enabled=False if args.quiet else None) as progress, _output(args.output) as out:
        summary = job(out, progress)
    if not args.quiet:
        print(f"eventscope {args.command}: {summary.line()}", file=sys.stderr)
    return EXIT_REJECTED if summary.rejected else EXIT_OK


def _cmd_events(args: argparse.Namespace) -> int:
    from .export import write_events
    from .store.db import EventFilter, Store

    store = Store.open(args.db)
    try:
        rows = store.query_events(EventFilter(
            country=args.country, event_type=args.event_type, since=args.since, until=args.until,
            actor=args.actor, limit=args.limit))
    finally:
        store.close()
    with _output(args.output) as out:
        write_events(rows, args.format, out)
    return EXIT_OK


def _cmd_incidents(args: argparse.Namespace) -> int:
    from . import jobs
    from .incidents import cluster as cluster_incidents
    from .incidents import read_documents, read_events, write_incidents

    if args.events is None:
        with _output(args.output) as out:
            n = jobs.incidents_job(args.db, out, fmt=args.format or "table", full=args.full)
    else:
        docs = list(read_documents(args.docs)) if args.docs is not None else []
        incidents = cluster_incidents(read_events(args.events), docs)
        with _output(args.output) as out:
            n = write_incidents(incidents, args.format or "jsonl", out)
    if not args.quiet:
        print(f"eventscope incidents: {n} incidents", file=sys.stderr)
    return EXIT_OK


def _cmd_scale(args: argparse.Namespace) -> int:
    """ingest / watch / load: the library functions of ``eventscope.scale``."""
    from . import scale

    with Progress(args.command, enabled=False if args.quiet else None) as progress:
        if args.command == "load":
            summary = scale.load_shards(args.shards, args.db, progress=progress)
        else:
            options = scale.IngestOptions(
                work=scale.WorkOptions(extract=_extract_options(args)),  # type: ignore[arg-type]
                workers=args.workers, dask=args.dask, shard_dir=getattr(args, "shards", None))
            if args.command == "ingest":
                summary = scale.ingest(args.inputs, args.db, options=options, progress=progress,
                                       stdin=sys.stdin)
            else:
                try:
                    summary = scale.watch(args.feeds, args.db, every=args.every, options=options,
                                          seen_path=args.seen or scale.default_seen_path(args.db),
                                          rounds=1 if args.once else None, progress=progress)
                except KeyboardInterrupt:  # the normal way to stop `watch`
                    return EXIT_OK
    if not args.quiet:
        scale.report(summary, command=args.command)
    return EXIT_REJECTED if summary.rejected else EXIT_OK


def _cmd_gazetteer(args: argparse.Namespace) -> int:
    from .geo.build import build_index
    from .geo.gazetteer import default_index_path

    out = args.out or default_index_path()
    path = build_index(out, extra_dump=args.geonames)
    print(f"eventscope: gazetteer index written to {path}", file=sys.stderr)
    return EXIT_OK


def _cmd_serve(args: argparse.Namespace) -> int:
    from .api.serve import is_loopback, serve

    if not is_loopback(args.host):
        print(f"eventscope: listening on {args.host}: anyone who can reach it can read the events "
              "(posting and reviewing still need a token)", file=sys.stderr)
    serve(args.db, host=args.host, port=args.port)
    return EXIT_OK


def _cmd_token(args: argparse.Namespace) -> int:
    from .api import serve as api

    if args.token_command == "create":
        try:
            secret = api.create_token(args.db, args.name)
        except ValueError as exc:
            print(f"eventscope: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        print(secret)
        print(f"eventscope: token for {args.name!r} created; it is shown only this once", file=sys.stderr)
    elif args.token_command == "revoke":
        count = api.revoke_tokens(args.db, args.name)
        print(f"eventscope: revoked {count} token(s) of {args.name!r}", file=sys.stderr)
    else:
        for t in api.list_tokens(args.db):
            state = f"revoked {t.revoked_at:%Y-%m-%d}" if t.revoked_at else "active"
            print(f"{t.id}\t{t.name}\t{t.created_at:%Y-%m-%d %H:%M}\t{state}")
    return EXIT_OK


def dispatch(args: argparse.Namespace) -> int:
    from . import jobs

    cmd = args.command
    if cmd == "extract":
        opts = _extract_options(args)
        if args.explain is None:
            return _run_streaming(args, lambda out, pr: jobs.extract_job(args.inputs, out, options=opts,
                                                                        progress=pr), "extract")
        with _output(str(args.explain)) as why:  # like -o: folders made, the file moved into place at the end
            return _run_streaming(args, lambda out, pr: jobs.extract_job(args.inputs, out, options=opts,
                                                                        progress=pr, explain=why), "extract")
    if cmd == "clean":
        return _run_streaming(args, lambda out, pr: jobs.clean_job(args.inputs, out, progress=pr), "clean")
    if cmd == "timex":
        return _run_streaming(args, lambda out, pr: jobs.timex_job(args.inputs, out, progress=pr), "timex")
    if cmd == "geoparse":
        return _run_streaming(
            args, lambda out, pr: jobs.geoparse_job(args.inputs, out, gazetteer=args.gazetteer, progress=pr),
            "geoparse")
    if cmd in ("ingest", "watch", "load"):
        return _cmd_scale(args)
    if cmd == "events":
        return _cmd_events(args)
    if cmd == "incidents":
        return _cmd_incidents(args)
    if cmd == "incident":
        if len(args.ids) < 2:
            print(f"eventscope: error: {args.action} needs at least two ids", file=sys.stderr)
            return EXIT_USAGE
        msg = jobs.incident_decision_job(args.db, args.action, args.ids, analyst=args.analyst, note=args.note)
        print(f"eventscope: {msg}", file=sys.stderr)
        return EXIT_OK
    if cmd == "train":
        msg = jobs.train_job(args.acled, args.output, threshold=args.threshold)
        print(f"eventscope: {msg}", file=sys.stderr)
        return EXIT_OK
    if cmd == "evaluate":
        if args.cv is not None and args.cv < 2:
            print("eventscope: error: --cv needs at least 2 folds", file=sys.stderr)
            return EXIT_USAGE
        with Progress("evaluate", enabled=False if args.quiet else None) as progress:
            lines = jobs.evaluate_job(
                args.acled, options=_extract_options(args), cv=args.cv, progress=progress
            )
        print("\n".join(lines))
        return EXIT_OK
    if cmd == "gazetteer":
        return _cmd_gazetteer(args)
    if cmd == "serve":
        return _cmd_serve(args)
    if cmd == "token":
        return _cmd_token(args)
    raise AssertionError(f"unhandled command {cmd}")  # argparse only admits the commands above


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="eventscope: %(message)s")
    try:
        return dispatch(args)
    except EventscopeError as exc:
        print(f"eventscope: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # `eventscope events | head`
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
