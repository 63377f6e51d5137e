"""The `talenta` command: argument parsing and output only; the work is done by services.

Exit status (DESIGN §4): 0 done; 1 failed, nothing changed; 2 bad usage; 3 input rejected by validation.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence

from talenta_desktop import __version__, config

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INVALID = 0, 1, 2, 3


class CommandError(Exception):
    """A failure to report on stderr with exit status 1 (or the one given)."""

    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.status = status


def _open(args: argparse.Namespace, *, create: bool = False):
    from talenta_desktop.models.db import DatabaseError, open_database

    location = args.db or config.default_db_location()
    try:
        return open_database(location, create=create)
    except DatabaseError as exc:
        raise CommandError(str(exc)) from exc


def _actor():
    from talenta_desktop.services.actor import Actor

    return Actor.local()


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_init(args: argparse.Namespace) -> int:
    from talenta_desktop.models.db import head_revision

    db = _open(args, create=True)
    for backup in db.backups:
        _say(f"Cadangan sebelum migrasi: {backup}")
    print(f"Database siap (skema {head_revision()}): {db.url}")
    return EXIT_OK


def _progress_printer() -> Callable[[int, str], None] | None:
    if not sys.stderr.isatty():
        return None

    def report(percent: int, step: str) -> None:
        print(f"\r{percent:3d}%  {step:<60}", end="", file=sys.stderr, flush=True)

    return report


def cmd_demo(args: argparse.Namespace) -> int:
    from talenta_desktop.services.demo import DemoError, build_demo

    if args.size < 1:
        raise CommandError("--size harus bilangan bulat positif.", EXIT_USAGE)
    db = _open(args, create=True)
    started = time.perf_counter()
    try:
        with db.transaction() as session:
            summary = build_demo(
                session, _actor(), size=args.size, seed=args.seed, progress=_progress_printer()
            )
    except DemoError as exc:
        raise CommandError(str(exc)) from exc
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Instansi demo dibuat dalam {time.perf_counter() - started:.1f} detik: {summary.personnel} pegawai "
        f"({summary.pns} PNS, {summary.pppk} PPPK) di {summary.units} unit kerja; "
        f"{summary.skp_rows} SKP, {summary.assessments} asesmen (seed {summary.seed})."
    )
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from talenta_desktop.services.audit import verify_database

    db = _open(args)
    with db.session() as session:
        report = verify_database(session)
    for finding in report.integrity:
        _say(f"Integritas SQLite: {finding}")
    if report.chain_break is not None:
        _say(
            f"Rantai audit rusak pada peristiwa #{report.chain_break.event_id}: {report.chain_break.reason}."
        )
    if not report.ok:
        return EXIT_FAILED
    print(f"Database utuh; rantai audit sah ({report.events_checked} peristiwa diperiksa).")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,
        help="berkas SQLite atau URL SQLAlchemy (bawaan: $TALENTA_DB atau folder data pengguna)",
    )
    parser = argparse.ArgumentParser(
        prog="talenta",
        description="Talenta Desktop — Manajemen Talenta ASN dari baris perintah.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"Talenta Desktop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", required=True)

    p = sub.add_parser("init", parents=[common], help="buat atau migrasikan database")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="isi database dengan instansi contoh yang realistis")
    p.add_argument("--size", type=int, default=1500, help="jumlah pegawai (bawaan 1500)")
    p.add_argument("--seed", type=int, default=2025, help="benih acak; benih sama menghasilkan data sama")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("verify", parents=[common], help="periksa integritas database dan rantai audit")
    p.set_defaults(handler=cmd_verify)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    try:
        return args.handler(args)
    except CommandError as exc:
        _say(f"talenta: {exc}")
        return exc.status
    except KeyboardInterrupt:
        _say("talenta: dibatalkan; tidak ada yang diubah.")
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
