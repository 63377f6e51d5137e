"""Who may succeed to a post: the KRS of the period (boxes 7–9), each eligibility rule checked and said in
words, ranked box 9 > 8 > 7 then by talent score (DOMAIN §6). Set-based over the talent map."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import add_years, retirement_date
from talenta_desktop.domain.golongan import golongan_by_code
from talenta_desktop.domain.jabatan import FEEDER_JENJANG, bup_of
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError
from talenta_desktop.domain.ninebox import TALENT_POOL_BOXES
from talenta_desktop.models import Assessment, CriticalPost, HukdisHistory, Person, Skp

from ..bulk import raw_frame
from ..talent.periods import _row as period_row
from ..talent.talent_map import TalentMap, talent_map
from .settings import SuccessionSettings, get_settings

RULES = ("level", "golongan", "hukdis", "retirement")
RULE_LABELS = {
    "level": "Satu tingkat di bawah jabatan target",
    "golongan": "Golongan paling rendah",
    "hukdis": "Tidak sedang/baru menjalani hukuman disiplin",
    "retirement": "Tidak mendekati batas usia pensiun",
}


class SuccessionError(MessageError, ValueError):
    """A succession action that cannot be done; the message says why (Indonesian as text, and as a
    message for the screen in the user's language)."""


# hukuman disiplin levels as a reason names them
_HUKDIS_WORDS = {
    "ringan": QT_TRANSLATE_NOOP("services.succession.candidates", "ringan"),
    "sedang": QT_TRANSLATE_NOOP("services.succession.candidates", "sedang"),
    "berat": QT_TRANSLATE_NOOP("services.succession.candidates", "berat"),
}


def post_row(session: Session, post_id: int) -> CriticalPost:
    row = session.get(CriticalPost, post_id)
    if row is None:
        raise SuccessionError(
            QT_TRANSLATE_NOOP("services.succession.candidates", "Jabatan target #{post_id} tidak ditemukan."),
            post_id=post_id,
        )
    return row


def post_bup(post: CriticalPost) -> int:
    return post.bup or bup_of(post.jenjang_jabatan)


@dataclass(frozen=True)
class _Post:
    """What the rules need of a post (a plain copy, so candidates() can take one outside a session)."""

    id: int
    jenjang: str
    min_golongan: str | None
    bup: int
    incumbent_id: int | None


def _post(row: CriticalPost) -> _Post:
    return _Post(row.id, row.jenjang_jabatan, row.min_golongan, post_bup(row), row.incumbent_id)


def _hukdis(session: Session, levels: tuple[str, ...], since: date, until: date) -> pd.DataFrame:
    """The latest sentence of ``levels`` per person with TMT in [since, until]."""
    if not levels:
        return pd.DataFrame(columns=["person_id", "tingkat", "tmt"])
    marks = ",".join("?" * len(levels))
    return raw_frame(
        session,
        f"SELECT person_id, tingkat, MAX(tmt) FROM riwayat_hukdis WHERE tingkat IN ({marks})"
        " AND tmt BETWEEN ? AND ? GROUP BY person_id",
        (*levels, since.isoformat(), until.isoformat()),
        ["person_id", "tingkat", "tmt"],
    )


def candidates(
    session: Session,
    period_label: str,
    post_id: int,
    *,
    today: date | None = None,
    settings: SuccessionSettings | None = None,
    eligible_only: bool = False,
    talent: TalentMap | None = None,
) -> pd.DataFrame:
    """Every KRS member of the period except the incumbent, ranked, with one boolean column per rule
    (ok_level, ok_golongan, ok_hukdis, ok_retirement), ``eligible`` and ``reasons`` (why not, in words:
    Indonesian text, and the same as messages in ``reason_messages``).

    Columns also carry person_id, nip, nama_lengkap, jabatan, jenjang, golongan, unit_induk, box,
    nilai_talenta, nilai_kinerja, nilai_potensial, retires_on and rank (1 = first among the eligible).
    ``talent``: the period's talent map when the caller already has it (checking many posts at once).
    """
    settings = settings or get_settings(session)
    post = _post(post_row(session, post_id))
    period = period_row(session, period_label)
    today = today or period.reference_date
    frame = (talent or talent_map(session, period_label)).placed
    frame = frame[
        frame["box"].isin(TALENT_POOL_BOXES) & (frame["person_id"] != (post.incumbent_id or -1))
    ].copy()
    born = raw_frame(session, "SELECT id, tanggal_lahir FROM person", (), ["person_id", "born"]).set_index(
        "person_id"
    )
    frame["born"] = pd.to_datetime(frame["person_id"].map(born["born"])).dt.date
    frame["retires_on"] = [retirement_date(b, post.bup) for b in frame["born"]]

    reasons: list[list[Message]] = [[] for _ in range(len(frame))]

    said = frame[["person_id", "jenjang", "golongan", "retires_on"]]  # what the reasons quote

    def rule(name: str, ok: pd.Series, why) -> None:
        passed = ok.to_numpy(dtype=bool)
        frame[f"ok_{name}"] = passed
        failed = np.flatnonzero(~passed)  # only they need words: one Python call per failed row
        for i, row in zip(failed.tolist(), said.iloc[failed].itertuples(index=False), strict=True):
            reasons[i].append(why(row))

    feeders = FEEDER_JENJANG.get(post.jenjang, ())
    rule(
        "level",
        frame["jenjang"].isin(feeders) if settings.one_level_below else pd.Series(True, index=frame.index),
        lambda r: Message(
            QT_TRANSLATE_NOOP(
                "services.succession.candidates",
                "Jenjang {jenjang} bukan satu tingkat di bawah {post} ({feeders}).",
            ),
            jenjang=r.jenjang or "—",
            post=post.jenjang,
            feeders=", ".join(feeders)
            or QT_TRANSLATE_NOOP("services.succession.candidates", "tidak ada jenjang di bawahnya"),
        ),
    )
    if settings.min_golongan and post.min_golongan:
        minimum = golongan_by_code(post.min_golongan)
        ok = (frame["jenis_pegawai"] == "PNS") & (frame["golongan_rank"].astype(float) >= minimum.rank)
        rule(
            "golongan",
            ok,
            lambda r: Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.candidates", "Golongan {golongan} di bawah {minimum}."
                ),
                golongan=r.golongan or "—",
                minimum=minimum.label,
            ),
        )
    else:
        rule("golongan", pd.Series(True, index=frame.index), lambda r: Message(""))
    if settings.hukdis_years:
        since = add_years(today, -settings.hukdis_years)
        sentences = _hukdis(session, settings.hukdis_levels, since, today).set_index("person_id")
        hit = frame["person_id"].isin(sentences.index)
        rule(
            "hukdis",
            ~hit,
            lambda r: Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.candidates",
                    "Hukuman disiplin tingkat {level} (TMT {tmt}) dalam {years} tahun terakhir.",
                ),
                level=_HUKDIS_WORDS.get(
                    sentences.at[r.person_id, "tingkat"], sentences.at[r.person_id, "tingkat"]
                ),
                tmt=date.fromisoformat(str(sentences.at[r.person_id, "tmt"])),
                years=settings.hukdis_years,
            ),
        )
    else:
        rule("hukdis", pd.Series(True, index=frame.index), lambda r: Message(""))
    if settings.retirement_years:
        limit = add_years(today, settings.retirement_years)
        ok = pd.Series([d >= limit for d in frame["retires_on"]], index=frame.index)
        rule(
            "retirement",
            ok,
            lambda r: Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.candidates",
                    "Pensiun {retires_on} (BUP {bup} tahun jabatan ini), kurang dari {years} tahun lagi.",
                ),
                retires_on=r.retires_on,
                bup=post.bup,
                years=settings.retirement_years,
            ),
        )
    else:
        rule("retirement", pd.Series(True, index=frame.index), lambda r: Message(""))
    frame["eligible"] = frame[[f"ok_{r}" for r in RULES]].all(axis=1)
    frame["reasons"] = [tuple(str(m) for m in r) for r in reasons]
    frame["reason_messages"] = [tuple(r) for r in reasons]
    frame = frame.sort_values(
        ["eligible", "box", "nilai_talenta", "nama_lengkap"],
        ascending=[False, False, False, True],
        kind="stable",
    ).reset_index(drop=True)
    frame["rank"] = pd.Series(range(1, len(frame) + 1)).where(frame["eligible"]).astype("Int64")
    if eligible_only:
        frame = frame[frame["eligible"]].reset_index(drop=True)
    return frame


