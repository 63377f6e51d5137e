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
    """Head counts for the whole agency or one unit's subtree, as of `today`."""
    today = today or date.today()
    units = session.execute(select(Unit.id, Unit.parent_id, Unit.nama, Unit.path)).all()
    scope = next((u for u in units if u.id == unit_id), None) if unit_id is not None else None
    in_scope = [u for u in units if scope is None or u.path.startswith(scope.path)]
    scope_ids = {u.id for u in in_scope}

    query = select(
        Person.unit_id,
        Person.jenis_pegawai,
        Person.jenis_kelamin,
        Person.tanggal_lahir,
        Person.jenis_jabatan,
        Person.jenjang_jabatan,
        Person.golongan,
        Person.bup,
    )
    if scope is not None:
        query = query.join(Unit, Unit.id == Person.unit_id).where(Unit.path.like(scope.path + "%"))
    rows = session.execute(query).all()

    # Each person counts toward the child of the scope whose subtree holds their unit.
    children = [u for u in in_scope if u.parent_id == (scope.id if scope else None)]
    depth = scope.path.count("/") if scope else 1
    child_of_path = {c.path: c.nama for c in children}
    path_of_unit = {u.id: u.path for u in in_scope}
    per_child: Counter[str] = Counter()
    for (unit,), n in Counter((r.unit_id,) for r in rows).items():
        path = path_of_unit.get(unit)
        if path is None:
            continue
        prefix = "/".join(path.split("/")[: depth + 1]) + "/"
        name = child_of_path.get(prefix)
        if name is not None:
            per_child[name] += n
        elif scope is not None and unit == scope.id:
            per_child[scope.nama] += n

    ages = [age_on(r.tanggal_lahir, today) for r in rows]
    horizon = add_years(today, 1)
    retiring = sum(
        1 for r in rows if r.bup is not None and retirement_date(r.tanggal_lahir, r.bup) <= horizon
    )
    posts = Counter(_post_group(r.jenis_jabatan, r.jenjang_jabatan) for r in rows)
    golongan = Counter(r.golongan for r in rows if r.golongan)
    ranked = sorted((golongan_by_code(code) for code in golongan), key=lambda g: (g.kind != "PNS", g.rank))
    bands = Counter(next(label for lo, hi, label in AGE_BANDS if lo <= age < hi) for age in ages)
    instansi = instansi_name(session)
    return Overview(
        instansi=instansi,
        unit=scope.nama if scope else None,
        total=len(rows),
        pns=sum(1 for r in rows if r.jenis_pegawai == "PNS"),
        pppk=sum(1 for r in rows if r.jenis_pegawai == "PPPK"),
        men=sum(1 for r in rows if r.jenis_kelamin == "L"),
        women=sum(1 for r in rows if r.jenis_kelamin == "P"),
        units=len(scope_ids),
        mean_age=round(sum(ages) / len(ages), 1) if ages else None,
        retiring_within_year=retiring,
        by_unit=per_child.most_common(),
        by_post=[(g, posts[g]) for g in POST_GROUPS if posts[g]],
        by_golongan=[(g.label, g.kind, golongan[g.code]) for g in ranked],
        by_age=[(label, bands[label]) for _, _, label in AGE_BANDS],
    )


def person_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Person)) or 0


def instansi_name(session: Session) -> str | None:
    return session.scalar(select(Instansi.nama).order_by(Instansi.id).limit(1))
