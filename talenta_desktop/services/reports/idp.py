"""The Rencana Pengembangan Individu (IDP) of one person for one period, as a PDF (DOMAIN §7).

The sheet an employee and their atasan langsung sign and keep: who the plan is for, the box it was made
for and that box's rekomendasi, the gaps it answers, every activity with its form, 70:20:10 category, JP,
schedule, mentor, status and evidence, the JP totals against the 20 JP minimum of PP 11/2017, and — once the
Komite Talenta approved it — the berita acara that did. A plan still in draft is marked "DRAF" on every
page, so a print for discussion cannot pass for the approved plan.

Data is read into plain values first (:func:`idp_report_data`), then laid out in the shared naskah dinas
shape of `layout`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import format_tanggal
from talenta_desktop.domain.errors import RuleError
from talenta_desktop.domain.golongan import golongan_by_code
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, MessageError, message_of
from talenta_desktop.domain.ninebox import KINERJA_LABELS, POTENSIAL_LABELS, REKOMENDASI, box_levels
from talenta_desktop.domain.nip import normalize_nip
from talenta_desktop.domain.people import full_name
from talenta_desktop.models import Decision, Meeting, Person, Unit

from ..development.interventions import CATEGORY_LABELS, KINDS
from ..development.plans import JP_MINIMUM, Gap, PlanInfo, find_plan, gaps, jp_by_year
from ..talent.periods import get_period
from ..talent.talent_map import current_boxes
from .berita_acara_data import Kop
from .kop import agency_kop, signing_city
from .layout import (
    FRAME_PADDING,
    INDENT,
    Styles,
    breakable,
    fonts,
    info_table,
    kop_flowables,
    multiline,
    nip_text,
    numbered_canvas,
    page_size,
    plain_style,
    report_template,
    ruled_table,
    section_heading,
    signature,
    text,
    write_pdf,
)

__all__ = [
    "IdpReport",
    "IdpReportError",
    "InvalidNip",
    "idp_report_data",
    "render_idp_report",
    "write_idp_report",
]

TITLE = "Rencana Pengembangan Individu"
PLAN_STATUS_LABELS = {
    "draf": "Draf (belum disetujui Komite Talenta)",
    "disetujui": "Disetujui",
    "selesai": "Selesai dilaksanakan",
    "batal": "Dibatalkan",
}
ACTIVITY_STATUS_LABELS = {
    "rencana": "Rencana",
    "berjalan": "Berjalan",
    "selesai": "Selesai",
    "batal": "Dibatalkan",
}
FORM_LABELS = {"klasikal": "klasikal", "nonklasikal": "nonklasikal"}
MENTOR_LABELS = {"tetap": "mentor tetap", "tidak_tetap": "mentor tidak tetap"}
_DASH = "\u2014"
EVIDENCE_WIDTH = 22 * mm  # the "Bukti" column


class IdpReportError(MessageError, ValueError):
    """The IDP cannot be printed (unknown or malformed NIP, no plan in the period); says why in Indonesian."""


class InvalidNip(IdpReportError):
    """The NIP given is not a NIP at all (wrong length, letters): a mistyped argument, not a missing person."""


@dataclass(frozen=True)
class Approval:
    meeting_number: str  # the berita acara number
    held_on: date
    final: bool  # the meeting has been finalised (its berita acara is the record)
    text: str  # what was decided


@dataclass(frozen=True)
class IdpReport:
    """Everything the sheet prints, read from the database in one go."""

    kop: Kop
    city: str | None
    today: date
    period_label: str
    nama: str  # with gelar
    nip: str
    jabatan: str | None
    jenjang: str | None
    golongan: str | None  # "Penata, III/c" / "IX"
    unit: str | None
    unit_induk: str | None
    plan: PlanInfo
    current_box: int | None  # the box now (after calibrations), when it differs from the plan's
    gaps: tuple[Gap, ...]
    jp_year: int
    jp_this_year: int  # diklat history plus completed activities in jp_year
    approval: Approval | None

    @property
    def jp_done(self) -> int:
        return sum(a.jp for a in self.plan.counted if a.status == "selesai")


def _person(session: Session, nip: str) -> Person:
    try:
        digits = normalize_nip(nip)
    except RuleError as err:
        raise InvalidNip(message_of(err)) from err  # names the value and what is wrong with it
    person = session.scalar(select(Person).where(Person.nip == digits))
    if person is None:
        raise IdpReportError(
            QT_TRANSLATE_NOOP("services.reports.idp", "Pegawai dengan NIP {nip} tidak ditemukan."),
            nip=nip_text(digits),
        )
    return person


def _golongan(code: str | None) -> str | None:
    if not code:
        return None
    try:
        g = golongan_by_code(code)
    except RuleError:
        return code
    return f"{g.pangkat}, {g.label}" if g.pangkat else f"{g.label} ({g.kind})"


def idp_report_data(session: Session, nip: str, period_label: str, *, today: date | None = None) -> IdpReport:
    """Read what the sheet prints. IdpReportError when the NIP is malformed or unknown or the person has no
    plan in the period; the period service's PeriodError when the period does not exist."""
    today = today or date.today()
    person = _person(session, nip)
    period = get_period(session, period_label)
    plan = find_plan(session, person.id, period.label)
    nama = full_name(person.gelar_depan, person.nama, person.gelar_belakang)
    if plan is None:
        raise IdpReportError(
            QT_TRANSLATE_NOOP(
                "services.reports.idp",
                "{nama} (NIP {nip}) belum mempunyai rencana pengembangan individu pada periode {label}.",
            ),
            nama=nama,
            nip=nip_text(person.nip),
            label=period.label,
        )
    unit = session.get(Unit, person.unit_id) if person.unit_id else None
    induk = None
    if unit is not None:
        first = (unit.path or "").strip("/").split("/")[0]
        top = session.get(Unit, int(first)) if first.isdigit() else None
        induk = top.nama if top is not None and top.id != unit.id else None
    box_now = current_boxes(session, period.id, [person.id]).get(person.id)
    box_now = int(box_now) if box_now is not None and box_now == box_now else None  # NaN: not placed
    jp = jp_by_year(session, [person.id])
    approval = None
    if plan.decision_id is not None:
        row = session.execute(
            select(Meeting.number, Meeting.held_on, Meeting.status, Decision.text)
            .join(Decision, Decision.meeting_id == Meeting.id)
            .where(Decision.id == plan.decision_id)
        ).first()
        if row is not None:
            approval = Approval(row.number, row.held_on, row.status == "final", row.text)
    return IdpReport(
        kop=agency_kop(session),
        city=signing_city(session),
        today=today,
        period_label=period.label,
        nama=nama,
        nip=person.nip,
        jabatan=person.jabatan_nama,
        jenjang=person.jenjang_jabatan,
        golongan=_golongan(person.golongan),
        unit=unit.nama if unit is not None else None,
        unit_induk=induk,
        plan=plan,
        current_box=box_now if box_now != plan.box else None,
        gaps=tuple(gaps(session, person.id, period.label)),
        jp_year=today.year,
        jp_this_year=int(jp[jp["year"] == today.year]["jp"].sum()),
        approval=approval,
    )


