"""What every printed report shares: paper, margins, type, the kop, the page footer, and the safe write.

An Indonesian naskah dinas has a recognisable shape — the letterhead closed by a double rule, a wide binding
margin at left, ruled tables with a grey header row, "Halaman x dari y" on every page — and every report
of Talenta Desktop (berita acara, succession, IDP …) should look like it came from the same office. So the
shape lives here once, and each report only lays out its own content.

Type is Liberation Sans, embedded from resources/fonts: metrically identical to Arial, the face local
tata naskah dinas rules prescribe, and unlike reportlab's built-in Helvetica it has "→" and any Latin
letter a name may carry. If the font files are missing the report still prints with Helvetica, writing
"ke" for the arrow, rather than failing in the middle of a meeting.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from talenta_desktop.domain.nip import format_nip
from talenta_desktop.resources import resource_path

from .berita_acara_data import Kop

__all__ = [
    "BODY_SIZE",
    "FOOTER_Y",
    "FRAME_PADDING",
    "INDENT",
    "MARGIN_BOTTOM",
    "MARGIN_LEFT",
    "MARGIN_RIGHT",
    "MARGIN_TOP",
    "PAPER_SIZES",
    "ROMAN",
    "SIGNATURE_SPACE",
    "TABLE_SIZE",
    "DoubleRule",
    "Fonts",
    "Styles",
    "breakable",
    "clean",
    "fitted",
    "fonts",
    "grid_style",
    "info_table",
    "kop_flowables",
    "load_fonts",
    "logo",
    "multiline",
    "nip_text",
    "numbered_canvas",
    "page_size",
    "paragraphs",
    "plain_style",
    "ruled_table",
    "section_heading",
    "sentence",
    "signature",
    "text",
    "widths",
    "write_pdf",
]

PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * mm, 297 * mm),
    "F4": (215 * mm, 330 * mm),  # folio as Indonesian offices buy it (not the 8.5 × 13 in US folio)
}

# Naskah dinas margins: wide binding edge at left.
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
FOOTER_Y = 11 * mm  # baseline of the page footer, inside the bottom margin
FRAME_PADDING = 6  # points: reportlab's Frame keeps this much free inside each margin

SIGNATURE_SPACE = 18 * mm
INDENT = 8 * mm  # content under a numbered heading lines up with the heading's text
BODY_SIZE = 11
TABLE_SIZE = 8.5

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def page_size(paper: str) -> tuple[float, float]:
    """The page size of "A4" or "F4" (any case); a ValueError naming the choices otherwise."""
    key = paper.strip().upper()
    if key not in PAPER_SIZES:
        raise ValueError(
            f"Ukuran kertas tidak dikenal: {paper!r} (pilih salah satu: {', '.join(PAPER_SIZES)})"
        )
    return PAPER_SIZES[key]


# --------------------------------------------------------------------------------------------- fonts


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    arrow: str  # how "box before → box after" is joined


_FONT_LOCK = threading.Lock()  # reports are built on worker threads; reportlab's registry is global


def load_fonts(find: Callable[..., Path] = resource_path) -> Fonts:
    """Register the embedded Liberation Sans (found through ``find``); Helvetica if the files are gone.

    Not cached: each report module keeps its own cached copy (see :func:`fonts`), so a test can hide the
    files from one report without disturbing the others.
    """
    with _FONT_LOCK:
        return _register_fonts(find)


@cache
def fonts() -> Fonts:
    """The report fonts, registered once per process."""
    return load_fonts(resource_path)


def _register_fonts(find: Callable[..., Path]) -> Fonts:
    names = {
        "regular": ("TalentaSans", "LiberationSans-Regular.ttf"),
        "bold": ("TalentaSans-Bold", "LiberationSans-Bold.ttf"),
        "italic": ("TalentaSans-Italic", "LiberationSans-Italic.ttf"),
        "bolditalic": ("TalentaSans-BoldItalic", "LiberationSans-BoldItalic.ttf"),
    }
    try:
        for name, filename in names.values():
            path = find("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(path)
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(path)))
    except Exception:  # missing or damaged resources: print anyway, with the PDF base fonts
        return Fonts("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", " ke ")
    pdfmetrics.registerFontFamily(
        names["regular"][0],
        normal=names["regular"][0],
        bold=names["bold"][0],
        italic=names["italic"][0],
        boldItalic=names["bolditalic"][0],
    )
    return Fonts(names["regular"][0], names["bold"][0], names["italic"][0], " \u2192 ")


# -------------------------------------------------------------------------------------------- styles


class Styles:
    """The paragraph styles of an official document, built for the registered font."""

    def __init__(self, fonts: Fonts) -> None:
        def style(name: str, **kw) -> ParagraphStyle:
            base = {
                "fontName": fonts.regular,
                "fontSize": BODY_SIZE,
                "leading": BODY_SIZE * 1.35,
                "alignment": TA_LEFT,
            }
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.fonts = fonts
        self.kop_pemerintah = style("kop1", fontName=fonts.bold, fontSize=14, leading=17, alignment=TA_CENTER)
        self.kop_instansi = style("kop2", fontName=fonts.bold, fontSize=14, leading=17, alignment=TA_CENTER)
        self.kop_alamat = style("kop3", fontSize=9, leading=11.5, alignment=TA_CENTER)
        self.title = style("title", fontName=fonts.bold, fontSize=12, leading=16, alignment=TA_CENTER)
        self.subtitle = style("subtitle", fontName=fonts.bold, alignment=TA_CENTER)
        self.number = style("number", alignment=TA_CENTER)
        self.corrects = style("corrects", fontName=fonts.italic, fontSize=10, leading=13, alignment=TA_CENTER)
        self.body = style("body", alignment=TA_JUSTIFY, spaceAfter=4)
        self.body_indented = style("body_ind", alignment=TA_JUSTIFY, leftIndent=INDENT, spaceAfter=6)
        self.label = style("label", fontName=fonts.bold, spaceBefore=4, spaceAfter=2)
        self.list_item = style(
            "list_item",
            alignment=TA_JUSTIFY,
            leftIndent=INDENT,
            bulletIndent=0,
            bulletFontName=fonts.regular,
            bulletFontSize=BODY_SIZE,
            spaceAfter=2,
        )
        self.list_item_indented = style(
            "list_item_ind",
            alignment=TA_JUSTIFY,
            leftIndent=2 * INDENT,
            bulletIndent=INDENT,
            bulletFontName=fonts.regular,
            bulletFontSize=BODY_SIZE,
            spaceAfter=2,
        )
        self.heading = style(
            "heading",
            fontName=fonts.bold,
            leftIndent=INDENT,
            bulletIndent=0,
            bulletFontName=fonts.bold,
            bulletFontSize=BODY_SIZE,
            spaceBefore=10,
            spaceAfter=5,
        )
        self.cell = style("cell", fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.25)
        self.cell_center = style(
            "cell_c", fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.25, alignment=TA_CENTER
        )
        self.cell_small = style("cell_s", fontSize=TABLE_SIZE - 1, leading=(TABLE_SIZE - 1) * 1.25)
        self.cell_note = style(
            "cell_n", fontName=fonts.italic, fontSize=TABLE_SIZE - 0.5, leading=(TABLE_SIZE - 0.5) * 1.25
        )
        self.cell_head = style(
            "cell_h", fontName=fonts.bold, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2, alignment=TA_CENTER
        )
        self.cell_list = style(
            "cell_l",
            fontSize=TABLE_SIZE,
            leading=TABLE_SIZE * 1.25,
            leftIndent=5 * mm,
            bulletIndent=0,
            bulletFontName=fonts.regular,
            bulletFontSize=TABLE_SIZE,
            spaceAfter=1.5,
        )
        self.info = style("info", spaceAfter=0)
        self.sign = style("sign", alignment=TA_CENTER)
        self.sign_absent = style("sign_abs", fontName=fonts.italic, alignment=TA_CENTER)
        self.sign_place = style("sign_place", alignment=TA_CENTER)
        self.note = style("note", fontSize=8, leading=10.5)


# ------------------------------------------------------------------------------------------- helpers


def text(value: object | None) -> str:
    """User text as Paragraph markup: control characters dropped, XML escaped."""
    if value is None:
        return ""
    return escape(_CONTROL.sub("", str(value)).strip())


def clean(value: str) -> str:
    """Text for the canvas (footers, metadata): control characters dropped, nothing escaped."""
    return _CONTROL.sub("", value)


_BREAK = '<font size="0.5"> </font>'  # a break opportunity that prints as (almost) nothing


def breakable(value: object | None, style: ParagraphStyle, width: float) -> str:
    """User text as markup in which a token too wide for ``width`` ("992/BKPSDM/I/2026" in a narrow
    cell) may break after its slashes, rather than at an arbitrary letter as reportlab would cut it.
    Tokens that fit are left whole, so a number that fits is copied from the PDF as it was typed."""
    out = []
    for token in re.split(r"(\s+)", _CONTROL.sub("", str(value or "")).strip()):
        if "/" in token and pdfmetrics.stringWidth(token, style.fontName, style.fontSize) > width:
            out.append(_BREAK.join(text(part + "/") for part in token.split("/")[:-1]) + _BREAK)
            out.append(text(token.split("/")[-1]))
        else:
            out.append(escape(token))
    return "".join(out)


def multiline(value: str | None) -> str:
    return "<br/>".join(text(line) for line in (value or "").strip().splitlines())


def nip_text(nip: str | None) -> str:
    """The customary written form ("19680411 199303 1 009"); a malformed stored value as it is."""
    if not nip:
        return ""
    try:
        return format_nip(nip)
    except Exception:
        return str(nip).strip()


def sentence(value: str) -> str:
    value = value.strip()
    return value if not value or value[-1] in ".!?:;)" else value + "."


def paragraphs(value: str) -> list[str]:
    """Paragraphs separated by blank lines; line breaks inside a paragraph are kept."""
    return [p for p in re.split(r"\n[ \t]*\n", (value or "").strip()) if p.strip()]


def logo(path: str | None, max_w: float, max_h: float) -> Flowable | None:
    """The emblem scaled into the box, or None when not configured or not a readable image."""
    if not path:
        return None
    try:
        if not Path(path).is_file():
            return None
        reader = ImageReader(str(path))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            return None
        reader.getRGBData()  # decode it all now: a cut-off file would otherwise fail while drawing
        scale = min(max_w / width, max_h / height)
        return Image(str(path), width=width * scale, height=height * scale)
    except Exception:  # unreadable, unsupported format (e.g. SVG), permissions: print without logo
        return None


class DoubleRule(Flowable):
    """The kop's closing rule: a thick line over a thin one, across the text block."""

    def __init__(self, thick: float = 2.2, thin: float = 0.7, gap: float = 1.6) -> None:
        super().__init__()
        self.thick, self.thin, self.gap = thick, thin, gap
        self.width = 0.0
        self.height = thick + gap + thin

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(colors.black)
        c.setLineWidth(self.thin)
        c.line(0, self.thin / 2, self.width, self.thin / 2)
        c.setLineWidth(self.thick)
        y = self.thin + self.gap + self.thick / 2
        c.line(0, y, self.width, y)


