"""The succession report: jabatan target and kritikal, their bench, and what needs attention (DOMAIN §6).

What a Kepala BKPSDM hands to the Sekretaris Daerah or the Bupati: how many posts are planned for, how
many talents the KRS holds for them ("analisis rasio"), which posts will fall vacant soon with nobody ready
now, and post by post who the successors are, how ready, and whether the committee has confirmed them (with
the number of the berita acara that did).

Data is read into plain values first (:func:`succession_report_data`), then laid out; the layout is the
shared naskah dinas shape of `layout`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import format_tanggal
from talenta_desktop.domain.jabatan import eselon_label
from talenta_desktop.domain.masking import initials, masked_identity
from talenta_desktop.domain.people import full_name
from talenta_desktop.models import Decision, Meeting, Person

from ..succession.posts import KIND_LABELS, BenchSummary, PostInfo, bench_summary, list_posts, vacancy_text
from ..succession.settings import Readiness, get_settings
from ..talent.periods import get_period
from .berita_acara_data import Kop
from .kop import agency_kop, agency_name, signing_city
from .layout import (
    FRAME_PADDING,
    INDENT,
    Styles,
    fonts,
    info_table,
    kop_flowables,
    nip_text,
    numbered_canvas,
    page_size,
    plain_style,
    report_template,
    ruled_table,
    section_heading,
    signature,
    text,
    widths,
    write_pdf,
)
from .talent_map_report import REDACTED_MARK, redaction_note

__all__ = [
    "SuccessionReport",
    "redact_succession_report",
    "render_succession_report",
    "succession_report_data",
    "write_succession_report",
]

TITLE = "Laporan Suksesi Jabatan Target/Kritikal"
LEGAL_BASIS = (
    "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah "
    "dengan Peraturan Pemerintah Nomor 17 Tahun 2020",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2020 tentang "
    "Manajemen Talenta Aparatur Sipil Negara sebagaimana telah diubah dengan Peraturan Menteri "
    "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 20 Tahun 2025",
)
STATUS_LABELS = {"usulan": "Usulan", "ditetapkan": "Ditetapkan"}
_DASH = "\u2014"


@dataclass(frozen=True)
class SuccessionReport:
    """Everything the report prints, read from the database in one go."""

    kop: Kop
    agency: str  # "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", for the signature
    city: str | None
    period_label: str
    reference_date: date
    today: date
    warning_months: int
    readiness: tuple[Readiness, ...]
    summary: BenchSummary
    posts: tuple[PostInfo, ...]
    names: dict[int, str]  # person id → name with gelar (incumbents and successors)
    confirmations: dict[int, tuple[str, date]]  # decision id → (berita acara number, meeting date)
    redacted: bool = False  # people as initials and masked NIPs (redact_succession_report)

    @property
    def urgent(self) -> tuple[PostInfo, ...]:
        return tuple(p for p in self.posts if p.id in set(self.summary.urgent))


def succession_report_data(
    session: Session, period_label: str, *, today: date | None = None
) -> SuccessionReport:
    """Read what the report prints; a PeriodError (Indonesian message) when the period does not exist."""
    period = get_period(session, period_label)
    today = today or date.today()
    settings = get_settings(session)
    posts = tuple(list_posts(session, period.label, settings=settings))
    summary = bench_summary(session, period.label, today=today)
    people = {p.incumbent_id for p in posts if p.incumbent_id} | {
        s.person_id for p in posts for s in p.successors
    }
    names = {
        pid: full_name(depan, nama, belakang)
        for pid, depan, nama, belakang in session.execute(
            select(Person.id, Person.gelar_depan, Person.nama, Person.gelar_belakang).where(
                Person.id.in_(people)
            )
        )
    }
    decisions = {s.decision_id for p in posts for s in p.successors if s.decision_id}
    confirmations = {
        did: (number, held_on)
        for did, number, held_on in session.execute(
            select(Decision.id, Meeting.number, Meeting.held_on)
            .join(Meeting, Meeting.id == Decision.meeting_id)
            .where(Decision.id.in_(decisions))
        )
    }
    return SuccessionReport(
        kop=agency_kop(session),
        agency=agency_name(session),
        city=signing_city(session),
        period_label=period.label,
        reference_date=period.reference_date,
        today=today,
        warning_months=settings.vacancy_warning_months,
        readiness=settings.readiness,
        summary=summary,
        posts=posts,
        names=names,
        confirmations=confirmations,
    )


def redact_succession_report(report: SuccessionReport) -> SuccessionReport:
    """The same report with incumbents and successors masked by the rule of ``domain.masking``: initials
    and masked NIPs, no successor's present jabatan, and no post notes (free text that may name people).
    The posts themselves are what the report is about, so they stay."""

    def successor(x):
        nama, nip = masked_identity(report.names.get(x.person_id, x.nama), x.nip)
        return replace(x, nama=nama, nip=nip, jabatan=None)

    def post(p: PostInfo) -> PostInfo:
        incumbent, incumbent_nip = p.incumbent, p.incumbent_nip
        if p.incumbent_id is not None:
            incumbent, masked_nip = masked_identity(
                report.names.get(p.incumbent_id, p.incumbent), p.incumbent_nip
            )
            incumbent_nip = masked_nip if p.incumbent_nip else None
        return replace(
            p,
            incumbent=incumbent,
            incumbent_nip=incumbent_nip,
            note=None,
            successors=tuple(successor(x) for x in p.successors),
        )

    return replace(
        report,
        redacted=True,
        posts=tuple(post(p) for p in report.posts),
        names={pid: initials(name) for pid, name in report.names.items()},
    )


def _number(value: float) -> str:
    """A figure as Indonesian text writes it: one decimal, decimal comma."""
    return f"{value:.1f}".replace(".", ",")


class _Builder:
    def __init__(self, report: SuccessionReport, frame_width: float) -> None:
        self.r = report
        self.s = Styles(fonts())
        self.width = frame_width - 2 * FRAME_PADDING
        self.inner = frame_width - INDENT
        self.section = 0
        self.note = ParagraphStyle(
            "succ_note", parent=self.s.note, leftIndent=INDENT, fontSize=8.5, leading=11
        )
        self.post_title = ParagraphStyle(
            "succ_post", parent=self.s.body, alignment=TA_LEFT, leftIndent=INDENT, spaceBefore=2, spaceAfter=3
        )

    def heading(self, title: str, room: float = 40 * mm) -> list[Flowable]:
        self.section += 1
        return section_heading(self.s, self.section, title, room=room)

    def name(self, person_id: int | None, fallback: str | None) -> str:
        return self.r.names.get(person_id, fallback or "") if person_id else (fallback or "")

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [*kop_flowables(self.r.kop, self.s, self.width)]
        story += self.title()
        story += self.summary()
        story += self.warnings()
        details = self.details()
        # The closing and the signature never stand alone on the last page: the last post goes with them.
        last = details.pop() if self.r.posts else None
        story += details
        story.append(KeepTogether([*([last] if last else []), *self.closing()]))
        return story

    # -- title and summary

    def title(self) -> list[Flowable]:
        r, s = self.r, self.s
        out: list[Flowable] = [
            Paragraph(f"<u>{text(TITLE).upper()}</u>", s.title),
            Paragraph(f"Periode Pemetaan Talenta {text(r.period_label)}", s.subtitle),
            Paragraph(f"Keadaan per {format_tanggal(r.today)}", s.number),
            Spacer(1, 6 * mm),
            Paragraph("Dasar:", s.label),
        ]
        for i, basis in enumerate(LEGAL_BASIS, start=1):
            out.append(Paragraph(text(basis) + ".", s.list_item, bulletText=f"{i}."))
        if r.redacted:
            out.append(Spacer(1, 3 * mm))
            out.append(
                Paragraph(
                    redaction_note("Jabatan sekarang para calon dan catatan jabatan tidak dicetak."),
                    self.note,
                )
            )
        return out

    def summary(self) -> list[Flowable]:
        r, s = self.r, self.s
        b = r.summary
        target = sum(p.kind == "target" for p in r.posts)
        kritikal = len(r.posts) - target
        successors = [x for p in r.posts for x in p.successors]
        confirmed = sum(x.status == "ditetapkan" for x in successors)
        enough = sum(len(p.successors) >= p.successors_needed for p in r.posts)
        rows = [
            ("Jabatan yang direncanakan", f"{len(r.posts)} jabatan ({target} jabatan target, {kritikal} jabatan kritikal)"),
            ("Talenta KRS (kotak 7–9)", f"{b.talents} orang"),
            ("Rasio talenta", f"{_number(b.ratio)} talenta KRS per jabatan"),
            ("Calon suksesor", f"{len(successors)} orang ({confirmed} ditetapkan komite, {len(successors) - confirmed} usulan)"),
            ("Suksesor siap sekarang", f"{b.with_ready} dari {len(r.posts)} jabatan mempunyai paling sedikit satu"),
            ("Jumlah suksesor terpenuhi", f"{enough} dari {len(r.posts)} jabatan"),
            ("Perlu perhatian segera", f"{len(b.urgent)} jabatan (lihat bagian II)"),
        ]  # fmt: skip
        out = self.heading("Ringkasan")
        out.append(info_table(s, [(k, text(v)) for k, v in rows], self.inner, label_width=52 * mm))
        categories = "; ".join(
            f"{text(x.label)}{' (dihitung siap)' if x.ready_now else ''}" for x in r.readiness
        )
        out.append(Spacer(1, 2 * mm))
        out.append(
            Paragraph(
                f"Kategori kesiapan: {categories}. Perkiraan lowong adalah tanggal pemangku jabatan mencapai "
                "batas usia pensiun (BUP) jabatan itu. Rasio talenta tidak mempunyai patokan nasional; "
                "dibaca bersama kesiapan calon.",
                self.note,
            )
        )
        return out

    # -- warnings

    def warnings(self) -> list[Flowable]:
        r, s = self.r, self.s
        out = self.heading("Jabatan yang Akan Lowong tanpa Suksesor Siap")
        urgent = r.urgent
        out.append(
            Paragraph(
                f"Jabatan yang telah lowong atau akan lowong dalam {r.warning_months} bulan sejak "
                f"{format_tanggal(r.today)}, dan belum mempunyai suksesor yang siap sekarang:"
                if urgent
                else f"Tidak ada jabatan yang lowong atau akan lowong dalam {r.warning_months} bulan tanpa "
                "suksesor yang siap sekarang.",
                s.body_indented,
            )
        )
        if not urgent:
            return out
        c = s
        rows = []
        for i, post in enumerate(urgent, start=1):
            rows.append(
                [
                    Paragraph(f"{i}.", c.cell_center),
                    [Paragraph(f"<b>{text(post.jabatan_nama)}</b>", c.cell), Paragraph(text(post.unit or ""), c.cell_small)],
                    self.incumbent_cell(post),
                    Paragraph(text(vacancy_text(post, r.today)), c.cell),
                    [
                        Paragraph(f"{len(post.successors)} calon dari {post.successors_needed} yang dibutuhkan", c.cell),
                        Paragraph(f"<b>Siap sekarang: {post.ready_now}</b>", c.cell),
                    ],
                ]
            )  # fmt: skip
        out.append(
            ruled_table(
                s,
                ["No", "Jabatan / unit kerja", "Pemangku", "Perkiraan lowong", "Suksesor"],
                rows,
                widths(self.inner, [7, 46, 38, 28, 31]),
                [("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#FBEAEA"))],
            )
        )
        return out

    def incumbent_cell(self, post: PostInfo) -> list[Flowable]:
        c = self.s
        if post.incumbent_id is None:
            return [Paragraph("<i>Lowong</i>", c.cell)]
        cell = [Paragraph(text(self.name(post.incumbent_id, post.incumbent)), c.cell)]
        if post.incumbent_nip:
            cell.append(Paragraph(f"NIP {text(nip_text(post.incumbent_nip))}", c.cell_small))
        return cell

    # -- post by post

    def details(self) -> list[Flowable]:
        out = self.heading("Rincian Jabatan dan Suksesor", room=80 * mm)
        if not self.r.posts:
            out.append(
                Paragraph(
                    "Belum ada jabatan target atau jabatan kritikal yang dicatat.", self.s.body_indented
                )
            )
            return out
        for i, post in enumerate(self.r.posts, start=1):
            out.append(self.post(i, post))
        return out

    def post(self, number: int, post: PostInfo) -> Flowable:
        r, s = self.r, self.s
        urgent = post.id in r.summary.urgent
        jenjang = post.jenjang_jabatan
        if post.eselon and eselon_label(post.eselon):
            jenjang += f" (eselon {eselon_label(post.eselon)})"
        pemangku = "<i>Lowong</i>"
        if post.incumbent_id is not None:
            pemangku = text(self.name(post.incumbent_id, post.incumbent))
            if post.incumbent_nip:
                pemangku += f", NIP {text(nip_text(post.incumbent_nip))}"
        vacancy = text(vacancy_text(post, r.today))
        if post.incumbent_id is not None:
            vacancy += f" (BUP {post.bup} tahun)"
        short = max(post.successors_needed - len(post.successors), 0)
        need = f"{post.successors_needed} orang" + (f" (<b>kurang {short}</b>)" if short else " (terpenuhi)")
        have = (
            f"{len(post.successors)} orang: siap sekarang {post.ready_now}, siap kemudian {post.ready_later}"
            if post.successors
            else "belum ada"
        )
        facts: list[tuple[str, object]] = [
            ("Unit kerja", text(post.unit or _DASH)),
            ("Jenjang", text(jenjang)),
        ]
        if post.min_golongan:
            facts.append(("Golongan paling rendah", text(post.min_golongan)))
        facts += [
            ("Pemangku", pemangku),
            ("Perkiraan lowong", vacancy),
            ("Kebutuhan suksesor", need),
            ("Suksesor tersedia", have),
        ]
        if post.note:
            facts.append(("Catatan", text(post.note)))
        label = KIND_LABELS.get(post.kind, post.kind)
        flag = ' <font color="#A61B1B">\u2014 PERLU PERHATIAN</font>' if urgent else ""
        head = Paragraph(
            f"<b>{number}. {text(post.jabatan_nama)}</b> <font size='9'>({text(label)})</font>{flag}",
            self.post_title,
        )
        block: list[Flowable] = [
            head,
            info_table(s, facts, self.inner, label_width=44 * mm),
            Spacer(1, 2 * mm),
        ]
        if not post.successors:
            block.append(Paragraph("<i>Belum ada calon suksesor.</i>", s.body_indented))
            return KeepTogether([*block, Spacer(1, 3 * mm)])
        c = s
        rows = []
        for i, x in enumerate(post.successors, start=1):
            who = [Paragraph(text(self.name(x.person_id, x.nama)), c.cell)]
            who.append(Paragraph(f"NIP {text(nip_text(x.nip))}", c.cell_small))
            if x.jabatan:
                who.append(Paragraph(text(x.jabatan), c.cell_note))
            status = [Paragraph(text(STATUS_LABELS.get(x.status, x.status)), c.cell)]
            if x.decision_id in r.confirmations:
                ba, held = r.confirmations[x.decision_id]
                status.append(Paragraph(f"BA {text(ba)}<br/>tanggal {format_tanggal(held)}", c.cell_small))
            rows.append(
                [
                    Paragraph(f"{i}.", c.cell_center),
                    who,
                    Paragraph(str(x.box) if x.box is not None else _DASH, c.cell_center),
                    Paragraph(("<b>%s</b>" if x.ready_now else "%s") % text(x.readiness_label), c.cell),
                    status,
                ]
            )
        block.append(
            ruled_table(
                s,
                [
                    "No",
                    "Inisial dan NIP" if r.redacted else "Nama, NIP dan jabatan sekarang",
                    "Kotak",
                    "Kesiapan",
                    "Status",
                ],
                rows,
                [7 * mm, self.inner - 77.5 * mm, 11.5 * mm, 23 * mm, 36 * mm],
            )
        )
        # A post's facts and its successors on one page: a table continued overleaf without the post's
        # name is a table nobody can read. (A bench taller than a page still splits, header repeated.)
        return KeepTogether([*block, Spacer(1, 5 * mm)])

    # -- closing

    def closing(self) -> list[Flowable]:
        r, s = self.r, self.s
        place = ", ".join(x for x in (text(r.city), format_tanggal(r.today)) if x)
        col = self.width / 2
        cell = [Paragraph(place, s.sign_place), *signature(s, f"Kepala {r.agency}", None, None)]
        return [
            Spacer(1, 8 * mm),
            Paragraph(
                "Demikian laporan ini dibuat sebagai bahan pertimbangan dalam perencanaan suksesi dan "
                "pengisian jabatan.",
                s.body,
            ),
            Spacer(1, 6 * mm),
            Table([["", cell]], colWidths=[col, col], style=plain_style(0)),
        ]


def _build(report: SuccessionReport, pagesize: tuple[float, float]) -> bytes:
    buffer = io.BytesIO()
    template = report_template(
        buffer,
        pagesize,
        title=f"{TITLE} Periode {report.period_label}",
        author=report.kop.instansi,
        subject=f"Keadaan per {format_tanggal(report.today)}",
        keywords="manajemen talenta, suksesi, jabatan target, jabatan kritikal",
    )
    label = f"{TITLE} \u2014 Periode {report.period_label} \u2014 keadaan per {format_tanggal(report.today)}"
    if report.redacted:
        label += f" \u2014 {REDACTED_MARK}"
    template.build(_Builder(report, template.width).story(), canvasmaker=numbered_canvas(label, fonts()))
    return buffer.getvalue()


def render_succession_report(
    session: Session,
    period_label: str,
    out: str | Path | BinaryIO,
    *,
    paper: str = "A4",
    today: date | None = None,
) -> SuccessionReport:
    """Write the succession report of a period to a path (atomically) or a binary stream.

    Returns what was printed, so a caller can say how many posts the report covers. Raises ValueError
    (Indonesian message) for an unknown paper size, and the period service's PeriodError for an unknown
    period; nothing is written then.
    """
    pagesize = page_size(paper)
    report = succession_report_data(session, period_label, today=today)
    write_pdf(_build(report, pagesize), out)
    return report


def write_succession_report(
    report: SuccessionReport, out: str | Path | BinaryIO, *, paper: str = "A4"
) -> None:
    """Lay out data already read (see :func:`succession_report_data`); no database needed."""
    write_pdf(_build(report, page_size(paper)), out)