def _date(day: date | None) -> str:
    return f"{day:%d-%m-%Y}" if day else ""


def _box_text(box: int) -> str:
    kinerja, potensial = box_levels(box)
    return f"Kotak {box} (kinerja {KINERJA_LABELS[kinerja]}, potensial {POTENSIAL_LABELS[potensial]})"


class _Builder:
    def __init__(self, report: IdpReport, frame_width: float) -> None:
        self.r = report
        self.s = Styles(fonts())
        self.width = frame_width - 2 * FRAME_PADDING
        self.inner = self.width - INDENT
        self.section = 0
        self.note = ParagraphStyle(
            "idp_note", parent=self.s.note, leftIndent=INDENT, fontSize=8.5, leading=11
        )

    def heading(self, title: str, room: float = 40 * mm) -> list[Flowable]:
        self.section += 1
        return section_heading(self.s, self.section, title, room=room)

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [*kop_flowables(self.r.kop, self.s, self.width)]
        story += self.title()
        story += self.identity()
        story += self.mapping()
        story += self.gap_list()
        story += self.activities()
        story += self.totals()
        # The approval, the closing sentence and the signatures on one page: a signature alone on a page
        # signs nothing a reader can see. (The heading's conditional break is moot inside KeepTogether.)
        story.append(KeepTogether([*self.approval()[1:], *self.signatures()]))
        return story

    def title(self) -> list[Flowable]:
        s = self.s
        return [
            Paragraph(f"<u>{text(TITLE).upper()}</u>", s.title),
            Paragraph(f"Periode Pemetaan Talenta {text(self.r.period_label)}", s.subtitle),
            Spacer(1, 6 * mm),
        ]

    def identity(self) -> list[Flowable]:
        r = self.r
        unit = text(r.unit or _DASH)
        if r.unit_induk:
            unit += f", {text(r.unit_induk)}"
        # "Perawat Ahli Madya (Ahli Madya)" says it twice; the jenjang only when the name does not say it.
        show_jenjang = bool(r.jenjang) and (r.jenjang or "").lower() not in (r.jabatan or "").lower()
        rows: list[tuple[str, object]] = [
            ("Nama", f"<b>{text(r.nama)}</b>"),
            ("NIP", text(nip_text(r.nip))),
            ("Pangkat/golongan", text(r.golongan or _DASH)),
            ("Jabatan", text(r.jabatan or _DASH) + (f" ({text(r.jenjang)})" if show_jenjang else "")),
            ("Unit kerja", unit),
        ]
        if r.plan.target_jabatan:
            rows.append(("Jabatan target", text(r.plan.target_jabatan)))
        return [*self.heading("Identitas Pegawai"), info_table(self.s, rows, self.inner, label_width=40 * mm)]

    def mapping(self) -> list[Flowable]:
        r = self.r
        box = r.plan.box
        rows: list[tuple[str, object]] = [
            ("Kotak talenta", text(_box_text(box)) if box else "Belum dipetakan")
        ]
        if r.current_box is not None:
            rows.append(("Kotak saat ini", text(_box_text(r.current_box)) + " setelah kalibrasi"))
        if box:
            rows.append(("Rekomendasi", text(REKOMENDASI[box])))
        return [
            *self.heading("Hasil Pemetaan Talenta"),
            info_table(self.s, rows, self.inner, label_width=40 * mm),
        ]

    def gap_list(self) -> list[Flowable]:
        out = self.heading("Kesenjangan Kompetensi dan Kinerja")
        if not self.r.gaps:
            out.append(
                Paragraph(
                    "Tidak ada kesenjangan kompetensi atau kinerja yang tercatat pada periode ini.",
                    self.s.body_indented,
                )
            )
            return out
        for i, gap in enumerate(self.r.gaps, start=1):
            out.append(Paragraph(text(gap.text), self.s.list_item_indented, bulletText=f"{i}."))
        return out

    def activities(self) -> list[Flowable]:
        r, c = self.r, self.s
        out = self.heading("Rencana Kegiatan Pengembangan", room=60 * mm)
        plan = r.plan
        if not plan.activities:
            out.append(Paragraph("Belum ada kegiatan yang direncanakan.", c.body_indented))
            return out
        rows: list[list] = []
        for i, a in enumerate(plan.activities, start=1):
            kind = KINDS.get(a.kind)
            form = [Paragraph(text(kind.label if kind else a.kind), c.cell)]
            form.append(Paragraph(text(FORM_LABELS.get(a.form, a.form)), c.cell_note))
            schedule = _date(a.starts_on)
            if a.due_on:
                schedule = f"{schedule}<br/>s.d. {_date(a.due_on)}" if schedule else f"s.d. {_date(a.due_on)}"
            mentor: list[Flowable] = []
            if a.mentor_name:
                mentor.append(Paragraph(text(a.mentor_name), c.cell))
            if a.mentor_type:
                mentor.append(Paragraph(text(MENTOR_LABELS.get(a.mentor_type, a.mentor_type)), c.cell_note))
            status = [Paragraph(text(ACTIVITY_STATUS_LABELS.get(a.status, a.status)), c.cell)]
            if a.status == "selesai" and a.completed_on:
                status.append(Paragraph(_date(a.completed_on), c.cell_small))
            rows.append(
                [
                    Paragraph(f"{i}.", c.cell_center),
                    Paragraph(text(a.title), c.cell),
                    form,
                    Paragraph(text(a.category), c.cell_center),
                    Paragraph(str(a.jp), c.cell_center),
                    Paragraph(schedule or _DASH, c.cell_center),
                    mentor or Paragraph(_DASH, c.cell_center),
                    status,
                    Paragraph(
                        breakable(a.evidence, c.cell, EVIDENCE_WIDTH - 6) or _DASH,
                        c.cell if a.evidence else c.cell_center,
                    ),
                ]
            )
        last = len(rows) + 1
        rows.append(
            [
                Paragraph("<b>Jumlah JP direncanakan</b>", c.cell),
                "",
                "",
                "",
                Paragraph(f"<b>{plan.jp_planned}</b>", c.cell_center),
                "",
                "",
                "",
                "",
            ]
        )
        w = self.width
        col = [6.5 * mm, 0, 20 * mm, 12.5 * mm, 7.5 * mm, 17.5 * mm, 17.5 * mm, 17.5 * mm, EVIDENCE_WIDTH]
        col[1] = w - sum(col)
        out.append(
            ruled_table(
                c,
                [
                    "No",
                    "Kegiatan",
                    "Bentuk",
                    '<font size="7">70:20:10</font>',
                    "JP",
                    "Jadwal",
                    "Mentor",
                    "Status",
                    "Bukti",
                ],
                rows,
                col,
                [
                    ("SPAN", (0, last), (3, last)),
                    ("SPAN", (5, last), (-1, last)),
                    ("NOSPLIT", (0, last - 1), (-1, last)),
                ],
            )
        )
        if any(a.status == "batal" for a in plan.activities):
            out.append(Spacer(1, 1.5 * mm))
            out.append(Paragraph("Kegiatan yang dibatalkan tidak dihitung dalam jumlah JP.", self.note))
        return out

    def totals(self) -> list[Flowable]:
        r = self.r
        plan = r.plan
        counted = plan.counted
        done = [a for a in counted if a.status == "selesai"]
        mix = plan.mix()
        parts = []
        for category, label in CATEGORY_LABELS.items():
            n = mix.get(category, 0)
            share = round(100 * n / len(counted)) if counted else 0
            parts.append(f"{text(label)}: {n} kegiatan ({share}%)")
        short = JP_MINIMUM - r.jp_this_year
        verdict = "terpenuhi" if short <= 0 else f"<b>kurang {short} JP</b>"
        rows: list[tuple[str, object]] = [
            ("JP direncanakan", f"{plan.jp_planned} JP dalam {len(counted)} kegiatan"),
            ("JP kegiatan selesai", f"{r.jp_done} JP dalam {len(done)} kegiatan ({round(100 * plan.progress)}% kegiatan selesai)"),
            (
                f"JP tahun {r.jp_year}",
                f"{r.jp_this_year} JP dari paling sedikit {JP_MINIMUM} JP per tahun: {verdict}",
            ),
            ("Komposisi 70:20:10", [Paragraph(p, self.s.info) for p in parts]),
        ]  # fmt: skip
        return [
            *self.heading("Capaian Jam Pelajaran (JP)"),
            info_table(self.s, rows, self.inner, label_width=40 * mm),
            Spacer(1, 2 * mm),
            Paragraph(
                f"JP tahun {r.jp_year} dihitung dari riwayat diklat dan kegiatan pengembangan yang telah selesai "
                f"pada tahun itu (paling sedikit {JP_MINIMUM} JP per tahun, PP Nomor 11 Tahun 2017 jo. PP Nomor "
                "17 Tahun 2020). Komposisi 70:20:10 adalah pedoman, bukan kewajiban.",
                self.note,
            ),
        ]

    def approval(self) -> list[Flowable]:
        r = self.r
        plan = r.plan
        rows: list[tuple[str, object]] = [
            ("Status rencana", text(PLAN_STATUS_LABELS.get(plan.status, plan.status)))
        ]
        if r.approval is not None:
            a = r.approval
            rows.append(
                (
                    "Dasar persetujuan",
                    f"Keputusan Komite Talenta dalam rapat tanggal {format_tanggal(a.held_on)}, Berita Acara "
                    f"Nomor {text(a.meeting_number)}" + ("" if a.final else " (rapat belum difinalkan)"),
                )
            )
        elif plan.status == "draf":
            rows.append(("Dasar persetujuan", "Belum dibahas dalam rapat Komite Talenta"))
        if plan.note:
            rows.append(("Catatan", multiline(plan.note)))
        return [*self.heading("Persetujuan"), info_table(self.s, rows, self.inner, label_width=40 * mm)]

    def signatures(self) -> list[Flowable]:
        r, s = self.r, self.s
        place = ", ".join(x for x in (text(r.city), format_tanggal(r.today)) if x)
        col = self.width / 2
        left = [Paragraph("&nbsp;", s.sign_place), *signature(s, "Atasan Langsung", None, None)]
        right = [Paragraph(place, s.sign_place), *signature(s, "Pegawai yang Bersangkutan", r.nama, r.nip)]
        return [
            Spacer(1, 8 * mm),
            Paragraph(
                "Rencana pengembangan ini disusun bersama oleh pegawai dan atasan langsungnya, dan dilaksanakan "
                "sesuai jadwal di atas.",
                s.body,
            ),
            Spacer(1, 5 * mm),
            Table([[left, right]], colWidths=[col, col], style=plain_style(0)),
        ]


