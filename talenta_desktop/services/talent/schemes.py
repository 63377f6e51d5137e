"""Scoring schemes as data (DOMAIN §4): the four presets, validation, and versioned editing.

A scheme says, for each axis, which sub-scores (components) count with which weight, where the cut-offs
between the three levels lie, who is not mapped at all (eligibility), and what distribution the committee
should expect (guideline). Editing never changes a stored version: it adds the next one, so every
placement keeps pointing at exactly the numbers that produced it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talenta_desktop.domain.errors import RuleError
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError, joined
from talenta_desktop.models import ScoringScheme

from ..actor import Actor
from ..audit import record
from .sources import AXES, SOURCES

DEFAULT_GUIDELINE = {"1": 5, "2": 10, "3": 10, "4": 10, "5": 30, "6": 5, "7": 15, "8": 10, "9": 5}
DEFAULT_ELIGIBILITY = {
    "hukdis_levels": ["sedang", "berat"],  # Buleleng: recent sedang/berat sentences are not mapped
    "hukdis_years": 2,
    "years_before_retirement": 1,  # within a year of BUP: leaving, not a talent to develop
}


def _component(source: str, weight: float, required: bool | None = None) -> dict[str, Any]:
    return {
        "source": source,
        "weight": weight,
        "required": SOURCES[source].required_default if required is None else required,
    }


def _params(kinerja: list, potensial: list, *, k_cut=(60, 80), p_cut=(60, 80), **extra) -> dict[str, Any]:
    params = {
        "kinerja": {"components": kinerja, "cutoffs": list(k_cut)},
        "potensial": {"components": potensial, "cutoffs": list(p_cut)},
        "talenta_weights": {"kinerja": 50, "potensial": 50},
        "eligibility": dict(DEFAULT_ELIGIBILITY),
        "penghargaan_years": 5,
        "integritas_years": 5,
        "guideline": dict(DEFAULT_GUIDELINE),
    }
    params.update(extra)
    return params


_BKN_POTENSIAL = [
    _component("kompetensi", 20),
    _component("pengembangan_kompetensi", 10),
    _component("pengalaman_jabatan", 10),
    _component("potensi", 25),
    _component("pendidikan", 10),
    _component("kesesuaian_bidang", 10),
    _component("integritas", 15),
]


@dataclass(frozen=True)
class Preset:
    name: str
    source: str
    description: str
    params: dict[str, Any]
    is_default: bool = False


PRESETS: tuple[Preset, ...] = (
    Preset(
        "BKN Kepka 411/2025",
        "Keputusan Kepala BKN 411/2025, dirangkum dari sumber sekunder (lampiran belum diverifikasi)",
        "Nilai talenta = 50% kinerja + 50% potensial. Kinerja: SKP 60, penghargaan 15, penugasan tim kerja "
        "15, umpan balik 360° 10. Potensial: kompetensi 20, pengembangan kompetensi 10, pengalaman jabatan "
        "10, potensi 25, pendidikan 10, kesesuaian bidang ilmu 10, integritas 15. Batas: ≥ 80 tinggi, "
        "60–< 80 menengah, < 60 rendah. Komponen yang belum tercatat di aplikasi (tim kerja, umpan balik "
        "360°, kesesuaian bidang) dihitung dengan membagi ulang bobotnya ke komponen lain.",
        _params(
            [
                _component("skp_predikat", 60),
                _component("penghargaan", 15),
                _component("tim_kerja", 15),
                _component("umpan_balik_360", 10),
            ],
            _BKN_POTENSIAL,
        ),
        is_default=True,
    ),
    Preset(
        "Predikat SKP langsung",
        "PermenPANRB 6/2022 (predikat kinerja pegawai); potensial seperti BKN Kepka 411/2025",
        "Kinerja langsung dari predikat SKP tahun terakhir: Sangat Baik → di atas, Baik → sesuai, lainnya → "
        "di bawah (SB 100, B 80, BP 60, K 40, SK 20). Potensial seperti BKN Kepka 411/2025.",
        _params([_component("skp_predikat_terakhir", 100)], copy.deepcopy(_BKN_POTENSIAL), k_cut=(80, 100)),
    ),
    Preset(
        "JPM pemetaan",
        "Peraturan BRIN 3/2023 Pasal 33 (kategori JPM pemetaan)",
        "Potensial dari Job Person Match asesmen yang masih berlaku: ≥ 90% tinggi (Optimal), 78–< 90% "
        "menengah (Cukup Optimal), < 78% rendah (Kurang Optimal). Kinerja dari predikat SKP tahun terakhir.",
        _params(
            [_component("skp_predikat_terakhir", 100)],
            [_component("jpm", 100)],
            k_cut=(80, 100),
            p_cut=(78, 90),
        ),
    ),
    Preset(
        "Tanjungpinang 2022",
        "Rancangan Perwali Tanjungpinang 2022 (contoh daerah); komponen kinerja selain prestasi kerja tidak "
        "dirinci dalam rancangan",
        "Potensial: asesmen 45 (manajerial dan sosial kultural 25, teknis 20), pendidikan 10, pangkat/golongan "
        "5, rekam jejak jabatan 5, pelatihan 35. Kinerja: prestasi kerja (SKP) 60; sisanya diisi penghargaan "
        "20 dan rekam jejak disiplin 20 — sesuaikan dengan Perwali yang berlaku.",
        _params(
            [
                _component("skp_predikat", 60),
                _component("penghargaan", 20),
                _component("integritas_kinerja", 20),
            ],
            [
                _component("kompetensi_manajerial_sosiokultural", 25),
                _component("kompetensi_teknis", 20),
                _component("pendidikan", 10),
                _component("golongan", 5),
                _component("pengalaman_jabatan", 5),
                _component("pengembangan_kompetensi", 35),
            ],
        ),
    ),
)


@dataclass(frozen=True)
class SchemeInfo:
    id: int
    name: str
    version: int
    source: str
    description: str | None
    params: dict[str, Any]
    is_default: bool
    is_latest: bool
    created_by: str = ""
    created_at: datetime | None = None

    @property
    def title(self) -> str:
        return str(self.title_message)

    @property
    def title_message(self) -> Message:
        return Message(
            QT_TRANSLATE_NOOP("services.talent.schemes", "{name} (versi {version})"),
            name=self.name,
            version=self.version,
        )


_AXIS_WORDS = {
    "kinerja": QT_TRANSLATE_NOOP("services.talent.schemes", "kinerja"),
    "potensial": QT_TRANSLATE_NOOP("services.talent.schemes", "potensial"),
}


def validate_params(params: dict[str, Any]) -> list[RuleError]:
    """Every problem with a scheme's numbers, each naming the field and the value (empty when valid)."""
    problems: list[RuleError] = []
    for axis in AXES:
        spec = params.get(axis) or {}
        components = spec.get("components") or []
        axis_word = _AXIS_WORDS.get(axis, axis)
        if not components:
            problems.append(
                RuleError(
                    "scheme.empty",
                    QT_TRANSLATE_NOOP("services.talent.schemes", "Sumbu {axis}: belum ada komponen."),
                    {"axis": axis_word},
                )
            )
        seen: set[str] = set()
        total = 0.0
        for comp in components:
            source, weight = comp.get("source"), comp.get("weight")
            if source not in SOURCES or SOURCES[source].axis != axis:
                problems.append(
                    RuleError(
                        "scheme.source",
                        QT_TRANSLATE_NOOP(
                            "services.talent.schemes", "Sumbu {axis}: komponen tidak dikenal: {source}."
                        ),
                        {"axis": axis_word, "source": repr(source)},
                    )
                )
                continue
            if source in seen:
                label = SOURCES[source].label
                problems.append(
                    RuleError(
                        "scheme.duplicate",
                        QT_TRANSLATE_NOOP("services.talent.schemes", "Sumbu {axis}: komponen {label} ganda."),
                        {"axis": axis_word, "label": label},
                    )
                )
            seen.add(source)
            if not isinstance(weight, int | float) or weight < 0:
                problems.append(
                    RuleError(
                        "scheme.weight",
                        QT_TRANSLATE_NOOP(
                            "services.talent.schemes", "Sumbu {axis}: bobot {label} tidak sah: {weight}."
                        ),
                        {"axis": axis_word, "label": SOURCES[source].label, "weight": repr(weight)},
                    )
                )
                continue
            total += weight
            if comp.get("required") and not SOURCES[source].recorded:
                problems.append(
                    RuleError(
                        "scheme.required",
                        QT_TRANSLATE_NOOP(
                            "services.talent.schemes",
                            "Sumbu {axis}: {label} belum tercatat di aplikasi, jadi tidak bisa wajib.",
                        ),
                        {"axis": axis_word, "label": SOURCES[source].label},
                    )
                )
        if components and abs(total - 100) > 1e-6:
            problems.append(
                RuleError(
                    "scheme.sum",
                    QT_TRANSLATE_NOOP(
                        "services.talent.schemes", "Sumbu {axis}: jumlah bobot harus 100, sekarang {total:g}."
                    ),
                    {"axis": axis_word, "total": total},
                )
            )
        if components and not any(
            SOURCES.get(c.get("source")) and SOURCES[c["source"]].recorded for c in components
        ):
            problems.append(
                RuleError(
                    "scheme.unrecorded",
                    QT_TRANSLATE_NOOP(
                        "services.talent.schemes", "Sumbu {axis}: tidak ada komponen yang datanya tercatat."
                    ),
                    {"axis": axis_word},
                )
            )
        cut = spec.get("cutoffs")
        if (
            not isinstance(cut, list | tuple)
            or len(cut) != 2
            or not all(isinstance(v, int | float) for v in cut)
            or not 0 < cut[0] < cut[1] <= 100
        ):
            problems.append(
                RuleError(
                    "scheme.cutoffs",
                    QT_TRANSLATE_NOOP(
                        "services.talent.schemes",
                        "Sumbu {axis}: batas harus dua angka berurutan di antara 0 dan 100 "
                        "(batas menengah < batas tinggi), sekarang {cutoffs}.",
                    ),
                    {"axis": axis_word, "cutoffs": repr(cut)},
                )
            )
    weights = params.get("talenta_weights") or {}
    if abs(sum(weights.get(axis, 0) for axis in AXES) - 100) > 1e-6:
        problems.append(
            RuleError(
                "scheme.talenta",
                QT_TRANSLATE_NOOP(
                    "services.talent.schemes", "Bobot nilai talenta harus berjumlah 100: {weights}."
                ),
                {"weights": repr(weights)},
            )
        )
    guideline = params.get("guideline") or {}
    if guideline and abs(sum(guideline.values()) - 100) > 1e-6:
        problems.append(
            RuleError(
                "scheme.guideline",
                QT_TRANSLATE_NOOP(
                    "services.talent.schemes", "Distribusi acuan harus berjumlah 100%, sekarang {total:g}%."
                ),
                {"total": sum(guideline.values())},
            )
        )
    eligibility = params.get("eligibility") or {}
    for key in ("hukdis_years", "years_before_retirement"):
        value = eligibility.get(key, 0)
        if not isinstance(value, int | float) or value < 0:
            problems.append(
                RuleError(
                    "scheme.eligibility",
                    QT_TRANSLATE_NOOP("services.talent.schemes", "Syarat {key} tidak sah: {value}."),
                    {"key": key, "value": repr(value)},
                )
            )
    return problems


