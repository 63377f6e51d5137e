"""The talent map (peta talenta) of a period as a PDF: the nine-box, the distribution against the scheme's
guideline, everyone box by box, the committee's calibrations and the holding area (DOMAIN §3–§5).

What the Komite Talenta reads before and after a meeting, and what a Kepala OPD receives for their own unit
(``unit`` narrows the map to a unit and everything below it). The nine-box is drawn as the application and
BKN draw it — potensial left to right, kinerja bottom to top, boxes 4-7-9 / 2-5-8 / 1-3-6 — with the
application's box colours, so the paper and the projector look alike.

This module also holds what the profile and executive reports share with it: the drawn nine-box, the box
colours, Indonesian number formatting, and the lookup of a period and a unit with messages that name the
value typed.

Data is read into plain values first (:func:`talent_map_report_data`), then laid out in the shared naskah
dinas shape of `layout`.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

import pandas as pd
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import format_tanggal
from talenta_desktop.domain.masking import masked_identity, redact_hukdis
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, message_of
from talenta_desktop.domain.ninebox import (
    KINERJA_LABELS,
    POTENSIAL_LABELS,
    REKOMENDASI,
    TALENT_POOL_BOXES,
    Level,
    box_levels,
    grid_position,
)
from talenta_desktop.models import Meeting, Unit

from ..overview import instansi_name
from ..talent.periods import PeriodError, PeriodInfo, get_period
from ..talent.talent_map import distribution, talent_map
from ..units import subtree_ids
from .berita_acara_data import Kop
from .errors import ReportError
from .kop import agency_kop
from .layout import (
    FRAME_PADDING,
    INDENT,
    TABLE_SIZE,
    Fonts,
    Styles,
    fitted,
    fonts,
    grid_style,
    info_table,
    kop_flowables,
    nip_text,
    numbered_canvas,
    page_size,
    report_template,
    ruled_table,
    section_heading,
    text,
    widths,
    write_pdf,
)

__all__ = [
    "BOX_COLORS",
    "BOX_TINTS",
    "INK",
    "MUTED",
    "BoxShare",
    "MapPerson",
    "TalentMapReport",
    "angka",
    "box_description",
    "desimal",
    "nine_box_drawing",
    "nine_box_marker",
    "persen",
    "redact_reason",
    "redact_talent_map",
    "redaction_note",
    "render_talent_map_report",
    "report_period",
    "resolve_unit",
    "talent_map_report_data",
    "write_talent_map_report",
]

TITLE = "Peta Talenta"
HOLDING_TITLE = "Belum dapat dipetakan"
_DASH = "\u2014"
LIST_SIZE = 7.5  # type size of the long lists
NO_WIDTH = 8.5 * mm  # "1000." at LIST_SIZE, with the cell padding
NIP_WIDTH = 31.5 * mm  # "19680411 199303 1 009" at LIST_SIZE, with the cell padding
KET_WIDTH = 8.5 * mm

# The application's box colours (ui/palette.py; services never import ui): the talent pool in greens, the
# middle boxes in warm yellows, the boxes needing attention in oranges and red.
BOX_COLORS = {
    9: "#1E8449",
    8: "#52BE80",
    7: "#82C99A",
    6: "#F4D03F",
    5: "#F7DC6F",
    4: "#F9E79F",
    3: "#F0A35E",
    2: "#EB984E",
    1: "#D9534F",
}
BOX_TINTS = {
    9: "#D4EFDF",
    8: "#E3F4EA",
    7: "#EDF8F1",
    6: "#FDF6D8",
    5: "#FDF8E1",
    4: "#FEFBEC",
    3: "#FBE5D2",
    2: "#FAE3D0",
    1: "#F6D5D4",
}
INK = "#1E2430"
MUTED = "#5B6473"

_REDACTED = "Rekam jejak hukuman disiplin (rincian data sensitif tidak dicetak)"
REDACTED_MARK = "tersamar"  # in the running footer of a redacted report


# ------------------------------------------------------------------------------------------- shared


def angka(value: float | int) -> str:
    """A whole number as Indonesian text writes it: "1.234"."""
    return f"{round(value):,}".replace(",", ".")


def desimal(value: float, digits: int = 1) -> str:
    """A decimal number with a decimal comma and dots between thousands: "1.234,5"."""
    raw = f"{value:,.{digits}f}"
    return raw.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def persen(value: float, digits: int = 1) -> str:
    """A percentage ("12,5%"); whole numbers lose their ",0" ("15%")."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return _DASH
    shown = desimal(value, digits)
    if digits and shown.endswith("," + "0" * digits):
        shown = shown[: -(digits + 1)]
    return f"{shown}%"


def box_description(box: int) -> str:
    """ "kinerja di atas ekspektasi, potensial tinggi" """
    kinerja, potensial = box_levels(box)
    return f"kinerja {KINERJA_LABELS[kinerja]}, potensial {POTENSIAL_LABELS[potensial]}"


