"""Personnel rows (SIASN data utama): validation into Person columns, unit resolution, and the upsert.

Birth date, gender and employee kind are encoded in the NIP, so a file that lacks those columns still
imports; a file that has them is checked against the NIP (warnings, not errors: either may be wrong).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from talenta_desktop.domain.cells import is_blank
from talenta_desktop.domain.dates import parse_date
from talenta_desktop.domain.golongan import parse_golongan
from talenta_desktop.domain.jabatan import (
    bup_of,
    jenis_from_name,
    jenjang_of,
    parse_eselon,
    parse_jenis_jabatan,
)
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from talenta_desktop.domain.nip import nip_warning_messages, parse_nip
from talenta_desktop.domain.people import parse_gender, parse_jenis_pegawai, split_gelar
from talenta_desktop.models import Person, Unit
from talenta_desktop.services.bulk import insert_columns
from talenta_desktop.services.organization import ensure_instansi
from talenta_desktop.services.units import guess_unit_kind, refresh_paths

from .checking import RowChecker, integer, text

# Person columns an import may set, and the file fields that supply each (derived columns included).
SOURCES: dict[str, tuple[str, ...]] = {
    "nip_lama": ("nipLama",),
    "nama": ("nama",),
    "gelar_depan": ("gelarDepan", "nama"),
    "gelar_belakang": ("gelarBelakang", "nama"),
    "tempat_lahir": ("tempatLahir",),
    "tanggal_lahir": ("nipBaru",),
    "jenis_kelamin": ("nipBaru",),
    "agama": ("agama",),
    "email": ("email",),
    "no_hp": ("noHp",),
    "jenis_pegawai": ("nipBaru",),
    "kedudukan": ("kedudukanPnsNama",),
    "tingkat_pendidikan": ("tkPendidikanTerakhir",),
    "pendidikan_nama": ("pendidikanTerakhirNama",),
    "tahun_lulus": ("tahunLulus",),
    "tmt_cpns": ("tmtCpns",),
    "tmt_pns": ("tmtPns",),
    "unit_id": ("unorNama", "unorId"),
    "jabatan_nama": ("jabatanNama",),
    "jenis_jabatan": ("jenisJabatan", "eselon", "jabatanNama"),
    "jenjang_jabatan": ("jabatanNama", "jenisJabatan", "eselon"),
    "eselon": ("eselon",),
    "tmt_jabatan": ("tmtJabatan",),
    "golongan": ("golRuangAkhir", "pangkatAkhir"),
    "tmt_golongan": ("tmtGolAkhir",),
    "mk_tahun": ("mkTahun",),
    "mk_bulan": ("mkBulan",),
    "bup": ("bupPensiun", "jabatanNama", "jenisJabatan", "eselon"),
}


@dataclass(frozen=True)
class UnitRef:
    """A unit as a row names it: by SIASN id and/or name, optionally under a named parent."""

    kode: str | None
    nama: str | None
    induk_kode: str | None
    induk_nama: str | None


@dataclass
class PersonRecord:
    index: int  # row index in the table
    nip: str
    values: dict[str, Any]  # Person column -> value, for the columns this file supplies
    unit: UnitRef | None = None


@dataclass
class PersonnelBatch:
    records: list[PersonRecord]
    columns: set[str]  # Person columns supplied by the file
    instansi_nama: str | None
    extra: dict[str, Any] = field(default_factory=dict)


def validate(checker: RowChecker) -> PersonnelBatch:
    has = checker.has
    infos = checker.parse("nipBaru", functools.partial(parse_nip, today=date.today()), required=True)
    names = checker.parse("nama", text(200), required=True)
    gelar_depan = checker.parse("gelarDepan", text(60))
    gelar_belakang = checker.parse("gelarBelakang", text(100))
    birth_dates = checker.parse("tglLahir", parse_date)
    genders = checker.parse("jenisKelamin", parse_gender)
    kinds_stated = checker.parse("jenisPegawaiNama", parse_jenis_pegawai)
    # The NIP's structure decides the kind that is stored, so golongan is checked against it; the stated
    # kind only stands in when the NIP is unreadable (a contradiction is reported once, below).
    kinds = [i.kind if i else k for k, i in zip(kinds_stated, infos, strict=True)]
    golongan = checker.parse("golRuangAkhir", parse_golongan, context=kinds)
    pangkat = (
        checker.parse("pangkatAkhir", parse_golongan, context=kinds) if not has("golRuangAkhir") else None
    )
    jenis_jabatan = checker.parse("jenisJabatan", parse_jenis_jabatan)
    eselon = checker.parse("eselon", parse_eselon)
    dates = {
        key: checker.parse(key, parse_date) for key in ("tmtCpns", "tmtPns", "tmtJabatan", "tmtGolAkhir")
    }
    tmt_cpns, tmt_pns, tmt_jabatan, tmt_golongan = dates.values()
    texts = {
        key: checker.parse(key, text(limit))
        for key, limit in (
            ("nipLama", 9), ("tempatLahir", 100), ("agama", 30), ("email", 200), ("noHp", 30),
            ("kedudukanPnsNama", 60), ("tkPendidikanTerakhir", 20), ("pendidikanTerakhirNama", 200),
            ("jabatanNama", 250), ("unorId", 60), ("unorNama", 250), ("unorIndukId", 60), ("unorIndukNama", 250),
        )
    }  # fmt: skip
    ints = {
        "tahunLulus": checker.parse(
            "tahunLulus",
            integer(
                1940, date.today().year, QT_TRANSLATE_NOOP("services.importing.personnel", "Tahun lulus")
            ),
        ),
        "mkTahun": checker.parse(
            "mkTahun", integer(0, 50, QT_TRANSLATE_NOOP("services.importing.personnel", "Masa kerja (tahun)"))
        ),
        "mkBulan": checker.parse(
            "mkBulan", integer(0, 11, QT_TRANSLATE_NOOP("services.importing.personnel", "Masa kerja (bulan)"))
        ),
        "bupPensiun": checker.parse("bupPensiun", integer(50, 70, "BUP")),
    }
    instansi_column = checker.raw("instansiKerjaNama")
    instansi_nama = next((str(v).strip() for v in instansi_column if not is_blank(v)), None)

    jenjang = functools.cache(jenjang_of)  # a few hundred distinct posts among thousands of rows
    split = not has("gelarDepan") and not has("gelarBelakang")
    spelling: dict[str, str] = {}  # unit name key -> its first spelling in the file (see _unit_ref)
    units: dict[tuple[str | None, ...], UnitRef | None] = {}  # the same unit recurs on thousands of rows
    supplied = {column for column, sources in SOURCES.items() if any(has(s) for s in sources)}
    unsupplied = [column for column in SOURCES if column not in supplied]
    jabatan_names = texts["jabatanNama"]
    # Columns copied as they are into the Person columns of the same meaning.
    plain_names = (
        "tmt_cpns", "tmt_pns", "tmt_jabatan", "tmt_golongan", "nip_lama", "tempat_lahir", "agama", "email",
        "no_hp", "kedudukan", "tingkat_pendidikan", "pendidikan_nama", "jabatan_nama", "tahun_lulus",
        "mk_tahun", "mk_bulan", "eselon",
    )  # fmt: skip
    plain_rows = zip(
        tmt_cpns, tmt_pns, tmt_jabatan, tmt_golongan, texts["nipLama"], texts["tempatLahir"], texts["agama"],
        texts["email"], texts["noHp"], texts["kedudukanPnsNama"], texts["tkPendidikanTerakhir"],
        texts["pendidikanTerakhirNama"], jabatan_names, ints["tahunLulus"], ints["mkTahun"], ints["mkBulan"],
        eselon, strict=True,
    )  # fmt: skip
    unit_columns = zip(
        texts["unorId"], texts["unorNama"], texts["unorIndukId"], texts["unorIndukNama"], strict=True
    )
    row_numbers = checker.table.row_numbers
    records: list[PersonRecord] = []
    first_row_of: dict[str, int] = {}
    for i, (info, plain_values, unit_key) in enumerate(zip(infos, plain_rows, unit_columns, strict=True)):
        if info is None:
            continue
        nip = info.nip
        if nip in first_row_of:
            checker.error(
                i,
                "nipBaru",
                nip,
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.importing.personnel", "NIP {nip} sudah ada di baris {row} berkas ini."
                    ),
                    nip=nip,
                    row=first_row_of[nip],
                ),
                "nip.duplicate",
            )
            continue
        first_row_of[nip] = row_numbers[i]
        born, gender, stated_kind = birth_dates[i], genders[i], kinds_stated[i]
        if (born is not None and born != info.birth_date) or (gender is not None and gender != info.gender):
            for warning in nip_warning_messages(info, born, gender):
                field = "tglLahir" if "lahir" in str(warning).lower() else "jenisKelamin"
                checker.warn(i, field, checker.raw(field)[i], warning, "nip.mismatch")
        if stated_kind is not None and stated_kind != info.kind:
            checker.error(
                i,
                "jenisPegawaiNama",
                stated_kind,
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.importing.personnel",
                        "Jenis pegawai {stated} tidak cocok dengan NIP {nip}, yang berstruktur {kind}.",
                    ),
                    stated=stated_kind,
                    nip=nip,
                    kind=info.kind,
                ),
                "jenis_pegawai.mismatch",
            )
        born = born or info.birth_date
        values: dict[str, Any] = dict(zip(plain_names, plain_values, strict=True))
        values["tanggal_lahir"] = born
        values["jenis_kelamin"] = gender or info.gender
        values["jenis_pegawai"] = info.kind
        name = names[i]
        if split and name is not None:
            values["gelar_depan"], values["nama"], values["gelar_belakang"] = split_gelar(name)
        else:
            values["nama"], values["gelar_depan"], values["gelar_belakang"] = (
                name,
                gelar_depan[i],
                gelar_belakang[i],
            )
        gol = golongan[i] or (pangkat[i] if pangkat else None)
        values["golongan"] = gol.code if gol else None
        kind_of_post = jenis_jabatan[i] or jenis_from_name(jabatan_names[i], eselon[i])
        values["jenis_jabatan"] = kind_of_post
        level = values["jenjang_jabatan"] = jenjang(kind_of_post, jabatan_names[i], eselon[i])
        values["bup"] = ints["bupPensiun"][i] or (bup_of(level) if kind_of_post else None)
        if unit_key in units:
            unit = units[unit_key]
        else:
            ref = _unit_ref(*unit_key, spelling)
            unit = units[unit_key] = ref if ref.nama or ref.kode else None
        for column in unsupplied:
            values.pop(column, None)
        records.append(PersonRecord(i, nip, values, unit))
    borns = [b or (info.birth_date if info else None) for b, info in zip(birth_dates, infos, strict=True)]
    _check_dates(checker, borns, dates)
    records = [r for r in records if r.index not in checker.invalid_rows]
    return PersonnelBatch(records, supplied, instansi_nama)


def _unit_ref(
    kode: str | None,
    nama: str | None,
    induk_kode: str | None,
    induk_nama: str | None,
    spelling: dict[str, str],
) -> UnitRef:
    """A row's unit. Names are matched without case, so "DINAS KESEHATAN" and "Dinas Kesehatan" in one file
    are one unit (spelled as first seen); an induk that names the unit itself (SIASN repeats the OPD as
    the induk of its own staff) is no parent."""
    nama = spelling.setdefault(_name_key(nama), nama) if nama else None
    induk_nama = spelling.setdefault(_name_key(induk_nama), induk_nama) if induk_nama else None
    if nama and induk_nama == nama and (induk_kode is None or induk_kode == kode):
        induk_kode = induk_nama = None
    return UnitRef(kode, nama, induk_kode, induk_nama)


def _check_dates(checker: RowChecker, borns: list[date | None], dates: dict[str, list[date | None]]) -> None:
    """Dates of appointment cannot precede birth; TMT PNS cannot precede TMT CPNS. Checked column by column."""
    labels = {
        "tmtCpns": "TMT CPNS",
        "tmtPns": "TMT PNS",
        "tmtJabatan": QT_TRANSLATE_NOOP("services.importing.personnel", "TMT jabatan"),
        "tmtGolAkhir": QT_TRANSLATE_NOOP("services.importing.personnel", "TMT golongan"),
    }
    for key, label in labels.items():
        wrong = [
            i
            for i, (day, born) in enumerate(zip(dates[key], borns, strict=True))
            if day and born and day <= born
        ]
        for i in wrong:
            day, born = dates[key][i], borns[i]
            checker.error(
                i,
                key,
                day,
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.importing.personnel",
                        "{label} {day} tidak mungkin sebelum tanggal lahir {born}.",
                    ),
                    label=label,
                    day=f"{day:%d-%m-%Y}",
                    born=f"{born:%d-%m-%Y}",
                ),
                "date.order",
            )
    pairs = zip(dates["tmtCpns"], dates["tmtPns"], strict=True)
    for i in [i for i, (cpns, pns) in enumerate(pairs) if cpns and pns and pns < cpns]:
        cpns, pns = dates["tmtCpns"][i], dates["tmtPns"][i]
        checker.error(
            i,
            "tmtPns",
            pns,
            Message(
                QT_TRANSLATE_NOOP(
                    "services.importing.personnel", "TMT PNS {pns} mendahului TMT CPNS {cpns}."
                ),
                pns=f"{pns:%d-%m-%Y}",
                cpns=f"{cpns:%d-%m-%Y}",
            ),
            "date.order",
        )


# -- planning and writing ---------------------------------------------------------------------------


def _name_key(nama: str | None) -> str:
    return " ".join((nama or "").casefold().split())


@dataclass
class UnitPlan:
    """Where each referenced unit is, and which units must be created (parents first)."""

    # ref -> unit id; units still to be created have negative stand-in ids until create_units runs,
    # so a dry run counts a person moving to a new unit as changed.
    resolved: dict[UnitRef, int]
    to_create: list[tuple[UnitRef, str, UnitRef | None]]  # (ref, nama, parent ref when also created)
    parents: dict[UnitRef, int]  # existing parent of a unit to be created


def plan_units(session: Session, checker: RowChecker, batch: PersonnelBatch) -> UnitPlan:
    """Match each row's unit to the tree by SIASN id, else by name (under its named parent when given).
    A name that matches several units without a parent to choose between them is a row error."""
    units = session.execute(select(Unit.id, Unit.parent_id, Unit.kode, Unit.nama)).all()
    by_kode = {u.kode: u.id for u in units if u.kode}
    by_name: dict[str, list[Any]] = {}
    for u in units:
        by_name.setdefault(_name_key(u.nama), []).append(u)
    resolved: dict[UnitRef, int] = {}
    parents: dict[UnitRef, int] = {}
    to_create: dict[UnitRef, tuple[UnitRef, str, UnitRef | None]] = {}
    ambiguous: dict[UnitRef, tuple[str, Message]] = {}  # ref -> (field, message) for each of its rows
    new_kode: dict[str, UnitRef] = {}  # a kode the tree does not know -> the one unit the file means by it

    def unit_named(ref: UnitRef) -> Message:
        if ref.induk_nama:
            return Message(
                QT_TRANSLATE_NOOP("services.importing.personnel", "'{nama}' (induk '{induk}')"),
                nama=ref.nama,
                induk=ref.induk_nama,
            )
        return Message(QT_TRANSLATE_NOOP("services.importing.personnel", "'{nama}'"), nama=ref.nama)

    def kode_clash(*refs: UnitRef) -> Message | None:
        """A unit id is one unit: rows giving one new kode two names (or two parents) cannot both be it."""
        seen = dict(new_kode)
        for ref in refs:
            first = seen.setdefault(ref.kode, ref) if ref.kode else ref
            if first != ref:
                return Message(
                    QT_TRANSLATE_NOOP(
                        "services.importing.personnel",
                        "Kode unit '{kode}' dipakai di berkas ini untuk dua unit yang berbeda: {first} dan "
                        "{second}; satu kode untuk satu unit.",
                    ),
                    kode=ref.kode,
                    first=unit_named(first),
                    second=unit_named(ref),
                )
        new_kode.update(seen)
        return None

    def find_parent(ref: UnitRef) -> int | None:
        if ref.induk_kode and ref.induk_kode in by_kode:
            return by_kode[ref.induk_kode]
        matches = by_name.get(_name_key(ref.induk_nama), []) if ref.induk_nama else []
        return matches[0].id if len(matches) == 1 else None

    for ref in dict.fromkeys(r.unit for r in batch.records if r.unit is not None):  # file order
        if ref.kode and ref.kode in by_kode:
            resolved[ref] = by_kode[ref.kode]
            continue
        matches = by_name.get(_name_key(ref.nama), []) if ref.nama else []
        if ref.induk_nama or ref.induk_kode:
            parent = find_parent(ref)
            matches = [m for m in matches if m.parent_id == parent] if parent is not None else []
        if len(matches) == 1:
            resolved[ref] = matches[0].id
        elif len(matches) > 1:
            ambiguous[ref] = (
                "unorNama",
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.importing.personnel",
                        "Unit kerja '{nama}' ada lebih dari satu; isi kolom unit induk untuk memilihnya.",
                    ),
                    nama=ref.nama,
                ),
            )
        elif ref.nama:
            parent_ref = None
            parent_id = find_parent(ref) if (ref.induk_nama or ref.induk_kode) else None
            if parent_id is not None:
                parents[ref] = parent_id
            elif ref.induk_nama:
                parent_ref = UnitRef(ref.induk_kode, ref.induk_nama, None, None)
            clash = kode_clash(ref) if parent_ref is None else kode_clash(parent_ref, ref)
            if clash:
                ambiguous[ref] = ("unorId", clash)
                continue
            if parent_ref is not None:
                to_create.setdefault(parent_ref, (parent_ref, ref.induk_nama, None))
            to_create.setdefault(ref, (ref, ref.nama, parent_ref))
        else:
            ambiguous[ref] = (
                "unorNama",
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.importing.personnel",
                        "Kode unit '{kode}' tidak dikenal dan nama unitnya kosong.",
                    ),
                    kode=ref.kode,
                ),
            )
    for record in batch.records:
        if record.unit in ambiguous:
            field, message = ambiguous[record.unit]
            value = record.unit.kode if field == "unorId" else record.unit.nama or record.unit.kode
            checker.error(record.index, field, value, message, "unit.ambiguous")
    batch.records = [r for r in batch.records if r.index not in checker.invalid_rows]
    # Parents (no parent ref of their own) are created before their children.
    ordered = sorted(to_create.values(), key=lambda item: item[2] is not None)
    for stand_in, (ref, _, _) in enumerate(ordered, start=1):
        resolved[ref] = -stand_in
    return UnitPlan(resolved, ordered, parents)


def existing_people(session: Session, columns: set[str]) -> dict[str, dict[str, Any]]:
    """nip -> {id, and the supplied columns as stored}, in one query."""
    selected = [Person.id, Person.nip, *(getattr(Person, c) for c in sorted(columns))]
    rows = session.execute(select(*selected)).mappings()
    return {row["nip"]: dict(row) for row in rows}


def classify(
    batch: PersonnelBatch, existing: dict[str, dict[str, Any]], unit_plan: UnitPlan
) -> tuple[list[PersonRecord], list[tuple[int, dict[str, Any]]], int]:
    """(new records, (person id, changed columns) for updates, unchanged count)."""
    new: list[PersonRecord] = []
    changed: list[tuple[int, dict[str, Any]]] = []
    unchanged = 0
    for record in batch.records:
        if "unit_id" in batch.columns:
            record.values["unit_id"] = unit_plan.resolved.get(record.unit) if record.unit else None
        stored = existing.get(record.nip)
        if stored is None:
            new.append(record)
            continue
        diff = {k: v for k, v in record.values.items() if stored.get(k) != v}
        if diff:
            changed.append((stored["id"], diff))
        else:
            unchanged += 1
    return new, changed, unchanged


def create_units(session: Session, plan: UnitPlan, instansi_nama: str | None) -> list[str]:
    """Insert the planned units (under the existing instansi, or a new one named by the file)."""
    if not plan.to_create:
        return []
    instansi_id = ensure_instansi(session, instansi_nama)
    created: list[str] = []
    for ref, nama, parent_ref in plan.to_create:
        parent_id = plan.resolved.get(parent_ref) if parent_ref else plan.parents.get(ref)
        unit = Unit(
            instansi_id=instansi_id,
            parent_id=parent_id,
            kode=ref.kode,
            nama=nama,
            jenis=guess_unit_kind(nama),
        )
        session.add(unit)
        session.flush()
        plan.resolved[ref] = unit.id
        created.append(nama)
    refresh_paths(session)
    return created


def write(
    session: Session,
    new: list[PersonRecord],
    changed: list[tuple[int, dict[str, Any]]],
    *,
    chunk: int = 2000,
    tick=lambda done: None,
) -> None:
    for start in range(0, len(new), chunk):
        part = new[start : start + chunk]  # every record carries the same keys
        columns = {"nip": [r.nip for r in part]} | {
            key: [r.values[key] for r in part] for key in part[0].values
        }
        insert_columns(session, Person.__table__, columns)
        tick(start + chunk)
    for start in range(0, len(changed), chunk):
        session.execute(update(Person), [{"id": pid, **diff} for pid, diff in changed[start : start + chunk]])
        tick(len(new) + start + chunk)
