"""The berita acara (official minutes) of a Komite Talenta meeting as a PDF (DOMAIN §5).

Lays out a `BeritaAcaraDocument` the way an Indonesian naskah dinas looks: letterhead with the double rule,
a centred underlined title and number, "Dasar:", numbered sections with ruled tables, the signature grid,
and on every page "Halaman x dari y". The last page carries the document's fingerprint (SHA-256 of its
content, not of the PDF bytes), so a printed copy can be checked against the database.

Paper, margins, type (Liberation Sans embedded, Helvetica when the files are missing), the kop and the
numbered footer are shared with the other reports: see `layout`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from talenta_desktop.domain.dates import format_tanggal
from talenta_desktop.resources import resource_path
from talenta_desktop.services.reports.berita_acara_data import (
    Attendee,
    BeritaAcaraDocument,
    DecisionRow,
    Signatory,
    fingerprint,
)
from talenta_desktop.services.reports.layout import (
    INDENT,
    PAPER_SIZES,
    SIGNATURE_SPACE,
    TABLE_SIZE,
    Fonts,
    Styles,
    clean,
    grid_style,
    kop_flowables,
    load_fonts,
    numbered_canvas,
    page_size,
    report_template,
    write_pdf,
)
from talenta_desktop.services.reports.layout import multiline as _multiline
from talenta_desktop.services.reports.layout import nip_text as _nip
from talenta_desktop.services.reports.layout import paragraphs as _paragraphs
from talenta_desktop.services.reports.layout import sentence as _sentence
from talenta_desktop.services.reports.layout import text as _text
from talenta_desktop.services.reports.layout import widths as _widths

__all__ = ["PAPER_SIZES", "render_berita_acara"]

TABLE_INDENT = 0.0  # tables run the full text width: seven columns need every millimetre

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_KOTAK = re.compile(r"\b(kotak) (?=\d)", re.IGNORECASE)  # "kotak 9" never broken across lines


@cache
def _fonts() -> Fonts:
    """The fonts, found through this module's `resource_path` (a test hides the files by replacing it)."""
    return load_fonts(lambda *parts: resource_path(*parts))


# ------------------------------------------------------------------------------------------- helpers


def _box(value: int | None) -> str:
    return "\u2014" if value is None else str(value)


def _box_change(row: DecisionRow, arrow: str) -> str:
    if row.box_before is None and row.box_after is None:
        return "\u2014"
    return f"{_box(row.box_before)}{arrow}{_box(row.box_after)}"


def _role_key(role: str) -> str:
    return role.strip().lower()


# ------------------------------------------------------------------------------------------ sections