def redact_reason(reason: str | None, include_sensitive: bool) -> str | None:
    """A holding reason as printed: the details of a disciplinary record (level, date) only when sensitive
    data may be printed (DOMAIN §10); the other reasons as they are."""
    if reason is None or include_sensitive:
        return reason
    return redact_hukdis(str(reason), _REDACTED)


def redaction_note(withheld: str = "") -> str:
    """What a redacted report says under its title, so a reader knows the initials are deliberate;
    ``withheld``: a sentence naming what else is left out."""
    note = (
        "<b>Identitas pegawai disamarkan.</b> Nama ditulis sebagai inisial dan NIP tersamar, seperti pada "
        "tampilan proyektor."
    )
    return f"{note} {withheld}" if withheld else note


def report_period(session: Session, period_label: str, *, mapped: bool = True) -> PeriodInfo:
    """The period, or a ReportError naming the label typed (and, with ``mapped``, one that has no map yet)."""
    try:
        period = get_period(session, period_label)
    except PeriodError as err:
        raise ReportError(message_of(err)) from err
    if mapped and period.last_run_id is None:
        raise ReportError(
            QT_TRANSLATE_NOOP(
                "services.reports.talent_map_report",
                "Periode {label} belum dipetakan: jalankan pemetaan talenta periode itu lebih dahulu.",
            ),
            label=repr(period.label),
        )
    return period


def resolve_unit(session: Session, unit: int | str) -> tuple[int, str]:
    """(id, nama) of a unit given by id, SIASN code (unorId) or name (any case); a ReportError naming the
    value when none matches, or when a name is shared by several units."""
    raw = str(unit).strip()
    if not raw:
        raise ReportError(
            QT_TRANSLATE_NOOP("services.reports.talent_map_report", "Unit kerja tidak boleh kosong.")
        )
    if isinstance(unit, int) or raw.isdigit():
        row = session.execute(select(Unit.id, Unit.nama).where(Unit.id == int(raw))).first()
        if row is not None:
            return row.id, row.nama
    row = session.execute(select(Unit.id, Unit.nama).where(func.lower(Unit.kode) == raw.lower())).first()
    if row is not None:
        return row.id, row.nama
    folded = " ".join(raw.split()).casefold()
    matches = [
        (uid, nama)
        for uid, nama in session.execute(select(Unit.id, Unit.nama).order_by(Unit.id))
        if " ".join(nama.split()).casefold() == folded
    ]
    if len(matches) == 1:
        return matches[0]
    if matches:
        ids = ", ".join(str(uid) for uid, _ in matches)
        raise ReportError(
            QT_TRANSLATE_NOOP(
                "services.reports.talent_map_report",
                "Nama unit kerja {raw} dipakai oleh {count} unit (id {ids}); sebutkan id atau kodenya.",
            ),
            raw=repr(raw),
            count=len(matches),
            ids=ids,
        )
    raise ReportError(
        QT_TRANSLATE_NOOP(
            "services.reports.talent_map_report",
            "Unit kerja {raw} tidak ditemukan (dicari menurut id, kode dan nama unit).",
        ),
        raw=repr(raw),
    )


def _luminance(hex_colour: str) -> float:
    c = colors.HexColor(hex_colour)
    return 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue


def _ink_on(hex_colour: str) -> colors.Color:
    return colors.HexColor(INK) if _luminance(hex_colour) > 0.6 else colors.white


_KINERJA_SHORT = {
    Level.HIGH: ("Di atas", "ekspektasi"),
    Level.MIDDLE: ("Sesuai", "ekspektasi"),
    Level.LOW: ("Di bawah", "ekspektasi"),
}
_POTENSIAL_SHORT = {Level.LOW: "Rendah", Level.MIDDLE: "Menengah", Level.HIGH: "Tinggi"}


def _arrow(f: Fonts) -> str:
    return "  \u2192" if "\u2192" in f.arrow else ""


