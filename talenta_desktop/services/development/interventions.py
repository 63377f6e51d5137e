"""The kinds of development (DOMAIN §7) and what each box's rekomendasi (DOMAIN §3) proposes.

A proposal is a starting point the user edits, not a rule: the forms are those of DOMAIN §7 (klasikal and
nonklasikal), each with its customary 70:20:10 category and a planned JP where one is usual.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    label: str
    form: str  # klasikal | nonklasikal
    category: str  # "70" experience | "20" learning from others | "10" formal training
    jp: int  # planned JP a proposal starts with


KINDS: dict[str, Kind] = {
    # klasikal
    "pelatihan_kepemimpinan": Kind("Pelatihan kepemimpinan", "klasikal", "10", 40),
    "pelatihan_manajerial": Kind("Pelatihan manajerial", "klasikal", "10", 24),
    "pelatihan_teknis": Kind("Pelatihan teknis", "klasikal", "10", 24),
    "pelatihan_fungsional": Kind("Pelatihan fungsional", "klasikal", "10", 24),
    "seminar": Kind("Seminar", "klasikal", "10", 4),
    "workshop": Kind("Workshop", "klasikal", "10", 5),
    "kursus": Kind("Kursus", "klasikal", "10", 16),
    "tugas_belajar": Kind("Tugas belajar", "klasikal", "10", 0),
    # nonklasikal
    "coaching": Kind("Coaching (bimbingan kinerja)", "nonklasikal", "20", 8),
    "mentoring": Kind("Mentoring", "nonklasikal", "20", 8),
    "konseling": Kind("Konseling kinerja", "nonklasikal", "20", 4),
    "e_learning": Kind("E-learning", "nonklasikal", "10", 10),
    "detasering": Kind("Detasering (secondment)", "nonklasikal", "70", 0),
    "magang": Kind("Magang", "nonklasikal", "70", 0),
    "patok_banding": Kind("Patok banding (benchmarking)", "nonklasikal", "20", 8),
    "pertukaran_pns": Kind("Pertukaran PNS", "nonklasikal", "70", 0),
    "penugasan_khusus": Kind("Penugasan khusus", "nonklasikal", "70", 0),
    "rotasi": Kind("Rotasi/perluasan jabatan", "nonklasikal", "70", 0),
    "komunitas_belajar": Kind("Komunitas belajar", "nonklasikal", "20", 4),
}

CATEGORY_LABELS = {
    "70": "70 — pengalaman",
    "20": "20 — belajar dari orang lain",
    "10": "10 — pembelajaran formal",
}


@dataclass(frozen=True)
class Proposal:
    kind: str
    title: str
    why: str  # the rekomendasi phrase or gap it answers


def _p(kind: str, title: str, why: str) -> Proposal:
    return Proposal(kind, title, why)


# Each box's rekomendasi phrase by phrase, as activities. Box 1 gets no plan of development: the
# rekomendasi is a process under the regulations, which is not the IDP's business.
BY_BOX: dict[int, tuple[Proposal, ...]] = {
    9: (
        _p(
            "pelatihan_kepemimpinan",
            "Pelatihan kepemimpinan jenjang berikutnya",
            "Dipromosikan dan dipertahankan",
        ),
        _p("penugasan_khusus", "Penugasan khusus memimpin program prioritas daerah", "Dipromosikan"),
        _p("mentoring", "Mentoring oleh pejabat pimpinan tinggi", "Masuk Kelompok Rencana Suksesi"),
    ),
    8: (
        _p("rotasi", "Rotasi/perluasan jabatan", "Rotasi/perluasan jabatan"),
        _p("coaching", "Bimbingan kinerja oleh atasan langsung", "Bimbingan kinerja"),
        _p("mentoring", "Mentoring oleh pejabat satu tingkat di atas", "Masuk Kelompok Rencana Suksesi"),
    ),
    7: (
        _p("rotasi", "Rotasi/pengayaan jabatan", "Rotasi/pengayaan jabatan"),
        _p("pelatihan_manajerial", "Pelatihan pengembangan kompetensi manajerial", "Pengembangan kompetensi"),
        _p("mentoring", "Mentoring oleh pejabat satu tingkat di atas", "Masuk Kelompok Rencana Suksesi"),
    ),
    6: (
        _p("coaching", "Bimbingan kinerja oleh atasan langsung", "Bimbingan kinerja"),
        _p("konseling", "Konseling kinerja", "Konseling kinerja"),
        _p("penugasan_khusus", "Penempatan pada tugas yang sesuai potensinya", "Penempatan yang sesuai"),
    ),
    5: (
        _p("coaching", "Bimbingan kinerja oleh atasan langsung", "Bimbingan kinerja"),
        _p("pelatihan_teknis", "Pelatihan teknis sesuai bidang tugas", "Pengembangan kompetensi"),
        _p("penugasan_khusus", "Penempatan pada tugas yang sesuai", "Penempatan yang sesuai"),
    ),
    4: (
        _p("rotasi", "Rotasi jabatan", "Rotasi"),
        _p("pelatihan_teknis", "Pelatihan pengembangan kompetensi", "Pengembangan kompetensi"),
    ),
    3: (
        _p("coaching", "Bimbingan kinerja oleh atasan langsung", "Bimbingan kinerja"),
        _p("konseling", "Konseling kinerja", "Konseling kinerja"),
        _p("e_learning", "E-learning pengembangan kompetensi", "Pengembangan kompetensi"),
    ),
    2: (
        _p("coaching", "Bimbingan kinerja oleh atasan langsung", "Bimbingan kinerja"),
        _p("pelatihan_teknis", "Pelatihan teknis sesuai bidang tugas", "Pengembangan kompetensi"),
    ),
    1: (),
}

# A competence gap adds a course aimed at it (the kind by competence).
FOR_GAP = {
    "manajerial": "pelatihan_manajerial",
    "sosial_kultural": "workshop",
    "teknis": "pelatihan_teknis",
}
