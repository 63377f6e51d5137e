"""The talent profile (profil talenta) of one person for one period, as a PDF (DOMAIN §3–§7).

What the Komite Talenta reviews person by person, and what goes into the personnel file: who the person
is, where the map puts them (a small nine-box with their box marked) and why — the scores and sub-scores,
every calibration with its reason and berita acara, the boxes of earlier periods — the recommended action,
the SKP of recent years, the latest assessment, the JP of this year against the 20 JP minimum, the posts
the person is a successor for, and the development plan.

Disciplinary records are sensitive (UU 27/2022, DOMAIN §10): they are read and printed only when the
caller asks with ``include_sensitive=True`` (the caller checks that its user may see them), and without
it a holding reason that cites a hukuman disiplin is printed without its details.

Data is read into plain values first (:func:`profile_report_data`), then laid out in the shared naskah
dinas shape of `layout`.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import format_tanggal
from talenta_desktop.domain.errors import RuleError
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, message_of
from talenta_desktop.domain.ninebox import NATIONAL_KRS_BOXES, REKOMENDASI, TALENT_POOL_BOXES
from talenta_desktop.domain.nip import normalize_nip
from talenta_desktop.models import Meeting, Person, ScoringScheme

from ..actor import Actor
from ..development.plans import JP_MINIMUM, PlanInfo, find_plan, jp_by_year
from ..personnel import AssessmentEntry, HukdisEntry, PersonProfile, SkpEntry, person_profile
from ..succession.posts import KIND_LABELS, list_posts
from ..talent.calibration import CalibrationEntry
from ..talent.sources import SOURCES
from ..talent.talent_map import PlacementHistoryEntry, placement_history
from .berita_acara_data import Kop
from .errors import InvalidNipError, ReportError
from .kop import agency_kop
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
    text,
    widths,
    write_pdf,
)
from .talent_map_report import (
    BOX_TINTS,
    box_description,
    desimal,
    nine_box_marker,
    redact_reason,
    report_period,
)

__all__ = [
    "Calibration",
    "Component",
    "ProfileReport",
    "SuccessionEntry",
    "profile_report_data",
    "render_profile_report",
    "write_profile_report",
]

TITLE = "Profil Talenta Pegawai"
SKP_YEARS = 3  # recent years printed
JP_YEARS = 3  # this year and the two before
PLAN_STATUS_LABELS = {
    "draf": "Draf (belum disetujui Komite Talenta)",
    "disetujui": "Disetujui Komite Talenta",
    "selesai": "Selesai dilaksanakan",
    "batal": "Dibatalkan",
}
SUCCESSOR_STATUS_LABELS = {"usulan": "Usulan", "ditetapkan": "Ditetapkan Komite Talenta"}
AXIS_LABELS = {"kinerja": "Kinerja", "potensial": "Potensial"}
_DASH = "\u2014"
_READER = "laporan"  # the actor name person_profile is read under (it records nothing)


@dataclass(frozen=True)
class Component:
    axis: str  # kinerja | potensial
    label: str
    weight: float | None  # percent of the axis, from the scheme
    value: float | None  # 0–100; None: no data (its weight went to the others)


@dataclass(frozen=True)
class Calibration:
    period_label: str
    before_box: int | None
    after_box: int
    reason: str
    decided_on: date | None  # the meeting's date when decided in one
    meeting: str | None  # berita acara number
    decided_by: str
    reverses: bool  # takes back an earlier move


@dataclass(frozen=True)
class SuccessionEntry:
    jabatan: str
    kind: str  # "Jabatan target" / "Jabatan kritikal"
    unit: str | None
    readiness: str
    ready_now: bool
    status: str


@dataclass(frozen=True)
class ProfileReport:
    """Everything the profile prints, read from the database in one go."""

    kop: Kop
    today: date
    period_label: str
    include_sensitive: bool
    profile: PersonProfile  # identity, position, SKP, assessments, hukdis (only when included)
    placement: PlacementHistoryEntry | None  # this period's; None when not in the period's map at all
    components: tuple[Component, ...]
    history: tuple[PlacementHistoryEntry, ...]  # every mapped period, newest first
    calibrations: tuple[Calibration, ...]  # every period, oldest first
    jp: tuple[tuple[int, int], ...]  # (year, JP) for this year and the years before, newest first
    successor_for: tuple[SuccessionEntry, ...]
    incumbent_of: tuple[str, ...]  # jabatan target/kritikal the person holds now
    plan: PlanInfo | None

    @property
    def nama(self) -> str:
        return self.profile.identity.nama_lengkap

    @property
    def nip(self) -> str:
        return self.profile.identity.nip

    @property
    def box(self) -> int | None:
        return self.placement.current_box if self.placement else None

    @property
    def holding_reason(self) -> str | None:
        if self.placement is None or self.placement.current_box is not None:
            return None
        return redact_reason(self.placement.holding_reason, self.include_sensitive)

    @property
    def skp(self) -> tuple[SkpEntry, ...]:
        return tuple(self.profile.skp[:SKP_YEARS])

    @property
    def assessment(self) -> AssessmentEntry | None:
        return self.profile.assessments[0] if self.profile.assessments else None

    @property
    def hukdis(self) -> tuple[HukdisEntry, ...] | None:
        """The disciplinary records, or None when they are not to be printed."""
        return tuple(self.profile.hukdis) if self.include_sensitive else None


def _person(session: Session, nip: str) -> Person:
    try:
        digits = normalize_nip(nip)
    except RuleError as err:
        raise InvalidNipError(message_of(err)) from err  # names the value and what is wrong with it
    person = session.scalar(select(Person).where(Person.nip == digits))
    if person is None:
        raise ReportError(
            QT_TRANSLATE_NOOP("services.reports.profile_report", "Pegawai dengan NIP {nip} tidak ditemukan."),
            nip=nip_text(digits),
        )
    return person


def _components(
    session: Session, entry: PlacementHistoryEntry | None, scheme_id: int | None
) -> tuple[Component, ...]:
    if entry is None or not entry.components:
        return ()
    raw: Any = entry.components
    if isinstance(raw, str):
        raw = json.loads(raw)
    weights: dict[tuple[str, str], float] = {}
    scheme = session.get(ScoringScheme, scheme_id) if scheme_id is not None else None
    if scheme is not None:
        for axis in ("kinerja", "potensial"):
            for item in (scheme.params.get(axis) or {}).get("components", []):
                weights[(axis, item["source"])] = float(item["weight"])
    out = []
    for axis in ("kinerja", "potensial"):
        for key, value in (raw.get(axis) or {}).items():
            source = SOURCES.get(key)
            out.append(
                Component(
                    axis,
                    source.label if source else key,
                    weights.get((axis, key)),
                    None if value is None else float(value),
                )
            )
    return tuple(out)


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def profile_report_data(
    session: Session,
    nip: str,
    period_label: str,
    *,
    include_sensitive: bool = False,
    today: date | None = None,
) -> ProfileReport:
    """Read what the profile prints. ``nip`` with or without spaces. InvalidNipError (a ReportError) for
    text that is no NIP, ReportError for an unknown NIP or period, each naming the value. Disciplinary
    records are read only with ``include_sensitive`` — the caller decides whether its user may see them."""
    today = today or date.today()
    person = _person(session, nip)
    period = report_period(session, period_label, mapped=False)
    reader = Actor(_READER, role="administrator" if include_sensitive else "pembaca")
    profile = person_profile(session, person.id, reader, today=today)
    history = tuple(placement_history(session, person.id))
    current = next((h for h in history if h.period_label == period.label), None)
    calibrations: list[CalibrationEntry] = [c for h in reversed(history) for c in h.calibrations]
    meeting_ids = {c.meeting_id for c in calibrations if c.meeting_id}
    meetings: dict[int, tuple[str, date]] = {}  # id → (berita acara number, meeting date)
    if meeting_ids:
        meetings = {
            mid: (number, held_on)
            for mid, number, held_on in session.execute(
                select(Meeting.id, Meeting.number, Meeting.held_on).where(Meeting.id.in_(meeting_ids))
            )
        }
    jp = jp_by_year(session, [person.id])
    per_year = {int(y): int(v) for y, v in zip(jp["year"], jp["jp"], strict=True)}
    successor_for, incumbent_of = [], []
    for post in list_posts(session, period.label):
        if post.incumbent_id == person.id:
            incumbent_of.append(post.jabatan_nama)
        for s in post.successors:
            if s.person_id == person.id:
                successor_for.append(
                    SuccessionEntry(
                        post.jabatan_nama,
                        KIND_LABELS.get(post.kind, post.kind),
                        post.unit,
                        s.readiness_label,
                        s.ready_now,
                        SUCCESSOR_STATUS_LABELS.get(s.status, s.status),
                    )
                )
    return ProfileReport(
        kop=agency_kop(session),
        today=today,
        period_label=period.label,
        include_sensitive=include_sensitive,
        profile=profile,
        placement=current,
        components=_components(session, current, period.scheme_id),
        history=history,
        calibrations=tuple(
            Calibration(
                c.period_label,
                c.before_box,
                c.after_box,
                c.reason,
                # the date of the meeting that decided, as the berita acara records it; else when entered
                meetings[c.meeting_id][1] if c.meeting_id in meetings else _day(c.decided_at),
                meetings[c.meeting_id][0] if c.meeting_id in meetings else None,
                c.decided_by,
                c.reverses_id is not None,
            )
            for c in calibrations
        ),
        jp=tuple((y, per_year.get(y, 0)) for y in range(today.year, today.year - JP_YEARS, -1)),
        successor_for=tuple(successor_for),
        incumbent_of=tuple(incumbent_of),
        plan=find_plan(session, person.id, period.label),
    )


# ------------------------------------------------------------------------------------------- layout


def _score(value: float | None) -> str:
    return _DASH if value is None else desimal(value, 2).rstrip("0").rstrip(",")


def _date(day: date | None) -> str:
    return f"{day:%d-%m-%Y}" if day else _DASH


class _Builder:
    def __init__(self, report: ProfileReport, frame_width: float) -> None:
        self.r = report
        self.s = Styles(fonts())
        self.width = frame_width - 2 * FRAME_PADDING
        self.inner = self.width - INDENT
        self.section = 0
        self.note = ParagraphStyle("pr_note", parent=self.s.note, leftIndent=INDENT, fontSize=8.5, leading=11)
        self.info = ParagraphStyle("pr_info", parent=self.s.info, fontSize=10, leading=13)
        self.body = ParagraphStyle("pr_body", parent=self.s.body_indented, fontSize=10, leading=13)

    def heading(self, title: str, room: float = 40 * mm) -> list[Flowable]:
        self.section += 1
        return section_heading(self.s, self.section, title, room=room)

    def facts(
        self, rows: list[tuple[str, object]], width: float | None = None, label: float = 42 * mm
    ) -> Table:
        width = width or self.inner
        data = [
            [
                Paragraph(text(k), self.info),
                Paragraph(":", self.info),
                v if isinstance(v, Flowable | list) else Paragraph(str(v), self.info),
            ]
            for k, v in rows
        ]
        return Table(
            data, colWidths=[label, 4 * mm, width - label - 4 * mm], hAlign="RIGHT", style=plain_style(1.5)
        )

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [*kop_flowables(self.r.kop, self.s, self.width)]
        story += self.title()
        story += self.identity()
        story += self.mapping()
        story += self.history()
        story += self.performance()
        story += self.development()
        story += self.succession()
        if self.r.include_sensitive:
            story += self.discipline()
        return story

    def title(self) -> list[Flowable]:
        s, r = self.s, self.r
        return [
            Paragraph(f"<u>{text(TITLE).upper()}</u>", s.title),
            Paragraph(f"Periode Pemetaan Talenta {text(r.period_label)}", s.subtitle),
            Paragraph(f"Dicetak {format_tanggal(r.today)}", s.number),
            Spacer(1, 5 * mm),
        ]

    def identity(self) -> list[Flowable]:
        p = self.r.profile
        i, pos = p.identity, p.position
        born = ", ".join(x for x in (text(i.tempat_lahir), format_tanggal(i.tanggal_lahir)) if x)
        jabatan = text(pos.jabatan or _DASH)
        # "Perawat Ahli Madya (Ahli Madya)" says it twice: the jenjang only when the name does not say it.
        extra = []
        if pos.jenjang and pos.jenjang.lower() not in (pos.jabatan or "").lower():
            extra.append(pos.jenjang)
        if pos.eselon:
            extra.append(f"eselon {pos.eselon}")
        if extra:
            jabatan += f" ({text(', '.join(extra))})"
        unit = text(pos.unit or _DASH)
        if pos.unit_induk and pos.unit_induk != pos.unit:
            unit += f", {text(pos.unit_induk)}"
        golongan = _DASH
        if pos.golongan:
            golongan = f"{text(pos.pangkat)}, {text(pos.golongan)}" if pos.pangkat else text(pos.golongan)
        pendidikan = text(i.pendidikan_nama or i.pendidikan or _DASH)
        if i.pendidikan and i.pendidikan_nama and not i.pendidikan_nama.startswith(i.pendidikan):
            pendidikan = f"{text(i.pendidikan)} {pendidikan}"
        rows: list[tuple[str, object]] = [
            ("Nama", f"<b>{text(i.nama_lengkap)}</b>"),
            ("NIP", text(i.nip_formatted)),
            ("Tempat, tanggal lahir", f"{born} (usia {i.usia} tahun)"),
            ("Jenis kelamin", text(i.jenis_kelamin)),
            ("Jenis pegawai", text(i.jenis_pegawai)),
            ("Pangkat/golongan", golongan),
            ("Jabatan", jabatan),
            ("Unit kerja", unit),
            ("Pendidikan terakhir", pendidikan),
        ]
        if i.masa_kerja:
            rows.append(("Masa kerja", f"{i.masa_kerja[0]} tahun {i.masa_kerja[1]} bulan"))
        if i.tmt_pensiun:
            rows.append(("Batas usia pensiun", f"{i.bup} tahun ({format_tanggal(i.tmt_pensiun)})"))
        return [*self.heading("Identitas Pegawai"), self.facts(rows)]

    def mapping(self) -> list[Flowable]:
        r, s = self.r, self.s
        out = self.heading(f"Hasil Pemetaan Talenta Periode {r.period_label}", room=70 * mm)
        entry = r.placement
        if entry is None:
            out.append(
                Paragraph(
                    f"Pegawai ini tidak termasuk dalam pemetaan talenta periode {text(r.period_label)}.",
                    self.body,
                )
            )
            return out
        marker_w = 40 * mm
        left_w = self.inner - marker_w - 4 * mm
        box = entry.current_box
        rows: list[tuple[str, object]] = []
        if box is None:
            rows.append(("Kotak talenta", "<b>Belum dapat dipetakan</b>"))
            rows.append(("Alasan", text(r.holding_reason or _DASH)))
        else:
            rows.append(("Kotak talenta", f"<b>Kotak {box}</b>: {text(box_description(box))}"))
            if entry.computed_box is not None and entry.computed_box != box:
                rows.append(
                    ("Kotak hasil perhitungan", f"Kotak {entry.computed_box} (diubah melalui kalibrasi)")
                )
            krs = "Bukan anggota KRS"
            if box in TALENT_POOL_BOXES:
                krs = "KRS Instansi" + (
                    " dan dapat diusulkan ke KRS Nasional" if box in NATIONAL_KRS_BOXES else ""
                )
            rows.append(("Kelompok Rencana Suksesi", krs))
        rows += [
            ("Nilai kinerja", _score(entry.nilai_kinerja)),
            ("Nilai potensial", _score(entry.nilai_potensial)),
            ("Nilai talenta", f"<b>{_score(entry.nilai_talenta)}</b>"),
            ("Skema penilaian", text(entry.scheme)),
        ]
        marker = nine_box_marker(marker_w, s.fonts, box)
        side = Table(
            [[self.facts(rows, left_w, label=40 * mm), marker]],
            colWidths=[left_w, marker_w + 4 * mm],
            hAlign="RIGHT",
            style=[*plain_style(0), ("ALIGN", (1, 0), (1, 0), "RIGHT")],
        )
        out.append(side)
        if box is not None:
            out.append(Spacer(1, 2 * mm))
            out.append(self.facts([("Rekomendasi", text(REKOMENDASI[box]))], label=42 * mm))
        if r.components:
            out.append(Spacer(1, 3 * mm))
            out.append(KeepTogether(self.components_table()))
        return out

    def components_table(self) -> Table:
        """Kinerja's components beside potensial's: the sub-scores behind the two axes at one glance."""
        c = self.s
        half = (self.inner - 4 * mm) / 2
        tables = []
        for axis in ("kinerja", "potensial"):
            rows = []
            for x in (x for x in self.r.components if x.axis == axis):
                value = _score(x.value) if x.value is not None else "<i>tidak ada data</i>"
                weight = f"{desimal(x.weight, 0)}%" if x.weight is not None else _DASH
                rows.append(
                    [
                        Paragraph(text(x.label), c.cell),
                        Paragraph(weight, c.cell_center),
                        Paragraph(value, c.cell_center),
                    ]
                )
            if not rows:
                rows.append([Paragraph("<i>tidak ada komponen</i>", c.cell), "", ""])
            tables.append(
                ruled_table(c, [f"Komponen {axis}", "Bobot", "Nilai"], rows, widths(half, [58, 17, 25]))
            )
        return Table(
            [[tables[0], "", tables[1]]], colWidths=[half, 4 * mm, half], hAlign="RIGHT", style=plain_style(0)
        )

    def history(self) -> list[Flowable]:
        r, c = self.r, self.s
        out = self.heading("Riwayat Kalibrasi dan Penempatan", room=50 * mm)
        out.append(Paragraph("<b>Kalibrasi oleh Komite Talenta</b>", self.sub()))
        if not r.calibrations:
            out.append(Paragraph("Belum pernah dikalibrasi.", self.body))
        else:
            rows = []
            for x in r.calibrations:
                when = [Paragraph(format_tanggal(x.decided_on) if x.decided_on else _DASH, c.cell)]
                if x.meeting:
                    when.append(Paragraph(f"BA {text(x.meeting)}", c.cell_small))
                else:
                    when.append(Paragraph(f"oleh {text(x.decided_by)}", c.cell_small))
                move = f"{x.before_box or _DASH} {c.fonts.arrow.strip()} <b>{x.after_box}</b>"
                reason = text(x.reason) + (" <i>(membatalkan kalibrasi sebelumnya)</i>" if x.reverses else "")
                rows.append(
                    [
                        Paragraph(text(x.period_label), c.cell_center),
                        Paragraph(move, c.cell_center),
                        Paragraph(reason, c.cell),
                        when,
                    ]
                )
            out.append(
                ruled_table(
                    c,
                    ["Periode", "Kotak", "Alasan", "Tanggal dan dasar"],
                    rows,
                    widths(self.inner, [14, 16, 80, 38]),
                )
            )
        out.append(Spacer(1, 3 * mm))
        out.append(Paragraph("<b>Penempatan per periode</b>", self.sub()))
        if not r.history:
            out.append(Paragraph("Belum pernah dipetakan.", self.body))
            return out
        rows = []
        extra = []
        for n, h in enumerate(r.history, start=1):
            box = [Paragraph(f"<b>{h.current_box}</b>" if h.current_box else _DASH, c.cell_center)]
            if h.current_box and h.computed_box and h.computed_box != h.current_box:
                box.append(Paragraph(f"hitung {h.computed_box}", c.cell_small))
            note = text(h.scheme)
            if h.current_box is None:
                reason = redact_reason(h.holding_reason, r.include_sensitive)
                note = f"<i>Belum dapat dipetakan</i>: {text(reason or _DASH)}"
            else:
                extra.append(("BACKGROUND", (1, n), (1, n), colors.HexColor(BOX_TINTS[h.current_box])))
            rows.append(
                [
                    Paragraph(text(h.period_label), c.cell_center),
                    box,
                    Paragraph(_score(h.nilai_kinerja), c.cell_center),
                    Paragraph(_score(h.nilai_potensial), c.cell_center),
                    Paragraph(_score(h.nilai_talenta), c.cell_center),
                    Paragraph(note, c.cell),
                ]
            )
        out.append(
            ruled_table(
                c,
                [
                    "Periode",
                    "Kotak",
                    "Nilai kinerja",
                    "Nilai potensial",
                    "Nilai talenta",
                    "Skema / keterangan",
                ],
                rows,
                widths(self.inner, [14, 14, 17, 17, 17, 69]),
                extra,
            )
        )
        return out

    def sub(self) -> ParagraphStyle:
        return ParagraphStyle(
            "pr_sub", parent=self.s.body, leftIndent=INDENT, fontSize=10, spaceBefore=2, spaceAfter=3
        )

    def performance(self) -> list[Flowable]:
        r, c = self.r, self.s
        out = self.heading("Kinerja dan Kompetensi", room=50 * mm)
        out.append(Paragraph(f"<b>SKP {SKP_YEARS} tahun terakhir</b>", self.sub()))
        if not r.skp:
            out.append(Paragraph("Belum ada SKP yang tercatat.", self.body))
        else:
            rows = [
                [
                    Paragraph(str(x.tahun), c.cell_center),
                    Paragraph(text(x.hasil_kerja), c.cell),
                    Paragraph(text(x.perilaku_kerja), c.cell),
                    Paragraph(f"<b>{text(x.predikat)}</b>", c.cell),
                    Paragraph(_score(x.nilai), c.cell_center),
                ]
                for x in r.skp
            ]
            out.append(
                ruled_table(
                    c,
                    ["Tahun", "Hasil kerja", "Perilaku kerja", "Predikat", "Nilai"],
                    rows,
                    widths(self.inner, [14, 38, 38, 36, 22]),
                )
            )
        out.append(Spacer(1, 3 * mm))
        out.append(Paragraph("<b>Asesmen terakhir</b>", self.sub()))
        a = r.assessment
        if a is None:
            out.append(Paragraph("Belum ada hasil asesmen yang tercatat.", self.body))
            return out
        jpm = f"<b>{desimal(a.jpm, 2)}%</b>" if a.jpm is not None else _DASH
        if a.kategori:
            jpm += f" ({text(a.kategori)})"
        scores = [
            f"{label} {_score(v)}"
            for label, v in (
                ("manajerial", a.nilai_manajerial),
                ("sosial kultural", a.nilai_sosial_kultural),
                ("teknis", a.nilai_teknis),
                ("potensi", a.nilai_potensi),
            )
            if v is not None
        ]
        rows: list[tuple[str, object]] = [
            ("Tanggal", format_tanggal(a.tanggal)),
            ("Jenis", text(a.jenis)),
            ("Lembaga", text(a.lembaga or _DASH)),
            ("Job Person Match (JPM)", jpm),
        ]
        if scores:
            rows.append(("Nilai", text("; ".join(scores))))
        out.append(self.facts(rows))
        return out

    def development(self) -> list[Flowable]:
        r = self.r
        out = self.heading("Pengembangan Kompetensi", room=45 * mm)
        rows: list[tuple[str, object]] = []
        for year, jp in r.jp:
            short = JP_MINIMUM - jp
            verdict = "terpenuhi" if short <= 0 else f"<b>kurang {short} JP</b>"
            rows.append((f"JP tahun {year}", f"{jp} JP dari paling sedikit {JP_MINIMUM} JP: {verdict}"))
        plan = r.plan
        if plan is None:
            rows.append(
                (
                    "Rencana pengembangan",
                    f"Belum ada rencana pengembangan individu periode {text(r.period_label)}",
                )
            )
        else:
            counted = plan.counted
            done = sum(a.status == "selesai" for a in counted)
            rows.append(("Rencana pengembangan", text(PLAN_STATUS_LABELS.get(plan.status, plan.status))))
            if plan.target_jabatan:
                rows.append(("Jabatan target", text(plan.target_jabatan)))
            rows.append(
                (
                    "Kegiatan",
                    f"{len(counted)} kegiatan, {done} selesai ({round(100 * plan.progress)}%); "
                    f"{plan.jp_planned} JP direncanakan",
                )
            )
        out.append(self.facts(rows))
        out.append(Spacer(1, 1.5 * mm))
        out.append(
            Paragraph(
                "JP dihitung dari riwayat diklat dan kegiatan pengembangan yang telah selesai pada tahun itu "
                f"(paling sedikit {JP_MINIMUM} JP per tahun, PP Nomor 11 Tahun 2017 jo. PP Nomor 17 Tahun 2020).",
                self.note,
            )
        )
        return out

    def succession(self) -> list[Flowable]:
        r, c = self.r, self.s
        out = self.heading("Suksesi", room=40 * mm)
        if r.incumbent_of:
            out.append(
                Paragraph(
                    "Pemangku jabatan target/kritikal: " + text("; ".join(r.incumbent_of)) + ".", self.body
                )
            )
        if not r.successor_for:
            out.append(
                Paragraph(
                    f"Tidak tercatat sebagai calon suksesor jabatan target/kritikal pada periode "
                    f"{text(r.period_label)}.",
                    self.body,
                )
            )
            return out
        rows = [
            [
                Paragraph(f"{n}.", c.cell_center),
                [Paragraph(f"<b>{text(x.jabatan)}</b>", c.cell), Paragraph(text(x.kind), c.cell_small)],
                Paragraph(text(x.unit or _DASH), c.cell),
                Paragraph(("<b>%s</b>" if x.ready_now else "%s") % text(x.readiness), c.cell),
                Paragraph(text(x.status), c.cell),
            ]
            for n, x in enumerate(r.successor_for, start=1)
        ]
        out.append(
            ruled_table(
                c,
                ["No", "Jabatan target/kritikal", "Unit kerja", "Kesiapan", "Status"],
                rows,
                widths(self.inner, [8, 50, 38, 26, 26]),
            )
        )
        return out

    def discipline(self) -> list[Flowable]:
        r, c = self.r, self.s
        out = self.heading("Hukuman Disiplin (Data Sensitif)", room=35 * mm)
        records = r.hukdis or ()
        if not records:
            out.append(Paragraph("Tidak ada catatan hukuman disiplin.", self.body))
            return out
        rows = [
            [
                Paragraph(_date(x.tmt), c.cell_center),
                Paragraph(_date(x.tanggal_akhir), c.cell_center),
                Paragraph(text(x.tingkat), c.cell),
                Paragraph(text(x.jenis), c.cell),
                Paragraph(text(x.keterangan or _DASH), c.cell),
            ]
            for x in records
        ]
        out.append(
            KeepTogether(
                ruled_table(
                    c,
                    ["TMT", "Berakhir", "Tingkat", "Jenis", "Keterangan"],
                    rows,
                    widths(self.inner, [18, 18, 16, 46, 50]),
                )
            )
        )
        out.append(Spacer(1, 1.5 * mm))
        out.append(
            Paragraph(
                "Data sensitif (UU Nomor 27 Tahun 2022): jangan diedarkan di luar keperluan dinas.", self.note
            )
        )
        return out


def _build(report: ProfileReport, pagesize: tuple[float, float]) -> bytes:
    buffer = io.BytesIO()
    template = report_template(
        buffer,
        pagesize,
        title=f"{TITLE} {report.nama} Periode {report.period_label}",
        author=report.kop.instansi,
        subject=f"NIP {nip_text(report.nip)}",
        keywords="manajemen talenta, profil talenta",
    )
    label = (
        f"{TITLE} Periode {report.period_label} \u2014 NIP {nip_text(report.nip)} \u2014 {report.nama} "
        f"\u2014 dicetak {format_tanggal(report.today)}"
    )
    template.build(_Builder(report, template.width).story(), canvasmaker=numbered_canvas(label, fonts()))
    return buffer.getvalue()


def write_profile_report(report: ProfileReport, out: str | Path | BinaryIO, *, paper: str = "A4") -> None:
    """Lay out data already read (see :func:`profile_report_data`); no database needed. ``out`` is a path
    (written atomically) or a binary stream. ValueError for an unknown paper size."""
    write_pdf(_build(report, page_size(paper)), out)


def render_profile_report(
    session: Session,
    nip: str,
    period_label: str,
    out: str | Path | BinaryIO,
    *,
    paper: str = "A4",
    include_sensitive: bool = False,
    today: date | None = None,
) -> ProfileReport:
    """Read and write in one call; returns what was printed. Nothing is written on an error."""
    pagesize = page_size(paper)
    report = profile_report_data(session, nip, period_label, include_sensitive=include_sensitive, today=today)
    write_pdf(_build(report, pagesize), out)
    return report