def grid_style(header_rows: int = 1) -> list[tuple]:
    """A ruled table with a grey header row, as official tables are printed."""
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#E6E6E6")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]


def plain_style(bottom: float = 1) -> list[tuple]:
    """A table without rules (label : value lists, signature grids)."""
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]


def fitted(
    style: ParagraphStyle, markup: str, width: float, *, lines: int, smallest: float = 10
) -> ParagraphStyle:
    """The style at the largest size (down to `smallest`) at which the text needs at most `lines` lines.

    A kop line broken in the middle of a regency's name looks careless; a slightly smaller one does not.
    """
    size = style.fontSize
    while size > smallest:
        probe = Paragraph(markup, ParagraphStyle("probe", parent=style, fontSize=size, leading=size * 1.2))
        _, height = probe.wrap(width, 10_000)
        if height <= lines * size * 1.2 + 0.1:
            break
        size -= 0.5
    if size == style.fontSize:
        return style
    return ParagraphStyle(style.name + "_fit", parent=style, fontSize=size, leading=size * 1.2)


def widths(total: float, fractions: Sequence[float]) -> list[float]:
    scale = total / sum(fractions)
    return [f * scale for f in fractions]


# ------------------------------------------------------------------------------------ building blocks

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def section_heading(styles: Styles, number: int, title: str, *, room: float = 40 * mm) -> list[Flowable]:
    """A heading "II. Title" (``number`` counts from 1) that never sits alone at the foot of a page.

    Not keepWithNext: that would push a whole long table (and the heading) to the next page and leave a
    half-empty one behind; a conditional break only needs room for the first rows.
    """
    numeral = ROMAN[number - 1] if 0 < number <= len(ROMAN) else str(number)
    return [CondPageBreak(room), Paragraph(text(title), styles.heading, bulletText=f"{numeral}.")]


