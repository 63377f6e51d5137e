"""The `talenta` command: argument parsing and output only; the work is done by services.

Exit status (DESIGN §4): 0 done; 1 failed, nothing changed; 2 bad usage; 3 input rejected by validation.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from talenta_desktop import __version__, config

if TYPE_CHECKING:
    from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INVALID = 0, 1, 2, 3


class CommandError(Exception):
    """A failure to report on stderr with exit status 1 (or the one given)."""

    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.status = status


def _open(args: argparse.Namespace, *, create: bool = False):
    """Open the database and settle who is acting (``args.actor``): the user named by ``--user``, signed
    in with their password. An encrypted database needs one; a plain one (the demo, or one made before
    users) is otherwise opened by whoever runs the command, as DESIGN §4 has it — with a warning when it
    has users, whose roles a plain file cannot protect anyway."""
    from talenta_desktop.models.db import DatabaseError, open_database
    from talenta_desktop.models.encryption import SignInError
    from talenta_desktop.services.actor import Actor
    from talenta_desktop.services.users import has_users, is_encrypted_database, sign_in

    location = _location(args)
    try:
        if args.user is not None:
            db, args.actor = sign_in(location, args.user, _password(f"Kata sandi {args.user}: "))
            return db
        if is_encrypted_database(location):
            raise CommandError(
                "Database ini terenkripsi: tambahkan --user NAMA sebelum perintah (kata sandi dari "
                "TALENTA_PASSWORD atau ditanyakan).",
                EXIT_USAGE,
            )
        db, args.actor = open_database(location, create=create), Actor.local()
        with db.session() as session:
            if has_users(session):
                _say(
                    "Peringatan: database ini memiliki pengguna tetapi tidak terenkripsi; perintah dijalankan "
                    "sebagai pengguna lokal. Gunakan --user NAMA, dan enkripsi dengan `talenta encrypt`."
                )
    except (DatabaseError, SignInError) as exc:
        raise CommandError(str(exc)) from exc
    return db


def _location(args: argparse.Namespace):
    return args.db or config.default_db_location()


def _password(prompt: str) -> str:
    """The signing-in user's password: TALENTA_PASSWORD, or asked at the terminal."""
    import os

    password = os.environ.get("TALENTA_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CommandError(
            "Kata sandi tidak diberikan: setel TALENTA_PASSWORD atau jalankan di terminal.", EXIT_USAGE
        )
    import getpass

    return getpass.getpass(prompt)


def _new_password(username: str) -> str:
    """A password being set: asked twice at the terminal; otherwise TALENTA_NEW_PASSWORD, or — when no
    one signs in first — TALENTA_PASSWORD."""
    import getpass
    import os

    if sys.stdin.isatty() and "TALENTA_NEW_PASSWORD" not in os.environ:
        first = getpass.getpass(f"Kata sandi baru untuk {username}: ")
        if getpass.getpass("Ulangi kata sandi baru: ") != first:
            raise CommandError("Kedua kata sandi tidak sama; tidak ada yang diubah.", EXIT_USAGE)
        return first
    password = os.environ.get("TALENTA_NEW_PASSWORD") or os.environ.get("TALENTA_PASSWORD")
    if not password:
        raise CommandError(
            f"Kata sandi baru untuk {username} tidak diberikan: setel TALENTA_NEW_PASSWORD (atau "
            "TALENTA_PASSWORD) atau jalankan di terminal.",
            EXIT_USAGE,
        )
    return password


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_init(args: argparse.Namespace) -> int:
    from talenta_desktop.models.db import head_revision
    from talenta_desktop.services.organization import set_instansi
    from talenta_desktop.services.talent.schemes import ensure_presets

    db = _create_encrypted(args) if args.encrypt else _open(args, create=True)
    for backup in db.backups:
        _say(f"Cadangan sebelum migrasi: {backup}")
    with db.transaction() as session:
        ensure_presets(session, args.actor)
    if args.instansi:
        try:
            with db.transaction() as session:
                set_instansi(session, args.actor, args.instansi)
        except ValueError as exc:
            raise CommandError(str(exc), EXIT_USAGE) from exc
    print(f"Database siap (skema {head_revision()}): {db.url}")
    return EXIT_OK


