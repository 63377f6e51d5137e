"""The succession settings (DOMAIN §6, §11 — configurable, with the documented defaults).

Kept in the database (app_setting "succession.settings"): the eligibility rules a candidate must pass,
the readiness categories, and how many successors a post should have.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy.orm import Session

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

from ..actor import Actor
from ..app_settings import get_setting, put_setting

SETTING_KEY = "succession.settings"
HUKDIS_LEVELS = ("ringan", "sedang", "berat")


class SettingsError(ValueError):
    """Settings that cannot be saved: ``problems`` in Indonesian, ``problem_messages`` for the screen."""

    def __init__(self, problems: list[Message] | list[str]) -> None:
        self.problem_messages = [p if isinstance(p, Message) else Message(p) for p in problems]
        self.problems = [str(p) for p in self.problem_messages]
        super().__init__(" ".join(self.problems))


@dataclass(frozen=True)
class Readiness:
    code: str
    label: str
    ready_now: bool  # counts as "siap sekarang" in bench strength


DEFAULT_READINESS = (
    Readiness("siap_sekarang", "Siap sekarang", True),
    Readiness("siap_1_2", "Siap 1–2 tahun", False),
    Readiness("siap_3", "Siap 3+ tahun", False),
    Readiness("belum_siap", "Belum siap", False),
)


@dataclass(frozen=True)
class SuccessionSettings:
    one_level_below: bool = (
        True  # candidates hold a level that feeds the post (domain.jabatan.FEEDER_JENJANG)
    )
    min_golongan: bool = True  # the post's minimum golongan, when it names one
    hukdis_years: int = 2  # no sentence of these levels within this many years (0: rule off)
    hukdis_levels: tuple[str, ...] = ("sedang", "berat")
    retirement_years: int = 2  # at least this many years before the BUP of the post (0: rule off)
    successors_needed: int = 2  # default per post (DOMAIN §6: 2–3)
    vacancy_warning_months: int = 12  # a post vacant within this time without a ready successor is flagged
    readiness: tuple[Readiness, ...] = DEFAULT_READINESS

    def readiness_of(self, code: str) -> Readiness | None:
        return next((r for r in self.readiness if r.code == code), None)


def validate_settings(settings: SuccessionSettings) -> list[str]:
    """What is wrong with the settings, in Indonesian (empty when nothing is)."""
    return [str(problem) for problem in settings_problems(settings)]


def settings_problems(settings: SuccessionSettings) -> list[Message]:
    """:func:`validate_settings` as messages, for a screen in the user's language."""
    problems = []
    if not 0 <= settings.hukdis_years <= 10:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.settings", "Masa hukuman disiplin harus 0–10 tahun, bukan {years}."
                ),
                years=settings.hukdis_years,
            )
        )
    if settings.hukdis_years and not settings.hukdis_levels:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.settings",
                    "Aturan hukuman disiplin {years} tahun tanpa tingkat hukuman: pilih paling sedikit "
                    "satu tingkat, atau isi 0 tahun untuk mematikan aturan ini.",
                ),
                years=settings.hukdis_years,
            )
        )
    unknown = [lvl for lvl in settings.hukdis_levels if lvl not in HUKDIS_LEVELS]
    if unknown:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.settings", "Tingkat hukuman disiplin tidak dikenal: {levels}."
                ),
                levels=", ".join(map(repr, unknown)),
            )
        )
    if not 0 <= settings.retirement_years <= 10:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.settings", "Jarak ke BUP harus 0–10 tahun, bukan {years}."
                ),
                years=settings.retirement_years,
            )
        )
    if not 1 <= settings.successors_needed <= 10:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.settings", "Jumlah suksesor per jabatan harus 1–10, bukan {count}."
                ),
                count=settings.successors_needed,
            )
        )
    if not 0 <= settings.vacancy_warning_months <= 60:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.settings",
                    "Batas peringatan kekosongan harus 0–60 bulan, bukan {months}.",
                ),
                months=settings.vacancy_warning_months,
            )
        )
    codes = [r.code for r in settings.readiness]
    if not settings.readiness:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.settings", "Kategori kesiapan wajib diisi, paling sedikit satu."
                )
            )
        )
    if len(set(codes)) != len(codes):
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.settings", "Kode kategori kesiapan harus berbeda satu sama lain."
                )
            )
        )
    if any(not r.label.strip() or not r.code.strip() for r in settings.readiness):
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.settings", "Setiap kategori kesiapan memerlukan kode dan nama."
                )
            )
        )
    if settings.readiness and not any(r.ready_now for r in settings.readiness):
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.settings",
                    'Paling sedikit satu kategori kesiapan berarti "siap sekarang".',
                )
            )
        )
    return problems


def get_settings(session: Session) -> SuccessionSettings:
    stored = get_setting(session, SETTING_KEY) or {}
    values = {}
    for f in dataclasses.fields(SuccessionSettings):
        if f.name not in stored:
            continue
        if f.name == "readiness":
            values[f.name] = tuple(Readiness(**r) for r in stored[f.name])
        elif f.name == "hukdis_levels":
            values[f.name] = tuple(stored[f.name])
        else:
            values[f.name] = stored[f.name]
    return SuccessionSettings(**values)


def save_settings(session: Session, actor: Actor, settings: SuccessionSettings) -> None:
    problems = settings_problems(settings)
    if problems:
        raise SettingsError(problems)
    put_setting(session, actor, SETTING_KEY, dataclasses.asdict(settings))