def ruled_table(
    styles: Styles,
    header: Sequence[str],
    rows: list[list],
    col_widths: Sequence[float],
    extra_style: Sequence = (),
    *,
    split_in_row: bool = False,
) -> Table:
    """A ruled table whose header row (markup) repeats on every page it runs onto."""
    head = [Paragraph(h, styles.cell_head) for h in header]
    table = Table(
        [head, *rows],
        colWidths=list(col_widths),
        repeatRows=1,
        hAlign="RIGHT",
        splitByRow=1,
        splitInRow=1 if split_in_row else 0,
    )
    table.setStyle(TableStyle([*grid_style(), *extra_style]))
    return table


def info_table(
    styles: Styles, rows: Sequence[tuple[str, object]], width: float, *, label_width: float = 45 * mm
) -> Table:
    """ "Label : value" lines, the way a naskah dinas lists facts; values are markup or flowables."""
    style = styles.info
    data = [
        [
            Paragraph(text(label), style),
            Paragraph(":", style),
            value if isinstance(value, Flowable | list) else Paragraph(str(value), style),
        ]
        for label, value in rows
    ]
    return Table(
        data,
        colWidths=[label_width, 4 * mm, width - label_width - 4 * mm],
        hAlign="RIGHT",
        style=plain_style(),
    )


