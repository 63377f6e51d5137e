"""The berita acara PDF: what a reader of the printed minutes must find on the paper.

The PDF text is read back with a small reader of reportlab's output written here (content streams and the
ToUnicode maps of the embedded fonts), so the tests need nothing beyond the project's dependencies; when
poppler's `pdftotext` is installed it reads the same file as a second, independent witness.
"""

from __future__ import annotations

import base64
import dataclasses
import io
import re
import zlib
from datetime import date
from pathlib import Path

import pytest

from talenta_desktop.domain.nip import format_nip
from talenta_desktop.services.reports.berita_acara import PAPER_SIZES, render_berita_acara
from talenta_desktop.services.reports.berita_acara_data import (
    Attendee,
    BeritaAcaraDocument,
    DecisionRow,
    FollowUpRow,
    Kop,
    KrsRow,
    Signatory,
    fingerprint,
)

# ----------------------------------------------------------------------------------------- the document

_NAMES = [
    ("Ahmad Fauzi, S.E., M.M.", "Kepala Subbagian Keuangan Dinas Pendidikan"),
    ("Siti Nurhaliza Rahmawati, S.Kom.", "Pranata Komputer Ahli Muda"),
    ("Dr. Bambang Supriyadi, M.Si.", "Kepala Bidang Pengembangan Aparatur"),
    (
        "Dewi Lestari Kusumaningrum, S.H., M.H.",
        "Analis Hukum Ahli Madya pada Bagian Hukum Sekretariat Daerah",
    ),
    ("I Gusti Ngurah Putu Wirawan, S.T.", "Kepala Seksi Jalan dan Jembatan"),
    ("Rina Marlina, A.Md.", "Pengelola Data Kepegawaian"),
    ("Hj. Nurul Aini, S.Pd., M.Pd.", "Kepala Sekolah SMP Negeri 3 Sukamaju Timur"),
    ("Yohanes Maria Situmorang, S.STP.", "Camat Sukamaju Hilir"),
    ("Muhammad Rizky Ramadhan", "Pengadministrasi Umum"),
    ("Ni Luh Ketut Sri Wahyuni, S.Kep., Ns.", "Perawat Ahli Pertama RSUD Sukamaju Timur"),
]
_KINDS = ["Penetapan kotak/kalibrasi", "Keanggotaan KRS", "Suksesor jabatan target"]


def _nip(index: int) -> str:
    """A valid PNS NIP: born 1975–1994, CPNS 2000–2019, alternating gender."""
    born = date(1975 + index % 20, 1 + index % 12, 1 + index % 28)
    return f"{born:%Y%m%d}{2000 + index % 20}{1 + index % 12:02d}{1 + index % 2}{index + 1:03d}"


def _decisions(count: int = 30) -> tuple[DecisionRow, ...]:
    rows = []
    for i in range(count):
        nama, jabatan = _NAMES[i % len(_NAMES)]
        before = 1 + (i * 4) % 9
        after = None if i % 11 == 5 else min(9, before + (i % 3))
        rows.append(
            DecisionRow(
                number=i + 1,
                kind=_KINDS[i % 3],
                nip=_nip(i),
                nama=f"{nama.split(',')[0]} {chr(65 + i % 26)}." if i >= len(_NAMES) else nama,
                jabatan=jabatan,
                box_before=None if i % 7 == 3 else before,
                box_after=after,
                reason=(
                    "Hasil kalibrasi: capaian SKP dua tahun terakhir Sangat Baik dan hasil uji kompetensi "
                    "manajerial di atas standar jabatan; komite sepakat menaikkan penempatan."
                    if i % 4 == 0
                    else "Data penilaian potensial belum mutakhir; penempatan dipertahankan."
                ),
                basis="Laporan hasil penilaian kompetensi UPT Penilaian Kompetensi 2025"
                if i % 5 == 0
                else None,
                stepped_out=("Dr. Bambang Supriyadi, M.Si.",) if i in (4, 17) else (),
            )
        )
    return tuple(rows)