def check_candidate(
    session: Session,
    period_label: str,
    post_id: int,
    person_id: int,
    *,
    settings: SuccessionSettings | None = None,
    talent: TalentMap | None = None,
) -> tuple[str, ...]:
    """Why ``person_id`` may not succeed to the post (empty when they may), in Indonesian."""
    refusals = candidate_refusals(session, period_label, post_id, person_id, settings=settings, talent=talent)
    return tuple(str(reason) for reason in refusals)


def candidate_refusals(
    session: Session,
    period_label: str,
    post_id: int,
    person_id: int,
    *,
    settings: SuccessionSettings | None = None,
    talent: TalentMap | None = None,
) -> tuple[Message, ...]:
    """:func:`check_candidate` as messages."""
    frame = candidates(session, period_label, post_id, settings=settings, talent=talent)
    row = frame[frame["person_id"] == person_id]
    if row.empty:
        post = post_row(session, post_id)
        if person_id == post.incumbent_id:
            return (
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.succession.candidates", "Pegawai ini pemangku jabatan itu sendiri."
                    )
                ),
            )
        return (
            Message(
                QT_TRANSLATE_NOOP(
                    "services.succession.candidates",
                    "Pegawai ini tidak berada di Kelompok Rencana Suksesi (kotak 7–9) periode {period}.",
                ),
                period=period_label,
            ),
        )
    return tuple(row["reason_messages"].iloc[0])