def nine_box_drawing(
    width: float,
    f: Fonts,
    counts: dict[int, int],
    percents: dict[int, float],
    guideline: dict[int, float] | None = None,
    *,
    cell_height: float = 27 * mm,
) -> Drawing:
    """The nine-box as the application draws it: numbered boxes in the national layout, box colours, the
    count and share of each box, the KRS tag on 7–9, and both axes with their levels."""
    axis_w, level_w, bottom = 6 * mm, 21 * mm, 13 * mm
    x0 = axis_w + level_w
    cell_w = (width - x0) / 3
    height = bottom + 3 * cell_height
    d = Drawing(width, height)
    gap = 1.2
    for box in range(1, 10):
        row, col = grid_position(box)
        x = x0 + col * cell_w
        y = bottom + (2 - row) * cell_height
        accent = BOX_COLORS[box]
        d.add(
            Rect(
                x + gap,
                y + gap,
                cell_w - 2 * gap,
                cell_height - 2 * gap,
                rx=4,
                ry=4,
                fillColor=colors.HexColor(BOX_TINTS[box]),
                strokeColor=colors.HexColor(accent),
                strokeWidth=0.9,
            )
        )
        plate = 7 * mm
        px, py = x + gap + 2 * mm, y + cell_height - gap - 2 * mm - plate
        d.add(Rect(px, py, plate, plate, rx=2, ry=2, fillColor=colors.HexColor(accent), strokeColor=None))
        d.add(
            String(
                px + plate / 2,
                py + plate / 2 - 4,
                str(box),
                fontName=f.bold,
                fontSize=12,
                fillColor=_ink_on(accent),
                textAnchor="middle",
            )
        )
        if box in TALENT_POOL_BOXES:
            tag_w, tag_h = 10 * mm, 4.2 * mm
            tx, ty = x + cell_w - gap - 2 * mm - tag_w, py + plate - tag_h
            d.add(
                Rect(
                    tx,
                    ty,
                    tag_w,
                    tag_h,
                    rx=tag_h / 2,
                    ry=tag_h / 2,
                    fillColor=colors.white,
                    strokeColor=colors.HexColor(accent),
                    strokeWidth=0.8,
                )
            )
            d.add(
                String(
                    tx + tag_w / 2,
                    ty + 3.3,
                    "KRS",
                    fontName=f.bold,
                    fontSize=6.5,
                    fillColor=colors.HexColor("#145A32"),
                    textAnchor="middle",
                )
            )
        mid = x + cell_w / 2
        n = int(counts.get(box, 0))
        d.add(
            String(
                mid,
                y + cell_height * 0.36,
                angka(n),
                fontName=f.bold,
                fontSize=17,
                fillColor=colors.HexColor(INK),
                textAnchor="middle",
            )
        )
        d.add(
            String(
                mid,
                y + cell_height * 0.36 - 10,
                f"orang \u00b7 {persen(percents.get(box, 0.0))}",
                fontName=f.regular,
                fontSize=8,
                fillColor=colors.HexColor(INK),
                textAnchor="middle",
            )
        )
        if guideline:
            d.add(
                String(
                    mid,
                    y + gap + 2.2 * mm,
                    f"pedoman {persen(guideline.get(box, 0.0))}",
                    fontName=f.italic,
                    fontSize=6.5,
                    fillColor=colors.HexColor(MUTED),
                    textAnchor="middle",
                )
            )
    # kinerja: the levels at left of each row, the axis title turned on its side
    for level, (first, second) in _KINERJA_SHORT.items():
        y = bottom + (int(level) - 1) * cell_height + cell_height / 2
        d.add(String(x0 - 2 * mm, y + 1, first, fontName=f.bold, fontSize=7.5, textAnchor="end"))
        d.add(
            String(
                x0 - 2 * mm,
                y - 8,
                second,
                fontName=f.regular,
                fontSize=7,
                textAnchor="end",
                fillColor=colors.HexColor(MUTED),
            )
        )
    title = Group(
        String(
            0,
            0,
            "KINERJA" + _arrow(f),
            fontName=f.bold,
            fontSize=8.5,
            textAnchor="middle",
            fillColor=colors.HexColor(INK),
        )
    )
    title.transform = (0, 1, -1, 0, axis_w / 2 + 3, bottom + 1.5 * cell_height)
    d.add(title)
    # potensial: the levels under each column, then the axis title
    for level, label in _POTENSIAL_SHORT.items():
        x = x0 + (int(level) - 1) * cell_w + cell_w / 2
        d.add(String(x, bottom - 4.5 * mm, label, fontName=f.bold, fontSize=7.5, textAnchor="middle"))
    d.add(
        String(
            x0 + 1.5 * cell_w,
            1.5 * mm,
            "POTENSIAL" + _arrow(f),
            fontName=f.bold,
            fontSize=8.5,
            textAnchor="middle",
            fillColor=colors.HexColor(INK),
        )
    )
    return d