def signature(styles: Styles, role: str, name: str | None, nip: str | None, *, nip_line: bool = True) -> list:
    """A signature: role, room to sign, the name bold and underlined, the NIP.

    A name not known to the application is a dotted line to be written in by hand, as printed forms do.
    """
    role = text(role)
    cell: list[Flowable] = [Paragraph(role + ("," if role and not role.endswith(",") else ""), styles.sign)]
    cell.append(Spacer(1, SIGNATURE_SPACE))
    if name:
        cell.append(Paragraph(f"<b><u>{text(name)}</u></b>", styles.sign))
    else:
        cell.append(Paragraph("(" + "." * 52 + ")", styles.sign))
    if nip:
        cell.append(Paragraph(f"NIP {text(nip_text(nip))}", styles.sign))
    elif nip_line:
        cell.append(Paragraph("NIP " + "." * 40, styles.sign))
    return cell


# ------------------------------------------------------------------------------------------------ kop


def kop_flowables(kop: Kop, styles: Styles, width: float) -> list[Flowable]:
    """The letterhead: emblem at left, government and agency centred, address, then the double rule."""
    side = 24 * mm
    emblem = logo(kop.logo_path, side - 2 * mm, 26 * mm)
    text_width = width - 2 * side
    pemerintah = text(kop.pemerintah).upper()
    instansi = text(kop.instansi).upper()
    lines: list[Flowable] = [
        Paragraph(pemerintah, fitted(styles.kop_pemerintah, pemerintah, text_width, lines=1)),
        Paragraph(instansi, fitted(styles.kop_instansi, instansi, text_width, lines=2)),
    ]
    if kop.alamat:
        lines.append(Spacer(1, 1.5))
        lines.append(Paragraph(multiline(kop.alamat), styles.kop_alamat))
    # An empty column at right of the same width keeps the text centred on the page, logo or not.
    table = Table(
        [[emblem or "", lines, ""]],
        colWidths=[side, text_width, side],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (0, 0), "LEFT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return [table, Spacer(1, 3 * mm), DoubleRule(), Spacer(1, 6 * mm)]


# ------------------------------------------------------------------------------------- page furniture


def report_template(
    buffer: BinaryIO, pagesize: tuple[float, float], *, title: str, author: str, subject: str, keywords: str
) -> SimpleDocTemplate:
    """The page set-up every report shares (margins of an Indonesian government letter), with the PDF's own
    title, author, subject and keywords so a file manager or a PDF reader shows what the file is."""
    return SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator="Talenta Desktop",
        keywords=keywords,
        lang="id-ID",
    )