_MINUTES = "\n\n".join(
    [
        "Rapat dibuka oleh Ketua Komite Talenta pukul 09.10 WIB. Ketua menyampaikan bahwa rapat ini "
        "membahas hasil pemetaan talenta periode 2025 yang telah diolah oleh Sekretariat Komite dari data "
        "SKP tahun 2023 dan 2024 serta hasil penilaian kompetensi yang dilaksanakan oleh UPT Penilaian "
        "Kompetensi Provinsi.",
        "Sekretaris memaparkan sebaran pegawai pada sembilan kotak talenta: 12% pada kotak 7–9, 61% pada "
        "kotak 4–6 dan 27% pada kotak 1–3. Anggota komite mencermati bahwa sebagian data potensial masih "
        "menggunakan hasil asesmen tahun 2021 sehingga perlu dimutakhirkan sebelum penetapan berikutnya.",
        "Pembahasan kalibrasi dilakukan per perangkat daerah. Untuk pegawai yang memiliki hubungan keluarga "
        "dengan anggota komite, anggota yang bersangkutan meninggalkan ruangan dan tidak ikut memutuskan; "
        "hal ini dicatat pada tabel keputusan.\nUsulan kenaikan kotak disertai alasan tertulis dan dasar "
        "data yang dapat ditelusuri.",
        "Komite juga membahas kelompok rencana suksesi (KRS) untuk jabatan target yang akan lowong dalam "
        "dua tahun ke depan, dengan memperhatikan rasio talenta per jabatan target dan kesiapan calon. "
        "Calon diurutkan dari kotak 9, kotak 8, lalu kotak 7 dan skor gabungan.",
        "Setelah seluruh usulan dibahas, komite menyepakati keputusan sebagaimana tercantum di bawah ini "
        "dan meminta Sekretariat menyiapkan rancangan keputusan Bupati tentang penetapan talenta.",
    ]
)