def _create_encrypted(args: argparse.Namespace):
    """`talenta init --encrypt --user NAME`: a new encrypted database with NAME as its administrator."""
    from talenta_desktop.models.db import DatabaseError, database_url, sqlite_path
    from talenta_desktop.models.encryption import is_encrypted
    from talenta_desktop.services.users import UserError, create_encrypted_database

    if args.user is None:
        raise CommandError(
            "--encrypt memerlukan --user NAMA: administrator pertama database ini.", EXIT_USAGE
        )
    path = sqlite_path(database_url(_location(args)))
    if path is not None and is_encrypted(path):
        return _open(args)  # already encrypted: sign in, and migrate if needed
    try:
        db, args.actor = create_encrypted_database(
            _location(args), args.user, args.full_name or args.user, _new_password(args.user)
        )
    except (UserError, DatabaseError, OSError) as exc:
        raise CommandError(str(exc)) from exc
    _say(f"Database terenkripsi dibuat; administrator: {args.actor.username}. Berkas kunci: {path}.kunci")
    return db


def cmd_encrypt(args: argparse.Namespace) -> int:
    """Encrypt a plain database in place, with a verified backup first."""
    from talenta_desktop.models.db import DatabaseError, database_url, open_database, sqlite_path
    from talenta_desktop.models.encryption import SignInError, is_encrypted
    from talenta_desktop.services.actor import Actor
    from talenta_desktop.services.backups import BackupError
    from talenta_desktop.services.users import UserError, encrypt_database, needs_sign_in, sign_in

    if args.user is None:
        raise CommandError("Sebutkan --user NAMA: administrator database terenkripsi.", EXIT_USAGE)
    location = _location(args)
    path = sqlite_path(database_url(location))
    if path is None or not path.is_file():
        raise CommandError(f"Database tidak ditemukan: {path or location}")
    if is_encrypted(path):
        raise CommandError(f"Database {path.name} sudah terenkripsi.")
    try:
        if needs_sign_in(location):  # users already set up: an administrator among them encrypts
            db, actor = sign_in(location, args.user, _password(f"Kata sandi {args.user}: "))
            password = _password("")
        else:
            db, actor = open_database(location, create=False), Actor.local()
            password = _new_password(args.user)
        db = encrypt_database(db, actor, args.user, args.full_name or args.user, password)
    except (UserError, DatabaseError, SignInError, BackupError, OSError) as exc:
        raise CommandError(str(exc)) from exc
    db.dispose()
    print(
        f"Database {path.name} kini terenkripsi; masuk sebagai {args.user}. Simpan berkas kunci "
        f"{path.name}.kunci bersama database dan cadangannya: tanpa berkas itu database tidak dapat dibuka."
    )
    return EXIT_OK


def cmd_user(args: argparse.Namespace) -> int:
    from talenta_desktop.services.users import UserError, add_user, list_users, set_active, set_password

    db = _open(args, create=args.action == "add")
    try:
        if args.action == "list":
            with db.session() as session:
                users = list_users(session)
            if not users:
                print("Belum ada pengguna.")
            for user in users:
                state = "aktif" if user.active else "nonaktif"
                print(f"{user.username}\t{user.role_label}\t{state}\t{user.full_name}")
            return EXIT_OK
        name = args.name.strip().lower()
        if args.action == "add":
            user = add_user(
                db, args.actor, name, args.full_name or name, args.role, _new_password(name), nip=args.nip
            )
            print(f"Pengguna {user.username} ({user.role_label}) ditambahkan.")
        elif args.action == "passwd":
            set_password(db, args.actor, name, _new_password(name))
            print(f"Kata sandi {name} diganti.")
        elif args.action == "disable":
            set_active(db, args.actor, name, False)
            print(f"Pengguna {name} dinonaktifkan; ia tidak dapat membuka database lagi.")
        else:
            set_active(db, args.actor, name, True, password=_new_password(name))
            print(f"Pengguna {name} diaktifkan kembali dengan kata sandi baru.")
    except UserError as exc:
        raise CommandError(str(exc), EXIT_INVALID) from exc
    return EXIT_OK