def nine_box_marker(size: float, f: Fonts, box: int | None) -> Drawing:
    """A small nine-box with one box marked (a person's), numbered as nationally drawn."""
    axis = 4.5 * mm
    cell = (size - axis) / 3
    d = Drawing(size, axis + 3 * cell)
    for b in range(1, 10):
        row, col = grid_position(b)
        x, y = axis + col * cell, axis + (2 - row) * cell
        mine = b == box
        fill = BOX_COLORS[b] if mine else BOX_TINTS[b]
        d.add(
            Rect(
                x + 0.8,
                y + 0.8,
                cell - 1.6,
                cell - 1.6,
                rx=2,
                ry=2,
                fillColor=colors.HexColor(fill),
                strokeColor=colors.HexColor(INK if mine else BOX_COLORS[b]),
                strokeWidth=1.6 if mine else 0.6,
            )
        )
        d.add(
            String(
                x + cell / 2,
                y + cell / 2 - 3.5,
                str(b),
                fontName=f.bold if mine else f.regular,
                fontSize=10 if mine else 8,
                fillColor=_ink_on(fill) if mine else colors.HexColor(MUTED),
                textAnchor="middle",
            )
        )
    label = Group(String(0, 0, "Kinerja" + _arrow(f), fontName=f.regular, fontSize=6.5, textAnchor="middle"))
    label.transform = (0, 1, -1, 0, axis / 2 + 2, axis + 1.5 * cell)
    d.add(label)
    d.add(
        String(
            axis + 1.5 * cell,
            1,
            "Potensial" + _arrow(f),
            fontName=f.regular,
            fontSize=6.5,
            textAnchor="middle",
        )
    )
    return d


# --------------------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class MapPerson:
    """One person on the map (or in the holding area, ``box`` None)."""

    nip: str
    nama: str  # with gelar
    jabatan: str | None
    unit: str | None
    box: int | None
    computed_box: int | None
    nilai_talenta: float | None
    calibration_reason: str | None  # the latest, when the committee moved the person
    meeting: str | None  # the berita acara number of the meeting that did
    holding_reason: str | None  # as printed (sensitive details removed unless asked)

    @property
    def calibrated(self) -> bool:
        return self.box is not None and self.computed_box is not None and self.box != self.computed_box


@dataclass(frozen=True)
class BoxShare:
    box: int
    count: int
    percent: float  # of the people placed
    guideline: float | None  # the scheme's guideline percent
    difference: float | None  # percentage points above (+) or below (−) the guideline


@dataclass(frozen=True)
class TalentMapReport:
    """Everything the talent map prints, read from the database in one go."""

    kop: Kop
    instansi: str
    unit: str | None  # the unit whose subtree is shown; None: the whole agency
    unit_id: int | None
    period_label: str
    reference_date: date
    scheme: str | None
    today: date
    include_sensitive: bool
    shares: tuple[BoxShare, ...]  # boxes 1–9
    people: tuple[MapPerson, ...]  # placed: box 9 first, then by nilai talenta
    holding: tuple[MapPerson, ...]
    redacted: bool = False  # names as initials, NIPs masked, no jabatan or reasons (redact_talent_map)

    @property
    def scope(self) -> str:
        return self.unit or self.instansi

    @property
    def title(self) -> str:
        return f"{TITLE} {self.scope} Periode {self.period_label}"

    @property
    def placed(self) -> int:
        return len(self.people)

    @property
    def total(self) -> int:
        return len(self.people) + len(self.holding)

    @property
    def krs(self) -> int:
        return sum(s.count for s in self.shares if s.box in TALENT_POOL_BOXES)

    @property
    def calibrated(self) -> tuple[MapPerson, ...]:
        return tuple(p for p in self.people if p.calibrated)

    @property
    def has_guideline(self) -> bool:
        return any(s.guideline for s in self.shares)

    def share(self, box: int) -> BoxShare:
        return self.shares[box - 1]

    def in_box(self, box: int) -> tuple[MapPerson, ...]:
        return tuple(p for p in self.people if p.box == box)