def make_document(**changes) -> BeritaAcaraDocument:
    attendees = (
        Attendee(
            1, "Drs. H. Sutrisno Wibowo, M.Si.", "196804111993031009", "Sekretaris Daerah", "Ketua", "Hadir"
        ),
        Attendee(
            2,
            "Endang Susilowati, S.Sos., M.AP.",
            "197203152000032004",
            "Kepala BKPSDM",
            "Sekretaris",
            "Hadir",
        ),
        Attendee(
            3,
            "Ir. Agus Salim Nasution, M.T.",
            "197006201996011001",
            "Inspektur Daerah",
            "Anggota",
            "Diwakili",
            represented_by="Hendra Gunawan, S.E., Inspektur Pembantu Wilayah II",
        ),
        Attendee(
            4,
            "Dr. Bambang Supriyadi, M.Si.",
            "197511052003121002",
            "Asisten Administrasi Umum",
            "Anggota",
            "Hadir",
        ),
        Attendee(
            5,
            "Retno Wulandari, S.H.",
            "198001202005012003",
            "Kepala Bagian Organisasi",
            "Anggota",
            "Tidak hadir",
        ),
        Attendee(
            6, "Andi Baso Mappaturung, S.IP.", "197809092002121001", "Kepala Bappeda", "Anggota", "Hadir"
        ),
        Attendee(
            7,
            "Fransiska Wea, S.Psi., Psikolog",
            "198505052010012012",
            "Asesor SDM Aparatur Ahli Muda",
            "Anggota",
            "Hadir",
        ),
    )
    document = BeritaAcaraDocument(
        kop=Kop(
            pemerintah="Pemerintah Kabupaten Sukamaju Timur",
            instansi="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            alamat="Jalan Jenderal Sudirman Nomor 45, Martapura Baru 70611\nTelepon (0511) 4772 123, Pos-el bkpsdm@sukamajutimur.go.id",
            logo_path="/tidak/ada/logo-kabupaten.png",
        ),
        number="800.1.3/BA-02/KT/2025",
        title="Berita Acara Rapat Komite Talenta",
        subtitle="Penetapan Hasil Pemetaan Talenta Periode 2025",
        legal_basis=(
            "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah "
            "diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2020 "
            "tentang Manajemen Talenta Aparatur Sipil Negara",
            "Keputusan Bupati Sukamaju Timur Nomor 800/412/KPTS/2025 tentang Pembentukan Komite Talenta "
            "Instansi Pemerintah Kabupaten Sukamaju Timur",
        ),
        opening=(
            "Pada hari ini Senin tanggal tujuh belas bulan November tahun dua ribu dua puluh lima, bertempat di "
            "Ruang Rapat Sekretariat Daerah Kabupaten Sukamaju Timur, telah dilaksanakan Rapat Komite Talenta "
            "Instansi dalam rangka penetapan hasil pemetaan talenta periode 2025, dengan rincian sebagai berikut:"
        ),
        place="Ruang Rapat Sekretariat Daerah, Lantai 2",
        day_date="Senin, 17 November 2025",
        time="09.00–12.00 WIB",
        period_label="2025",
        quorum="Dihadiri 6 dari 7 anggota (termasuk 1 yang diwakili); kuorum terpenuhi: paling sedikit 4",
        attendees=attendees,
        agenda=(
            "Pembukaan dan pengesahan agenda rapat",
            "Pemaparan hasil pemetaan talenta periode 2025 oleh Sekretariat Komite",
            "Kalibrasi penempatan talenta dan penetapan kelompok rencana suksesi",
            "Penetapan tindak lanjut dan penutup",
        ),
        decisions=_decisions(),
        krs=(
            KrsRow(
                "Kepala Bidang Pengembangan Aparatur pada BKPSDM",
                (
                    "Siti Nurhaliza Rahmawati, S.Kom. (19820314 200604 2 011) — kotak 9",
                    "Ahmad Fauzi, S.E., M.M. (19790101 200312 1 004) — kotak 8",
                    "I Gusti Ngurah Putu Wirawan, S.T. (19850606 201001 1 002) — kotak 7",
                ),
            ),
            KrsRow("Sekretaris Dinas Pekerjaan Umum dan Penataan Ruang", ()),
        ),
        follow_ups=(
            FollowUpRow(
                "Memutakhirkan data penilaian potensial pegawai yang asesmennya lebih dari 3 tahun",
                "Kepala BKPSDM",
                date(2026, 1, 31),
            ),
            FollowUpRow(
                "Menyusun rancangan Keputusan Bupati tentang penetapan talenta periode 2025",
                "Sekretaris Komite Talenta",
                date(2025, 12, 15),
            ),
            FollowUpRow(
                "Menyusun rencana pengembangan individu bagi anggota KRS",
                "Kepala Bidang Pengembangan Aparatur",
                None,
            ),
        ),
        minutes=_MINUTES,
        closing="Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.",
        city="Martapura Baru",
        signed_date="17 November 2025",
        signatories=(
            Signatory("Ketua Komite Talenta", "Drs. H. Sutrisno Wibowo, M.Si.", "196804111993031009"),
            Signatory("Sekretaris Komite Talenta", "Endang Susilowati, S.Sos., M.AP.", "197203152000032004"),
            Signatory("Anggota", "Hendra Gunawan, S.E.", "197406142000031003"),
            Signatory("Anggota", "Dr. Bambang Supriyadi, M.Si.", "197511052003121002"),
            Signatory("Anggota", "Retno Wulandari, S.H.", "198001202005012003", signed=False),
            Signatory("Anggota", "Andi Baso Mappaturung, S.IP.", "197809092002121001"),
            Signatory("Anggota", "Fransiska Wea, S.Psi., Psikolog", "198505052010012012"),
        ),
        corrects="800.1.3/BA-01/KT/2025",
    )
    return dataclasses.replace(document, **changes) if changes else document


# --------------------------------------------------------------------------------- reading the PDF back


_OBJ = re.compile(rb"(?<![0-9])(\d+) 0 obj\b")


def _objects(pdf: bytes) -> dict[int, tuple[bytes, bytes | None]]:
    """Object number → (dictionary text, decoded stream or None); streams sliced by their /Length."""
    objects: dict[int, tuple[bytes, bytes | None]] = {}
    position = 0
    while match := _OBJ.search(pdf, position):
        end = pdf.index(b"endobj", match.end())
        stream_at = pdf.find(b"stream", match.end(), end)
        if stream_at < 0:
            objects[int(match.group(1))] = (pdf[match.end() : end], None)
            position = end
            continue
        head = pdf[match.end() : stream_at]
        begin = stream_at + len(b"stream")
        begin += 2 if pdf[begin : begin + 2] == b"\r\n" else 1
        length = int(re.search(rb"/Length (\d+)", head).group(1))
        objects[int(match.group(1))] = (head, _decode(head, pdf[begin : begin + length]))
        position = pdf.index(b"endobj", begin + length)
    return objects


