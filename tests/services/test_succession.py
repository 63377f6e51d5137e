"""Critical posts and succession (DOMAIN §6): retirement and vacancy dates, the eligibility rules one by
one (each switched off through the saved settings), the ranking of the KRS, proposals, the committee's
confirmation, and bench strength.

Every test runs in a fresh copy of the demo agency (period 2025 mapped, reference date 31 December 2025,
the day candidates are judged on). Posts and successors the demo may ship are cleared and the default
settings saved first. People are picked from the 2025 talent map; a test gives them the jenjang, golongan,
birth date or disciplinary record it needs by writing those rows itself.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
from sqlalchemy import delete, func, select, update

from talenta_desktop.domain.dates import retirement_date
from talenta_desktop.domain.jabatan import BUP_BY_JENJANG, FEEDER_JENJANG, bup_of
from talenta_desktop.domain.nip import format_nip
from talenta_desktop.models import (
    AuditEvent,
    CriticalPost,
    Decision,
    HukdisHistory,
    Meeting,
    Person,
    Successor,
    TalentPeriod,
)
from talenta_desktop.services.committee import (
    CommitteeError,
    activate_meeting,
    berita_acara_document,
)
from talenta_desktop.services.reports.berita_acara_data import KrsRow
from talenta_desktop.services.succession.candidates import (
    RULES,
    SuccessionError,
    candidates,
    check_candidate,
)
from talenta_desktop.services.succession.posts import (
    PostInfo,
    SuccessorInfo,
    bench_summary,
    confirm_successor,
    create_post,
    get_post,
    list_posts,
    propose_successor,
    set_readiness,
    update_post,
    vacancy_text,
    withdraw_successor,
)
from talenta_desktop.services.succession.settings import (
    DEFAULT_READINESS,
    Readiness,
    SettingsError,
    SuccessionSettings,
    get_settings,
    save_settings,
    validate_settings,
)
from talenta_desktop.services.talent.talent_map import talent_map
from tests.services.meetings import committee_meeting

PERIOD = "2025"
TODAY = date(2025, 12, 31)  # the 2025 period's reference date
POST = "Kepala Bagian Umum dan Kepegawaian"
OK = {f"ok_{rule}": True for rule in RULES} | {"eligible": True}


@pytest.fixture
def succ_db(demo_db, actor):
    """The demo agency without posts or successors, with the default succession settings."""
    with demo_db.transaction() as session:
        session.execute(delete(Successor))
        session.execute(delete(CriticalPost))
        save_settings(session, actor, SuccessionSettings())
    return demo_db


# -- helpers ----------------------------------------------------------------------------------------


def _map(session):
    return talent_map(session, PERIOD).placed


def _krs(session, box: int | None = None) -> list[int]:
    """KRS members of 2025 (boxes 7–9, or one box of them) by id."""
    placed = _map(session)
    wanted = placed["box"].isin([box] if box else [7, 8, 9])
    return sorted(int(p) for p in placed.loc[wanted, "person_id"])


def _outside_krs(session) -> list[int]:
    placed = _map(session)
    return sorted(int(p) for p in placed.loc[placed["box"] == 5, "person_id"])


def _shape(
    session, person_id: int, *, jenjang: str = "Pengawas", golongan: str = "41", jenis: str = "PNS",
    born: date = date(1980, 6, 15),
) -> None:  # fmt: skip
    """Give a person the level, golongan (a database code: "41" = IV/a) and birth date a test needs, and a
    clean disciplinary record. With the defaults they pass every rule of an Administrator post."""
    person = session.get(Person, person_id)
    person.jenjang_jabatan, person.golongan, person.jenis_pegawai = jenjang, golongan, jenis
    person.tanggal_lahir = born
    session.execute(delete(HukdisHistory).where(HukdisHistory.person_id == person_id))
    session.flush()


def _hukdis(session, person_id: int, tingkat: str, tmt: date) -> None:
    jenis = {"ringan": "Teguran tertulis", "sedang": "Pemotongan tunjangan kinerja 25% selama 6 bulan",
             "berat": "Penurunan jabatan setingkat lebih rendah selama 12 bulan"}[tingkat]  # fmt: skip
    session.add(HukdisHistory(person_id=person_id, tingkat=tingkat, jenis=jenis, tmt=tmt))
    session.flush()


def _post(session, actor, name: str = POST, *, jenjang: str = "Administrator", **kw) -> int:
    kw.setdefault("min_golongan", "III/d")
    return create_post(session, actor, name, kind="target", jenjang_jabatan=jenjang, jenis_jabatan="struktural",
                       eselon="31", **kw)  # fmt: skip


def _rules(session, post_id: int, people: list[int], **kw) -> list[dict[str, bool]]:
    frame = candidates(session, PERIOD, post_id, today=TODAY, **kw).set_index("person_id")
    return [{k: bool(frame.at[p, k]) for k in OK} for p in people]


def _reasons(session, post_id: int, people: list[int]) -> list[tuple[str, ...]]:
    frame = candidates(session, PERIOD, post_id, today=TODAY).set_index("person_id")
    return [tuple(frame.at[p, "reasons"]) for p in people]


def _fails(rule: str) -> dict[str, bool]:
    return OK | {f"ok_{rule}": False, "eligible": False}


def _save(session, actor, **changes) -> None:
    save_settings(session, actor, dataclasses.replace(get_settings(session), **changes))


def _last_event(session) -> AuditEvent:
    return session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()


def _count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


def _meeting(session, actor, *, opened: bool = True) -> int:
    return committee_meeting(
        session, actor, period=PERIOD, serial=91, title="Penetapan Suksesor Jabatan Target", opened=opened
    )


# -- retirement and vacancy -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("born", "bup", "retires"),
    [
        (date(1968, 5, 17), 58, date(2026, 6, 1)),  # the first of the month after the BUP birthday
        (date(1968, 5, 1), 58, date(2026, 6, 1)),
        (date(1967, 12, 10), 58, date(2026, 1, 1)),  # December: January of the next year
        (date(1967, 12, 31), 60, date(2028, 1, 1)),
        (date(1968, 2, 29), 58, date(2026, 3, 1)),  # born 29 February, BUP birthday in a common year
        (date(1964, 2, 29), 60, date(2024, 3, 1)),  # and in a leap year
        (date(1970, 1, 31), 65, date(2035, 2, 1)),
    ],
)
def test_retirement_is_the_first_day_of_the_month_after_the_bup_birthday(born, bup, retires):
    assert retirement_date(born, bup) == retires


def test_the_default_bup_goes_by_jenjang():
    assert {j: bup_of(j) for j in ("JPT Pratama", "Ahli Madya", "Ahli Utama", "Administrator", "Pelaksana")} == {
        "JPT Pratama": 60, "Ahli Madya": 60, "Ahli Utama": 65, "Administrator": 58, "Pelaksana": 58,
    }  # fmt: skip
    assert bup_of(None) == 58
    assert BUP_BY_JENJANG["JPT Madya"] == 60


def test_a_post_falls_vacant_when_its_incumbent_retires_at_the_posts_bup(succ_db, actor):
    with succ_db.transaction() as session:
        first, second, third = _outside_krs(session)[:3]
        for pid, born in (
            (first, date(1968, 12, 20)),
            (second, date(1968, 2, 29)),
            (third, date(1970, 7, 7)),
        ):
            person = session.get(Person, pid)
            person.tanggal_lahir, person.bup = born, 65  # the person's own BUP is not the post's
        posts = {
            "adm": _post(session, actor, "Kepala Bagian Umum", incumbent_id=first),
            "adm60": _post(session, actor, "Kepala Bagian Hukum", incumbent_id=first, bup=60),
            "jpt": _post(session, actor, "Kepala Dinas Pendidikan", jenjang="JPT Pratama", incumbent_id=second),
            "adm29": _post(session, actor, "Kepala Bagian Organisasi", incumbent_id=second),
            "utama": _post(session, actor, "Analis Kebijakan Ahli Utama", jenjang="Ahli Utama", incumbent_id=third),
            "vacant": _post(session, actor, "Sekretaris Dinas Kesehatan"),
        }  # fmt: skip
        found = {p.id: p for p in list_posts(session, PERIOD)}
        update_post(session, actor, posts["adm"], bup=60)
        changed = get_post(session, PERIOD, posts["adm"])
        incumbent = session.get(Person, first)

    got = {key: (found[pid].bup, found[pid].vacancy_on) for key, pid in posts.items()}
    assert got == {
        "adm": (58, date(2027, 1, 1)),  # born December 1968: 58 years on, the month after is January 2027
        "adm60": (60, date(2029, 1, 1)),
        "jpt": (60, date(2028, 3, 1)),
        "adm29": (58, date(2026, 3, 1)),
        "utama": (65, date(2035, 8, 1)),
        "vacant": (58, None),
    }
    adm = found[posts["adm"]]
    assert (adm.incumbent_id, adm.incumbent, adm.incumbent_nip, adm.vacant) == (
        first, incumbent.nama, incumbent.nip, False,
    )  # fmt: skip
    assert (adm.min_golongan, adm.jenjang_jabatan, adm.successors_needed) == ("III/d", "Administrator", 2)
    assert found[posts["vacant"]].vacant
    assert (changed.bup, changed.vacancy_on) == (60, date(2029, 1, 1))


def _info(vacancy_on: date | None, *ready_now: bool) -> PostInfo:
    successors = tuple(
        SuccessorInfo(id=i, person_id=i, nip=f"19800101200501{i:04d}", nama=f"Calon {i}", jabatan=None, box=8,
                      readiness="x", readiness_label="x", ready_now=now, status="usulan", decision_id=None)
        for i, now in enumerate(ready_now, 1)
    )  # fmt: skip
    return PostInfo(
        id=1, jabatan_nama=POST, kind="target", unit_id=None, unit=None, jenis_jabatan="struktural",
        jenjang_jabatan="Administrator", eselon="31", min_golongan="III/d", bup=58,
        incumbent_id=None if vacancy_on is None else 7, incumbent=None, incumbent_nip=None, vacancy_on=vacancy_on,
        successors_needed=2, successors=successors, note=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("today", "months"),
    [
        (date(2024, 12, 31), 24),
        (date(2025, 1, 1), 24),
        (date(2025, 12, 31), 12),  # twelve whole months and a day
        (date(2026, 1, 1), 12),
        (date(2026, 1, 2), 11),
        (date(2026, 12, 31), 0),
        (date(2027, 1, 1), 0),
        (date(2027, 6, 1), 0),  # overdue: vacant already
    ],
)
def test_months_to_vacancy_are_whole_months(today, months):
    assert _info(date(2027, 1, 1)).months_to_vacancy(today) == months


def test_a_vacant_post_is_zero_months_from_vacancy_and_the_text_says_so():
    post, vacant = _info(date(2027, 1, 1)), _info(None)
    assert vacant.months_to_vacancy(TODAY) == 0 and vacant.vacant
    assert vacancy_text(vacant, TODAY) == "Lowong"
    assert vacancy_text(post, TODAY) == "1 Januari 2027 (12 bulan lagi)"
    assert vacancy_text(post, date(2024, 12, 31)) == "1 Januari 2027"  # two years or more: the date alone
    assert vacancy_text(post, date(2027, 1, 1)) == "Lowong sejak 1 Januari 2027"


def test_ready_now_and_later_come_from_the_readiness_categories():
    both = _info(date(2027, 1, 1), True, False, False)
    assert (both.ready_now, both.ready_later, both.lacks_ready()) == (1, 2, False)
    later = _info(date(2027, 1, 1), False, False)
    assert (later.ready_now, later.ready_later, later.lacks_ready()) == (0, 2, True)
    nobody = _info(None)
    assert (nobody.ready_now, nobody.ready_later, nobody.lacks_ready()) == (0, 0, True)


@pytest.mark.parametrize(
    ("vacancy_on", "ready", "warning", "urgent"),
    [
        (date(2026, 4, 1), (False,), 12, True),  # 3 months, nobody ready now
        (date(2026, 4, 1), (True, False), 12, False),  # someone is ready now
        (date(2027, 1, 1), (), 12, True),  # 12 whole months: within the warning
        (date(2027, 2, 1), (), 12, False),  # 13 months
        (date(2027, 2, 1), (), 13, True),
        (date(2027, 9, 1), (False,), 0, False),
        (None, (), 0, True),  # vacant now, nobody ready
        (None, (True,), 0, False),
    ],
)
def test_a_post_is_urgent_when_it_falls_vacant_soon_with_nobody_ready_now(vacancy_on, ready, warning, urgent):
    assert _info(vacancy_on, *ready).urgent(TODAY, warning) is urgent


# -- eligibility, rule by rule ----------------------------------------------------------------------


def test_the_level_rule_takes_one_level_below_the_post(succ_db, actor):
    jenjangs = ["Pengawas", "Ahli Muda", "Pelaksana", "Administrator", "JPT Pratama"]
    with succ_db.transaction() as session:
        people = _krs(session)[: len(jenjangs)]
        for pid, jenjang in zip(people, jenjangs, strict=True):
            _shape(session, pid, jenjang=jenjang)
        post = _post(session, actor)
        on = _rules(session, post, people)
        reasons = _reasons(session, post, people)
        _save(session, actor, one_level_below=False)
        off = _rules(session, post, people)
    assert on == [OK, OK, _fails("level"), _fails("level"), _fails("level")]
    assert reasons == [(), ()] + [
        (f"Jenjang {j} bukan satu tingkat di bawah Administrator (Pengawas, Ahli Muda).",)
        for j in jenjangs[2:]
    ]
    assert off == [OK] * 5


def test_every_target_level_takes_exactly_its_feeder_levels(succ_db, actor):
    levels = sorted({*FEEDER_JENJANG, *(f for feeders in FEEDER_JENJANG.values() for f in feeders)})
    with succ_db.transaction() as session:
        people = _krs(session)[: len(levels)]
        for pid, jenjang in zip(people, levels, strict=True):
            _shape(session, pid, jenjang=jenjang)
        results = {}
        for target in FEEDER_JENJANG:
            post = _post(session, actor, f"Jabatan target {target}", jenjang=target, min_golongan=None)
            frame = candidates(session, PERIOD, post, today=TODAY).set_index("person_id")
            results[target] = {j: bool(frame.at[p, "ok_level"]) for p, j in zip(people, levels, strict=True)}
            refused = next(p for p, j in zip(people, levels, strict=True) if j not in FEEDER_JENJANG[target])
            assert frame.at[refused, "reasons"][0] == (
                f"Jenjang {frame.at[refused, 'jenjang']} bukan satu tingkat di bawah {target} "
                f"({', '.join(FEEDER_JENJANG[target])})."
            )
    assert len(levels) == 14
    assert results == {
        target: {j: j in feeders for j in levels} for target, feeders in FEEDER_JENJANG.items()
    }


def test_the_golongan_rule_asks_for_the_posts_minimum_and_leaves_pppk_out(succ_db, actor):
    shapes = [("34", "PNS"), ("45", "PNS"), ("33", "PNS"), ("XI", "PPPK"), ("XVII", "PPPK")]
    with succ_db.transaction() as session:
        people = _krs(session)[: len(shapes)]
        for pid, (golongan, jenis) in zip(people, shapes, strict=True):
            _shape(session, pid, golongan=golongan, jenis=jenis)
        post = _post(session, actor)  # minimum III/d
        without = _post(session, actor, "Kepala Bagian Umum (tanpa golongan minimum)", min_golongan=None)
        on = _rules(session, post, people)
        reasons = _reasons(session, post, people)
        no_minimum = _rules(session, without, people)
        _save(session, actor, min_golongan=False)
        off = _rules(session, post, people)
    assert on == [OK, OK, _fails("golongan"), _fails("golongan"), _fails("golongan")]
    assert reasons == [
        (),
        (),
        ("Golongan III/c di bawah III/d.",),
        ("Golongan XI di bawah III/d.",),  # a PPPK golongan is no PNS rank, however high
        ("Golongan XVII di bawah III/d.",),
    ]
    assert no_minimum == [OK] * 5
    assert off == [OK] * 5


def test_the_hukdis_rule_counts_configured_levels_within_the_years(succ_db, actor):
    with succ_db.transaction() as session:
        people = _krs(session)[:6]
        for pid in people:
            _shape(session, pid)
        one_year, two_years, older, ringan, twice, _clean = people
        _hukdis(session, one_year, "sedang", date(2024, 12, 31))
        _hukdis(session, two_years, "berat", date(2023, 12, 31))  # exactly two years before 31 Dec 2025
        _hukdis(session, older, "berat", date(2023, 12, 30))
        _hukdis(session, ringan, "ringan", date(2025, 6, 2))
        _hukdis(session, twice, "berat", date(2024, 3, 1))
        _hukdis(session, twice, "sedang", date(2025, 4, 14))  # the latest is the one named
        post = _post(session, actor)
        default = _rules(session, post, people)
        reasons = _reasons(session, post, people)
        _save(session, actor, hukdis_levels=("ringan", "sedang", "berat"))
        with_ringan = _rules(session, post, people)
        ringan_reason = _reasons(session, post, [ringan])
        _save(session, actor, hukdis_levels=("sedang", "berat"), hukdis_years=3)
        three_years = _rules(session, post, people)
        three_years_reason = _reasons(session, post, [older])
        _save(session, actor, hukdis_years=0)
        off = _rules(session, post, people)
    hukdis = _fails("hukdis")
    assert default == [hukdis, hukdis, OK, OK, hukdis, OK]
    assert reasons == [
        ("Hukuman disiplin tingkat sedang (TMT 31 Desember 2024) dalam 2 tahun terakhir.",),
        ("Hukuman disiplin tingkat berat (TMT 31 Desember 2023) dalam 2 tahun terakhir.",),
        (),
        (),
        ("Hukuman disiplin tingkat sedang (TMT 14 April 2025) dalam 2 tahun terakhir.",),
        (),
    ]
    assert with_ringan == [hukdis, hukdis, OK, hukdis, hukdis, OK]
    assert ringan_reason == [("Hukuman disiplin tingkat ringan (TMT 2 Juni 2025) dalam 2 tahun terakhir.",)]
    assert three_years == [hukdis, hukdis, hukdis, OK, hukdis, OK]
    assert three_years_reason == [
        ("Hukuman disiplin tingkat berat (TMT 30 Desember 2023) dalam 3 tahun terakhir.",)
    ]
    assert off == [OK] * 6


def test_the_retirement_rule_uses_the_bup_of_the_post(succ_db, actor):
    births = [date(1968, 3, 15), date(1969, 11, 30), date(1969, 12, 15), date(1968, 2, 29), date(1980, 6, 15)]
    with succ_db.transaction() as session:
        people = _krs(session)[: len(births)]
        for pid, born in zip(people, births, strict=True):
            _shape(session, pid, born=born)
            session.get(Person, pid).bup = 65  # their own BUP does not count: the post's does
        post = _post(session, actor)  # Administrator: BUP 58
        frame = candidates(session, PERIOD, post, today=TODAY).set_index("person_id")
        retires = [frame.at[p, "retires_on"] for p in people]
        default = _rules(session, post, people)
        reasons = _reasons(session, post, people)
        jpt = _post(session, actor, "Kepala Dinas Pendidikan", jenjang="JPT Pratama")  # BUP 60
        for pid in people:
            session.get(Person, pid).jenjang_jabatan = "Administrator"
        at_sixty = _rules(session, jpt, people)
        for pid in people:
            session.get(Person, pid).jenjang_jabatan = "Pengawas"
        update_post(session, actor, post, bup=60)
        post_at_sixty = _rules(session, post, people)
        update_post(session, actor, post, bup=None)
        _save(session, actor, retirement_years=3)
        three_years = _rules(session, post, people)
        three_years_reason = _reasons(session, post, [people[2]])
        _save(session, actor, retirement_years=0)
        off = _rules(session, post, people)
    retirement = _fails("retirement")
    assert retires == [
        date(2026, 4, 1),
        date(2027, 12, 1),
        date(2028, 1, 1),
        date(2026, 3, 1),
        date(2038, 7, 1),
    ]
    assert default == [retirement, retirement, OK, retirement, OK]  # the limit is 31 December 2027
    assert reasons == [
        ("Pensiun 1 April 2026 (BUP 58 tahun jabatan ini), kurang dari 2 tahun lagi.",),
        ("Pensiun 1 Desember 2027 (BUP 58 tahun jabatan ini), kurang dari 2 tahun lagi.",),
        (),
        ("Pensiun 1 Maret 2026 (BUP 58 tahun jabatan ini), kurang dari 2 tahun lagi.",),
        (),
    ]
    assert at_sixty == [OK] * 5  # 1 April 2028, 1 December 2029, 1 January 2030, 1 March 2028
    assert post_at_sixty == [OK] * 5
    assert three_years == [retirement, retirement, retirement, retirement, OK]
    assert three_years_reason == [
        ("Pensiun 1 Januari 2028 (BUP 58 tahun jabatan ini), kurang dari 3 tahun lagi.",)
    ]
    assert off == [OK] * 5


def test_every_failed_rule_is_named_in_rule_order(succ_db, actor):
    with succ_db.transaction() as session:
        (pid,) = _krs(session)[:1]
        _shape(session, pid, jenjang="Pelaksana", golongan="31", born=date(1968, 3, 15))
        _hukdis(session, pid, "berat", date(2025, 2, 3))
        post = _post(session, actor)
        (reasons,) = _reasons(session, post, [pid])
        (rules,) = _rules(session, post, [pid])
    assert rules == {"ok_level": False, "ok_golongan": False, "ok_hukdis": False, "ok_retirement": False,
                     "eligible": False}  # fmt: skip
    assert reasons == (
        "Jenjang Pelaksana bukan satu tingkat di bawah Administrator (Pengawas, Ahli Muda).",
        "Golongan III/a di bawah III/d.",
        "Hukuman disiplin tingkat berat (TMT 3 Februari 2025) dalam 2 tahun terakhir.",
        "Pensiun 1 April 2026 (BUP 58 tahun jabatan ini), kurang dari 2 tahun lagi.",
    )


# -- the ranking ------------------------------------------------------------------------------------


def test_candidates_rank_the_eligible_first_box_9_8_7_then_by_score(succ_db, actor):
    with succ_db.transaction() as session:
        placed = _map(session).set_index("person_id")
        nilai = placed["nilai_talenta"]
        nines = sorted(_krs(session, 9), key=lambda p: -nilai[p])
        top_nine, low_nine, left_out_nine = nines[0], nines[-1], nines[1]
        low_eight = min(_krs(session, 8), key=lambda p: nilai[p])
        high_seven = max(_krs(session, 7), key=lambda p: nilai[p])
        assert nilai[high_seven] > nilai[low_eight]  # the box counts before the score
        chosen = [low_nine, top_nine, high_seven, low_eight]
        everyone_else = [p for p in _krs(session) if p not in chosen]
        session.execute(
            update(Person).where(Person.id.in_(everyone_else)).values(jenjang_jabatan="Pelaksana")
        )
        for pid in chosen:
            _shape(session, pid)
        post = _post(session, actor)
        frame = candidates(session, PERIOD, post, today=TODAY)
        eligible = candidates(session, PERIOD, post, today=TODAY, eligible_only=True)
        update_post(session, actor, post, incumbent_id=top_nine)
        without_incumbent = candidates(session, PERIOD, post, today=TODAY, eligible_only=True)
        incumbent_check = check_candidate(session, PERIOD, post, top_nine)
        outsider_check = check_candidate(session, PERIOD, post, _outside_krs(session)[0])
        krs = _krs(session)

    assert frame["person_id"].tolist()[:4] == [top_nine, low_nine, low_eight, high_seven]
    assert frame["rank"].tolist()[:4] == [1, 2, 3, 4]
    assert frame["eligible"].tolist() == [True] * 4 + [False] * (len(krs) - 4)
    assert frame["rank"].iloc[4:].isna().all()
    assert sorted(frame["person_id"]) == krs  # the whole KRS, and nobody else
    rest = frame.iloc[4:]
    keys = list(zip(-rest["box"].astype(int), -rest["nilai_talenta"], rest["nama_lengkap"], strict=True))
    assert keys == sorted(keys)  # the others in the same order, unranked
    assert left_out_nine in set(rest["person_id"])
    assert (eligible["person_id"].tolist(), eligible["rank"].tolist()) == (
        [top_nine, low_nine, low_eight, high_seven], [1, 2, 3, 4],
    )  # fmt: skip
    assert (without_incumbent["person_id"].tolist(), without_incumbent["rank"].tolist()) == (
        [low_nine, low_eight, high_seven], [1, 2, 3],
    )  # fmt: skip
    assert incumbent_check == ("Pegawai ini pemangku jabatan itu sendiri.",)
    assert outsider_check == (
        "Pegawai ini tidak berada di Kelompok Rencana Suksesi (kotak 7–9) periode 2025.",
    )


# -- proposing, withdrawing and confirming successors -----------------------------------------------


def test_a_proposal_is_refused_outside_the_krs_when_ineligible_or_with_an_unknown_readiness(succ_db, actor):
    with succ_db.transaction() as session:
        post = _post(session, actor)
        outsider = _outside_krs(session)[0]
        ineligible, eligible = _krs(session)[:2]
        _shape(session, ineligible, jenjang="Pelaksana", golongan="31")
        _shape(session, eligible)
        events = _count(session, AuditEvent)
        cases = [
            (outsider, "siap_sekarang",
             "Pegawai ini tidak memenuhi syarat calon suksesor: Pegawai ini tidak berada di Kelompok Rencana "
             "Suksesi (kotak 7–9) periode 2025."),
            (ineligible, "siap_sekarang",
             "Pegawai ini tidak memenuhi syarat calon suksesor: Jenjang Pelaksana bukan satu tingkat di bawah "
             "Administrator (Pengawas, Ahli Muda). Golongan III/a di bawah III/d."),
            (eligible, "siap_besok",
             "Kategori kesiapan 'siap_besok' tidak dikenal (pilih: Siap sekarang, Siap 1–2 tahun, Siap 3+ tahun, "
             "Belum siap)."),
        ]  # fmt: skip
        for person_id, readiness, message in cases:
            with pytest.raises(SuccessionError, match=f"^{re.escape(message)}$"):
                propose_successor(session, actor, PERIOD, post, person_id, readiness)
        update_post(session, actor, post, active=False)
        with pytest.raises(
            SuccessionError, match=f"^Jabatan {POST} tidak lagi aktif sebagai jabatan target\\.$"
        ):
            propose_successor(session, actor, PERIOD, post, eligible, "siap_sekarang")
        assert _count(session, Successor) == 0
        assert _count(session, AuditEvent) == events + 1  # the post's update only


def test_a_proposal_once_per_post_withdrawn_and_proposed_again(succ_db, actor):
    with succ_db.transaction() as session:
        post = _post(session, actor)
        (pid,) = _krs(session, 8)[:1]
        _shape(session, pid)
        successor_id = propose_successor(
            session, actor, PERIOD, post, pid, "siap_1_2", note="Perlu diklat PKA"
        )
        event = _last_event(session)
        assert (event.action, event.entity, event.entity_id, event.after) == (
            "succession.propose", "critical_post", str(post),
            {"successor_id": successor_id, "person_id": pid, "readiness": "siap_1_2"},
        )  # fmt: skip
        (info,) = get_post(session, PERIOD, post).successors
        person = session.get(Person, pid)
        assert (info.id, info.person_id, info.nip, info.nama, info.box) == (
            successor_id,
            pid,
            person.nip,
            person.nama,
            8,
        )
        assert (info.readiness, info.readiness_label, info.ready_now, info.status, info.decision_id) == (
            "siap_1_2", "Siap 1–2 tahun", False, "usulan", None,
        )  # fmt: skip
        message = "Pegawai ini sudah diusulkan sebagai suksesor jabatan ini pada periode ini."
        with pytest.raises(SuccessionError, match=f"^{re.escape(message)}$"):
            propose_successor(session, actor, PERIOD, post, pid, "siap_sekarang")

        set_readiness(session, actor, successor_id, "siap_3")
        event = _last_event(session)
        assert (event.action, event.before, event.after) == (
            "succession.readiness",
            {"successor_id": successor_id, "readiness": "siap_1_2"},
            {"successor_id": successor_id, "readiness": "siap_3"},
        )
        with pytest.raises(SuccessionError, match=r"^Kategori kesiapan 'segera' tidak dikenal\.$"):
            set_readiness(session, actor, successor_id, "segera")

        withdraw_successor(session, actor, successor_id)
        assert (_last_event(session).action, _last_event(session).after) == (
            "succession.withdraw", {"successor_id": successor_id},
        )  # fmt: skip
        assert get_post(session, PERIOD, post).successors == ()
        again = propose_successor(session, actor, PERIOD, post, pid, "siap_sekarang")
        (info,) = get_post(session, PERIOD, post).successors
    assert again == successor_id  # the withdrawn proposal is taken up again
    assert (info.readiness, info.ready_now, info.status) == ("siap_sekarang", True, "usulan")


def test_the_committee_confirms_successors_in_the_meeting_being_held(succ_db, actor):
    with succ_db.transaction() as session:
        post = _post(session, actor)
        (eight,), (nine,) = _krs(session, 8)[:1], _krs(session, 9)[:1]
        _shape(session, eight)
        _shape(session, nine)
        first = propose_successor(session, actor, PERIOD, post, eight, "siap_sekarang")
        second = propose_successor(session, actor, PERIOD, post, nine, "siap_1_2")
        meeting = _meeting(session, actor, opened=False)
        with pytest.raises(
            CommitteeError, match="belum dimulai; keputusan hanya diambil dalam rapat yang berlangsung"
        ):
            confirm_successor(session, actor, meeting, first)
        assert session.get(Successor, first).status == "usulan"
        activate_meeting(session, actor, meeting)
        decision_first = confirm_successor(session, actor, meeting, first)
        event = _last_event(session)
        assert (event.action, event.entity_id, event.after) == (
            "succession.confirm", str(post), {"successor_id": first, "decision_id": decision_first},
        )  # fmt: skip
        decision_second = confirm_successor(session, actor, meeting, second)
        with pytest.raises(
            SuccessionError, match=re.escape("Hanya usulan yang dapat ditetapkan (status kini ditetapkan).")
        ):
            confirm_successor(session, actor, meeting, first)
        with pytest.raises(
            SuccessionError, match=r"^Suksesor ini sudah ditetapkan komite; perubahannya memerlukan"
        ):
            withdraw_successor(session, actor, first)
        decision = session.get(Decision, decision_first)
        successors = get_post(session, PERIOD, post).successors
        doc = berita_acara_document(session, meeting)
        people = {pid: session.get(Person, pid) for pid in (eight, nine)}

    assert (decision.meeting_id, decision.kind, decision.person_id, decision.basis, decision.text) == (
        meeting, "suksesor", eight, POST, f"Ditetapkan sebagai suksesor {POST} dengan kesiapan Siap sekarang.",
    )  # fmt: skip
    assert [(s.person_id, s.status, s.decision_id) for s in successors] == [
        (eight, "ditetapkan", decision_first),  # ready now first
        (nine, "ditetapkan", decision_second),
    ]
    assert [(d.kind, d.nama, d.basis) for d in doc.decisions] == [
        ("Suksesor jabatan target", people[eight].nama, POST),
        ("Suksesor jabatan target", people[nine].nama, POST),
    ]
    line = {
        pid: f"{p.nama} ({format_nip(p.nip)}) — kotak {box}"
        for (pid, p), box in zip(people.items(), (8, 9), strict=True)
    }
    assert doc.krs == (KrsRow(POST, (line[nine], line[eight])),)  # box 9 before box 8


# -- bench strength ---------------------------------------------------------------------------------


def test_bench_strength_counts_ready_successors_and_flags_urgent_posts(succ_db, actor):
    with succ_db.transaction() as session:
        incumbents = _outside_krs(session)[:3]
        for pid, born in zip(
            incumbents, (date(1985, 1, 1), date(1968, 3, 15), date(1969, 8, 20)), strict=True
        ):
            session.get(Person, pid).tanggal_lahir = born
        far, soon, later = incumbents
        a, b, c = _krs(session)[:3]
        for pid in (a, b, c):
            _shape(session, pid)
        p1 = _post(session, actor, "Kepala Bidang Mutasi", incumbent_id=far)  # retires 2043
        p2 = _post(session, actor, "Kepala Bagian Umum", incumbent_id=soon)  # 1 April 2026: 3 months
        p3 = _post(session, actor, "Sekretaris Dinas Kesehatan")  # vacant
        p4 = _post(session, actor, "Kepala Bagian Hukum", incumbent_id=later)  # 1 September 2027: 20 months
        propose_successor(session, actor, PERIOD, p1, a, "siap_sekarang")
        propose_successor(session, actor, PERIOD, p1, b, "siap_1_2")
        later_ready = propose_successor(session, actor, PERIOD, p2, c, "siap_3")
        withdrawn = propose_successor(session, actor, PERIOD, p3, a, "siap_sekarang")
        withdraw_successor(session, actor, withdrawn)  # a withdrawn proposal counts for nothing

        talents = len(_krs(session))
        posts = {p.id: p for p in list_posts(session, PERIOD)}
        summary = bench_summary(session, PERIOD, today=TODAY)
        _save(session, actor, vacancy_warning_months=24)
        wider = bench_summary(session, PERIOD, today=TODAY)
        # a region that counts "Siap 1–2 tahun" as ready now
        _save(session, actor, readiness=(
            Readiness("siap_sekarang", "Siap sekarang", True), Readiness("siap_1_2", "Siap dalam 2 tahun", True),
            Readiness("siap_3", "Siap 3+ tahun", False), Readiness("belum_siap", "Belum siap", False),
        ))  # fmt: skip
        relabelled = get_post(session, PERIOD, p1)
        set_readiness(session, actor, later_ready, "siap_sekarang")
        covered = bench_summary(session, PERIOD, today=TODAY)
        update_post(session, actor, p4, active=False)
        fewer = bench_summary(session, PERIOD, today=TODAY)

    assert [(p.ready_now, p.ready_later, p.lacks_ready()) for p in (posts[p1], posts[p2], posts[p3], posts[p4])] == [
        (1, 1, False), (0, 1, True), (0, 0, True), (0, 0, True),
    ]  # fmt: skip
    assert [s.person_id for s in posts[p1].successors] == [a, b]
    assert [posts[p].months_to_vacancy(TODAY) for p in (p2, p3, p4)] == [3, 0, 20]
    assert (summary.posts, summary.talents, summary.with_ready, summary.urgent) == (4, talents, 1, (p2, p3))
    assert summary.ratio == pytest.approx(talents / 4)
    ratio = f"{talents / 4:.1f}".replace(".", ",")
    assert summary.describe() == (
        f"4 jabatan target, {talents} talenta KRS (rasio {ratio} talenta per jabatan); "
        "1 jabatan mempunyai suksesor siap sekarang."
    )
    assert wider.urgent == (p2, p3, p4)
    assert (relabelled.ready_now, relabelled.ready_later) == (2, 0)
    assert [s.readiness_label for s in relabelled.successors] == ["Siap sekarang", "Siap dalam 2 tahun"]
    assert (covered.with_ready, covered.urgent) == (2, (p3, p4))
    assert (fewer.posts, fewer.urgent, fewer.ratio) == (3, (p3,), pytest.approx(talents / 3))


# -- settings ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"hukdis_years": 11}, "Masa hukuman disiplin harus 0–10 tahun, bukan 11."),
        ({"hukdis_years": -1}, "Masa hukuman disiplin harus 0–10 tahun, bukan -1."),
        ({"hukdis_levels": ("ringan", "kritis", "SEDANG")}, "Tingkat hukuman disiplin tidak dikenal: 'kritis', 'SEDANG'."),
        ({"retirement_years": 11}, "Jarak ke BUP harus 0–10 tahun, bukan 11."),
        ({"successors_needed": 0}, "Jumlah suksesor per jabatan harus 1–10, bukan 0."),
        ({"successors_needed": 11}, "Jumlah suksesor per jabatan harus 1–10, bukan 11."),
        ({"vacancy_warning_months": 61}, "Batas peringatan kekosongan harus 0–60 bulan, bukan 61."),
        ({"readiness": ()}, "Kategori kesiapan wajib diisi, paling sedikit satu."),
        ({"readiness": (Readiness("siap", "Siap", True), Readiness("siap", "Siap juga", False))},
         "Kode kategori kesiapan harus berbeda satu sama lain."),
        ({"readiness": (Readiness("siap", "  ", True),)}, "Setiap kategori kesiapan memerlukan kode dan nama."),
        ({"readiness": (Readiness("nanti", "Nanti", False),)},
         'Paling sedikit satu kategori kesiapan berarti "siap sekarang".'),
    ],
)  # fmt: skip
def test_settings_are_checked_and_the_message_names_the_field_and_value(succ_db, actor, changes, message):
    wrong = dataclasses.replace(SuccessionSettings(), **changes)
    assert validate_settings(wrong) == [message]
    with succ_db.transaction() as session:
        events = _count(session, AuditEvent)
        with pytest.raises(SettingsError) as raised:
            save_settings(session, actor, wrong)
        assert raised.value.problems == [message] and str(raised.value) == message
        assert _count(session, AuditEvent) == events
        assert get_settings(session) == SuccessionSettings()


def test_settings_list_every_problem_and_the_defaults_pass():
    assert validate_settings(SuccessionSettings()) == []
    assert SuccessionSettings().readiness == DEFAULT_READINESS
    wrong = SuccessionSettings(hukdis_years=12, retirement_years=-2, vacancy_warning_months=-1)
    assert validate_settings(wrong) == [
        "Masa hukuman disiplin harus 0–10 tahun, bukan 12.",
        "Jarak ke BUP harus 0–10 tahun, bukan -2.",
        "Batas peringatan kekosongan harus 0–60 bulan, bukan -1.",
    ]


def test_saved_settings_read_back_and_give_new_posts_their_successor_target(succ_db, actor):
    custom = SuccessionSettings(
        one_level_below=False, min_golongan=False, hukdis_years=3, hukdis_levels=("berat",), retirement_years=1,
        successors_needed=3, vacancy_warning_months=6,
        readiness=(Readiness("siap", "Siap", True), Readiness("belum", "Belum siap", False)),
    )  # fmt: skip
    with succ_db.transaction() as session:
        save_settings(session, actor, custom)
        event = _last_event(session)
        post = _post(session, actor)
        own = _post(session, actor, "Kepala Bagian Hukum", successors_needed=5)
    with succ_db.session() as session:
        assert get_settings(session) == custom
        posts = {p.id: p for p in list_posts(session, PERIOD)}
    assert (event.action, event.entity_id) == ("setting.save", "succession.settings")
    assert (posts[post].successors_needed, posts[own].successors_needed) == (3, 5)


def test_a_successor_is_confirmed_only_in_a_meeting_on_its_period(succ_db, actor):
    with succ_db.transaction() as session:
        post = _post(session, actor)
        (pid,) = _krs(session, 8)[:1]
        _shape(session, pid)
        successor_id = propose_successor(session, actor, PERIOD, post, pid, "siap_sekarang")
        meeting_id = _meeting(session, actor)
        session.get(Meeting, meeting_id).period_id = session.scalar(
            select(TalentPeriod.id).where(TalentPeriod.label == "2024")
        )
        with pytest.raises(
            SuccessionError, match="membahas periode 2024; usulan suksesor ini untuk periode 2025"
        ):
            confirm_successor(session, actor, meeting_id, successor_id)
        assert get_post(session, PERIOD, post).successors[0].status == "usulan"


def test_a_hukdis_rule_without_levels_is_refused():
    problems = validate_settings(SuccessionSettings(hukdis_years=2, hukdis_levels=()))
    assert problems == [
        "Aturan hukuman disiplin 2 tahun tanpa tingkat hukuman: pilih paling sedikit satu tingkat, atau isi 0 "
        "tahun untuk mematikan aturan ini."
    ]
    assert validate_settings(SuccessionSettings(hukdis_years=0, hukdis_levels=())) == []
