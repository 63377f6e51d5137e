"""The national nine-box (DOMAIN §3): numbering, labels and recommendations.

A box is always derived from its two levels; a box number is never stored on its own.
"""

from __future__ import annotations

from enum import IntEnum


class Level(IntEnum):
    """One step on an axis: the same three-step scale serves kinerja, potensial and SKP ratings."""

    LOW = 1  # kinerja "di bawah ekspektasi", potensial "rendah"
    MIDDLE = 2  # "sesuai ekspektasi", "menengah"
    HIGH = 3  # "di atas ekspektasi", "tinggi"


KINERJA_LABELS = {
    Level.LOW: "di bawah ekspektasi",
    Level.MIDDLE: "sesuai ekspektasi",
    Level.HIGH: "di atas ekspektasi",
}
POTENSIAL_LABELS = {Level.LOW: "rendah", Level.MIDDLE: "menengah", Level.HIGH: "tinggi"}

# (kinerja, potensial) -> kotak, as KemenPANRB and BKN number it.
_BOX_OF_LEVELS: dict[tuple[Level, Level], int] = {
    (Level.LOW, Level.LOW): 1,
    (Level.MIDDLE, Level.LOW): 2,
    (Level.LOW, Level.MIDDLE): 3,
    (Level.HIGH, Level.LOW): 4,
    (Level.MIDDLE, Level.MIDDLE): 5,
    (Level.LOW, Level.HIGH): 6,
    (Level.HIGH, Level.MIDDLE): 7,
    (Level.MIDDLE, Level.HIGH): 8,
    (Level.HIGH, Level.HIGH): 9,
}
_LEVELS_OF_BOX = {box: levels for levels, box in _BOX_OF_LEVELS.items()}

BOXES = tuple(range(1, 10))
TALENT_POOL_BOXES = frozenset({7, 8, 9})  # Kelompok Rencana Suksesi (KRS)
NATIONAL_KRS_BOXES = frozenset({9})

REKOMENDASI = {
    9: "Dipromosikan dan dipertahankan; masuk Kelompok Rencana Suksesi Instansi/Nasional; penghargaan",
    8: "Dipertahankan; masuk Kelompok Rencana Suksesi Instansi; rotasi/perluasan jabatan; bimbingan kinerja",
    7: "Dipertahankan; masuk Kelompok Rencana Suksesi Instansi; rotasi/pengayaan jabatan; "
    "pengembangan kompetensi; tugas belajar",
    6: "Penempatan yang sesuai; bimbingan kinerja; konseling kinerja",
    5: "Penempatan yang sesuai; bimbingan kinerja; pengembangan kompetensi",
    4: "Rotasi; pengembangan kompetensi",
    3: "Bimbingan kinerja; konseling kinerja; pengembangan kompetensi; penempatan yang sesuai",
    2: "Bimbingan kinerja; pengembangan kompetensi; penempatan yang sesuai",
    1: "Diproses sesuai ketentuan peraturan perundang-undangan",
}


def box_number(kinerja: int, potensial: int) -> int:
    """The national box number (1–9) for a kinerja level and a potensial level."""
    try:
        return _BOX_OF_LEVELS[(Level(kinerja), Level(potensial))]
    except ValueError as exc:
        raise ValueError(f"level harus 1, 2 atau 3: kinerja={kinerja!r}, potensial={potensial!r}") from exc


def box_levels(box: int) -> tuple[Level, Level]:
    """The (kinerja, potensial) levels of a box number: the only way to convert between numberings."""
    try:
        return _LEVELS_OF_BOX[box]
    except KeyError as exc:
        raise ValueError(f"nomor kotak harus 1–9: {box!r}") from exc


def grid_position(box: int) -> tuple[int, int]:
    """(row, column) of a box on the drawn map: row 0 at the top (kinerja di atas), column 0 at the left
    (potensial rendah), as BKN draws it (4-7-9 / 2-5-8 / 1-3-6)."""
    kinerja, potensial = box_levels(box)
    return 3 - int(kinerja), int(potensial) - 1


def is_talent_pool(box: int) -> bool:
    return box in TALENT_POOL_BOXES
