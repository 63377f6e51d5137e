"""The fields each kind of import understands, named as SIASN names them (DOMAIN §9), with the local
headers people actually type (NIP, NIP BARU, GOL/RUANG, UNIT KERJA, TMT …)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class ImportKind(StrEnum):
    PERSONNEL = "personnel"
    SKP = "skp"
    ASSESSMENT = "assessment"


KIND_LABELS = {
    ImportKind.PERSONNEL: "data pegawai",
    ImportKind.SKP: "riwayat SKP",
    ImportKind.ASSESSMENT: "hasil asesmen",
}


@dataclass(frozen=True)
class FieldSpec:
    key: str  # the SIASN field name, e.g. "nipBaru"
    label: str  # what the mapping dialog shows
    aliases: tuple[str, ...] = ()  # other headers meaning the same; compared after header_key()
    required: bool = False
    max_length: int | None = None  # for text: the column's width in the database


def header_key(text: object) -> str:
    """Headers compare without case, accents, spaces or punctuation: "NIP BARU" = "nipBaru" = "nip_baru"."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def _f(
    key: str, label: str, *aliases: str, required: bool = False, max_length: int | None = None
) -> FieldSpec:
    return FieldSpec(key, label, aliases, required, max_length)


NIP_ALIASES = ("nip", "nip baru", "nipbaru18", "nip 18 digit", "nomor induk pegawai", "no nip")

PERSONNEL_FIELDS = (
    _f("nipBaru", "NIP", *NIP_ALIASES, required=True),
    _f("nipLama", "NIP lama", "nip lama", "nip 9 digit"),
    _f(
        "nama",
        "Nama",
        "nama lengkap",
        "nama pegawai",
        "nama asn",
        "nama dan gelar",
        required=True,
        max_length=200,
    ),
    _f("gelarDepan", "Gelar depan", "gelar depan", max_length=60),
    _f("gelarBelakang", "Gelar belakang", "gelar belakang", max_length=100),
    _f("tempatLahir", "Tempat lahir", "tempat lahir", "tmp lahir", max_length=100),
    _f("tglLahir", "Tanggal lahir", "tanggal lahir", "tgl lahir", "tgl. lahir", "lahir tanggal"),
    _f("jenisKelamin", "Jenis kelamin", "jenis kelamin", "jk", "l/p", "kelamin", "gender"),
    _f("agama", "Agama", "agama", max_length=30),
    _f("email", "Email", "email", "e-mail", "surel", max_length=200),
    _f("noHp", "Nomor HP", "no hp", "nomor hp", "no. hp", "hp", "telepon", "no telp", max_length=30),
    _f("jenisPegawaiNama", "Jenis pegawai", "jenis pegawai", "status pegawai", "statusPegawai", "status asn"),
    _f("kedudukanPnsNama", "Kedudukan", "kedudukan", "kedudukan pns", "kedudukan hukum", max_length=60),
    _f(
        "tkPendidikanTerakhir",
        "Tingkat pendidikan",
        "tingkat pendidikan",
        "pendidikan terakhir",
        "pendidikan",
        "jenjang pendidikan",
        max_length=20,
    ),
    _f(
        "pendidikanTerakhirNama",
        "Nama pendidikan",
        "nama pendidikan",
        "jurusan",
        "program studi",
        max_length=200,
    ),
    _f("tahunLulus", "Tahun lulus", "tahun lulus", "thn lulus"),
    _f("tmtCpns", "TMT CPNS", "tmt cpns", "tmt pengangkatan", "tmt pppk"),
    _f("tmtPns", "TMT PNS", "tmt pns"),
    _f("unorId", "Kode unit (unorId)", "kode unor", "id unor", "kode unit kerja"),
    _f(
        "unorNama",
        "Unit kerja",
        "unit kerja",
        "unor",
        "nama unor",
        "satuan kerja",
        "satker",
        "unit organisasi",
        "opd",
        "sub unit kerja",
        "subunit",
        max_length=250,
    ),
    _f("unorIndukId", "Kode unit induk", "kode unor induk"),
    _f(
        "unorIndukNama",
        "Unit induk",
        "unit induk",
        "unor induk",
        "opd induk",
        "perangkat daerah",
        max_length=250,
    ),
    _f("jenisJabatan", "Jenis jabatan", "jenis jabatan", "jenisJabatanId", "jenis jab"),
    _f("jabatanNama", "Jabatan", "jabatan", "nama jabatan", "jabatan sekarang", max_length=250),
    _f("tmtJabatan", "TMT jabatan", "tmt jabatan", "tmt jab"),
    _f("eselon", "Eselon", "eselon", "eselonId", "eselon id"),
    _f(
        "golRuangAkhir",
        "Golongan/ruang",
        "gol/ruang",
        "golongan",
        "gol",
        "gol ruang",
        "golongan ruang",
        "golRuangAkhirId",
        "pangkat/gol",
        "pangkat gol",
        "pangkat golongan",
    ),
    _f("pangkatAkhir", "Pangkat", "pangkat"),
    _f("tmtGolAkhir", "TMT golongan", "tmt golongan", "tmt gol", "tmt pangkat", "tmt gol/ruang"),
    _f("mkTahun", "Masa kerja (tahun)", "mk tahun", "masa kerja tahun", "mk thn"),
    _f("mkBulan", "Masa kerja (bulan)", "mk bulan", "masa kerja bulan", "mk bln"),
    _f("bupPensiun", "BUP", "bup", "batas usia pensiun"),
    _f(
        "instansiKerjaNama",
        "Instansi",
        "instansi",
        "instansi kerja",
        "nama instansi",
        "pemda",
        max_length=200,
    ),
)