SHOWN_PROBLEMS = 40  # more than this belongs in the --errors workbook


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    if args.kind == "package":
        return cmd_import_package(args)

    from talenta_desktop.services.importing import (
        ImportFileError,
        MissingColumnsError,
        run_import,
        save_profile,
        write_problems_workbook,
    )

    path = Path(args.file)
    if not path.is_file():
        raise CommandError(f"Berkas tidak ditemukan: {path}")
    db = _open(args, create=True)
    if not args.dry_run:
        _backup_before_import(db, args.actor)
    try:
        with db.transaction() as session:
            report = run_import(
                session, args.actor, path, args.kind, sheet=args.sheet, profile=args.profile, dry_run=args.dry_run,
                skip_invalid=args.skip_invalid, progress=_progress_printer(),
            )  # fmt: skip
            if args.save_profile and (report.committed or args.dry_run):
                save_profile(session, args.actor, args.save_profile, args.kind, report.mapping, report.sheet)
    except MissingColumnsError as exc:
        found = ", ".join(h for h in exc.mapping.headers if h) or "tidak ada"
        raise CommandError(f"{exc}\nJudul kolom yang ditemukan: {found}", EXIT_INVALID) from exc
    except ImportFileError as exc:
        raise CommandError(str(exc), EXIT_INVALID) from exc
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if report.ignored_columns:
        _say("Kolom yang diabaikan: " + ", ".join(report.ignored_columns))
    for problem in report.problems[:SHOWN_PROBLEMS]:
        _say(("PERINGATAN " if problem.severity == "warning" else "") + problem.describe())
    if len(report.problems) > SHOWN_PROBLEMS:
        _say(f"… dan {len(report.problems) - SHOWN_PROBLEMS} masalah lainnya (lihat --errors).")
    if args.errors:
        write_problems_workbook(report.problems, Path(args.errors))
        _say(f"Daftar masalah ditulis ke {args.errors}")
    print(report.summary())
    if report.committed:
        print("Disimpan." + (" Baris yang tidak valid dilewati." if report.invalid else ""))
        return EXIT_OK
    if report.invalid and not args.skip_invalid:
        print("Tidak ada yang disimpan: perbaiki baris yang tidak valid, atau gunakan --skip-invalid.")
        return EXIT_INVALID
    print("Uji coba (--dry-run): tidak ada yang disimpan.")
    return EXIT_OK


def cmd_export_personnel(args: argparse.Namespace) -> int:
    from pathlib import Path

    from talenta_desktop.services.personnel import export_personnel

    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        raise CommandError("--out harus berakhiran .xlsx atau .csv", EXIT_USAGE)
    db = _open(args)
    with db.transaction() as session:
        count = export_personnel(session, args.actor, out)
    print(f"{count} pegawai diekspor ke {out}")
    return EXIT_OK


