"""The agency at a glance (Beranda): head counts by unit, employee kind, post, golongan and age."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import add_years, age_on, retirement_date
from talenta_desktop.domain.golongan import golongan_by_code
from talenta_desktop.models import Instansi, Person, Unit

AGE_BANDS = ((0, 25, "< 25"), (25, 30, "25–29"), (30, 35, "30–34"), (35, 40, "35–39"), (40, 45, "40–44"),
             (45, 50, "45–49"), (50, 55, "50–54"), (55, 200, "≥ 55"))  # fmt: skip
# Order in which kinds of post are listed: managerial levels first, then the non-managerial ones.
POST_GROUPS = ("JPT", "Administrator", "Pengawas", "Fungsional", "Pelaksana", "Belum diisi")


@dataclass(frozen=True)
class Overview:
    instansi: str | None
    unit: str | None  # None: the whole agency
    total: int
    pns: int
    pppk: int
    men: int
    women: int
    units: int  # units in scope, the selected one included
    mean_age: float | None
    retiring_within_year: int
    by_unit: list[tuple[str, int]]  # per child unit of the scope (whole subtrees), largest first
    by_post: list[tuple[str, int]]  # POST_GROUPS order
    by_golongan: list[tuple[str, str, int]]  # (label, PNS|PPPK, count): PNS ranks then PPPK, non-empty only
    by_age: list[tuple[str, int]]  # AGE_BANDS order


def _post_group(jenis: str | None, jenjang: str | None) -> str:
    if jenis == "struktural":
        if jenjang and jenjang.startswith("JPT"):
            return "JPT"
        return jenjang if jenjang in ("Administrator", "Pengawas") else "Pengawas"
    if jenis == "fungsional":
        return "Fungsional"
    if jenis == "pelaksana":
        return "Pelaksana"
    return "Belum diisi"


def agency_overview(session: Session, unit_id: int | None = None, *, today: date | None = None) -> Overview:
    """Head counts for the whole agency or one unit's subtree, as of `today`.

    Set-based: a few GROUP BY queries whose results are a handful of rows (a few thousand for the
    birth dates), never one Python object per person — Beranda opens on 50,000 people."""
    today = today or date.today()
    units = session.execute(select(Unit.id, Unit.parent_id, Unit.nama, Unit.path)).all()
    scope = next((u for u in units if u.id == unit_id), None) if unit_id is not None else None
    in_scope = [u for u in units if scope is None or u.path.startswith(scope.path)]
    scope_ids = {u.id for u in in_scope}

    def counted(*columns, also=()):
        query = select(*columns, func.count(), *also).select_from(Person).group_by(*columns)
        if scope is not None:  # through the index on unit_id: only the subtree's people are read
            query = query.where(Person.unit_id.in_(sorted(scope_ids)))
        return session.execute(query).all()

    # min(id): among units of equal size, the one whose people were recorded first is listed first
    per_unit = counted(Person.unit_id, also=[func.min(Person.id)])
    kinds = counted(Person.jenis_pegawai, Person.jenis_kelamin)
    jabatan = counted(Person.jenis_jabatan, Person.jenjang_jabatan)
    golongan: Counter[str] = Counter({code: n for code, n in counted(Person.golongan) if code})
    births = counted(Person.tanggal_lahir, Person.bup)

    # Each person counts toward the child of the scope whose subtree holds their unit.
    children = [u for u in in_scope if u.parent_id == (scope.id if scope else None)]
    depth = scope.path.count("/") if scope else 1
    child_of_path = {c.path: c.nama for c in children}
    path_of_unit = {u.id: u.path for u in in_scope}
    per_child: Counter[str] = Counter()
    first: dict[str, int] = {}
    for unit, n, first_id in per_unit:
        path = path_of_unit.get(unit)
        if path is None:
            continue
        prefix = "/".join(path.split("/")[: depth + 1]) + "/"
        name = child_of_path.get(prefix)
        if name is None and scope is not None and unit == scope.id:
            name = scope.nama
        if name is not None:
            per_child[name] += n
            first[name] = min(first.get(name, first_id), first_id)

    horizon = add_years(today, 1)
    bands: Counter[str] = Counter()
    age_sum = retiring = 0
    for born, bup, n in births:
        age = age_on(born, today)
        age_sum += age * n
        bands[next(label for lo, hi, label in AGE_BANDS if lo <= age < hi)] += n
        if bup is not None and retirement_date(born, bup) <= horizon:
            retiring += n
    posts: Counter[str] = Counter()
    for jenis, jenjang, n in jabatan:
        posts[_post_group(jenis, jenjang)] += n
    ranked = sorted((golongan_by_code(code) for code in golongan), key=lambda g: (g.kind != "PNS", g.rank))
    total = sum(n for _, n, _ in per_unit)
    instansi = instansi_name(session)
    return Overview(
        instansi=instansi,
        unit=scope.nama if scope else None,
        total=total,
        pns=sum(n for kind, _, n in kinds if kind == "PNS"),
        pppk=sum(n for kind, _, n in kinds if kind == "PPPK"),
        men=sum(n for _, sex, n in kinds if sex == "L"),
        women=sum(n for _, sex, n in kinds if sex == "P"),
        units=len(scope_ids),
        mean_age=round(age_sum / total, 1) if total else None,
        retiring_within_year=retiring,
        by_unit=sorted(per_child.items(), key=lambda item: (-item[1], first[item[0]])),
        by_post=[(g, posts[g]) for g in POST_GROUPS if posts[g]],
        by_golongan=[(g.label, g.kind, golongan[g.code]) for g in ranked],
        by_age=[(label, bands[label]) for _, _, label in AGE_BANDS],
    )


def person_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Person)) or 0


def instansi_name(session: Session) -> str | None:
    # On the table, not the mapped class: a query without ORM entities does not configure every mapper
    # first (a tenth of a second), and the window title is read before the window shows.
    table = Instansi.__table__
    return session.scalar(select(table.c.nama).order_by(table.c.id).limit(1))
