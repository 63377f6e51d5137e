"""The demo agency's talent map: periods 2024 and 2025, both mapped with the default scheme, and the
kind of calibrations a Komite Talenta makes — borderline people moved across one cut-off, with reasons,
and one move taken back. Period 2024 is closed, as a finished year would be.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from sqlalchemy.orm import Session

from talenta_desktop.domain.ninebox import box_number

from .actor import Actor
from .demo_committee import finish_committee_meeting, start_committee_meeting
from .talent.calibration import CalibrationResult, calibrate, reverse_calibration
from .talent.mapping import map_period
from .talent.periods import create_period, set_period_status
from .talent.schemes import ensure_presets
from .talent.talent_map import talent_map

PERIODS = (
    ("2024", 2023, 2024, date(2024, 12, 31)),
    ("2025", 2024, 2025, date(2025, 12, 31)),
)
CALIBRATED_SHARE = 0.03  # of the placed, per period
BORDER = 3.0  # points from a cut-off: the cases a committee argues about

_UP_REASONS = {
    "kinerja": (
        "Capaian program prioritas daerah di atas target; dikonfirmasi atasan langsung dalam rapat komite",
        "Memimpin tim kerja lintas OPD dengan hasil yang diakui Sekretaris Daerah",
        "Kinerja semester II meningkat nyata; SKP periode berjalan belum mencerminkan capaian",
    ),
    "potensial": (
        "Rekam jejak kepemimpinan pada penugasan khusus menunjukkan potensi lebih tinggi dari hasil asesmen",
        "Hasil asesmen terbaru dari UPT BKN belum terekam; komite menilai potensi lebih tinggi",
        "Inisiatif inovasi pelayanan publik tingkat provinsi menunjukkan kemampuan belajar yang tinggi",
    ),
}
_DOWN_REASONS = {
    "kinerja": (
        "Laporan atasan langsung: target kinerja utama tahun ini tidak tercapai",
        "Keluhan layanan berulang yang belum ditindaklanjuti; komite menurunkan penilaian kinerja",
        "Capaian SKP dinilai terlalu tinggi dibanding kinerja unit; disesuaikan dengan kurva distribusi",
    ),
    "potensial": (
        "Hasil asesmen sudah hampir habis masa berlakunya; komite menilai potensi belum teruji",
        "Belum menunjukkan kemampuan memimpin tim pada penugasan terakhir",
        "Kesesuaian bidang ilmu dengan jabatan rendah; perlu pengembangan kompetensi teknis",
    ),
}


@dataclass(frozen=True)
class TalentDemoSummary:
    periods: int
    placed: int
    holding: int
    calibrations: int


def build_talent_demo(session: Session, actor: Actor, seed: int) -> TalentDemoSummary:
    rng = np.random.default_rng(seed + 4)  # its own stream: adding this part leaves the personnel unchanged
    ensure_presets(session, actor)
    placed = holding = calibrations = 0
    for label, year_from, year_to, reference in PERIODS:
        create_period(
            session, actor, label, skp_year_from=year_from, skp_year_to=year_to, reference_date=reference
        )
        summary = map_period(session, actor, label)
        placed += summary.placed
        holding += summary.holding
        # the latest period is calibrated in a Komite Talenta meeting; the earlier one before meetings
        meeting = start_committee_meeting(session, actor, label) if label == PERIODS[-1][0] else None
        made = _calibrate_borderline(session, actor, label, rng)
        calibrations += len(made)
        if meeting is not None:
            pool = talent_map(session, label).placed
            pool = pool[pool["box"] == 9].sort_values("nilai_talenta", ascending=False)["person_id"].tolist()
            finish_committee_meeting(session, actor, meeting, made, pool, rng)
    set_period_status(session, actor, "2024", "closed")
    return TalentDemoSummary(len(PERIODS), placed, holding, calibrations)


def _calibrate_borderline(
    session: Session, actor: Actor, label: str, rng: np.random.Generator
) -> list[CalibrationResult]:
    """Moves across one cut-off for people within BORDER points of it, and one move taken back."""
    tm = talent_map(session, label)
    frame = tm.placed
    cut = tm.cutoffs
    candidates = []  # (person_id, current box, axis, direction)
    for axis in ("kinerja", "potensial"):
        scores = frame[f"nilai_{axis}"].to_numpy(dtype=float)
        for c in cut[axis]:
            below = (scores < c) & (scores >= c - BORDER)  # just under: argued up
            above = (scores >= c) & (scores < c + BORDER)  # just over: argued down
            for idx in np.flatnonzero(below):
                candidates.append((idx, axis, +1))
            for idx in np.flatnonzero(above):
                candidates.append((idx, axis, -1))
    wanted = min(len(candidates), max(1, round(CALIBRATED_SHARE * len(frame))))
    chosen = rng.choice(len(candidates), size=wanted, replace=False) if candidates else []
    done: set[int] = set()
    made = []
    for pick in sorted(int(i) for i in chosen):
        idx, axis, step = candidates[pick]
        row = frame.iloc[idx]
        person_id = int(row["person_id"])
        if person_id in done:
            continue
        levels = {"kinerja": int(row["kinerja_level"]), "potensial": int(row["potensial_level"])}
        levels[axis] = min(3, max(1, levels[axis] + step))
        to_box = box_number(levels["kinerja"], levels["potensial"])
        if to_box == int(row["box"]):
            continue
        reasons = (_UP_REASONS if step > 0 else _DOWN_REASONS)[axis]
        reason = reasons[int(rng.integers(len(reasons)))]
        made.append(calibrate(session, actor, label, person_id, to_box, reason))
        done.add(person_id)
    if len(made) > 3:  # the committee reconsidered one move in the same session
        made.append(
            reverse_calibration(
                session, actor, made[2].id, "Komite meninjau ulang: data pendukung belum lengkap"
            )
        )
    return made