class SchemeError(MessageError, ValueError):
    """A scheme that cannot be saved or used; the message lists every problem."""


def _check(params: dict[str, Any]) -> None:
    problems = validate_params(params)
    if problems:
        bullets = joined([Message("• {problem}", problem=p.user_message) for p in problems], "\n")
        raise SchemeError(
            QT_TRANSLATE_NOOP("services.talent.schemes", "Skema tidak sah:\n{problems}"), problems=bullets
        )


def _info(row: ScoringScheme, latest: int) -> SchemeInfo:
    return SchemeInfo(
        row.id,
        row.name,
        row.version,
        row.source,
        row.description,
        copy.deepcopy(row.params),
        row.is_default,
        row.version == latest,
        row.created_by,
        row.created_at,
    )


def ensure_presets(session: Session, actor: Actor) -> int:
    """Store the presets that are missing (by name), so every database offers all four. Returns how many."""
    existing = set(session.scalars(select(ScoringScheme.name)))
    has_default = session.scalar(select(func.count()).where(ScoringScheme.is_default)) > 0
    added = 0
    for preset in PRESETS:
        if preset.name in existing:
            continue
        _check(preset.params)
        row = ScoringScheme(
            name=preset.name,
            version=1,
            source=preset.source,
            description=preset.description,
            params=copy.deepcopy(preset.params),
            is_default=preset.is_default and not has_default,
            created_by=actor.username,
        )
        session.add(row)
        session.flush()
        record(
            session,
            actor,
            "scheme.create",
            entity="scoring_scheme",
            entity_id=row.id,
            after={"name": row.name, "version": 1, "preset": True},
        )
        added += 1
    return added