def numbered_canvas(
    label: str,
    fonts: Fonts,
    *,
    left: float = MARGIN_LEFT,
    right: float = MARGIN_RIGHT,
    mark: str | None = None,
) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each footer can say "Halaman x dari y".

    ``label`` is printed at the left of every footer (which document this page belongs to, so a loose
    page can be put back); ``mark`` (e.g. "DRAF") is printed faintly across every page, so no print of
    a draft can pass for the record.
    """
    label = clean(label)

    class _NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width = self._pagesize[0]
            self.saveState()
            self.setStrokeColor(colors.HexColor("#999999"))
            self.setLineWidth(0.4)
            self.line(left, FOOTER_Y + 10, width - right, FOOTER_Y + 10)
            self.setFillColor(colors.HexColor("#333333"))
            page = f"Halaman {self._pageNumber} dari {total}"
            room = width - left - right - pdfmetrics.stringWidth(page, fonts.regular, 8.5) - 12
            size, shown = _fit_line(label, fonts.regular, 7.5, room)
            self.setFont(fonts.regular, size)
            self.drawString(left, FOOTER_Y, shown)
            self.setFont(fonts.regular, 8.5)
            self.drawRightString(width - right, FOOTER_Y, page)
            if mark:
                height = self._pagesize[1]
                self.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.13))
                self.setFont(fonts.bold, 150)
                self.translate(width / 2, height / 2)
                self.rotate(52)
                self.drawCentredString(0, -50, mark)
            self.restoreState()

    return _NumberedCanvas


def _fit_line(line: str, font: str, size: float, room: float, smallest: float = 6.5) -> tuple[float, str]:
    """The size (down to ``smallest``) at which ``line`` fits ``room``; cut with "…" if even that is too
    wide, so a footer never runs into the page number."""
    while size > smallest and pdfmetrics.stringWidth(line, font, size) > room:
        size -= 0.5
    if pdfmetrics.stringWidth(line, font, size) <= room:
        return size, line
    while line and pdfmetrics.stringWidth(line + "\u2026", font, size) > room:
        line = line[:-1]
    return size, line.rstrip() + "\u2026"


# ---------------------------------------------------------------------------------------------- write


def write_pdf(data: bytes, out: str | Path | BinaryIO) -> None:
    """Write finished PDF bytes to a stream, or to a path atomically.

    A path is written through a temporary file in the same folder that then replaces the target, so a
    reader (or a power cut) never meets half a document, and an existing file stays intact on failure.
    """
    if not isinstance(out, str | Path):
        out.write(data)
        return
    target = Path(out)
    # Not tempfile.mkstemp: its file is private (0600), and a report is made to be shared like any other
    # file the user saves, with the usual permissions.
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