SKP_FIELDS = (
    _f("nipBaru", "NIP", *NIP_ALIASES, required=True),
    _f("tahun", "Tahun", "tahun", "tahun skp", "periode", required=True),
    _f("hasilKinerja", "Hasil kerja", "hasil kinerja", "hasil kerja", "rating hasil kerja"),
    _f("perilakuKerja", "Perilaku kerja", "perilaku kerja", "rating perilaku", "rating perilaku kerja"),
    _f(
        "kuadranKinerja",
        "Predikat kinerja",
        "predikat",
        "predikat kinerja",
        "kuadran kinerja",
        "predikat skp",
        "nilai predikat",
    ),
    _f("hasilKinerjaNilai", "Nilai hasil kerja", "nilai hasil kerja", "nilai skp", "nilai kinerja"),
    _f("PerilakuKerjaNilai", "Nilai perilaku kerja", "nilai perilaku", "nilai perilaku kerja"),
    _f("KuadranKinerjaNilai", "Nilai kuadran", "nilai kuadran"),
)

ASSESSMENT_FIELDS = (
    _f("nipBaru", "NIP", *NIP_ALIASES, required=True),
    _f(
        "tanggal",
        "Tanggal asesmen",
        "tanggal",
        "tgl asesmen",
        "tanggal penilaian",
        "tgl penilaian",
        "tanggal assessment",
        "tanggal asesmen",
        required=True,
    ),
    _f("jenis", "Jenis asesmen", "jenis", "jenis asesmen", "jenis penilaian", "tujuan", max_length=40),
    _f(
        "lembaga",
        "Lembaga",
        "lembaga",
        "penyelenggara",
        "assessment center",
        "lembaga penilai",
        max_length=200,
    ),
    _f("nilaiJpm", "JPM (%)", "jpm", "nilai jpm", "job person match", "jpm persen", "jpm (%)"),
    _f("nilaiManajerial", "Nilai manajerial", "manajerial", "kompetensi manajerial", "nilai manajerial"),
    _f(
        "nilaiSosialKultural",
        "Nilai sosial kultural",
        "sosial kultural",
        "kompetensi sosial kultural",
        "nilai sosial kultural",
        "sosiokultural",
    ),
    _f("nilaiTeknis", "Nilai teknis", "teknis", "kompetensi teknis", "nilai teknis"),
    _f("nilaiPotensi", "Nilai potensi", "potensi", "nilai potensi", "skor potensi"),
    _f(
        "kategoriJpm",
        "Kategori",
        "kategori",
        "kategori jpm",
        "rekomendasi",
        "kategori potensi",
        max_length=40,
    ),
)

FIELDS = {
    ImportKind.PERSONNEL: PERSONNEL_FIELDS,
    ImportKind.SKP: SKP_FIELDS,
    ImportKind.ASSESSMENT: ASSESSMENT_FIELDS,
}


def alias_index(fields: tuple[FieldSpec, ...]) -> dict[str, str]:
    """header_key → field key, for every SIASN name and alias."""
    index: dict[str, str] = {}
    for spec in fields:
        for name in (spec.key, spec.label, *spec.aliases):
            index.setdefault(header_key(name), spec.key)
    return index