def list_schemes(session: Session, latest_only: bool = False) -> list[SchemeInfo]:
    rows = session.scalars(select(ScoringScheme).order_by(ScoringScheme.name, ScoringScheme.version)).all()
    latest: dict[str, int] = {}
    for row in rows:
        latest[row.name] = max(latest.get(row.name, 0), row.version)
    infos = [_info(row, latest[row.name]) for row in rows]
    return [i for i in infos if i.is_latest] if latest_only else infos


def get_scheme(session: Session, scheme_id: int) -> SchemeInfo:
    row = session.get(ScoringScheme, scheme_id)
    if row is None:
        raise SchemeError(
            QT_TRANSLATE_NOOP("services.talent.schemes", "Skema #{scheme_id} tidak ditemukan."),
            scheme_id=scheme_id,
        )
    latest = session.scalar(select(func.max(ScoringScheme.version)).where(ScoringScheme.name == row.name))
    return _info(row, latest)


def find_scheme(session: Session, name: str | None = None) -> SchemeInfo:
    """The latest version of the scheme with this name (case-insensitive), or the default scheme."""
    if name is None:
        row = session.scalar(
            select(ScoringScheme).where(ScoringScheme.is_default).order_by(ScoringScheme.version.desc())
        )
        if row is None:
            raise SchemeError(
                QT_TRANSLATE_NOOP(
                    "services.talent.schemes",
                    "Belum ada skema penilaian bawaan. Jalankan `talenta init` terlebih dahulu.",
                )
            )
        name = row.name
    wanted = name.strip().casefold()
    matches = [s for s in list_schemes(session, latest_only=True) if s.name.casefold() == wanted]
    if not matches:
        names = ", ".join(s.name for s in list_schemes(session, latest_only=True))
        raise SchemeError(
            QT_TRANSLATE_NOOP(
                "services.talent.schemes", "Skema '{name}' tidak ditemukan. Skema yang ada: {names}."
            ),
            name=name,
            names=names,
        )
    return matches[0]


