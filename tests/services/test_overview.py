"""Beranda's figures (services.overview): counted in SQL aggregates, they must equal a count of every
person one by one — for the whole agency, each unit's subtree, and days on either side of birthdays and
retirement dates."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from talenta_desktop.domain.dates import add_years, age_on, retirement_date
from talenta_desktop.domain.golongan import golongan_by_code
from talenta_desktop.models import Person, Unit
from talenta_desktop.services.overview import AGE_BANDS, POST_GROUPS, _post_group, agency_overview
from talenta_desktop.services.units import unit_tree


def _one_by_one(session, unit_id: int | None, today: date) -> dict:
    """The figures from every person's row, the plain way."""
    units = {u.id: u for u in session.scalars(select(Unit))}
    scope = units.get(unit_id) if unit_id is not None else None
    people = [
        p
        for p in session.scalars(select(Person).order_by(Person.id))
        if scope is None or (p.unit_id in units and units[p.unit_id].path.startswith(scope.path))
    ]
    children = [u for u in units.values() if u.parent_id == (scope.id if scope else None)]
    if scope is not None:
        children = [u for u in children if u.path.startswith(scope.path)]
    per_child: Counter[str] = Counter()
    for p in people:
        unit = units.get(p.unit_id)
        if unit is None:
            continue
        home = next((c for c in children if unit.path.startswith(c.path)), None)
        if home is not None:
            per_child[home.nama] += 1
        elif scope is not None and unit.id == scope.id:
            per_child[scope.nama] += 1
    ages = [age_on(p.tanggal_lahir, today) for p in people]
    posts = Counter(_post_group(p.jenis_jabatan, p.jenjang_jabatan) for p in people)
    golongan = Counter(p.golongan for p in people if p.golongan)
    ranked = sorted((golongan_by_code(c) for c in golongan), key=lambda g: (g.kind != "PNS", g.rank))
    bands = Counter(next(label for lo, hi, label in AGE_BANDS if lo <= age < hi) for age in ages)
    horizon = add_years(today, 1)
    return {
        "total": len(people),
        "pns": sum(p.jenis_pegawai == "PNS" for p in people),
        "pppk": sum(p.jenis_pegawai == "PPPK" for p in people),
        "men": sum(p.jenis_kelamin == "L" for p in people),
        "women": sum(p.jenis_kelamin == "P" for p in people),
        "mean_age": round(sum(ages) / len(ages), 1) if ages else None,
        "retiring_within_year": sum(
            1 for p in people if p.bup is not None and retirement_date(p.tanggal_lahir, p.bup) <= horizon
        ),
        # largest first; among equals, the unit whose people were recorded first (a stable sort)
        "by_unit": sorted(per_child.items(), key=lambda item: -item[1]),
        "by_post": [(g, posts[g]) for g in POST_GROUPS if posts[g]],
        "by_golongan": [(g.label, g.kind, golongan[g.code]) for g in ranked],
        "by_age": [(label, bands[label]) for _, _, label in AGE_BANDS],
    }


@pytest.mark.parametrize(
    "today", [date(2025, 6, 30), date(2025, 7, 1), date(2026, 1, 1), date(2026, 2, 28), date(2024, 2, 29)]
)
def test_figures_equal_a_count_of_every_person(demo_db, today):
    with demo_db.session() as session:
        scopes = [None] + [node.id for node in unit_tree(session)]
        for unit_id in scopes:
            counted = agency_overview(session, unit_id, today=today)
            expected = _one_by_one(session, unit_id, today)
            assert {key: getattr(counted, key) for key in expected} == expected, unit_id
            assert counted.units == sum(1 for _ in _subtree(session, unit_id))


def test_figures_on_the_days_a_birthday_or_a_retirement_tips_them(demo_db):
    """A day on which someone turns a year older (into another age band) and one on which someone's
    retirement comes within the twelve months: the boundaries count as when counted one by one."""
    with demo_db.session() as session:
        people = session.scalars(select(Person).where(Person.bup.is_not(None)).order_by(Person.id)).all()
        retiring = retirement_date(people[0].tanggal_lahir, people[0].bup)
        days = [retiring.replace(year=retiring.year - 1), add_years(people[1].tanggal_lahir, 40)]
        days.append(add_years(people[2].tanggal_lahir, 30))
        for today in days:
            counted = agency_overview(session, today=today)
            expected = _one_by_one(session, None, today)
            assert {key: getattr(counted, key) for key in expected} == expected, today


def _subtree(session, unit_id):
    units = list(session.scalars(select(Unit)))
    scope = next((u for u in units if u.id == unit_id), None)
    return [u for u in units if scope is None or u.path.startswith(scope.path)]


def test_an_empty_agency_has_no_figures(db):
    with db.session() as session:
        overview = agency_overview(session)
    assert (overview.total, overview.mean_age, overview.by_unit, overview.by_golongan) == (0, None, [], [])
    assert all(count == 0 for _, count in overview.by_age)