class _Builder:
    def __init__(
        self,
        document: BeritaAcaraDocument,
        fonts: Fonts,
        frame_width: float,
        digest: str,
        *,
        split_rows: bool = False,
        draft: bool = False,
    ) -> None:
        self.doc = document
        self.draft = draft
        # Rows move whole to the next page; only a row taller than a page (a pasted essay as a reason)
        # needs splitting inside, which reportlab does less tidily, so that is the second attempt.
        self.split_rows = split_rows
        self.fonts = fonts
        self.s = Styles(fonts)
        self.width = frame_width
        self.inner = frame_width - INDENT  # width of content under a heading
        self.table_width = frame_width - TABLE_INDENT
        self.digest = digest
        self.section = 0
        # The arrow glyph is drawn small in Liberation Sans; two points larger it reads at a glance.
        arrow = fonts.arrow.strip()
        self._arrow = f' <font size="{TABLE_SIZE + 2}">{arrow}</font> ' if arrow == "\u2192" else f" {arrow} "

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.kop()
        story += self.title()
        story += self.opening()
        story += self.attendance()
        story += self.agenda()
        story += self.minutes()
        story += self.decisions()
        story += self.krs()
        story += self.follow_ups()
        # The closing sentence, the signatures and the fingerprint stay on one page when they fit: a
        # signature alone on a page, away from the text it signs, is what an auditor frowns at.
        story.append(KeepTogether([*self.signatures(), *self.fingerprint_note()]))
        return story

    # -- kop and title

    def kop(self) -> list[Flowable]:
        return kop_flowables(self.doc.kop, self.s, self.width)

    def title(self) -> list[Flowable]:
        d = self.doc
        out: list[Flowable] = [Paragraph(f"<u>{_text(d.title).upper()}</u>", self.s.title)]
        if d.subtitle:
            out.append(Paragraph(_text(d.subtitle), self.s.subtitle))
        out.append(Paragraph(f"Nomor: {_text(d.number)}", self.s.number))
        if d.corrects:
            out.append(Spacer(1, 1))
            out.append(Paragraph(f"Koreksi atas Berita Acara Nomor {_text(d.corrects)}", self.s.corrects))
        out.append(Spacer(1, 6 * mm))
        return out

    def opening(self) -> list[Flowable]:
        d = self.doc
        out: list[Flowable] = [Paragraph(_text(p), self.s.body) for p in _paragraphs(d.opening)]
        facts = [
            ("Hari, tanggal", d.day_date),
            ("Waktu", d.time),
            ("Tempat", d.place),
            ("Periode penilaian", d.period_label),
        ]
        rows = [
            [Paragraph(_text(k), self.s.info), Paragraph(":", self.s.info), Paragraph(_text(v), self.s.info)]
            for k, v in facts
            if v
        ]
        if rows:
            out.append(
                Table(
                    rows,
                    colWidths=[38 * mm, 4 * mm, self.inner - 42 * mm],
                    hAlign="RIGHT",
                    style=[
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ],
                )
            )
        if d.legal_basis:
            out.append(Spacer(1, 3 * mm))
            out.append(Paragraph("Dasar:", self.s.label))
            for i, basis in enumerate(d.legal_basis, start=1):
                out.append(Paragraph(_sentence(_text(basis)), self.s.list_item, bulletText=f"{i}."))
        return out

    # -- numbered sections

    def heading(self, title: str) -> list[Flowable]:
        """A numbered section heading that never sits alone at the foot of a page.

        Not keepWithNext: that would push a whole long table (and the heading) to the next page and
        leave a half-empty one behind; a conditional break only needs room for the first rows.
        """
        numeral = _ROMAN[self.section] if self.section < len(_ROMAN) else str(self.section + 1)
        self.section += 1
        return [CondPageBreak(40 * mm), Paragraph(_text(title), self.s.heading, bulletText=f"{numeral}.")]

    def table(
        self, header: Sequence[str], rows: list[list], fractions: Sequence[float], extra_style: Sequence = ()
    ) -> Table:
        head = [Paragraph(h, self.s.cell_head) for h in header]
        table = Table(
            [head, *rows],
            colWidths=_widths(self.table_width, fractions),
            repeatRows=1,
            hAlign="RIGHT",
            splitByRow=1,
            splitInRow=1 if self.split_rows else 0,
        )
        table.setStyle(TableStyle([*grid_style(), *extra_style]))
        return table

    def none(self, text: str = "Tidak ada.") -> Paragraph:
        return Paragraph(text, self.s.body_indented)

    def attendance(self) -> list[Flowable]:
        d = self.doc
        out: list[Flowable] = self.heading("Kehadiran")
        if d.attendees:
            rows = [self._attendee_row(i, a) for i, a in enumerate(d.attendees, start=1)]
            extra: list[tuple] = []
            if d.quorum:
                # The quorum closes the table as its last row, so a page break never parts it from the
                # attendance it sums up.
                rows.append(
                    [Paragraph(f"<b>Kuorum:</b> {_sentence(_text(d.quorum))}", self.s.cell), *[""] * 4]
                )
                last = len(rows)
                extra = [("SPAN", (0, last), (-1, last)), ("NOSPLIT", (0, last - 1), (-1, last))]
            out.append(
                self.table(
                    ["No", "Nama / NIP", "Jabatan", "Peran dalam Komite", "Kehadiran"],
                    rows,
                    [7, 50, 45, 24, 34],
                    extra,
                )
            )
        else:
            out.append(self.none("Daftar hadir tidak tercatat."))
            if d.quorum:
                out.append(Paragraph(_sentence(_text(d.quorum)), self.s.body_indented))
        return out

    def _attendee_row(self, index: int, a: Attendee) -> list:
        c = self.s
        who = [Paragraph(_text(a.nama), c.cell)]
        if a.nip:
            who.append(Paragraph(f"NIP {_text(_nip(a.nip))}", c.cell_small))
        status = a.status or ""
        if status.strip().lower() == "diwakili":
            presence = "Diwakili oleh " + _text(a.represented_by) if a.represented_by else "Diwakili"
        else:
            presence = _text(status)
        return [
            Paragraph(f"{index}.", c.cell_center),
            who,
            Paragraph(_text(a.jabatan) or "\u2014", c.cell),
            Paragraph(_text(a.role), c.cell),
            Paragraph(presence, c.cell),
        ]

    def agenda(self) -> list[Flowable]:
        out: list[Flowable] = self.heading("Agenda")
        if not self.doc.agenda:
            return [*out, self.none()]
        for i, item in enumerate(self.doc.agenda, start=1):
            out.append(Paragraph(_text(item), self.s.list_item_indented, bulletText=f"{i}."))
        return out

    def minutes(self) -> list[Flowable]:
        out: list[Flowable] = self.heading("Pembahasan")
        paragraphs = _paragraphs(self.doc.minutes)
        if not paragraphs:
            return [*out, self.none("Tidak ada catatan pembahasan.")]
        out += [Paragraph(_multiline(p), self.s.body_indented) for p in paragraphs]
        return out

    def decisions(self) -> list[Flowable]:
        out: list[Flowable] = self.heading("Keputusan")
        if not self.doc.decisions:
            return [*out, self.none("Tidak ada keputusan yang ditetapkan.")]
        c = self.s
        rows: list[list] = []
        extra: list[tuple] = []
        for row in self.doc.decisions:
            reason: list[Flowable] = [Paragraph(_text(row.reason) or "\u2014", c.cell)]
            if row.basis:
                reason.append(Paragraph(f"Dasar: {_text(row.basis)}", c.cell_note))
            rows.append(
                [
                    Paragraph(f"{row.number}.", c.cell_center),
                    Paragraph(_text(_nip(row.nip)) or "\u2014", c.cell),
                    Paragraph(_text(row.nama) or "\u2014", c.cell),
                    Paragraph(_text(row.jabatan) or "\u2014", c.cell),
                    Paragraph(_box_change(row, self._arrow), c.cell_center),
                    Paragraph(_text(row.kind), c.cell),
                    reason,
                ]
            )
            if row.stepped_out:
                names = ", ".join(_text(n) for n in row.stepped_out if n)
                line = len(rows) + 1  # table row index of this note (row 0 is the header)
                rows.append(
                    [
                        "",
                        Paragraph(
                            "Anggota yang tidak ikut memutuskan (benturan kepentingan): " + names,
                            c.cell_note,
                        ),
                        "",
                        "",
                        "",
                        "",
                        "",
                    ]
                )
                extra += [
                    ("SPAN", (1, line), (-1, line)),
                    ("SPAN", (0, line - 1), (0, line)),
                    ("NOSPLIT", (0, line - 1), (-1, line)),
                    ("TOPPADDING", (0, line), (-1, line), 1.5),
                    ("BOTTOMPADDING", (0, line), (-1, line), 2.5),
                ]
        header = f"Kotak<br/>semula{self.fonts.arrow}<br/>ditetapkan"
        out.append(
            self.table(
                ["No", "NIP", "Nama", "Jabatan", header, "Jenis keputusan", "Alasan / dasar"],
                rows,
                [7, 21, 27, 27, 19, 23, 36],
                extra,
            )
        )
        return out

    def krs(self) -> list[Flowable]:
        out: list[Flowable] = self.heading("Kelompok Rencana Suksesi")
        if not self.doc.krs:
            return [*out, self.none()]
        c = self.s
        rows = []
        for i, row in enumerate(self.doc.krs, start=1):
            if row.candidates:
                names: list[Flowable] = [
                    Paragraph(_KOTAK.sub("\\1\u00a0", _text(name)), c.cell_list, bulletText=f"{n}.")
                    for n, name in enumerate(row.candidates, start=1)
                ]
            else:
                names = [Paragraph("Tidak ada", c.cell)]
            rows.append(
                [Paragraph(f"{i}.", c.cell_center), Paragraph(_text(row.jabatan_target), c.cell), names]
            )
        out.append(
            self.table(
                ["No", "Jabatan target", "Calon suksesor (urut peringkat)"],
                rows,
                [7, 53, 100],
            )
        )
        return out

    def follow_ups(self) -> list[Flowable]:
        out: list[Flowable] = self.heading("Tindak Lanjut")
        if not self.doc.follow_ups:
            return [*out, self.none()]
        c = self.s
        rows = [
            [
                Paragraph(f"{i}.", c.cell_center),
                Paragraph(_text(f.task), c.cell),
                Paragraph(_text(f.owner) or "\u2014", c.cell),
                Paragraph(format_tanggal(f.due) if f.due else "\u2014", c.cell_center),
            ]
            for i, f in enumerate(self.doc.follow_ups, start=1)
        ]
        out.append(self.table(["No", "Kegiatan", "Penanggung jawab", "Batas waktu"], rows, [7, 85, 40, 28]))
        return out

    # -- closing, signatures, fingerprint

    def signatures(self) -> list[Flowable]:
        d = self.doc
        closing = [Paragraph(_text(p), self.s.body) for p in _paragraphs(d.closing)]
        if closing:
            closing.insert(0, Spacer(1, 5 * mm))
        place = ", ".join(x for x in (_text(d.city), _text(d.signed_date)) if x)

        ketua = next((s for s in d.signatories if _role_key(s.role).startswith("ketua")), None)
        sekretaris = next((s for s in d.signatories if _role_key(s.role).startswith("sekretaris")), None)
        others = [s for s in d.signatories if s is not ketua and s is not sekretaris]
        col = self.width / 2

        head_rows: list[list] = [["", Paragraph(place, self.s.sign_place)]] if place else []
        if ketua or sekretaris:
            head_rows.append(
                [self._signature(sekretaris) if sekretaris else "", self._signature(ketua) if ketua else ""]
            )
        pairs = [others[i : i + 2] for i in range(0, len(others), 2)]
        member_rows = [[self._signature(p[0]), self._signature(p[1]) if len(p) > 1 else ""] for p in pairs]

        plain = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        head_style = [*plain]
        if place and len(head_rows) > 1:
            head_style.append(("BOTTOMPADDING", (0, 0), (-1, 0), 2))
        out: list[Flowable] = [*closing, Spacer(1, 6 * mm)]
        if head_rows:
            out.append(Table(head_rows, colWidths=[col, col], style=head_style))
        if member_rows:
            style = [*plain, ("TOPPADDING", (0, 0), (-1, -1), 6 * mm)]
            if len(pairs[-1]) == 1:  # an odd last member signs in the middle
                style.append(("SPAN", (0, len(pairs) - 1), (1, len(pairs) - 1)))
            out.append(Table(member_rows, colWidths=[col, col], style=style))
        if d.acknowledger is not None:  # "Mengetahui," centred under the committee, as the PPK signs
            cell = [Paragraph("Mengetahui,", self.s.sign), *self._signature(d.acknowledger)]
            style = [*plain, ("TOPPADDING", (0, 0), (-1, -1), 8 * mm)]
            out.append(Table([["", cell, ""]], colWidths=[col / 2, col, col / 2], style=style))
        return out

    def _signature(self, who: Signatory) -> list[Flowable]:
        c = self.s
        role = _text(who.role)
        cell: list[Flowable] = [Paragraph(role + ("," if role and not role.endswith(",") else ""), c.sign)]
        if who.signed:
            cell.append(Spacer(1, SIGNATURE_SPACE))
        else:
            cell.append(
                Table(
                    [[Paragraph("(berhalangan)", c.sign_absent)]],
                    rowHeights=[SIGNATURE_SPACE],
                    style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
                )
            )
        cell.append(Paragraph(f"<b><u>{_text(who.nama)}</u></b>", c.sign))
        if who.nip:
            cell.append(Paragraph(f"NIP {_text(_nip(who.nip))}", c.sign))
        return cell

    def fingerprint_note(self) -> list[Flowable]:
        if self.draft:
            text = (
                "<b>DRAF</b> — rapat ini belum difinalkan, sehingga dokumen ini bukan berita acara resmi dan "
                "isinya masih dapat berubah. Sidik jari dokumen dicetak setelah rapat difinalkan."
            )
        else:
            text = (
                f"Sidik jari dokumen (SHA-256): <b>{self.digest}</b><br/>"
                "Cocokkan dengan basis data Talenta Desktop untuk memastikan salinan cetak ini tidak diubah."
            )
        note = Paragraph(text, self.s.note)
        box = Table(
            [[note]],
            colWidths=[self.width],
            style=[
                ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ],
        )
        return [Spacer(1, 10 * mm), box]


