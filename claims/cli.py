"""The command line: python -m claims build | ingest | export | stats.

Each command prints one line per outcome and exits non-zero when anything was
rejected, so it can be scripted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import duckdb

from claims.articles import ArticleError, clean_url, parse_date
from claims.auth import hash_password
from claims.db import query_text
from claims.paths import ARTICLES_DIR, REFERENCE_DIR, database_path
from claims.report import add_report_parser, cmd_report
from claims.store import WriteReport, build_database, ingest_files


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="database file (default: $CLAIMS_DB or data/claims.duckdb)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m claims", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="rebuild the database from data/")
    _add_db_option(build)
    build.add_argument("--fresh", action="store_true",
                       help="drop articles added by ingest; by default a rebuild keeps them")
    build.add_argument("--articles", type=Path, default=ARTICLES_DIR,
                       help="folder of article .txt files (default: data/articles)")
    build.add_argument("--reference", type=Path, default=REFERENCE_DIR,
                       help="folder of curated reference data (default: data/reference)")

    ingest = commands.add_parser("ingest", help="add article files to the database")
    ingest.add_argument("files", nargs="+", type=Path)
    _add_db_option(ingest)
    for flag in ("published", "outlet", "url", "title", "author"):
        ingest.add_argument(f"--{flag}", help=f"{flag} for every file (overrides front matter)")

    export = commands.add_parser("export", help="write the claims as json, csv or parquet")
    _add_db_option(export)
    export.add_argument("--format", choices=("json", "csv", "parquet"), default="json")
    export.add_argument("--out", type=Path, help="output file (default: standard output)")

    stats = commands.add_parser("stats", help="counts per table, claimant and metric")
    _add_db_option(stats)

    commands.add_parser("hash-password",
                        help="read a password on standard input, print its scrypt hash")
    add_report_parser(commands)
    return parser


def _print_report(report: WriteReport) -> int:
    for outcome in report.outcomes:
        print(outcome.line())
    return 1 if report.rejected else 0


def cmd_build(args: argparse.Namespace) -> int:
    for folder in (args.articles, args.reference):
        if not folder.is_dir():
            raise FileNotFoundError(f"no such folder: {folder}")
    report = build_database(database_path(args.db), args.articles, args.reference,
                            keep_ingested=not args.fresh)
    status = _print_report(report)
    print(f"built {report.db_path}")
    return status


def cmd_ingest(args: argparse.Namespace) -> int:
    overrides = {
        "published": args.published, "outlet": args.outlet, "url": args.url,
        "title": args.title, "author": args.author,
    }
    try:  # a bad flag is one error for the whole run, before anything is read
        if args.published:
            parse_date(args.published)
        if args.url:
            clean_url(args.url)
    except ArticleError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return _print_report(ingest_files(database_path(args.db), args.files, overrides))


def _open_existing(db: str | None) -> duckdb.DuckDBPyConnection:
    path = database_path(db)
    if not str(path).startswith(("md:", "ducklake:")) and not Path(path).exists():
        raise FileNotFoundError(f"no database at {path} (run: python -m claims build)")
    return duckdb.connect(str(path), read_only=True)


def cmd_export(args: argparse.Namespace) -> int:
    con = _open_existing(args.db)
    try:
        relation = con.sql(query_text("export_claims"))
        if args.format == "parquet":
            if not args.out:
                raise ValueError("--format parquet needs --out FILE")
            relation.write_parquet(str(args.out))
        elif args.format == "csv" and args.out:
            relation.write_csv(str(args.out), header=True)
        else:
            text = (relation.df().to_csv(index=False) if args.format == "csv"
                    else json.dumps(_json_records(relation), ensure_ascii=False, indent=1))
            if args.out:
                args.out.write_text(text + ("\n" if args.format == "json" else ""),
                                    encoding="utf-8")
            else:
                sys.stdout.write(text + ("\n" if args.format == "json" else ""))
    finally:
        con.close()
    if args.out:
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


def _json_records(relation: duckdb.DuckDBPyRelation) -> list[dict[str, object]]:
    """Rows as JSON-ready dicts: dates as YYYY-MM-DD, NULL as null."""
    columns = relation.columns
    return [
        {c: (v.isoformat() if hasattr(v, "isoformat") else v)
         for c, v in zip(columns, row, strict=True)}
        for row in relation.fetchall()
    ]


def cmd_stats(args: argparse.Namespace) -> int:
    con = _open_existing(args.db)
    try:
        for title, name in (
            ("rows per table", "stats_rows_per_table"),
            ("claims per claimant", "stats_claims_per_claimant"),
            ("claims per metric", "stats_claims_per_metric"),
        ):
            print(f"== {title}")
            print(con.sql(query_text(name)).df().to_string(index=False))
            print()
    finally:
        con.close()
    return 0


def cmd_hash_password(args: argparse.Namespace) -> int:
    """Print the hash for [access] password_hash; the password never touches argv."""
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass("Team password: ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < 8:
        print("error: use a password of at least 8 characters", file=sys.stderr)
        return 2
    print("Put this line in .streamlit/secrets.toml under [access]:")
    print(f'password_hash = "{hash_password(password)}"')
    return 0


COMMANDS = {
    "build": cmd_build,
    "ingest": cmd_ingest,
    "export": cmd_export,
    "stats": cmd_stats,
    "hash-password": cmd_hash_password,
    "report": cmd_report,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # `python -m claims stats | head`: the reader left, not an error
        sys.stderr.close()
        return 0
    except (FileNotFoundError, ValueError, duckdb.Error) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