def _int_or_none(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _str_or_none(value) -> str | None:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def talent_map_report_data(
    session: Session,
    period_label: str,
    unit: int | str | None = None,
    *,
    include_sensitive: bool = False,
    today: date | None = None,
) -> TalentMapReport:
    """Read what the talent map prints: the whole agency, or ``unit`` (id, code or name) and the units
    below it. ReportError (Indonesian, naming the value) for an unknown period or unit, or a period not
    yet mapped. Disciplinary details in holding reasons are printed only with ``include_sensitive``."""
    today = today or date.today()
    period = report_period(session, period_label)
    unit_id, unit_name = (
        resolve_unit(session, unit) if unit is not None and str(unit).strip() else (None, None)
    )
    tm = talent_map(session, period.label)
    frame = tm.frame
    if unit_id is not None:
        frame = frame[frame["unit_id"].isin(subtree_ids(session, unit_id))]
    guideline = tm.guideline
    dist = distribution(frame, guideline)
    shares = tuple(
        BoxShare(
            box,
            int(dist.at[box, "count"]),
            float(dist.at[box, "percent"]),
            float(dist.at[box, "guideline"]) if guideline else None,
            float(dist.at[box, "difference"]) if guideline else None,
        )
        for box in range(1, 10)
    )
    meeting_ids = {int(m) for m in frame["meeting_id"].dropna()}
    meetings: dict[int, str] = {}
    if meeting_ids:
        meetings = {
            mid: number
            for mid, number in session.execute(
                select(Meeting.id, Meeting.number).where(Meeting.id.in_(meeting_ids))
            )
        }
    ordered = frame.assign(_score=frame["nilai_talenta"].astype(float).fillna(-1.0)).sort_values(
        ["box", "_score", "nama_lengkap"], ascending=[False, False, True], na_position="last"
    )
    people, holding = [], []
    for row in ordered.itertuples(index=False):
        box = _int_or_none(row.box)
        calibrated = bool(row.calibrated) and box is not None
        meeting = _int_or_none(row.meeting_id)
        person = MapPerson(
            nip=row.nip,
            nama=row.nama_lengkap,
            jabatan=_str_or_none(row.jabatan),
            unit=_str_or_none(row.unit),
            box=box,
            computed_box=_int_or_none(row.computed_box),
            nilai_talenta=None if pd.isna(row.nilai_talenta) else float(row.nilai_talenta),
            calibration_reason=_str_or_none(row.calibration_reason) if calibrated else None,
            meeting=meetings.get(meeting) if calibrated and meeting is not None else None,
            holding_reason=redact_reason(_str_or_none(row.holding_reason), include_sensitive),
        )
        if box is not None:
            people.append(person)
        elif person.holding_reason is not None:
            holding.append(person)
    holding.sort(key=lambda p: (p.unit or "", p.nama))
    kop = agency_kop(session)
    return TalentMapReport(
        kop=kop,
        instansi=instansi_name(session) or kop.pemerintah.title(),
        unit=unit_name,
        unit_id=unit_id,
        period_label=period.label,
        reference_date=period.reference_date,
        scheme=period.scheme_title,
        today=today,
        include_sensitive=include_sensitive,
        shares=shares,
        people=tuple(people),
        holding=tuple(holding),
    )


def redact_talent_map(report: TalentMapReport) -> TalentMapReport:
    """The same map with everyone masked by the one rule of ``domain.masking``: initials for names, masked
    NIPs, no jabatan and no calibration reasons (free text that may name people). Counts, boxes, units and
    the holding reasons the mapping wrote stay; disciplinary details never (a redacted report is not a
    sensitive one)."""

    def masked(p: MapPerson) -> MapPerson:
        nama, nip = masked_identity(p.nama, p.nip)
        return replace(
            p,
            nama=nama,
            nip=nip,
            jabatan=None,
            calibration_reason=None,
            holding_reason=redact_reason(p.holding_reason, False),
        )

    return replace(
        report,
        include_sensitive=False,
        redacted=True,
        people=tuple(masked(p) for p in report.people),
        holding=tuple(masked(p) for p in report.holding),
    )


# ------------------------------------------------------------------------------------------- layout


class _Builder:
    def __init__(self, report: TalentMapReport, frame_width: float) -> None:
        self.r = report
        self.s = Styles(fonts())
        self.width = frame_width - 2 * FRAME_PADDING
        self.inner = self.width - INDENT
        self.section = 0
        self.note = ParagraphStyle("tm_note", parent=self.s.note, leftIndent=INDENT, fontSize=8.5, leading=11)
        self.box_style = ParagraphStyle(
            "tm_box", parent=self.s.cell, fontName=self.s.fonts.bold, fontSize=9, leading=11.5
        )
        self.nip = ParagraphStyle("tm_nip", parent=self.s.cell, fontSize=LIST_SIZE, leading=9.5)
        self.note_small = ParagraphStyle(
            "tm_note_s", parent=self.s.cell_note, fontSize=LIST_SIZE - 0.5, leading=(LIST_SIZE - 0.5) * 1.22
        )
        self.small = ParagraphStyle(
            "tm_small", parent=self.s.cell, fontSize=LIST_SIZE, leading=LIST_SIZE * 1.22
        )

    def heading(self, title: str, room: float = 40 * mm) -> list[Flowable]:
        self.section += 1
        return section_heading(self.s, self.section, title, room=room)

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [*kop_flowables(self.r.kop, self.s, self.width)]
        story += self.title()
        story += self.map()
        story += self.summary()
        story += self.lists()
        story += self.calibrations()
        story += self.holding()
        return story

    def title(self) -> list[Flowable]:
        r, s = self.r, self.s
        scope = f"<u>{text(f'{TITLE} {r.scope}').upper()}</u>"
        out: list[Flowable] = [
            Paragraph(scope, fitted(s.title, scope, self.width, lines=2)),
            Paragraph(f"<u>PERIODE {text(r.period_label).upper()}</u>", s.title),
            Spacer(1, 1.5 * mm),
        ]
        if r.unit:
            out.append(Paragraph(f"Unit kerja {text(r.unit)} beserta seluruh unit di bawahnya", s.number))
        out.append(Paragraph(f"Dicetak {format_tanggal(r.today)}", s.number))
        out.append(Spacer(1, 4 * mm))
        if r.redacted:
            out.append(
                Paragraph(redaction_note("Jabatan dan alasan kalibrasi pegawai tidak dicetak."), self.note)
            )
            out.append(Spacer(1, 3 * mm))
        return out

    def map(self) -> list[Flowable]:
        r = self.r
        out = self.heading("Peta Talenta (Sembilan Kotak)", room=120 * mm)
        drawing = nine_box_drawing(
            self.inner,
            self.s.fonts,
            {s.box: s.count for s in r.shares},
            {s.box: s.percent for s in r.shares},
            {s.box: s.guideline for s in r.shares} if r.has_guideline else None,
        )
        drawing.hAlign = "RIGHT"
        out.append(drawing)
        out.append(Spacer(1, 2 * mm))
        guide = " dan persentase pedoman sebaran skema penilaian" if r.has_guideline else ""
        out.append(
            Paragraph(
                f"Setiap kotak memuat jumlah pegawai, persentasenya dari {angka(r.placed)} pegawai yang "
                f"dipetakan{guide}. KRS: Kelompok Rencana Suksesi (kotak 7, 8 dan 9). Kotak setelah kalibrasi "
                "Komite Talenta.",
                self.note,
            )
        )
        return out

    def summary(self) -> list[Flowable]:
        r, s = self.r, self.s
        share = r.placed / r.total * 100 if r.total else 0.0
        krs = r.krs / r.placed * 100 if r.placed else 0.0
        rows: list[tuple[str, object]] = [
            ("Pegawai dalam cakupan", f"{angka(r.total)} orang"),
            ("Dipetakan", f"{angka(r.placed)} orang ({persen(share)})"),
            (
                HOLDING_TITLE.capitalize(),
                f"{angka(len(r.holding))} orang (lihat bagian {_roman(5 if r.calibrated else 4)})",
            ),
            (
                "Kelompok Rencana Suksesi",
                f"{angka(r.krs)} orang di kotak 7–9 ({persen(krs)} dari yang dipetakan)",
            ),
            ("Dikalibrasi Komite Talenta", f"{angka(len(r.calibrated))} orang"),
            ("Skema penilaian", text(r.scheme or _DASH)),
            ("Tanggal acuan", format_tanggal(r.reference_date)),
        ]
        title = "Ringkasan dan Sebaran terhadap Pedoman" if r.has_guideline else "Ringkasan dan Sebaran"
        out = self.heading(title, room=45 * mm)
        out.append(info_table(s, rows, self.inner, label_width=50 * mm))
        out.append(Spacer(1, 3 * mm))
        out.append(KeepTogether(self.distribution_table()))
        return out

    def distribution_table(self) -> Table:
        r, c = self.r, self.s
        guided = r.has_guideline
        rows = []
        for box in range(9, 0, -1):
            sh = r.share(box)
            kinerja, potensial = box_levels(box)
            row = [
                Paragraph(f"<b>{box}</b>", c.cell_center),
                Paragraph(text(KINERJA_LABELS[kinerja]), c.cell),
                Paragraph(text(POTENSIAL_LABELS[potensial]), c.cell),
                Paragraph(angka(sh.count), c.cell_center),
                Paragraph(persen(sh.percent), c.cell_center),
            ]
            if guided:
                row.append(Paragraph(persen(sh.guideline or 0.0), c.cell_center))
                row.append(Paragraph(_signed(sh.difference or 0.0), c.cell_center))
            rows.append(row)
        total = [
            Paragraph("<b>Jumlah</b>", c.cell),
            "",
            "",
            Paragraph(f"<b>{angka(r.placed)}</b>", c.cell_center),
            Paragraph("<b>100%</b>" if r.placed else _DASH, c.cell_center),
        ]
        header = ["Kotak", "Kinerja", "Potensial", "Jumlah (orang)", "Persentase"]
        fractions = [12, 38, 26, 20, 20]
        if guided:
            total += [Paragraph("<b>100%</b>", c.cell_center), ""]
            header += ["Pedoman", "Selisih (poin)"]
            fractions += [18, 20]
        rows.append(total)
        extra = [("SPAN", (0, len(rows)), (2, len(rows)))]
        for i, box in enumerate(range(9, 0, -1), start=1):
            extra.append(("BACKGROUND", (0, i), (0, i), colors.HexColor(BOX_TINTS[box])))
        return ruled_table(c, header, rows, widths(self.inner, fractions), extra)

    # -- everyone, box by box

    def lists(self) -> list[Flowable]:
        out = self.heading("Daftar Pegawai per Kotak", room=70 * mm)
        out.append(
            Paragraph(
                "Diurutkan dari kotak 9 ke kotak 1; dalam setiap kotak menurut nilai talenta tertinggi. "
                "Tanda <b>K</b> pada kolom keterangan: kotak ditetapkan melalui kalibrasi Komite Talenta."
                + (" Nama ditulis sebagai inisial dan NIP tersamar." if self.r.redacted else ""),
                self.note,
            )
        )
        out.append(Spacer(1, 2 * mm))
        for box in range(9, 0, -1):
            table = self.box_table(box)
            # A short box on one page; a long one starts with room for its first rows and runs on.
            out.append(KeepTogether(table) if len(self.r.in_box(box)) <= 15 else CondPageBreak(35 * mm))
            if len(self.r.in_box(box)) > 15:
                out.append(table)
            out.append(Spacer(1, 4 * mm))
        return out

    def box_title(self, box: int, count: int, *, continued: bool = False) -> Paragraph:
        accent = BOX_COLORS[box]
        ink = "#FFFFFF" if _luminance(accent) <= 0.6 else INK
        plate = f'<font backColor="{accent}" color="{ink}">&nbsp;{box}&nbsp;</font>'
        krs = " \u2014 KRS" if box in TALENT_POOL_BOXES else ""
        return Paragraph(
            f"{plate}&nbsp; Kotak {box}: {text(box_description(box))}{krs} ({angka(count)} orang)"
            f"<br/><font name='{self.s.fonts.italic}' size='7.5'>Rekomendasi: {text(REKOMENDASI[box])}</font>",
            self.box_style,
        )

    def list_style(self, header_rows: int) -> list[tuple]:
        """Ruled like every table, but tighter: these lists run to many pages."""
        c = self.s
        return [
            *grid_style(header_rows=header_rows),
            ("TOPPADDING", (0, header_rows), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, header_rows), (-1, -1), 2.5),
            ("FONTNAME", (0, header_rows), (1, -1), c.fonts.regular),
            ("FONTSIZE", (0, header_rows), (1, -1), LIST_SIZE),
            ("ALIGN", (0, header_rows), (0, -1), "CENTER"),
        ]

    def columns(self, fractions: list[float], *, ket: bool = False) -> list[float]:
        """No and NIP as wide as their longest text (a NIP never wraps), the rest shared by ``fractions``."""
        fixed = [NO_WIDTH, NIP_WIDTH]
        rest = self.width - sum(fixed) - (KET_WIDTH if ket else 0)
        return [*fixed, *widths(rest, fractions), *([KET_WIDTH] if ket else [])]

    def box_table(self, box: int) -> Table:
        c, small = self.s, self.small
        people = self.r.in_box(box)
        redacted = self.r.redacted
        # Redacted: no jabatan column (a post held by one person names them), the unit takes its room.
        col = self.columns([20, 87] if redacted else [36, 36, 35], ket=True)
        heads = (
            ("No", "NIP", "Inisial", "Unit kerja", "Ket.")
            if redacted
            else ("No", "NIP", "Nama", "Jabatan", "Unit kerja", "Ket.")
        )
        header = [Paragraph(h, c.cell_head) for h in heads]
        blank = [""] * (len(heads) - 1)
        data: list[list] = [[self.box_title(box, len(people)), *blank], header]
        for i, p in enumerate(people, start=1):
            data.append(
                [
                    f"{i}.",
                    nip_text(p.nip),
                    Paragraph(text(p.nama), small),
                    *([] if redacted else [Paragraph(text(p.jabatan or _DASH), small)]),
                    Paragraph(text(p.unit or _DASH), small),
                    Paragraph("<b>K</b>", c.cell_center) if p.calibrated else "",
                ]
            )
        if not people:
            data.append([Paragraph("<i>Tidak ada pegawai di kotak ini.</i>", c.cell), *blank])
        style = [
            *self.list_style(2),
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(BOX_TINTS[box])),
            ("LINEABOVE", (0, 0), (-1, 0), 1.6, colors.HexColor(BOX_COLORS[box])),
        ]
        if not people:
            style.append(("SPAN", (0, 2), (-1, 2)))
        return Table(data, colWidths=col, repeatRows=2, hAlign="RIGHT", splitByRow=1, style=style)

    # -- the committee's moves

    def calibrations(self) -> list[Flowable]:
        moved = self.r.calibrated
        if not moved:
            return []
        c = self.s
        redacted = self.r.redacted
        out = self.heading("Pegawai yang Dikalibrasi Komite Talenta", room=50 * mm)
        if redacted:
            out.append(
                Paragraph(
                    "Alasan kalibrasi tidak dicetak pada laporan tersamar (teks bebas dapat memuat nama); "
                    "alasannya tercatat pada berita acara rapat.",
                    self.note,
                )
            )
            out.append(Spacer(1, 2 * mm))
        rows = []
        for i, p in enumerate(sorted(moved, key=lambda p: (-(p.box or 0), p.nama)), start=1):
            if redacted:
                why = [Paragraph(f"Berita Acara Nomor {text(p.meeting)}" if p.meeting else _DASH, c.cell)]
            else:
                why = [Paragraph(text(p.calibration_reason or _DASH), c.cell)]
                if p.meeting:
                    why.append(Paragraph(f"Berita Acara Nomor {text(p.meeting)}", c.cell_note))
            rows.append(
                [
                    f"{i}.",
                    [Paragraph(text(p.nama), c.cell), Paragraph(text(nip_text(p.nip)), self.nip)],
                    Paragraph(f"{p.computed_box} {c.fonts.arrow.strip()} <b>{p.box}</b>", c.cell_center),
                    why,
                ]
            )
        table = ruled_table(
            c,
            [
                "No",
                "Inisial dan NIP" if redacted else "Nama dan NIP",
                "Kotak hitung \u2192 kotak" if "\u2192" in c.fonts.arrow else "Kotak hitung ke kotak",
                "Ditetapkan dalam" if redacted else "Alasan kalibrasi",
            ],
            rows,
            [NO_WIDTH, *widths(self.width - NO_WIDTH, [46, 20, 80])],
            [
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("FONTNAME", (0, 1), (0, -1), c.fonts.regular),
                ("FONTSIZE", (0, 1), (0, -1), TABLE_SIZE),
            ],
        )
        out.append(table)
        return out

    # -- the holding area

    def holding(self) -> list[Flowable]:
        r, c = self.r, self.s
        out = self.heading("Pegawai yang Belum Dapat Dipetakan", room=50 * mm)
        if not r.holding:
            out.append(Paragraph("Semua pegawai dalam cakupan telah dipetakan.", c.body_indented))
            return out
        out.append(
            Paragraph(
                "Pegawai yang datanya belum memenuhi syarat pemetaan pada periode ini, dengan alasannya"
                + ("" if r.include_sensitive else "; rincian hukuman disiplin tidak dicetak (data sensitif)")
                + ".",
                self.note,
            )
        )
        out.append(Spacer(1, 2 * mm))
        rows = []
        for i, p in enumerate(r.holding, start=1):
            where = (
                Paragraph(text(p.unit or _DASH), self.small)
                if r.redacted
                else [
                    Paragraph(text(p.jabatan or _DASH), self.small),
                    Paragraph(text(p.unit or _DASH), self.note_small),
                ]
            )
            rows.append(
                [
                    f"{i}.",
                    nip_text(p.nip),
                    Paragraph(text(p.nama), self.small),
                    where,
                    Paragraph(text(p.holding_reason), self.small),
                ]
            )
        heads = (
            ("No", "NIP", "Inisial", "Unit kerja", "Alasan")
            if r.redacted
            else ("No", "NIP", "Nama", "Jabatan dan unit kerja", "Alasan")
        )
        header = [Paragraph(h, c.cell_head) for h in heads]
        out.append(
            Table(
                [header, *rows],
                colWidths=self.columns([15, 47, 54] if r.redacted else [34, 40, 42]),
                repeatRows=1,
                hAlign="RIGHT",
                splitByRow=1,
                style=self.list_style(1),
            )
        )
        return out