# ---------------------------------------------------------------------------------------------- entry


def _build(
    document: BeritaAcaraDocument,
    pagesize: tuple[float, float],
    digest: str,
    *,
    split_rows: bool,
    draft: bool,
) -> bytes:
    fonts = _fonts()
    label = f"Berita Acara Nomor {clean(document.number)}"
    buffer = io.BytesIO()
    template = report_template(
        buffer,
        pagesize,
        title=f"{'DRAF ' if draft else ''}{document.title} Nomor {document.number}",
        author=document.kop.instansi,
        subject=document.subtitle,
        keywords=f"Komite Talenta, berita acara, SHA-256 {digest}",
    )
    builder = _Builder(document, fonts, template.width, digest, split_rows=split_rows, draft=draft)
    template.build(
        builder.story(),
        canvasmaker=numbered_canvas(
            f"DRAF — {label} (belum difinalkan)" if draft else label, fonts, mark="DRAF" if draft else None
        ),
    )
    return buffer.getvalue()


def render_berita_acara(
    document: BeritaAcaraDocument, out: str | Path | BinaryIO, *, paper: str = "A4", draft: bool = False
) -> str:
    """Write the PDF of the berita acara to a path or binary stream; return the fingerprint printed on it.

    The fingerprint is `berita_acara_data.fingerprint(document)`, so whoever stores the document can keep
    it beside the meeting and compare it with a printed copy later. A ``draft`` (a meeting not yet final)
    is marked "DRAF" on every page and carries no fingerprint. The file is written only once the
    whole PDF has been built, so a failure never leaves half a document behind.
    """
    pagesize = page_size(paper)
    digest = fingerprint(document)
    try:
        data = _build(document, pagesize, digest, split_rows=False, draft=draft)
    except Exception:  # reportlab's LayoutError (or its crash while describing one): a too tall row
        data = _build(document, pagesize, digest, split_rows=True, draft=draft)
    write_pdf(data, out)
    return digest