def _decode(head: bytes, data: bytes) -> bytes | None:
    if b"/Subtype /Image" in head:
        return None  # not text
    if b"ASCII85Decode" in head:
        data = data.strip().removeprefix(b"<~").removesuffix(b"~>")
        data = base64.a85decode(data, adobe=False, ignorechars=b" \t\n\r")
    if b"FlateDecode" in head:
        data = zlib.decompress(data)
    return data


def _cmap(data: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(dst, 16)
            for offset, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                mapping[code] = chr(start + offset)
    return mapping


def _pdf_string(raw: bytes) -> bytes:
    out = bytearray()
    i = 0
    escapes = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
    while i < len(raw):
        ch = raw[i]
        if ch == 0x5C:  # backslash
            nxt = raw[i + 1]
            if 0x30 <= nxt <= 0x37:
                digits = re.match(rb"[0-7]{1,3}", raw[i + 1 : i + 4]).group()
                out.append(int(digits, 8) & 0xFF)
                i += 1 + len(digits)
                continue
            if nxt in (0x0A, 0x0D):  # line continuation
                i += 2
                continue
            out.append(escapes.get(nxt, nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


_TOKENS = re.compile(rb"/([^\s/\[\]()<>]+)\s+[\d.]+\s+Tf|\((?:\\.|[^\\)])*\)|T\*|Td|TD|Tm|ET|'", re.S)


class PdfReadBack:
    """The pages, their sizes and their text, as a reader would find them."""

    def __init__(self, pdf: bytes) -> None:
        self.pdf = pdf
        objects = _objects(pdf)
        fonts: dict[bytes, dict[int, str] | None] = {}
        for body, _ in objects.values():
            resource = re.search(rb"/Font\s*(?:<<(.*?)>>|(\d+) 0 R)", body, re.S)
            if not resource:
                continue
            names = resource.group(1) if resource.group(1) is not None else objects[int(resource.group(2))][0]
            for name, ref in re.findall(rb"/([^\s/<>\[\]]+)\s+(\d+) 0 R", names):
                font_body = objects[int(ref)][0]
                to_unicode = re.search(rb"/ToUnicode\s+(\d+) 0 R", font_body)
                fonts[name] = _cmap(objects[int(to_unicode.group(1))][1]) if to_unicode else None
        self.pages: list[tuple[float, float]] = []
        self.texts: list[str] = []
        for body, _ in objects.values():
            if not re.search(rb"/Type\s*/Page\b", body):
                continue
            box = re.search(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", body)
            self.pages.append((float(box.group(3)), float(box.group(4))))
            contents = re.search(rb"/Contents\s+(\d+) 0 R", body)
            self.texts.append(self._text(objects[int(contents.group(1))][1], fonts))

    @staticmethod
    def _text(stream: bytes, fonts: dict[bytes, dict[int, str] | None]) -> str:
        parts: list[str] = []
        cmap: dict[int, str] | None = None
        for token in _TOKENS.finditer(stream):
            if token.group(1):
                cmap = fonts.get(token.group(1))
                continue
            raw = token.group()
            if raw.startswith(b"("):
                data = _pdf_string(raw[1:-1])
                parts.append("".join(cmap.get(b, "?") for b in data) if cmap else data.decode("cp1252"))
            else:
                parts.append(" ")
        return "".join(parts)

    @property
    def text(self) -> str:
        return normalize("\n".join(self.texts))


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def render(document: BeritaAcaraDocument, paper: str = "A4") -> tuple[str, bytes]:
    out = io.BytesIO()
    digest = render_berita_acara(document, out, paper=paper)
    return digest, out.getvalue()


def printed_fingerprint(text: str) -> str:
    match = re.search(r"Sidik jari dokumen \(SHA-256\): ([0-9a-f]{64})\b", text)
    assert match, "the fingerprint note is missing"
    return match.group(1)


# ------------------------------------------------------------------------------------------------ tests


@pytest.fixture(scope="module")
def document() -> BeritaAcaraDocument:
    return make_document()


@pytest.fixture(scope="module")
def a4(document) -> tuple[str, PdfReadBack]:
    digest, pdf = render(document, "A4")
    return digest, PdfReadBack(pdf)


def test_every_decision_is_printed_with_nip_and_name(document, a4):
    _, pdf = a4
    for row in document.decisions:
        assert format_nip(row.nip) in pdf.text, row.nip
        assert normalize(row.nama) in pdf.text, row.nama
        # One row, read left to right: number, NIP, name … box before → box after, kind of decision.
        before = "—" if row.box_before is None else row.box_before
        after = "—" if row.box_after is None else row.box_after
        assert f"{row.number}. {format_nip(row.nip)} {normalize(row.nama)} " in pdf.text
        assert f"{before} → {after} {row.kind}" in pdf.text, row.number


def test_long_decision_table_spans_pages_with_numbered_footers(a4):
    _, pdf = a4
    total = len(pdf.pages)
    assert total >= 3
    for number, page_text in enumerate(pdf.texts, start=1):
        assert f"Halaman {number} dari {total}" in normalize(page_text)
        assert "800.1.3/BA-02/KT/2025" in page_text  # the number in every footer
    # The decision table's header is repeated on the page where the table continues.
    pages_with_header = [t for t in pdf.texts if "Jenis keputusan" in normalize(t)]
    assert len(pages_with_header) >= 2


def test_document_reads_as_a_berita_acara(document, a4):
    _, pdf = a4
    text = pdf.text
    first = normalize(pdf.texts[0])
    for expected in (
        "PEMERINTAH KABUPATEN SUKAMAJU TIMUR",
        "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "BERITA ACARA RAPAT KOMITE TALENTA",
        "Nomor: 800.1.3/BA-02/KT/2025",
        "Koreksi atas Berita Acara Nomor 800.1.3/BA-01/KT/2025",
    ):
        assert expected in first
    for expected in (
        "Dasar:",
        "Kehadiran",
        "Diwakili oleh Hendra Gunawan, S.E., Inspektur Pembantu Wilayah II",
        "Tidak hadir",
        "kuorum terpenuhi",
        "Kalibrasi penempatan talenta dan penetapan kelompok rencana suksesi",
        "Anggota yang tidak ikut memutuskan (benturan kepentingan): Dr. Bambang Supriyadi, M.Si.",
        "Kepala Bidang Pengembangan Aparatur pada BKPSDM",
        "Tidak ada",
        "31 Januari 2026",
        "15 Desember 2025",
        "Martapura Baru, 17 November 2025",
        "(berhalangan)",
        "NIP 19680411 199303 1 009",
        "Demikian berita acara ini dibuat",
    ):
        assert expected in text, expected
    assert normalize(document.minutes.split("\n\n")[-1]) in text


def test_fingerprint_is_printed_on_the_last_page_and_follows_the_content(document, a4):
    digest, pdf = a4
    assert digest == fingerprint(document)
    assert printed_fingerprint(normalize(pdf.texts[-1])) == digest

    changed = dataclasses.replace(document.decisions[3], reason="Alasan lain yang disepakati kemudian.")
    other = make_document(decisions=(*document.decisions[:3], changed, *document.decisions[4:]))
    other_digest, other_pdf = render(other)
    assert other_digest == fingerprint(other) != digest
    assert printed_fingerprint(PdfReadBack(other_pdf).text) == other_digest


@pytest.mark.parametrize(
    ("paper", "size"), [("A4", (595.3, 841.9)), ("F4", (609.4, 935.4)), ("f4", (609.4, 935.4))]
)
def test_paper_size(document, paper, size):
    _, pdf = render(document, paper)
    pages = PdfReadBack(pdf).pages
    assert pages
    for width, height in pages:
        assert width == pytest.approx(size[0], abs=0.1)
        assert height == pytest.approx(size[1], abs=0.1)
    assert PAPER_SIZES[paper.upper()] == pytest.approx(size, abs=0.1)


def test_f4_has_no_more_pages_than_a4(document, a4):
    _, pdf = render(document, "F4")
    assert len(PdfReadBack(pdf).pages) <= len(a4[1].pages)


def test_unknown_paper_is_refused(document):
    with pytest.raises(ValueError, match="Letter"):
        render(document, "Letter")


def test_logo_missing_unreadable_or_valid(document, tmp_path):
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"bukan gambar")
    for logo in (None, str(tmp_path / "tidak-ada.png"), str(broken), str(tmp_path)):
        doc = make_document(kop=dataclasses.replace(document.kop, logo_path=logo))
        _, pdf = render(doc)
        assert "BERITA ACARA RAPAT KOMITE TALENTA" in PdfReadBack(pdf).text

    from PIL import Image

    good = tmp_path / "lambang.png"
    Image.new("RGB", (120, 150), (200, 160, 30)).save(good)
    doc = make_document(kop=dataclasses.replace(document.kop, logo_path=str(good)))
    _, pdf = render(doc)
    assert b"/Subtype /Image" in pdf


def test_writes_to_a_path_and_sets_metadata(document, tmp_path):
    target = tmp_path / "berita acara.pdf"
    digest = render_berita_acara(document, target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert digest == fingerprint(document)
    assert re.search(rb"/Title \((?:Berita Acara Rapat Komite Talenta)", data)
    assert b"/Author (Badan Kepegawaian" in data
    assert digest == render_berita_acara(document, str(tmp_path / "lagi.pdf"))


def test_markup_characters_and_empty_sections_print_as_text(document):
    doc = make_document(
        decisions=(),
        krs=(),
        follow_ups=(),
        agenda=(),
        minutes='Nilai <b>tidak</b> & sebab "data" kurang; 100% < 120%.',
        signatories=document.signatories[:2],
        corrects=None,
    )
    _, pdf = render(doc)
    text = PdfReadBack(pdf).text
    assert 'Nilai <b>tidak</b> & sebab "data" kurang; 100% < 120%.' in text
    assert "Tidak ada keputusan yang ditetapkan." in text
    assert "Koreksi atas" not in text
    assert printed_fingerprint(text) == fingerprint(doc)


def test_renders_without_embedded_fonts(document, monkeypatch):
    """A broken installation without resources/fonts still prints, with the PDF base fonts."""
    from talenta_desktop.services.reports import berita_acara

    def missing(*parts: str) -> Path:
        return Path("/tidak/ada").joinpath(*parts)

    monkeypatch.setattr(berita_acara, "resource_path", missing)
    berita_acara._fonts.cache_clear()
    try:
        assert berita_acara._fonts().regular == "Helvetica"
        digest, pdf = render(document)
        text = PdfReadBack(pdf).text
        assert "5 ke 7" in text or re.search(r"\d ke \d", text)
        assert printed_fingerprint(text) == digest
    finally:
        berita_acara._fonts.cache_clear()


def test_a_reason_longer_than_a_page_still_prints(document):
    """Someone pasting a whole report as a reason must not make the minutes unprintable."""
    essay = "Uraian panjang hasil asesmen dan pertimbangan komite. " * 700
    rows = list(document.decisions)
    rows[2] = dataclasses.replace(rows[2], reason=essay + "Akhir uraian.")
    doc = make_document(decisions=tuple(rows))
    digest, pdf = render(doc)
    text = PdfReadBack(pdf).text
    assert "Akhir uraian." in text
    assert printed_fingerprint(text) == digest == fingerprint(doc)


def test_a_draft_is_marked_on_every_page_and_carries_no_fingerprint(document):
    out = io.BytesIO()
    render_berita_acara(document, out, draft=True)
    pdf = PdfReadBack(out.getvalue())
    assert len(pdf.texts) > 1
    for page in pdf.texts:
        text = normalize(page)
        assert "DRAF — Berita Acara Nomor" in text and "(belum difinalkan)" in text
        assert re.search(r"\bDRAF\b.*\bDRAF\b", text), "the mark across the page is missing"
    assert "Sidik jari dokumen (SHA-256)" not in pdf.text
    assert "bukan berita acara resmi" in pdf.text
    assert b"/Title (DRAF " in out.getvalue()


def test_the_acknowledging_signature_follows_the_committee(document):
    ppk = Signatory(
        "Bupati Sukamaju Timur selaku Pejabat Pembina Kepegawaian", "H. Darmawan Saleh, S.E.", None
    )
    _, pdf = render(make_document(acknowledger=ppk))
    last = normalize(PdfReadBack(pdf).texts[-1])
    assert "Mengetahui, Bupati Sukamaju Timur selaku Pejabat Pembina Kepegawaian," in last
    assert last.index("Mengetahui,") > last.index(document.signatories[-1].nama)
    assert "H. Darmawan Saleh, S.E." in last