def _roman(n: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI", "VII")[n - 1]


def _signed(value: float) -> str:
    if abs(value) < 0.05:
        return "0"
    return ("+" if value > 0 else "\u2212") + desimal(abs(value))


def _build(report: TalentMapReport, pagesize: tuple[float, float]) -> bytes:
    buffer = io.BytesIO()
    template = report_template(
        buffer,
        pagesize,
        title=report.title,
        author=report.kop.instansi,
        subject=f"Dicetak {format_tanggal(report.today)}",
        keywords="manajemen talenta, peta talenta, sembilan kotak, nine-box",
    )
    label = f"{report.title} \u2014 dicetak {format_tanggal(report.today)}"
    if report.redacted:
        label += f" \u2014 {REDACTED_MARK}"
    template.build(_Builder(report, template.width).story(), canvasmaker=numbered_canvas(label, fonts()))
    return buffer.getvalue()


def write_talent_map_report(
    report: TalentMapReport, out: str | Path | BinaryIO, *, paper: str = "A4"
) -> None:
    """Lay out data already read (see :func:`talent_map_report_data`); no database needed. ``out`` is a
    path (written atomically) or a binary stream. ValueError for an unknown paper size."""
    write_pdf(_build(report, page_size(paper)), out)


def render_talent_map_report(
    session: Session,
    period_label: str,
    out: str | Path | BinaryIO,
    *,
    unit: int | str | None = None,
    paper: str = "A4",
    include_sensitive: bool = False,
    today: date | None = None,
) -> TalentMapReport:
    """Read and write in one call; returns what was printed. Nothing is written on an error."""
    pagesize = page_size(paper)
    report = talent_map_report_data(
        session, period_label, unit, include_sensitive=include_sensitive, today=today
    )
    write_pdf(_build(report, pagesize), out)
    return report
