"""The executive summary (ringkasan eksekutif) of a period for the Pejabat Pembina Kepegawaian, as a PDF.

Two to four pages a Bupati or Wali Kota reads before a meeting: how many civil servants are mapped and how
many still cannot be, how large the talent pool (KRS, boxes 7–9) is, how many jabatan target/kritikal have
nobody ready to take over, how many staff reached 20 JP, the distribution against the scheme's guideline
as a chart, who moved up or down since the previous period, the largest OPD box by box, the posts without
a ready successor, and 20 JP compliance per OPD.

Every figure comes from the service that computes it for the screens (talent map, succession, development),
so the paper and the application never disagree. Data is read into plain values first
(:func:`executive_report_data`), then laid out in the shared naskah dinas shape of `layout`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import format_tanggal
from talenta_desktop.domain.masking import masked_identity
from talenta_desktop.domain.ninebox import TALENT_POOL_BOXES
from talenta_desktop.models import Instansi

from ..development.plans import JP_MINIMUM, jp_compliance
from ..personnel import personnel_frame
from ..succession.posts import KIND_LABELS, bench_summary, list_posts, vacancy_text
from ..succession.settings import get_settings
from ..talent.talent_map import (
    DOWN,
    MOVEMENT_ORDER,
    NEW,
    OUT,
    SAME,
    SIDEWAYS,
    UP,
    distribution,
    distribution_by_unit,
    move_direction,
    movement_matrix,
    movement_summary,
    talent_map,
)
from .berita_acara_data import Kop
from .kop import agency_kop, agency_name, signing_city
from .layout import (
    FRAME_PADDING,
    INDENT,
    Styles,
    fonts,
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
from .talent_map_report import (
    BOX_COLORS,
    BOX_TINTS,
    INK,
    MUTED,
    REDACTED_MARK,
    BoxShare,
    angka,
    desimal,
    persen,
    redaction_note,
    report_period,
)

__all__ = [
    "ExecutiveReport",
    "JpUnit",
    "PostGap",
    "UnitRow",
    "executive_report_data",
    "redact_executive_report",
    "render_executive_report",
    "write_executive_report",
]

TITLE = "Ringkasan Eksekutif Manajemen Talenta"
TOP_UNITS = 10  # unit induk listed one by one in the distribution table; the rest summed
MOVEMENT_LABELS = {
    UP: "Naik",
    SIDEWAYS: "Bergeser",
    DOWN: "Turun",
    SAME: "Tetap",
    NEW: "Baru dipetakan",
    OUT: "Keluar dari peta",
}
MOVE_TINTS = {UP: "#D4EFDF", DOWN: "#F6D5D4", SIDEWAYS: "#FCF0C0", SAME: "#DADDE2"}
PPK = {"kabupaten": "Bupati", "kota": "Wali Kota", "provinsi": "Gubernur"}
_DASH = "\u2014"
RED = "#A61B1B"


@dataclass(frozen=True)
class UnitRow:
    unit: str
    counts: tuple[int, ...]  # people in boxes 1–9
    total: int

    @property
    def krs(self) -> int:
        return sum(self.counts[b - 1] for b in TALENT_POOL_BOXES)


@dataclass(frozen=True)
class PostGap:
    """A jabatan target/kritikal without a successor ready now."""

    jabatan: str
    kind: str  # label
    unit: str | None
    incumbent: str | None
    incumbent_nip: str | None
    vacancy: str  # in words: "Lowong", "1 Juli 2026 (5 bulan lagi)"
    successors: int
    needed: int
    urgent: bool  # vacant (soon) within the warning window


@dataclass(frozen=True)
class JpUnit:
    unit: str
    people: int
    meeting: int  # reached JP_MINIMUM

    @property
    def share(self) -> float:
        return self.meeting / self.people * 100 if self.people else 0.0


@dataclass(frozen=True)
class ExecutiveReport:
    """Everything the summary prints, read from the database in one go."""

    kop: Kop
    agency: str  # for the signature
    city: str | None
    addressee: str | None  # "Bupati Sukamaju Timur"
    period_label: str
    reference_date: date
    scheme: str | None
    previous_label: str | None
    today: date
    people: int  # in the period's map: placed and held
    placed: int
    holding: int
    shares: tuple[BoxShare, ...]  # boxes 1–9
    movement: dict[str, int]  # MOVEMENT_ORDER
    matrix: tuple[tuple[int, ...], ...]  # [from box − 1][to box − 1]
    units: tuple[UnitRow, ...]  # every unit induk, most people first
    posts: int
    warning_months: int
    gaps: tuple[PostGap, ...]  # urgent first
    jp_year: int
    jp_people: int
    jp_meeting: int
    jp_units: tuple[JpUnit, ...]  # lowest compliance first
    redacted: bool = False  # incumbents as initials and masked NIPs (redact_executive_report)

    @property
    def krs(self) -> int:
        return sum(s.count for s in self.shares if s.box in TALENT_POOL_BOXES)

    @property
    def krs_percent(self) -> float:
        return self.krs / self.placed * 100 if self.placed else 0.0

    @property
    def jp_percent(self) -> float:
        return self.jp_meeting / self.jp_people * 100 if self.jp_people else 0.0

    @property
    def has_guideline(self) -> bool:
        return any(s.guideline for s in self.shares)


def _addressee(session: Session) -> str | None:
    row = session.execute(select(Instansi.nama, Instansi.jenis).order_by(Instansi.id).limit(1)).first()
    if row is None or row.jenis not in PPK:
        return None
    name = " ".join(row.nama.split())
    for prefix in (
        "Pemerintah Kabupaten ",
        "Pemerintah Kota ",
        "Pemerintah Provinsi ",
        "Kabupaten ",
        "Kota ",
        "Provinsi ",
    ):
        if name.lower().startswith(prefix.lower()):
            name = name[len(prefix) :]
            break
    return f"{PPK[row.jenis]} {name}"


def executive_report_data(
    session: Session, period_label: str, *, today: date | None = None
) -> ExecutiveReport:
    """Read what the summary prints. ReportError (Indonesian, naming the value) for an unknown period or
    one not yet mapped. JP compliance counts every employee, in the calendar year of the period's
    reference date."""
    today = today or date.today()
    period = report_period(session, period_label)
    tm = talent_map(session, period.label)
    frame = tm.frame
    dist = distribution(frame, tm.guideline)
    guided = bool(tm.guideline)
    shares = tuple(
        BoxShare(
            b,
            int(dist.at[b, "count"]),
            float(dist.at[b, "percent"]),
            float(dist.at[b, "guideline"]) if guided else None,
            float(dist.at[b, "difference"]) if guided else None,
        )
        for b in range(1, 10)
    )
    matrix = movement_matrix(frame)
    by_unit = distribution_by_unit(frame)
    units = tuple(
        UnitRow(str(name), tuple(int(row[b]) for b in range(1, 10)), int(row["total"]))
        for name, row in by_unit.iterrows()
    )
    settings = get_settings(session)
    posts = list_posts(session, period.label, settings=settings)
    urgent = set(bench_summary(session, period.label, today=today).urgent)
    gaps = [
        PostGap(
            p.jabatan_nama,
            KIND_LABELS.get(p.kind, p.kind),
            p.unit,
            p.incumbent,
            p.incumbent_nip,
            vacancy_text(p, today),
            len(p.successors),
            p.successors_needed,
            p.id in urgent,
        )
        for p in sorted(
            posts, key=lambda p: (p.id not in urgent, p.months_to_vacancy(today) or 0, p.jabatan_nama)
        )
        if p.lacks_ready()
    ]
    staff = personnel_frame(session, columns=("id", "unit_induk"))
    year = period.reference_date.year
    compliance = jp_compliance(session, year, staff["id"].astype(int))
    short = set(compliance.below["person_id"].astype(int))
    staff = staff.assign(
        unit_induk=staff["unit_induk"].fillna(_DASH), meets=~staff["id"].astype(int).isin(short)
    )
    per_unit = staff.groupby("unit_induk")["meets"].agg(["size", "sum"])
    jp_units = sorted(
        (JpUnit(str(name), int(row["size"]), int(row["sum"])) for name, row in per_unit.iterrows()),
        key=lambda u: (u.share, -u.people, u.unit),
    )
    return ExecutiveReport(
        kop=agency_kop(session),
        agency=agency_name(session),
        city=signing_city(session),
        addressee=_addressee(session),
        period_label=period.label,
        reference_date=period.reference_date,
        scheme=period.scheme_title,
        previous_label=tm.previous.label if tm.previous else None,
        today=today,
        people=len(frame),
        placed=int(frame["box"].notna().sum()),
        holding=int(frame["holding_reason"].notna().sum()),
        shares=shares,
        movement=movement_summary(frame),
        matrix=tuple(tuple(int(matrix.at[a, b]) for b in range(1, 10)) for a in range(1, 10)),
        units=units,
        posts=len(posts),
        warning_months=settings.vacancy_warning_months,
        gaps=tuple(gaps),
        jp_year=year,
        jp_people=compliance.people,
        jp_meeting=compliance.meeting,
        jp_units=tuple(jp_units),
    )


def redact_executive_report(report: ExecutiveReport) -> ExecutiveReport:
    """The same summary with the incumbents of the posts masked by the rule of ``domain.masking``
    (initials, masked NIP). The summary names nobody else; the posts themselves are what it reports on,
    so they stay."""

    def masked(gap: PostGap) -> PostGap:
        if gap.incumbent is None:
            return gap
        nama, nip = masked_identity(gap.incumbent, gap.incumbent_nip)
        return replace(gap, incumbent=nama, incumbent_nip=nip if gap.incumbent_nip else None)

    return replace(report, redacted=True, gaps=tuple(masked(g) for g in report.gaps))


# ------------------------------------------------------------------------------------------- layout


def _signed(value: float) -> str:
    return ("+" if value > 0 else "\u2212" if value < 0 else "") + desimal(abs(value))


class _Builder:
    def __init__(self, report: ExecutiveReport, frame_width: float) -> None:
        self.r = report
        self.s = Styles(fonts())
        self.width = frame_width - 2 * FRAME_PADDING
        self.inner = self.width - INDENT
        self.section = 0
        self.note = ParagraphStyle("ex_note", parent=self.s.note, leftIndent=INDENT, fontSize=8.5, leading=11)
        self.body = ParagraphStyle("ex_body", parent=self.s.body_indented, fontSize=10.5, leading=14)
        f = self.s.fonts
        self.tile_number = ParagraphStyle(
            "ex_tile_n", fontName=f.bold, fontSize=19, leading=22, alignment=1, textColor=colors.HexColor(INK)
        )
        self.tile_text = ParagraphStyle(
            "ex_tile_t",
            fontName=f.regular,
            fontSize=8.5,
            leading=10.5,
            alignment=1,
            textColor=colors.HexColor(INK),
        )

    def heading(self, title: str, room: float = 40 * mm) -> list[Flowable]:
        self.section += 1
        return section_heading(self.s, self.section, title, room=room)

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [*kop_flowables(self.r.kop, self.s, self.width)]
        story += self.title()
        story += self.headline()
        story += self.distribution()
        story += self.movement()
        story += self.units()
        story += self.gaps()
        # The JP section whole on one page when it fits; the signature never alone on a page.
        story.append(KeepTogether(self.jp()))
        story.append(KeepTogether(self.closing()))
        return story

    def title(self) -> list[Flowable]:
        r, s = self.r, self.s
        out: list[Flowable] = [
            Paragraph(f"<u>{text(TITLE).upper()}</u>", s.title),
            Paragraph(f"Periode Pemetaan Talenta {text(r.period_label)}", s.subtitle),
            Paragraph(f"Dicetak {format_tanggal(r.today)}", s.number),
            Spacer(1, 5 * mm),
        ]
        to = f" kepada {text(r.addressee)} selaku Pejabat Pembina Kepegawaian" if r.addressee else ""
        out.append(
            Paragraph(
                f"Ringkasan ini disampaikan{to} sebagai gambaran hasil pemetaan talenta periode "
                f"{text(r.period_label)} (tanggal acuan {format_tanggal(r.reference_date)}; skema "
                f"{text(r.scheme or _DASH)}), kesiapan suksesi jabatan target/kritikal, dan pemenuhan "
                f"pengembangan kompetensi.",
                ParagraphStyle("ex_lead", parent=self.s.body, fontSize=10.5, leading=14),
            )
        )
        if r.redacted:
            out.append(Spacer(1, 2 * mm))
            out.append(
                Paragraph(redaction_note(), ParagraphStyle("ex_redacted", parent=self.note, leftIndent=0))
            )
        return out

    # -- headline figures

    def tile(self, number: str, caption: str, *, alert: bool = False) -> list[Flowable]:
        style = self.tile_number
        if alert:
            style = ParagraphStyle("ex_tile_alert", parent=style, textColor=colors.HexColor(RED))
        return [Paragraph(number, style), Paragraph(caption, self.tile_text)]

    def headline(self) -> list[Flowable]:
        r = self.r
        lacking = len(r.gaps)
        placed_share = r.placed / r.people * 100 if r.people else 0.0
        tiles = [
            self.tile(
                angka(r.placed),
                f"pegawai dipetakan<br/>({persen(placed_share)} dari {angka(r.people)} pegawai)",
            ),
            self.tile(
                angka(r.holding),
                "pegawai belum dapat dipetakan<br/>(data belum lengkap/tidak memenuhi syarat)",
            ),
            self.tile(
                angka(r.krs), f"talenta KRS (kotak 7–9)<br/>{persen(r.krs_percent)} dari yang dipetakan"
            ),
            self.tile(angka(r.posts), "jabatan target/kritikal<br/>yang direncanakan suksesinya"),
            self.tile(
                angka(lacking), "jabatan target/kritikal<br/>tanpa suksesor siap sekarang", alert=lacking > 0
            ),
            self.tile(
                persen(r.jp_percent),
                f"pegawai memenuhi {JP_MINIMUM} JP<br/>tahun {r.jp_year}"
                f" ({angka(r.jp_meeting)} dari {angka(r.jp_people)})",
            ),
        ]
        col = self.inner / 3
        table = Table(
            [tiles[:3], tiles[3:]],
            colWidths=[col] * 3,
            hAlign="RIGHT",
            style=[
                ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#B8C0CC")),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#B8C0CC")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3F5F8")),
                ("BACKGROUND", (2, 0), (2, 0), colors.HexColor(BOX_TINTS[9])),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ],
        )
        return [*self.heading("Angka Utama", room=60 * mm), table]

    # -- distribution against the guideline

    def chart(self) -> Drawing:
        r, f = self.r, self.s.fonts
        guided = r.has_guideline
        height = 64 * mm
        d = Drawing(self.inner, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 12 * mm, 11 * mm
        chart.width, chart.height = self.inner - 16 * mm, height - 22 * mm
        chart.data = [[s.percent for s in r.shares]] + (
            [[s.guideline or 0.0 for s in r.shares]] if guided else []
        )
        top = max(max(row) for row in chart.data) if chart.data[0] else 0
        step = 10 if top > 25 else 5
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = max(step, (int(top // step) + 1) * step)
        chart.valueAxis.valueStep = step
        chart.valueAxis.labels.fontName = f.regular
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labelTextFormat = lambda v: f"{int(v)}%"
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = colors.HexColor("#D5DAE1")
        chart.valueAxis.gridStrokeWidth = 0.4
        chart.valueAxis.strokeColor = colors.HexColor("#8A93A0")
        chart.categoryAxis.categoryNames = [f"Kotak {b}" for b in range(1, 10)]
        chart.categoryAxis.labels.fontName = f.bold
        chart.categoryAxis.labels.fontSize = 7.5
        chart.categoryAxis.labels.dy = -2
        chart.categoryAxis.strokeColor = colors.HexColor("#8A93A0")
        chart.groupSpacing = 6
        chart.barSpacing = 1
        chart.bars.strokeWidth = 0.4
        chart.bars.strokeColor = colors.HexColor("#5B6473")
        for i in range(9):
            chart.bars[(0, i)].fillColor = colors.HexColor(BOX_COLORS[i + 1])
        if guided:
            chart.bars[1].fillColor = colors.HexColor("#C9CFD8")
        chart.barLabelFormat = lambda v: persen(v)
        chart.barLabels.fontName = f.regular
        chart.barLabels.fontSize = 6.5
        chart.barLabels.nudge = 5
        chart.barLabels.boxAnchor = "s"
        d.add(chart)
        # legend, top left
        y = height - 4 * mm
        x = chart.x + 2 * mm
        d.add(
            Rect(
                x,
                y - 1,
                8,
                6,
                fillColor=colors.HexColor(BOX_COLORS[5]),
                strokeColor=colors.HexColor("#5B6473"),
                strokeWidth=0.4,
            )
        )
        d.add(
            String(
                x + 11,
                y,
                f"Realisasi periode {r.period_label} (% dari yang dipetakan)",
                fontName=f.regular,
                fontSize=7.5,
            )
        )
        if guided:
            x2 = x + 80 * mm
            d.add(
                Rect(
                    x2,
                    y - 1,
                    8,
                    6,
                    fillColor=colors.HexColor("#C9CFD8"),
                    strokeColor=colors.HexColor("#5B6473"),
                    strokeWidth=0.4,
                )
            )
            d.add(String(x2 + 11, y, "Pedoman sebaran skema penilaian", fontName=f.regular, fontSize=7.5))
        d.hAlign = "RIGHT"
        return d

    def distribution(self) -> list[Flowable]:
        r = self.r
        out = self.heading("Sebaran Talenta terhadap Pedoman", room=85 * mm)
        out.append(self.chart())
        if r.has_guideline and r.placed:
            over = max(r.shares, key=lambda s: s.difference or 0.0)
            under = min(r.shares, key=lambda s: s.difference or 0.0)
            parts = []
            if (over.difference or 0) > 0:
                parts.append(
                    f"kotak {over.box} paling melebihi pedoman ({persen(over.percent)}, pedoman "
                    f"{persen(over.guideline or 0)}; {_signed(over.difference or 0)} poin)"
                )
            if (under.difference or 0) < 0:
                parts.append(
                    f"kotak {under.box} paling kurang dari pedoman ({persen(under.percent)}, pedoman "
                    f"{persen(under.guideline or 0)}; {_signed(under.difference or 0)} poin)"
                )
            if parts:
                out.append(Spacer(1, 1 * mm))
                out.append(Paragraph("Terhadap pedoman, " + "; ".join(parts) + ".", self.body))
        return out

    # -- movement

    def movement(self) -> list[Flowable]:
        r, c = self.r, self.s
        if r.previous_label is None:
            out = self.heading("Pergerakan Talenta", room=30 * mm)
            out.append(Paragraph("Belum ada periode sebelumnya untuk dibandingkan.", self.body))
            return out
        out = self.heading(f"Pergerakan Talenta sejak Periode {r.previous_label}", room=95 * mm)
        header = [text(MOVEMENT_LABELS[m]) for m in MOVEMENT_ORDER]
        row = [Paragraph(f"<b>{angka(r.movement[m])}</b>", c.cell_center) for m in MOVEMENT_ORDER]
        tints = [
            ("BACKGROUND", (i, 1), (i, 1), colors.HexColor(MOVE_TINTS[m]))
            for i, m in enumerate(MOVEMENT_ORDER)
            if m in MOVE_TINTS
        ]
        out.append(ruled_table(c, header, [row], [self.inner / 6] * 6, tints))
        out.append(Spacer(1, 1.5 * mm))
        out.append(
            Paragraph(
                "Naik/turun: jumlah tingkat kinerja dan potensial bertambah/berkurang; bergeser: pindah kotak "
                "dengan jumlah tingkat yang sama; baru dipetakan: belum dipetakan pada periode sebelumnya; "
                "keluar dari peta: dipetakan pada periode sebelumnya, kini belum dapat dipetakan.",
                self.note,
            )
        )
        out.append(Spacer(1, 3 * mm))
        out.append(KeepTogether(self.matrix()))
        return out

    def matrix(self) -> list[Flowable]:
        r, c = self.r, self.s
        head = [
            Paragraph(
                f"<b>{r.previous_label} \u2193 / {r.period_label} \u2192</b>"
                if "\u2192" in c.fonts.arrow
                else f"<b>{r.previous_label} / {r.period_label}</b>",
                c.cell_center,
            )
        ]
        head += [Paragraph(f"<b>{b}</b>", c.cell_center) for b in range(1, 10)]
        head.append(Paragraph("<b>Jumlah</b>", c.cell_center))
        data: list[list] = [head]
        style: list[tuple] = []
        for a in range(1, 10):
            counts = r.matrix[a - 1]
            line: list = [Paragraph(f"<b>Kotak {a}</b>", c.cell_center)]
            for b in range(1, 10):
                n = counts[b - 1]
                line.append(angka(n) if n else "\u00b7")
                if n:
                    tint = MOVE_TINTS[move_direction(a, b)]
                    style.append(("BACKGROUND", (b, a), (b, a), colors.HexColor(tint)))
            line.append(Paragraph(f"<b>{angka(sum(counts))}</b>", c.cell_center))
            data.append(line)
        totals = [sum(r.matrix[a][b] for a in range(9)) for b in range(9)]
        data.append(
            [
                Paragraph("<b>Jumlah</b>", c.cell_center),
                *[Paragraph(f"<b>{angka(t)}</b>", c.cell_center) for t in totals],
                Paragraph(f"<b>{angka(sum(totals))}</b>", c.cell_center),
            ]
        )
        first = 30 * mm
        cols = [first, *([(self.inner - first - 16 * mm) / 9] * 9), 16 * mm]
        table = Table(
            data,
            colWidths=cols,
            hAlign="RIGHT",
            style=[
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E6E6E6")),
                ("BACKGROUND", (-1, 0), (-1, -1), colors.HexColor("#F3F5F8")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F3F5F8")),
                ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (1, 1), (-2, -2), c.fonts.regular),
                ("FONTSIZE", (1, 1), (-2, -2), 8.5),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                *style,
            ],
        )
        legend = Paragraph(
            f"Baris: kotak pada periode {text(r.previous_label)}; kolom: kotak pada periode "
            f"{text(r.period_label)}; hanya pegawai yang dipetakan pada kedua periode. Warna: "
            f'<font backColor="{MOVE_TINTS[UP]}">&nbsp;naik&nbsp;</font> '
            f'<font backColor="{MOVE_TINTS[SIDEWAYS]}">&nbsp;bergeser&nbsp;</font> '
            f'<font backColor="{MOVE_TINTS[DOWN]}">&nbsp;turun&nbsp;</font> '
            f'<font backColor="{MOVE_TINTS[SAME]}">&nbsp;tetap&nbsp;</font>.',
            self.note,
        )
        return [
            Paragraph("<b>Matriks perpindahan kotak</b>", self.body),
            Spacer(1, 1 * mm),
            table,
            Spacer(1, 1.5 * mm),
            legend,
        ]

    # -- units

    def units(self) -> list[Flowable]:
        r, c = self.r, self.s
        out = self.heading("Sebaran Talenta per Unit Induk", room=70 * mm)
        if not r.units:
            out.append(Paragraph("Belum ada pegawai yang dipetakan.", self.body))
            return out
        shown = list(r.units[:TOP_UNITS])
        rest = r.units[TOP_UNITS:]
        rows = []
        for u in shown:
            rows.append(self.unit_row(text(u.unit), u.counts, u.total))
        if rest:
            counts = tuple(sum(u.counts[i] for u in rest) for i in range(9))
            rows.append(
                self.unit_row(f"<i>{len(rest)} unit induk lainnya</i>", counts, sum(u.total for u in rest))
            )
        all_counts = tuple(sum(u.counts[i] for u in r.units) for i in range(9))
        rows.append(self.unit_row("<b>Jumlah</b>", all_counts, sum(u.total for u in r.units), bold=True))
        header = ["Unit induk", *[str(b) for b in range(1, 10)], "Jumlah", "KRS"]
        box_w = 7.6 * mm
        cols = [self.inner - 9 * box_w - 14 * mm - 20 * mm, *([box_w] * 9), 14 * mm, 20 * mm]
        extra = [("BACKGROUND", (b, 0), (b, 0), colors.HexColor(BOX_TINTS[b])) for b in range(1, 10)]
        extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#F3F5F8")))
        out.append(KeepTogether(ruled_table(c, header, rows, cols, extra)))
        out.append(Spacer(1, 1.5 * mm))
        out.append(
            Paragraph(
                f"{min(TOP_UNITS, len(r.units))} unit induk dengan pegawai terpetakan terbanyak; angka per kotak "
                "dalam orang; KRS: jumlah kotak 7–9 dan persentasenya dari pegawai terpetakan unit itu.",
                self.note,
            )
        )
        return out

    def unit_row(self, name: str, counts: tuple[int, ...], total: int, *, bold: bool = False) -> list:
        c = self.s
        krs = sum(counts[b - 1] for b in TALENT_POOL_BOXES)
        wrap = "<b>%s</b>" if bold else "%s"
        return [
            Paragraph(name, c.cell),
            *[Paragraph(wrap % angka(n), c.cell_center) for n in counts],
            Paragraph(f"<b>{angka(total)}</b>", c.cell_center),
            Paragraph(wrap % f"{angka(krs)} ({persen(krs / total * 100 if total else 0)})", c.cell_center),
        ]

    # -- posts without a ready successor

    def gaps(self) -> list[Flowable]:
        r, c = self.r, self.s
        out = self.heading("Jabatan Target/Kritikal tanpa Suksesor Siap", room=55 * mm)
        if not r.posts:
            out.append(Paragraph("Belum ada jabatan target atau jabatan kritikal yang dicatat.", self.body))
            return out
        if not r.gaps:
            out.append(
                Paragraph(
                    f"Seluruh {angka(r.posts)} jabatan target/kritikal telah mempunyai paling sedikit "
                    "satu suksesor yang siap sekarang.",
                    self.body,
                )
            )
            return out
        urgent = sum(g.urgent for g in r.gaps)
        out.append(
            Paragraph(
                f"{angka(len(r.gaps))} dari {angka(r.posts)} jabatan belum mempunyai suksesor yang siap sekarang; "
                f"<b>{angka(urgent)}</b> di antaranya telah lowong atau akan lowong dalam {r.warning_months} bulan "
                "(ditandai merah).",
                self.body,
            )
        )
        rows, extra = [], []
        for i, g in enumerate(r.gaps, start=1):
            who = (
                [Paragraph("<i>Lowong</i>", c.cell)]
                if g.incumbent is None
                else [
                    Paragraph(text(g.incumbent), c.cell),
                    Paragraph(f"NIP {text(nip_text(g.incumbent_nip))}", c.cell_small),
                ]
            )
            rows.append(
                [
                    Paragraph(f"{i}.", c.cell_center),
                    [
                        Paragraph(f"<b>{text(g.jabatan)}</b>", c.cell),
                        Paragraph(text(g.kind), c.cell_small),
                        Paragraph(text(g.unit or _DASH), c.cell_note),
                    ],
                    who,
                    Paragraph(text(g.vacancy), c.cell),
                    Paragraph(
                        f"{g.successors} dari {g.needed}" if g.successors else "<b>belum ada</b>",
                        c.cell_center,
                    ),
                ]
            )
            if g.urgent:
                extra.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#FBEAEA")))
        out.append(
            ruled_table(
                c,
                ["No", "Jabatan / unit kerja", "Pemangku", "Perkiraan lowong", "Calon suksesor"],
                rows,
                widths(self.inner, [7, 52, 38, 32, 19]),
                extra,
            )
        )
        return out

    # -- JP compliance per unit

    def jp(self) -> list[Flowable]:
        r, c = self.r, self.s
        out = self.heading(f"Pemenuhan {JP_MINIMUM} JP Tahun {r.jp_year} per Unit Induk", room=60 * mm)
        bar_w = 38 * mm
        rows = []
        for u in r.jp_units:
            rows.append(
                [
                    Paragraph(text(u.unit), c.cell),
                    Paragraph(angka(u.people), c.cell_center),
                    Paragraph(angka(u.meeting), c.cell_center),
                    Paragraph(f"<b>{persen(u.share)}</b>", c.cell_center),
                    self.bar(u.share, bar_w),
                ]
            )
        rows.append(
            [
                Paragraph("<b>Jumlah</b>", c.cell),
                Paragraph(f"<b>{angka(r.jp_people)}</b>", c.cell_center),
                Paragraph(f"<b>{angka(r.jp_meeting)}</b>", c.cell_center),
                Paragraph(f"<b>{persen(r.jp_percent)}</b>", c.cell_center),
                self.bar(r.jp_percent, bar_w),
            ]
        )
        cols = [self.inner - 18 * mm - 22 * mm - 16 * mm - bar_w - 4, 18 * mm, 22 * mm, 16 * mm, bar_w + 4]
        table = ruled_table(
            c,
            ["Unit induk", "Pegawai", f"Memenuhi {JP_MINIMUM} JP", "%", "Capaian"],
            rows,
            cols,
            [
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#F3F5F8")),
            ],
        )
        out.append(
            Paragraph(
                f"Pegawai yang mencapai paling sedikit {JP_MINIMUM} JP pengembangan kompetensi pada tahun "
                f"{r.jp_year} (riwayat diklat dan kegiatan pengembangan yang selesai); unit dengan capaian "
                "terendah di atas.",
                self.body,
            )
        )
        out.append(table)
        return out

    def bar(self, percent: float, width: float) -> Drawing:
        d = Drawing(width, 7)
        d.add(Rect(0, 0.5, width, 6, fillColor=colors.HexColor("#EEF0F3"), strokeColor=None))
        colour = BOX_COLORS[8] if percent >= 80 else BOX_COLORS[6] if percent >= 50 else BOX_COLORS[1]
        d.add(
            Rect(
                0,
                0.5,
                width * max(0.0, min(percent, 100.0)) / 100,
                6,
                fillColor=colors.HexColor(colour),
                strokeColor=None,
            )
        )
        d.add(Rect(0, 0.5, width, 6, fillColor=None, strokeColor=colors.HexColor(MUTED), strokeWidth=0.3))
        return d

    # -- closing

    def closing(self) -> list[Flowable]:
        r, s = self.r, self.s
        place = ", ".join(x for x in (text(r.city), format_tanggal(r.today)) if x)
        col = self.width / 2
        cell = [Paragraph(place, s.sign_place), *signature(s, f"Kepala {r.agency}", None, None)]
        return [Spacer(1, 8 * mm), Table([["", cell]], colWidths=[col, col], style=plain_style(0))]


def _build(report: ExecutiveReport, pagesize: tuple[float, float]) -> bytes:
    buffer = io.BytesIO()
    template = report_template(
        buffer,
        pagesize,
        title=f"{TITLE} Periode {report.period_label}",
        author=report.kop.instansi,
        subject=f"Dicetak {format_tanggal(report.today)}",
        keywords="manajemen talenta, ringkasan eksekutif, peta talenta, suksesi",
    )
    label = f"{TITLE} \u2014 Periode {report.period_label} \u2014 dicetak {format_tanggal(report.today)}"
    if report.redacted:
        label += f" \u2014 {REDACTED_MARK}"
    template.build(_Builder(report, template.width).story(), canvasmaker=numbered_canvas(label, fonts()))
    return buffer.getvalue()


def write_executive_report(report: ExecutiveReport, out: str | Path | BinaryIO, *, paper: str = "A4") -> None:
    """Lay out data already read (see :func:`executive_report_data`); no database needed. ``out`` is a
    path (written atomically) or a binary stream. ValueError for an unknown paper size."""
    write_pdf(_build(report, page_size(paper)), out)


def render_executive_report(
    session: Session,
    period_label: str,
    out: str | Path | BinaryIO,
    *,
    paper: str = "A4",
    today: date | None = None,
) -> ExecutiveReport:
    """Read and write in one call; returns what was printed. Nothing is written on an error."""
    pagesize = page_size(paper)
    report = executive_report_data(session, period_label, today=today)
    write_pdf(_build(report, pagesize), out)
    return report
