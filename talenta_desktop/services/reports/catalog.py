"""Every PDF report by name, made the same way for the command line and the Laporan page.

A report is read from the database, written through ``<file>.partial`` and renamed (a reader never sees half
a PDF, and a failure leaves no file), and then recorded in the export log: a printed talent map is personal
data leaving the office as much as a workbook is (DOMAIN §10).

Who may ask is checked first (``Permission.REPORT``; ``SENSITIVE_DATA`` for disciplinary details), before
anything is read or written. The reports that list people can be *redacted* ("tersamar"): names as initials
and NIPs masked by the one rule of ``domain.masking`` that the projector follows too. A profile and an IDP
are about one person chosen by NIP, and a berita acara is a signed record of who decided what: masking
them would defeat their purpose, so they are never redacted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Lowered, joined, message_of

from ..actor import Actor
from ..export_log import record_export
from ..permissions import Permission, require
from .errors import InvalidNipError, ReportError

PAPERS = ("A4", "F4")


@dataclass(frozen=True)
class ReportRequest:
    kind: str  # a key of REPORTS
    period: str | None = None
    unit: str | None = None  # talent map: a unit's code, name or id; None for the whole agency
    nip: str | None = None  # profile, idp
    meeting: int | None = None  # berita-acara
    paper: str = "A4"
    include_sensitive: bool = False  # hukdis details (profile, talent map); only for roles that may see them
    redact: bool = False  # initials and masked NIPs (the kinds with ReportKind.redact); never with sensitive


@dataclass(frozen=True)
class ProducedReport:
    path: Path
    data: Any  # what the report printed (the report's own data class)
    rows: int | None  # people in it, for the export log


@dataclass(frozen=True)
class ReportKind:
    title: str  # Indonesian; the GUI translates
    needs: tuple[str, ...]  # which ReportRequest fields must be given
    read: Callable[[Session, ReportRequest], Any]
    write: Callable[[Any, Path, str], None]
    rows: Callable[[Any], int | None]
    redact: Callable[[Any], Any] | None = None  # the data with identities masked; None: never redacted

    @property
    def redactable(self) -> bool:
        return self.redact is not None


def _talent_map(session: Session, request: ReportRequest):
    from .talent_map_report import talent_map_report_data

    return talent_map_report_data(
        session, request.period, request.unit or None, include_sensitive=request.include_sensitive
    )


def _profile(session: Session, request: ReportRequest):
    from .profile_report import profile_report_data

    return profile_report_data(
        session, request.nip, request.period, include_sensitive=request.include_sensitive
    )


def _executive(session: Session, request: ReportRequest):
    from .executive_report import executive_report_data

    return executive_report_data(session, request.period)


def _succession(session: Session, request: ReportRequest):
    from .succession import succession_report_data

    return succession_report_data(session, request.period)


def _idp(session: Session, request: ReportRequest):
    from .idp import IdpReportError, InvalidNip, idp_report_data

    try:
        return idp_report_data(session, request.nip, request.period)
    except InvalidNip as exc:
        raise InvalidNipError(message_of(exc)) from exc
    except IdpReportError as exc:
        raise ReportError(message_of(exc)) from exc


def _berita_acara(session: Session, request: ReportRequest):
    from ..committee import CommitteeError, berita_acara_document, get_meeting

    try:
        meeting = get_meeting(session, request.meeting)
        if not meeting.is_final:
            raise ReportError(
                QT_TRANSLATE_NOOP(
                    "services.reports.catalog",
                    "Rapat {number} belum difinalkan; berita acara dicetak setelah rapat difinalkan (halaman "
                    "Komite).",
                ),
                number=meeting.number,
            )
        return berita_acara_document(session, request.meeting)  # the snapshot, checked
    except CommitteeError as exc:
        raise ReportError(message_of(exc)) from exc


def _function(module: str, function: str) -> Callable[..., Any]:
    """A function of a report module, imported when first called (reportlab loads lazily, DESIGN §6)."""

    def call(*args: Any, **kwargs: Any) -> Any:
        from importlib import import_module

        return getattr(import_module(f"{__package__}.{module}"), function)(*args, **kwargs)

    return call


def _writer(module: str, function: str) -> Callable[[Any, Path, str], None]:
    def write(data: Any, target: Path, paper: str) -> None:
        from importlib import import_module

        getattr(import_module(f"{__package__}.{module}"), function)(data, target, paper=paper)

    return write


REPORTS: dict[str, ReportKind] = {
    "talent-map": ReportKind(
        QT_TRANSLATE_NOOP("services.reports.catalog", "Peta talenta"), ("period",), _talent_map, _writer("talent_map_report", "write_talent_map_report"),
        lambda r: len(r.people) + len(r.holding), _function("talent_map_report", "redact_talent_map"),
    ),
    "profile": ReportKind(
        QT_TRANSLATE_NOOP("services.reports.catalog", "Profil talenta"), ("nip", "period"), _profile, _writer("profile_report", "write_profile_report"),
        lambda _r: 1,
    ),
    "executive": ReportKind(
        QT_TRANSLATE_NOOP("services.reports.catalog", "Ringkasan eksekutif"), ("period",), _executive, _writer("executive_report", "write_executive_report"),
        lambda r: r.people, _function("executive_report", "redact_executive_report"),
    ),
    "succession": ReportKind(
        QT_TRANSLATE_NOOP("services.reports.catalog", "Laporan suksesi"), ("period",), _succession, _writer("succession", "write_succession_report"),
        lambda r: sum(len(p.successors) for p in r.posts), _function("succession", "redact_succession_report"),
    ),
    "idp": ReportKind(QT_TRANSLATE_NOOP("services.reports.catalog", "Rencana pengembangan individu"), ("nip", "period"), _idp,
                      _writer("idp", "write_idp_report"), lambda _r: 1),
    "berita-acara": ReportKind(QT_TRANSLATE_NOOP("services.reports.catalog", "Berita acara"), ("meeting",), _berita_acara,
                               _writer("berita_acara", "render_berita_acara"), lambda _r: None),
}  # fmt: skip


class ReportCancelled(ReportError):
    """The user cancelled: no file was written (an existing file of that name is untouched)."""


def produce_report(
    session: Session,
    actor: Actor,
    request: ReportRequest,
    out: str | Path,
    *,
    cancel: Callable[[], bool] | None = None,
) -> ProducedReport:
    """Read, write and log one report. Raises PermissionDenied, before anything is read, when the actor's
    role may not make reports (or, with ``include_sensitive``, may not see disciplinary data); ReportError
    (InvalidNipError for a mistyped NIP) when the report cannot be made as asked — a period that does not
    exist, a redaction asked of a kind that is never redacted, or redacted and sensitive at once.
    ``cancel()`` is asked before reading, before writing and before the finished file replaces ``out``.
    Nothing is written or logged on an error or a cancel."""

    def check() -> None:
        if cancel is not None and cancel():
            raise ReportCancelled(
                QT_TRANSLATE_NOOP(
                    "services.reports.catalog", "Laporan dibatalkan; tidak ada berkas yang ditulis."
                )
            )

    require(actor, Permission.REPORT)
    if request.include_sensitive:
        require(actor, Permission.SENSITIVE_DATA)

    from ..talent.periods import PeriodError

    kind = REPORTS.get(request.kind)
    if kind is None:
        raise ReportError(
            QT_TRANSLATE_NOOP(
                "services.reports.catalog", "Jenis laporan tidak dikenal: {kind} (pilih {choices})."
            ),
            kind=repr(request.kind),
            choices=", ".join(REPORTS),
        )
    if request.redact and not kind.redactable:
        raise ReportError(
            QT_TRANSLATE_NOOP(
                "services.reports.catalog",
                "{title} tidak dapat disamarkan: laporan ini tentang satu pegawai atau catatan resmi "
                "yang ditandatangani, jadi nama dan NIP tetap dicetak. Yang dapat disamarkan: {redactable}.",
            ),
            title=kind.title,
            redactable=joined([Lowered(v.title) for v in REPORTS.values() if v.redactable]),
        )
    if request.redact and request.include_sensitive:
        raise ReportError(
            QT_TRANSLATE_NOOP(
                "services.reports.catalog",
                "Laporan tersamar tidak memuat rincian hukuman disiplin: pilih salah satu, samarkan "
                "identitas atau sertakan data sensitif.",
            )
        )
    missing = [name for name in kind.needs if getattr(request, name) in (None, "")]
    if missing:
        raise ReportError(
            QT_TRANSLATE_NOOP("services.reports.catalog", "{title}: isian {fields} wajib diisi."),
            title=kind.title,
            fields=", ".join(missing),
        )
    if request.paper.upper() not in PAPERS:
        raise ReportError(
            QT_TRANSLATE_NOOP(
                "services.reports.catalog", "Ukuran kertas tidak dikenal: {paper} (pilih A4 atau F4)."
            ),
            paper=repr(request.paper),
        )
    target = Path(out)
    if target.suffix.lower() != ".pdf":
        raise ReportError(
            QT_TRANSLATE_NOOP("services.reports.catalog", "Berkas keluaran harus .pdf: {target}"),
            target=target,
        )
    check()
    try:
        data = kind.read(session, request)
    except PeriodError as exc:
        raise ReportError(str(exc)) from exc
    if request.redact:
        data = kind.redact(data)
    check()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        kind.write(data, partial, request.paper.upper())
        check()
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    rows = kind.rows(data)
    details = {"paper": request.paper.upper()}
    for name in ("unit", "nip", "meeting"):
        if getattr(request, name) not in (None, ""):
            details[name] = getattr(request, name)
    if request.redact:
        details["redacted"] = True  # initials and masked NIPs: not sensitive, whoever reads it
    record_export(
        session, actor, f"report.{request.kind}", target, rows=rows, period=request.period,
        sensitive=request.include_sensitive and not request.redact, **details,
    )  # fmt: skip
    return ProducedReport(target, data, rows)