def save_new_version(
    session: Session, actor: Actor, scheme_id: int, params: dict[str, Any], description: str | None = None
) -> SchemeInfo:
    """Store edited numbers as the next version of a scheme; the edited version stays as it was."""
    _check(params)
    base = session.get(ScoringScheme, scheme_id)
    if base is None:
        raise SchemeError(
            QT_TRANSLATE_NOOP("services.talent.schemes", "Skema #{scheme_id} tidak ditemukan."),
            scheme_id=scheme_id,
        )
    version = (
        session.scalar(select(func.max(ScoringScheme.version)).where(ScoringScheme.name == base.name)) + 1
    )
    row = ScoringScheme(
        name=base.name,
        version=version,
        source=base.source,
        description=base.description if description is None else description,
        params=copy.deepcopy(params),
        is_default=base.is_default,
        created_by=actor.username,
    )
    session.add(row)
    session.flush()
    record(
        session,
        actor,
        "scheme.version",
        entity="scoring_scheme",
        entity_id=row.id,
        before={"id": base.id, "version": base.version, "params": base.params},
        after={"name": row.name, "version": version, "params": row.params},
    )
    return _info(row, version)


def set_default(session: Session, actor: Actor, scheme_name: str) -> None:
    target = find_scheme(session, scheme_name)
    for row in session.scalars(select(ScoringScheme)):
        row.is_default = row.name == target.name
    record(
        session,
        actor,
        "scheme.default",
        entity="scoring_scheme",
        entity_id=target.id,
        after={"name": target.name},
    )