@dataclass(frozen=True)
class TalentCard:
    """One candidate side by side with others: what a committee compares."""

    person_id: int
    nip: str
    nama: str
    jabatan: str | None
    jenjang: str | None
    golongan: str | None
    unit: str | None
    box: int | None
    nilai_kinerja: float | None
    nilai_potensial: float | None
    nilai_talenta: float | None
    age: int
    retires_on: date
    skp: tuple[tuple[int, str], ...]  # (year, predikat), newest first
    jpm: float | None
    jp_this_year: int
    hukdis: str | None  # the latest sentence in words, if any
    hukdis_message: Message | None = field(default=None, compare=False)  # the same, for the screen


def talent_cards(
    session: Session, period_label: str, person_ids: list[int], *, today: date | None = None
) -> list[TalentCard]:
    """Cards for up to four people, in the order given."""
    from ..development.plans import jp_by_year

    if not 1 <= len(person_ids) <= 4:
        raise SuccessionError(
            QT_TRANSLATE_NOOP(
                "services.succession.candidates", "Bandingkan satu sampai empat calon sekaligus."
            )
        )
    period = period_row(session, period_label)
    today = today or period.reference_date
    frame = talent_map(session, period_label).frame.set_index("person_id")
    jp = jp_by_year(session, person_ids)
    cards = []
    for pid in person_ids:
        person = session.get(Person, pid)
        if person is None:
            raise SuccessionError(
                QT_TRANSLATE_NOOP("services.succession.candidates", "Pegawai #{pid} tidak ditemukan."),
                pid=pid,
            )
        row = frame.loc[pid] if pid in frame.index else None
        skp = tuple(
            (s.tahun, s.predikat)
            for s in session.scalars(
                select(Skp).where(Skp.person_id == pid).order_by(Skp.tahun.desc()).limit(3)
            )
        )
        assessment = session.scalar(
            select(Assessment).where(Assessment.person_id == pid).order_by(Assessment.tanggal.desc()).limit(1)
        )
        hukdis = session.scalar(
            select(HukdisHistory)
            .where(HukdisHistory.person_id == pid)
            .order_by(HukdisHistory.tmt.desc())
            .limit(1)
        )
        hukdis_message = (
            Message(
                QT_TRANSLATE_NOOP("services.succession.candidates", "{jenis} (tingkat {level}, TMT {tmt})"),
                jenis=hukdis.jenis,
                level=_HUKDIS_WORDS.get(hukdis.tingkat, hukdis.tingkat),
                tmt=hukdis.tmt,
            )
            if hukdis
            else None
        )
        born = person.tanggal_lahir
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))

        def value(name: str, row=row):
            if row is None or pd.isna(row[name]):
                return None
            return float(row[name])

        cards.append(
            TalentCard(
                pid, person.nip, row["nama_lengkap"] if row is not None else person.nama, person.jabatan_nama,
                person.jenjang_jabatan, row["golongan"] if row is not None else person.golongan,
                row["unit"] if row is not None else None,
                int(row["box"]) if row is not None and pd.notna(row["box"]) else None,
                value("nilai_kinerja"), value("nilai_potensial"), value("nilai_talenta"), age,
                retirement_date(born, person.bup or bup_of(person.jenjang_jabatan)), skp,
                float(assessment.jpm) if assessment is not None and assessment.jpm is not None else None,
                int(jp[(jp["person_id"] == pid) & (jp["year"] == today.year)]["jp"].sum()),
                str(hukdis_message) if hukdis_message else None, hukdis_message,
            )
        )  # fmt: skip
    return cards