def cmd_export_bkn(args: argparse.Namespace) -> int:
    from pathlib import Path

    from talenta_desktop.services.bkn_workbook import write_bkn_workbook
    from talenta_desktop.services.personnel import ExportError

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise CommandError(f"--out harus berakhiran .xlsx: {out}", EXIT_USAGE)
    db = _open(args)
    printer = _progress_printer()
    progress = (
        (lambda done, total: printer(done * 100 // max(total, 1), "Menulis baris")) if printer else None
    )
    try:
        with db.transaction() as session:
            result = write_bkn_workbook(
                session,
                args.actor,
                args.period,
                out,
                include_sensitive=not args.without_sensitive,
                progress=progress,
            )
    except ExportError as exc:
        raise CommandError(str(exc)) from exc
    if printer:
        print(file=sys.stderr)
    print(f"Lembar kerja BKN periode {result.period} ditulis ke {result.path}: {result.rows} baris.")
    print(f"SHA-256 baris data: {result.sha256} (tercantum di lembar Metadata).")
    return EXIT_OK


def cmd_export_package(args: argparse.Namespace) -> int:
    from pathlib import Path

    from talenta_desktop.services.exchange.exchange import export_package
    from talenta_desktop.services.exchange.package import PackageError

    db = _open(args)
    try:
        with db.transaction() as session:
            result = export_package(
                session, args.actor, args.period, Path(args.out), include_sensitive=not args.without_sensitive,
                progress=_progress_printer(),
            )  # fmt: skip
    except PackageError as exc:
        raise CommandError(str(exc)) from exc
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Paket periode {result.period} ditulis ke {result.path}: {result.counts.get('person', 0)} pegawai, "
        f"{result.rows} baris; SHA-256 {result.sha256}."
    )
    print(
        f"Sidik jari kunci instalasi ini: {result.fingerprint} (sampaikan kepada penerima untuk dicocokkan)."
    )
    return EXIT_OK


SHOWN_CONFLICTS = 40


def cmd_import_package(args: argparse.Namespace) -> int:
    from pathlib import Path

    from talenta_desktop.services.exchange.exchange import describe_time, import_package, preview_import
    from talenta_desktop.services.exchange.package import PackageError, read_package

    path = Path(args.file)
    db = _open(args, create=True)
    try:
        package = read_package(path)
        if not args.dry_run:
            _backup_before_import(db, args.actor)
        with db.transaction() as session:
            if args.dry_run:
                _print_preview(preview_import(session, package, file=path.name), describe_time)
                print("Uji coba (--dry-run): tidak ada yang disimpan.")
                return EXIT_OK
            take = None if args.conflicts == "take" else ()
            result = import_package(session, args.actor, package, take=take, file=path.name)
            _print_preview(result, describe_time)
            undecided = [c for c in result.conflicts if not c.locked and not c.taken]
            if undecided and args.conflicts is None:
                raise CommandError(  # raised inside the transaction: it rolls back, nothing is saved
                    f"Tidak ada yang disimpan: {len(undecided)} data berbeda di sini dan di paket. Pilih "
                    "--conflicts keep (pertahankan data di sini) atau --conflicts take (ambil dari paket).",
                    EXIT_INVALID,
                )
    except PackageError as exc:
        raise CommandError(str(exc)) from exc
    if result.nothing_new:
        print("Tidak ada yang baru dalam paket ini; database tidak berubah.")
    else:
        taken = sum(c.taken for c in result.counts.values())
        print(
            f"Paket diimpor: {result.total_new} baris baru, {result.total_changed} diperbarui, "
            f"{taken} perbedaan diambil dari paket, {len(result.conflicts) - taken} dipertahankan."
        )
    return EXIT_OK


def _print_preview(preview, describe_time) -> None:
    from talenta_desktop.services.exchange.tables import PARTS_BY_NAME

    print(
        f"Paket {preview.file}: periode {preview.period}, {preview.instansi}; dibuat "
        f"{describe_time(preview.created_at)} oleh {preview.created_by} di {preview.source_name}."
    )
    if preview.known_source:
        print(f"Sumber dikenal; kunci cocok (sidik jari {preview.fingerprint}).")
    else:
        print(
            f"Sumber baru. Sidik jari kuncinya {preview.fingerprint}: cocokkan dengan pengirim sebelum "
            "mempercayai paket ini. Kunci ini akan diingat untuk impor berikutnya."
        )
    for name, counts in preview.counts.items():
        if counts.new or counts.changed or counts.conflicts:
            print(
                f"  {PARTS_BY_NAME[name].label}: {counts.new} baru, {counts.changed} diperbarui, "
                f"{counts.same} sama, {counts.conflicts} berbeda"
            )
    for conflict in preview.conflicts[:SHOWN_CONFLICTS]:
        lock = " (tidak dapat diubah di sini)" if conflict.locked else ""
        fields = "; ".join(f"{name}: {here!r} → {there!r}" for name, here, there in conflict.fields[:4])
        print(f"  BERBEDA {conflict.title}{lock}: {fields}")
    if len(preview.conflicts) > SHOWN_CONFLICTS:
        print(f"  … dan {len(preview.conflicts) - SHOWN_CONFLICTS} perbedaan lainnya.")


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
                session, args.actor, size=args.size, seed=args.seed, progress=_progress_printer()
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
    print(
        f"Peta talenta: {summary.periods} periode dipetakan ({summary.placed} penempatan, {summary.holding} "
        f"belum dapat dipetakan), {summary.calibrations} kalibrasi."
    )
    return EXIT_OK


SHOWN_CHANGES = 20


def cmd_map(args: argparse.Namespace) -> int:
    from talenta_desktop.services.talent.calibration import CalibrationError
    from talenta_desktop.services.talent.mapping import MappingCancelled, map_period
    from talenta_desktop.services.talent.periods import PeriodError, ensure_year_period
    from talenta_desktop.services.talent.schemes import SchemeError, ensure_presets

    db = _open(args)
    try:
        with db.transaction() as session:
            actor = args.actor
            ensure_presets(session, actor)
            period, created = ensure_year_period(session, actor, args.period)
            summary = map_period(session, actor, period.label, args.scheme, progress=_progress_printer())
            names = _names(session, [c.person_id for c in summary.changes[:SHOWN_CHANGES]])
    except (PeriodError, SchemeError, CalibrationError, MappingCancelled) as exc:
        raise CommandError(str(exc)) from exc
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if created:
        print(
            f"Periode {period.label} dibuat: SKP {period.skp_year_from}–{period.skp_year_to}, "
            f"tanggal acuan {period.reference_date:%d-%m-%Y}, asesmen berlaku "
            f"{period.assessment_valid_years} tahun."
        )
    boxes = ", ".join(f"{box}: {count}" for box, count in summary.by_box.items())
    print(
        f"Periode {summary.period} dipetakan dengan {summary.scheme} dalam {summary.seconds:.1f} detik: "
        f"{summary.placed} pegawai ditempatkan, {summary.holding} belum dapat dipetakan."
    )
    print(f"Per kotak — {boxes}.")
    if not summary.first_run:
        print(
            f"Kotak hasil hitung berubah untuk {len(summary.changes)} pegawai dibanding pemetaan sebelumnya; "
            "kalibrasi yang sudah ada tetap berlaku."
        )
        for change in summary.changes[:SHOWN_CHANGES]:
            nip, nama = names[change.person_id]
            before = change.before if change.before is not None else "belum dipetakan"
            after = change.after if change.after is not None else "belum dipetakan"
            print(f"  {nip}  {nama}: {before} → {after}")
        if len(summary.changes) > SHOWN_CHANGES:
            print(f"  … dan {len(summary.changes) - SHOWN_CHANGES} lainnya (lihat halaman Peta Talenta).")
    return EXIT_OK


def _names(session, person_ids: list[int]) -> dict[int, tuple[str, str]]:
    from sqlalchemy import select

    from talenta_desktop.models import Person

    rows = session.execute(select(Person.id, Person.nip, Person.nama).where(Person.id.in_(person_ids)))
    return {pid: (nip, nama) for pid, nip, nama in rows}


def _report(args: argparse.Namespace, kind: str, **fields):
    """Make one report through the same service the Laporan page uses; exit 1 or 2 with its message."""
    from talenta_desktop.services.reports.catalog import ReportRequest, produce_report
    from talenta_desktop.services.reports.errors import InvalidNipError, ReportError

    out = _pdf_out(args.out)
    db = _open(args)
    redact = bool(getattr(args, "redact", False))  # only the reports that list people offer --redact
    request = ReportRequest(kind, paper=args.paper, redact=redact, **fields)
    try:
        with db.transaction() as session:
            made = produce_report(session, args.actor, request, out)
    except InvalidNipError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
    except ReportError as exc:
        raise CommandError(str(exc)) from exc
    if redact:
        _say("Identitas pegawai disamarkan: inisial dan NIP tersamar; tercatat di log ekspor.")
    return made


def _pdf_out(value: str) -> Path:
    """The --out path of a report; exit 2 unless it ends in .pdf."""
    from pathlib import Path

    out = Path(value)
    if out.suffix.lower() != ".pdf":
        raise CommandError(f"Berkas keluaran harus .pdf: {out}", EXIT_USAGE)
    return out


def cmd_report_berita_acara(args: argparse.Namespace) -> int:
    from talenta_desktop.services.reports.berita_acara_data import fingerprint

    made = _report(args, "berita-acara", meeting=args.meeting)
    print(
        f"Berita acara {made.data.number} ({args.paper}) ditulis ke {made.path}; sidik jari SHA-256 "
        f"{fingerprint(made.data)}."
    )
    return EXIT_OK


def cmd_report_succession(args: argparse.Namespace) -> int:
    report = _report(args, "succession", period=args.period).data
    successors = sum(len(p.successors) for p in report.posts)
    print(
        f"Laporan suksesi periode {report.period_label} ({args.paper}) ditulis ke {args.out}: {len(report.posts)} "
        f"jabatan, {successors} calon suksesor, {len(report.summary.urgent)} jabatan perlu perhatian segera."
    )
    return EXIT_OK


def cmd_report_idp(args: argparse.Namespace) -> int:
    from talenta_desktop.domain.nip import format_nip

    report = _report(args, "idp", nip=args.nip, period=args.period).data
    plan = report.plan
    print(
        f"Rencana pengembangan individu {report.nama} (NIP {format_nip(report.nip)}) periode {report.period_label} "
        f"({args.paper}) ditulis ke {args.out}: {len(plan.counted)} kegiatan, {plan.jp_planned} JP direncanakan, "
        f"status {plan.status}."
    )
    return EXIT_OK


def cmd_report_talent_map(args: argparse.Namespace) -> int:
    made = _report(args, "talent-map", period=args.period, unit=args.unit, include_sensitive=args.sensitive)
    report = made.data
    where = report.unit or report.instansi
    print(
        f"Peta talenta {where} periode {report.period_label} ({args.paper}) ditulis ke {made.path}: "
        f"{len(report.people)} pegawai dipetakan, {len(report.holding)} belum dapat dipetakan."
    )
    return EXIT_OK


def cmd_report_profile(args: argparse.Namespace) -> int:
    from talenta_desktop.domain.nip import format_nip

    made = _report(args, "profile", nip=args.nip, period=args.period, include_sensitive=args.sensitive)
    report = made.data
    box = report.placement.current_box if report.placement else None
    where = f"kotak {box}" if box else "belum dapat dipetakan"
    print(
        f"Profil talenta {report.nama} (NIP {format_nip(report.nip)}) periode {report.period_label} "
        f"({args.paper}) ditulis ke {made.path}: {where}."
    )
    return EXIT_OK


def cmd_report_executive(args: argparse.Namespace) -> int:
    made = _report(args, "executive", period=args.period)
    report = made.data
    print(
        f"Ringkasan eksekutif periode {report.period_label} ({args.paper}) ditulis ke {made.path}: "
        f"{report.placed} pegawai dipetakan dari {report.people}."
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from talenta_desktop.services.backups import BackupError, backup_database, summarize

    db = _open(args)
    try:
        made = backup_database(db, args.actor, out=args.out)
        summary = summarize(made.path, db.key)
    except BackupError as exc:
        raise CommandError(str(exc)) from exc
    print(f"Cadangan ditulis ke {made.path} dan diperiksa utuh: {summary.describe()}.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from talenta_desktop.services.backups import BackupError, plan_restore, restore_database

    db = _open(args)
    try:
        plan = plan_restore(db, args.file)
        print(plan.describe())
        if not args.yes:
            if not sys.stdin.isatty():
                raise CommandError("Tambahkan --yes untuk memulihkan tanpa pertanyaan.", EXIT_USAGE)
            if input(
                "Pulihkan? Database sekarang disimpan sebagai cadangan lebih dulu. [y/N] "
            ).strip().lower() not in ("y", "ya"):
                print("Tidak jadi; tidak ada yang diubah.")
                return EXIT_OK
        kept = restore_database(db, args.actor, args.file)
    except BackupError as exc:
        raise CommandError(str(exc)) from exc
    print(f"Database dipulihkan dari {args.file}. Database sebelumnya disimpan di {kept.path}.")
    return EXIT_OK


def _backup_before_import(db, actor) -> None:
    """The automatic copy before an import (a file database only); a failure stops the import."""
    from talenta_desktop.services.backups import BackupError, backup_before_import

    try:
        backup_before_import(db, actor)
    except BackupError as exc:
        raise CommandError(f"Impor tidak dijalankan: {exc}") from exc


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
    common.add_argument(
        "--user",
        metavar="NAMA",
        default=argparse.SUPPRESS,
        help="masuk sebagai pengguna ini (kata sandi dari TALENTA_PASSWORD atau ditanyakan)",
    )
    parser = argparse.ArgumentParser(
        prog="talenta",
        description="Talenta Desktop — Manajemen Talenta ASN dari baris perintah.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"Talenta Desktop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", required=True)

    p = sub.add_parser("init", parents=[common], help="buat atau migrasikan database")
    p.add_argument("--instansi", metavar="NAMA", help='nama instansi, mis. "Pemerintah Kabupaten Sukamaju"')
    p.add_argument(
        "--encrypt", action="store_true", help="buat database terenkripsi; --user menjadi administratornya"
    )
    p.add_argument("--full-name", metavar="NAMA", help="nama lengkap administrator (dengan --encrypt)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser(
        "encrypt", parents=[common], help="enkripsi database yang belum terenkripsi (cadangan dulu)"
    )
    p.add_argument("--full-name", metavar="NAMA", help="nama lengkap administrator")
    p.set_defaults(handler=cmd_encrypt)

    p = sub.add_parser("user", parents=[common], help="pengguna lokal dan perannya")
    actions = p.add_subparsers(dest="action", metavar="AKSI", required=True)
    u = actions.add_parser("add", parents=[common], help="tambah pengguna (kata sandi ditanyakan)")
    u.add_argument("name", metavar="NAMA")
    u.add_argument("--role", required=True, help="peran: administrator, operator, komite atau pembaca")
    u.add_argument("--full-name", metavar="NAMA", help="nama lengkap")
    u.add_argument("--nip", metavar="NIP", help="NIP pengguna, bila ASN")
    actions.add_parser("list", parents=[common], help="daftar pengguna")
    for action, text in (
        ("passwd", "ganti kata sandi (sendiri, atau pengguna lain oleh administrator)"),
        ("disable", "nonaktifkan pengguna"),
        ("enable", "aktifkan kembali dengan kata sandi baru"),
    ):
        actions.add_parser(action, parents=[common], help=text).add_argument("name", metavar="NAMA")
    p.set_defaults(handler=cmd_user)

    p = sub.add_parser("import", parents=[common], help="impor lembar kerja atau CSV (SIASN atau lokal)")
    p.add_argument("kind", choices=["personnel", "skp", "assessment", "package"], help="jenis data")
    p.add_argument("file", metavar="FILE", help="berkas .xlsx, .xls, .ods atau .csv; atau paket .talenta")
    p.add_argument("--sheet", metavar="NAMA", help="nama lembar (bawaan: yang judul kolomnya paling cocok)")
    p.add_argument("--profile", metavar="NAMA", help="gunakan profil pemetaan kolom yang tersimpan")
    p.add_argument("--save-profile", metavar="NAMA", help="simpan pemetaan kolom berkas ini sebagai profil")
    p.add_argument("--dry-run", action="store_true", help="periksa saja; tidak ada yang disimpan")
    p.add_argument("--skip-invalid", action="store_true", help="simpan baris yang valid, lewati yang tidak")
    p.add_argument("--errors", metavar="OUT.xlsx", help="tulis daftar masalah ke lembar kerja")
    p.add_argument(
        "--conflicts",
        choices=["keep", "take"],
        help="paket: data yang berbeda di sini dan di paket — keep: pertahankan yang di sini; take: ambil dari paket",
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", parents=[common], help="ekspor data")
    what = p.add_subparsers(dest="what", metavar="APA", required=True)
    e = what.add_parser("personnel", parents=[common], help="data pegawai dengan nama kolom SIASN")
    e.add_argument("--out", required=True, metavar="FILE", help="berkas .xlsx atau .csv")
    e.set_defaults(handler=cmd_export_personnel)
    e = what.add_parser("bkn", parents=[common], help="lembar kerja hasil manajemen talenta untuk BKN")
    e.add_argument("--period", required=True, metavar="P", help='periode, mis. "2025"')
    e.add_argument("--out", required=True, metavar="FILE.xlsx", help="berkas .xlsx keluaran")
    e.add_argument(
        "--without-sensitive", action="store_true", help="tanpa tempat/tanggal lahir dan alasan kalibrasi"
    )
    e.set_defaults(handler=cmd_export_bkn)
    e = what.add_parser(
        "package", parents=[common], help="paket pertukaran bertanda tangan untuk satu periode"
    )
    e.add_argument("--period", required=True, metavar="P", help='periode, mis. "2025"')
    e.add_argument("--out", required=True, metavar="FILE", help="berkas paket, mis. talenta-2025.talenta")
    e.add_argument("--without-sensitive", action="store_true", help="tanpa riwayat hukuman disiplin")
    e.set_defaults(handler=cmd_export_package)

    p = sub.add_parser("demo", parents=[common], help="isi database dengan instansi contoh yang realistis")
    p.add_argument("--size", type=int, default=1500, help="jumlah pegawai (bawaan 1500)")
    p.add_argument("--seed", type=int, default=2025, help="benih acak; benih sama menghasilkan data sama")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("map", parents=[common], help="hitung penempatan sembilan kotak untuk satu periode")
    p.add_argument(
        "--period", required=True, metavar="P", help='periode, mis. "2025" (tahun baru dibuat otomatis)'
    )
    p.add_argument(
        "--scheme", metavar="NAMA", help="skema penilaian (bawaan: skema periode, atau skema bawaan)"
    )
    p.set_defaults(handler=cmd_map)

    p = sub.add_parser("report", parents=[common], help="laporan PDF")
    kinds = p.add_subparsers(dest="kind", required=True, metavar="KIND")
    r = kinds.add_parser(
        "berita-acara", parents=[common], help="berita acara rapat Komite Talenta yang sudah final"
    )
    r.add_argument("--meeting", type=int, required=True, metavar="ID", help="nomor id rapat")
    r.add_argument("--paper", choices=["A4", "F4"], default="A4", help="ukuran kertas (bawaan A4)")
    r.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF keluaran")
    r.set_defaults(handler=cmd_report_berita_acara)

    r = kinds.add_parser(
        "succession", parents=[common], help="laporan suksesi jabatan target/kritikal satu periode"
    )
    r.add_argument("--period", required=True, metavar="P", help='periode, mis. "2025"')
    r.add_argument("--redact", action="store_true", help="samarkan identitas: inisial dan NIP tersamar")
    r.add_argument("--paper", choices=["A4", "F4"], default="A4", help="ukuran kertas (bawaan A4)")
    r.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF keluaran")
    r.set_defaults(handler=cmd_report_succession)

    r = kinds.add_parser("talent-map", parents=[common], help="peta talenta instansi atau satu unit kerja")
    r.add_argument("--period", required=True, metavar="P", help='periode, mis. "2025"')
    r.add_argument("--unit", metavar="U", help="unit kerja (kode, nama atau id) beserta unit di bawahnya")
    r.add_argument("--sensitive", action="store_true", help="sertakan rincian hukuman disiplin")
    r.add_argument("--redact", action="store_true", help="samarkan identitas: inisial dan NIP tersamar")
    r.add_argument("--paper", choices=["A4", "F4"], default="A4", help="ukuran kertas (bawaan A4)")
    r.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF keluaran")
    r.set_defaults(handler=cmd_report_talent_map)

    r = kinds.add_parser("profile", parents=[common], help="profil talenta satu pegawai")
    r.add_argument("--nip", required=True, metavar="N", help="NIP pegawai (18 digit; spasi boleh)")
    r.add_argument("--period", required=True, metavar="P", help='periode, mis. "2025"')
    r.add_argument("--sensitive", action="store_true", help="sertakan riwayat hukuman disiplin")
    r.add_argument("--paper", choices=["A4", "F4"], default="A4", help="ukuran kertas (bawaan A4)")
    r.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF keluaran")
    r.set_defaults(handler=cmd_report_profile)

    r = kinds.add_parser("executive", parents=[common], help="ringkasan eksekutif untuk PPK")
    r.add_argument("--period", required=True, metavar="P", help='periode, mis. "2025"')
    r.add_argument("--redact", action="store_true", help="samarkan identitas: inisial dan NIP tersamar")
    r.add_argument("--paper", choices=["A4", "F4"], default="A4", help="ukuran kertas (bawaan A4)")
    r.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF keluaran")
    r.set_defaults(handler=cmd_report_executive)

    r = kinds.add_parser("idp", parents=[common], help="rencana pengembangan individu (IDP) satu pegawai")
    r.add_argument("--nip", required=True, metavar="N", help="NIP pegawai (18 digit; spasi boleh)")
    r.add_argument("--period", required=True, metavar="P", help='periode, mis. "2025"')
    r.add_argument("--paper", choices=["A4", "F4"], default="A4", help="ukuran kertas (bawaan A4)")
    r.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF keluaran")
    r.set_defaults(handler=cmd_report_idp)

    p = sub.add_parser("backup", parents=[common], help="salinan cadangan database yang konsisten, diperiksa")
    p.add_argument("--out", required=True, metavar="FILE", help="berkas cadangan, mis. cadangan.sqlite")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="pulihkan database dari salinan cadangan")
    p.add_argument("file", metavar="FILE", help="berkas cadangan")
    p.add_argument("--yes", action="store_true", help="pulihkan tanpa pertanyaan")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("verify", parents=[common], help="periksa integritas database dan rantai audit")
    p.set_defaults(handler=cmd_verify)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for option in ("db", "user", "actor"):
        if not hasattr(args, option):
            setattr(args, option, None)
    try:
        return args.handler(args)
    except CommandError as exc:
        _say(f"talenta: {exc}")
        return exc.status
    except PermissionError as exc:  # services.permissions.PermissionDenied: the role may not do this
        _say(f"talenta: {exc}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        _say("talenta: dibatalkan; tidak ada yang diubah.")
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
