"""The fields each kind of import understands, named as SIASN names them (DOMAIN §9), with the local
headers people actually type (NIP, NIP BARU, GOL/RUANG, UNIT KERJA, TMT …)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP


class ImportKind(StrEnum):
    PERSONNEL = "personnel"
    SKP = "skp"
    ASSESSMENT = "assessment"


KIND_LABELS = {
    ImportKind.PERSONNEL: QT_TRANSLATE_NOOP("services.importing.fields", "data pegawai"),
    ImportKind.SKP: QT_TRANSLATE_NOOP("services.importing.fields", "riwayat SKP"),
    ImportKind.ASSESSMENT: QT_TRANSLATE_NOOP("services.importing.fields", "hasil asesmen"),
}


@dataclass(frozen=True)
class FieldSpec:
    key: str  # the SIASN field name, e.g. "nipBaru"
    label: str  # what the mapping dialog shows (marked for translation)
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
    _f("nipBaru", QT_TRANSLATE_NOOP("services.importing.fields", "NIP"), *NIP_ALIASES, required=True),
    _f("nipLama", QT_TRANSLATE_NOOP("services.importing.fields", "NIP lama"), "nip lama", "nip 9 digit"),
    _f(
        "nama",
        QT_TRANSLATE_NOOP("services.importing.fields", "Nama"),
        "nama lengkap",
        "nama pegawai",
        "nama asn",
        "nama dan gelar",
        required=True,
        max_length=200,
    ),
    _f(
        "gelarDepan",
        QT_TRANSLATE_NOOP("services.importing.fields", "Gelar depan"),
        "gelar depan",
        max_length=60,
    ),
    _f(
        "gelarBelakang",
        QT_TRANSLATE_NOOP("services.importing.fields", "Gelar belakang"),
        "gelar belakang",
        max_length=100,
    ),
    _f(
        "tempatLahir",
        QT_TRANSLATE_NOOP("services.importing.fields", "Tempat lahir"),
        "tempat lahir",
        "tmp lahir",
        max_length=100,
    ),
    _f(
        "tglLahir",
        QT_TRANSLATE_NOOP("services.importing.fields", "Tanggal lahir"),
        "tanggal lahir",
        "tgl lahir",
        "tgl. lahir",
        "lahir tanggal",
    ),
    _f(
        "jenisKelamin",
        QT_TRANSLATE_NOOP("services.importing.fields", "Jenis kelamin"),
        "jenis kelamin",
        "jk",
        "l/p",
        "kelamin",
        "gender",
    ),
    _f("agama", QT_TRANSLATE_NOOP("services.importing.fields", "Agama"), "agama", max_length=30),
    _f(
        "email",
        QT_TRANSLATE_NOOP("services.importing.fields", "Email"),
        "email",
        "e-mail",
        "surel",
        max_length=200,
    ),
    _f(
        "noHp",
        QT_TRANSLATE_NOOP("services.importing.fields", "Nomor HP"),
        "no hp",
        "nomor hp",
        "no. hp",
        "hp",
        "telepon",
        "no telp",
        max_length=30,
    ),
    _f(
        "jenisPegawaiNama",
        QT_TRANSLATE_NOOP("services.importing.fields", "Jenis pegawai"),
        "jenis pegawai",
        "status pegawai",
        "statusPegawai",
        "status asn",
    ),
    _f(
        "kedudukanPnsNama",
        QT_TRANSLATE_NOOP("services.importing.fields", "Kedudukan"),
        "kedudukan",
        "kedudukan pns",
        "kedudukan hukum",
        max_length=60,
    ),
    _f(
        "tkPendidikanTerakhir",
        QT_TRANSLATE_NOOP("services.importing.fields", "Tingkat pendidikan"),
        "tingkat pendidikan",
        "pendidikan terakhir",
        "pendidikan",
        "jenjang pendidikan",
        max_length=20,
    ),
    _f(
        "pendidikanTerakhirNama",
        QT_TRANSLATE_NOOP("services.importing.fields", "Nama pendidikan"),
        "nama pendidikan",
        "jurusan",
        "program studi",
        max_length=200,
    ),
    _f(
        "tahunLulus",
        QT_TRANSLATE_NOOP("services.importing.fields", "Tahun lulus"),
        "tahun lulus",
        "thn lulus",
    ),
    _f(
        "tmtCpns",
        QT_TRANSLATE_NOOP("services.importing.fields", "TMT CPNS"),
        "tmt cpns",
        "tmt pengangkatan",
        "tmt pppk",
    ),
    _f("tmtPns", QT_TRANSLATE_NOOP("services.importing.fields", "TMT PNS"), "tmt pns"),
    _f(
        "unorId",
        QT_TRANSLATE_NOOP("services.importing.fields", "Kode unit (unorId)"),
        "kode unor",
        "id unor",
        "kode unit kerja",
    ),
    _f(
        "unorNama",
        QT_TRANSLATE_NOOP("services.importing.fields", "Unit kerja"),
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
    _f("unorIndukId", QT_TRANSLATE_NOOP("services.importing.fields", "Kode unit induk"), "kode unor induk"),
    _f(
        "unorIndukNama",
        QT_TRANSLATE_NOOP("services.importing.fields", "Unit induk"),
        "unit induk",
        "unor induk",
        "opd induk",
        "perangkat daerah",
        max_length=250,
    ),
    _f(
        "jenisJabatan",
        QT_TRANSLATE_NOOP("services.importing.fields", "Jenis jabatan"),
        "jenis jabatan",
        "jenisJabatanId",
        "jenis jab",
    ),
    _f(
        "jabatanNama",
        QT_TRANSLATE_NOOP("services.importing.fields", "Jabatan"),
        "jabatan",
        "nama jabatan",
        "jabatan sekarang",
        max_length=250,
    ),
    _f("tmtJabatan", QT_TRANSLATE_NOOP("services.importing.fields", "TMT jabatan"), "tmt jabatan", "tmt jab"),
    _f("eselon", QT_TRANSLATE_NOOP("services.importing.fields", "Eselon"), "eselon", "eselonId", "eselon id"),
    _f(
        "golRuangAkhir",
        QT_TRANSLATE_NOOP("services.importing.fields", "Golongan/ruang"),
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
    _f("pangkatAkhir", QT_TRANSLATE_NOOP("services.importing.fields", "Pangkat"), "pangkat"),
    _f(
        "tmtGolAkhir",
        QT_TRANSLATE_NOOP("services.importing.fields", "TMT golongan"),
        "tmt golongan",
        "tmt gol",
        "tmt pangkat",
        "tmt gol/ruang",
    ),
    _f(
        "mkTahun",
        QT_TRANSLATE_NOOP("services.importing.fields", "Masa kerja (tahun)"),
        "mk tahun",
        "masa kerja tahun",
        "mk thn",
    ),
    _f(
        "mkBulan",
        QT_TRANSLATE_NOOP("services.importing.fields", "Masa kerja (bulan)"),
        "mk bulan",
        "masa kerja bulan",
        "mk bln",
    ),
    _f("bupPensiun", QT_TRANSLATE_NOOP("services.importing.fields", "BUP"), "bup", "batas usia pensiun"),
    _f(
        "instansiKerjaNama",
        QT_TRANSLATE_NOOP("services.importing.fields", "Instansi"),
        "instansi",
        "instansi kerja",
        "nama instansi",
        "pemda",
        max_length=200,
    ),
)

SKP_FIELDS = (
    _f("nipBaru", QT_TRANSLATE_NOOP("services.importing.fields", "NIP"), *NIP_ALIASES, required=True),
    _f(
        "tahun",
        QT_TRANSLATE_NOOP("services.importing.fields", "Tahun"),
        "tahun",
        "tahun skp",
        "periode",
        required=True,
    ),
    _f(
        "hasilKinerja",
        QT_TRANSLATE_NOOP("services.importing.fields", "Hasil kerja"),
        "hasil kinerja",
        "hasil kerja",
        "rating hasil kerja",
    ),
    _f(
        "perilakuKerja",
        QT_TRANSLATE_NOOP("services.importing.fields", "Perilaku kerja"),
        "perilaku kerja",
        "rating perilaku",
        "rating perilaku kerja",
    ),
    _f(
        "kuadranKinerja",
        QT_TRANSLATE_NOOP("services.importing.fields", "Predikat kinerja"),
        "predikat",
        "predikat kinerja",
        "kuadran kinerja",
        "predikat skp",
        "nilai predikat",
    ),
    _f(
        "hasilKinerjaNilai",
        QT_TRANSLATE_NOOP("services.importing.fields", "Nilai hasil kerja"),
        "nilai hasil kerja",
        "nilai skp",
        "nilai kinerja",
    ),
    _f(
        "PerilakuKerjaNilai",
        QT_TRANSLATE_NOOP("services.importing.fields", "Nilai perilaku kerja"),
        "nilai perilaku",
        "nilai perilaku kerja",
    ),
    _f(
        "KuadranKinerjaNilai",
        QT_TRANSLATE_NOOP("services.importing.fields", "Nilai kuadran"),
        "nilai kuadran",
    ),
)

ASSESSMENT_FIELDS = (
    _f("nipBaru", QT_TRANSLATE_NOOP("services.importing.fields", "NIP"), *NIP_ALIASES, required=True),
    _f(
        "tanggal",
        QT_TRANSLATE_NOOP("services.importing.fields", "Tanggal asesmen"),
        "tanggal",
        "tgl asesmen",
        "tanggal penilaian",
        "tgl penilaian",
        "tanggal assessment",
        "tanggal asesmen",
        required=True,
    ),
    _f(
        "jenis",
        QT_TRANSLATE_NOOP("services.importing.fields", "Jenis asesmen"),
        "jenis",
        "jenis asesmen",
        "jenis penilaian",
        "tujuan",
        max_length=40,
    ),
    _f(
        "lembaga",
        QT_TRANSLATE_NOOP("services.importing.fields", "Lembaga"),
        "lembaga",
        "penyelenggara",
        "assessment center",
        "lembaga penilai",
        max_length=200,
    ),
    _f(
        "nilaiJpm",
        QT_TRANSLATE_NOOP("services.importing.fields", "JPM (%)"),
        "jpm",
        "nilai jpm",
        "job person match",
        "jpm persen",
        "jpm (%)",
    ),
    _f(
        "nilaiManajerial",
        QT_TRANSLATE_NOOP("services.importing.fields", "Nilai manajerial"),
        "manajerial",
        "kompetensi manajerial",
        "nilai manajerial",
    ),
    _f(
        "nilaiSosialKultural",
        QT_TRANSLATE_NOOP("services.importing.fields", "Nilai sosial kultural"),
        "sosial kultural",
        "kompetensi sosial kultural",
        "nilai sosial kultural",
        "sosiokultural",
    ),
    _f(
        "nilaiTeknis",
        QT_TRANSLATE_NOOP("services.importing.fields", "Nilai teknis"),
        "teknis",
        "kompetensi teknis",
        "nilai teknis",
    ),
    _f(
        "nilaiPotensi",
        QT_TRANSLATE_NOOP("services.importing.fields", "Nilai potensi"),
        "potensi",
        "nilai potensi",
        "skor potensi",
    ),
    _f(
        "kategoriJpm",
        QT_TRANSLATE_NOOP("services.importing.fields", "Kategori"),
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