def _build(report: IdpReport, pagesize: tuple[float, float]) -> bytes:
    buffer = io.BytesIO()
    template = report_template(
        buffer,
        pagesize,
        title=f"{'DRAF ' if report.plan.status == 'draf' else ''}{TITLE} {report.nama} Periode {report.period_label}",
        author=report.kop.instansi,
        subject=f"NIP {nip_text(report.nip)}",
        keywords="manajemen talenta, rencana pengembangan individu, IDP",
    )
    draft = report.plan.status == "draf"
    label = f"{TITLE} Periode {report.period_label} \u2014 NIP {nip_text(report.nip)} \u2014 {report.nama}"
    if draft:
        label = f"DRAF \u2014 {label}"
    template.build(
        _Builder(report, template.width).story(),
        canvasmaker=numbered_canvas(label, fonts(), mark="DRAF" if draft else None),
    )
    return buffer.getvalue()


def render_idp_report(
    session: Session,
    nip: str,
    period_label: str,
    out: str | Path | BinaryIO,
    *,
    paper: str = "A4",
    today: date | None = None,
) -> IdpReport:
    """Write the IDP of the person with ``nip`` for the period to a path (atomically) or a binary stream.

    Returns what was printed. Raises ValueError (Indonesian message) for an unknown paper size,
    IdpReportError for an unknown NIP or a person without a plan, PeriodError for an unknown period;
    nothing is written then.
    """
    pagesize = page_size(paper)
    report = idp_report_data(session, nip, period_label, today=today)
    write_pdf(_build(report, pagesize), out)
    return report


def write_idp_report(report: IdpReport, out: str | Path | BinaryIO, *, paper: str = "A4") -> None:
    """Lay out data already read (see :func:`idp_report_data`); no database needed."""
    write_pdf(_build(report, page_size(paper)), out)
