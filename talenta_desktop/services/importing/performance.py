"""SKP history (rw-skp22) and assessment results: rows of people already in the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from talenta_desktop.domain.cells import is_blank
from talenta_desktop.domain.dates import parse_date
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, Template
from talenta_desktop.domain.nip import normalize_nip
from talenta_desktop.domain.skp import parse_predikat, parse_rating, predikat
from talenta_desktop.models import Assessment, Person, Skp
from talenta_desktop.services.bulk import insert_rows

from .checking import RowChecker, decimal, integer, text

# kind -> (table, the natural key an upsert matches on)
TARGETS = {
    "skp": (Skp, ("person_id", "tahun")),
    "assessment": (Assessment, ("person_id", "tanggal", "jenis")),
}
JPM_OPTIMAL, JPM_CUKUP = 90.0, 78.0  # Peraturan BRIN 3/2023 Pasal 33: mapping categories (DOMAIN §4 C)


@dataclass
class Row:
    index: int
    key: tuple[Any, ...]  # the natural key the upsert matches on
    values: dict[str, Any]


def _person_ids(session: Session, checker: RowChecker) -> list[int | None]:
    """Each row's person, by NIP; unknown NIPs are row errors (import the personnel first)."""
    nips = checker.parse("nipBaru", normalize_nip, required=True)
    # All NIPs in one query: an IN list of every NIP in a large file would pass SQLite's variable limit.
    ids: dict[str, int] = dict(session.execute(select(Person.nip, Person.id)).all())
    out: list[int | None] = []
    for index, nip in enumerate(nips):
        if nip is not None and nip not in ids:
            checker.error(
                index,
                "nipBaru",
                nip,
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.importing.performance",
                        "NIP {nip} belum terdaftar sebagai pegawai; impor data pegawainya dulu.",
                    ),
                    nip=nip,
                ),
                "nip.unknown",
            )
        out.append(ids.get(nip) if nip else None)
    return out


def _deduplicate(checker: RowChecker, rows: list[Row], what: Template) -> list[Row]:
    first: dict[tuple[Any, ...], int] = {}
    kept = []
    for row in rows:
        if row.key in first:
            checker.error(
                row.index,
                "nipBaru",
                checker.raw("nipBaru")[row.index],
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.importing.performance", "{what} yang sama sudah ada di baris {row}."
                    ),
                    what=what,
                    row=first[row.key],
                ),
                "duplicate",
            )
            continue
        first[row.key] = checker.table.row_numbers[row.index]
        kept.append(row)
    return [r for r in kept if r.index not in checker.invalid_rows]


def validate_skp(session: Session, checker: RowChecker) -> list[Row]:
    people = _person_ids(session, checker)
    years = checker.parse(
        "tahun",
        integer(
            2000, date.today().year + 1, QT_TRANSLATE_NOOP("services.importing.performance", "Tahun SKP")
        ),
        required=True,
    )
    hasil = checker.parse("hasilKinerja", parse_rating)
    perilaku = checker.parse("perilakuKerja", parse_rating)
    stated = checker.parse("kuadranKinerja", parse_predikat)
    nilai = checker.parse(
        "hasilKinerjaNilai",
        decimal(0, 100, QT_TRANSLATE_NOOP("services.importing.performance", "Nilai hasil kerja")),
    )
    rows = []
    for i, person in enumerate(people):
        if person is None or years[i] is None or i in checker.invalid_rows:
            continue
        if (hasil[i] is None) != (perilaku[i] is None):
            field = "perilakuKerja" if perilaku[i] is None else "hasilKinerja"
            checker.error(
                i,
                field,
                None,
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.importing.performance",
                        "Hasil kerja dan perilaku kerja harus diisi keduanya, atau keduanya kosong.",
                    )
                ),
                "skp.rating",
            )
            continue
        derived = predikat(hasil[i], perilaku[i]) if hasil[i] is not None else None
        if derived is not None and stated[i] is not None and derived != stated[i]:
            checker.error(
                i,
                "kuadranKinerja",
                str(stated[i]),
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.importing.performance",
                        "Predikat {stated} tidak sesuai dengan hasil kerja dan perilaku kerja, yang menghasilkan "
                        "{derived} (PermenPANRB 6/2022).",
                    ),
                    stated=str(stated[i]),
                    derived=str(derived),
                ),
                "skp.predikat_mismatch",
            )
            continue
        final = derived or stated[i]
        if final is None:
            checker.error(
                i,
                "kuadranKinerja",
                None,
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.importing.performance",
                        "Isi predikat kinerja, atau hasil kerja dan perilaku kerja.",
                    )
                ),
                "skp.required",
            )
            continue
        values = {"hasil_kerja": hasil[i] and int(hasil[i]), "perilaku_kerja": perilaku[i] and int(perilaku[i]),
                  "predikat": str(final), "nilai": nilai[i]}  # fmt: skip
        rows.append(Row(i, (person, years[i]), values))
    return _deduplicate(
        checker, rows, QT_TRANSLATE_NOOP("services.importing.performance", "SKP pegawai dan tahun")
    )


def validate_assessment(session: Session, checker: RowChecker) -> list[Row]:
    people = _person_ids(session, checker)
    dates = checker.parse("tanggal", parse_date, required=True)
    jenis = checker.parse("jenis", text(40))
    lembaga = checker.parse("lembaga", text(200))
    kategori = checker.parse("kategoriJpm", text(40))
    jpm = checker.parse("nilaiJpm", _jpm_parser(checker))
    scores = {
        column: checker.parse(field, decimal(0, 100, label))
        for column, field, label in (
            (
                "nilai_manajerial",
                "nilaiManajerial",
                QT_TRANSLATE_NOOP("services.importing.performance", "Nilai manajerial"),
            ),
            (
                "nilai_sosial_kultural",
                "nilaiSosialKultural",
                QT_TRANSLATE_NOOP("services.importing.performance", "Nilai sosial kultural"),
            ),
            (
                "nilai_teknis",
                "nilaiTeknis",
                QT_TRANSLATE_NOOP("services.importing.performance", "Nilai teknis"),
            ),
            (
                "nilai_potensi",
                "nilaiPotensi",
                QT_TRANSLATE_NOOP("services.importing.performance", "Nilai potensi"),
            ),
        )
    }
    today = date.today()
    rows = []
    for i, person in enumerate(people):
        if person is None or dates[i] is None or i in checker.invalid_rows:
            continue
        if dates[i] > today:
            checker.error(
                i,
                "tanggal",
                dates[i],
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.importing.performance", "Tanggal asesmen {day} belum terjadi."
                    ),
                    day=f"{dates[i]:%d-%m-%Y}",
                ),
                "date.future",
            )
            continue
        values = {
            "tanggal": dates[i], "jenis": jenis[i] or "pemetaan", "lembaga": lembaga[i], "jpm": jpm[i],
            "kategori": kategori[i] or _jpm_category(jpm[i]),
            **{column: parsed[i] for column, parsed in scores.items()},
        }  # fmt: skip
        rows.append(Row(i, (person, dates[i], values["jenis"]), values))
    return _deduplicate(
        checker,
        rows,
        QT_TRANSLATE_NOOP("services.importing.performance", "Asesmen pegawai, tanggal dan jenis"),
    )


def _jpm_parser(checker: RowChecker):
    """Cells formatted as percent hold fractions (0.86 for 86%); when every numeric JPM in the column is
    at most 1, the whole column is read as fractions."""
    numbers = [v for v in checker.raw("nilaiJpm") if isinstance(v, int | float) and not is_blank(v)]
    percent = decimal(0, 100, "JPM")
    if not (numbers and all(0 <= v <= 1 for v in numbers) and any(numbers)):
        return percent
    return lambda raw: percent(raw * 100 if isinstance(raw, int | float) else raw)


def _jpm_category(jpm: float | None) -> str | None:
    if jpm is None:
        return None
    return "Optimal" if jpm >= JPM_OPTIMAL else "Cukup Optimal" if jpm >= JPM_CUKUP else "Kurang Optimal"


def _existing(
    session: Session, model, key_columns: tuple[str, ...], value_columns: list[str]
) -> dict[tuple, dict]:
    columns = [
        model.id,
        *(getattr(model, c) for c in key_columns),
        *(getattr(model, c) for c in value_columns),
    ]
    out = {}
    for row in session.execute(select(*columns)).mappings():
        key = tuple(row[c] for c in key_columns)
        out[key] = dict(row)
    return out


def classify(session: Session, kind: str, rows: list[Row]) -> tuple[list[Row], list[tuple[int, dict]], int]:
    model, key_columns = TARGETS[kind]
    value_columns = sorted({c for r in rows for c in r.values} - set(key_columns))
    stored = _existing(session, model, key_columns, value_columns)
    new, changed, unchanged = [], [], 0
    for row in rows:
        before = stored.get(row.key)
        if before is None:
            new.append(row)
            continue
        diff = {k: v for k, v in row.values.items() if k not in key_columns and _differs(before.get(k), v)}
        if diff:
            changed.append((before["id"], diff))
        else:
            unchanged += 1
    return new, changed, unchanged


def _differs(stored: Any, value: Any) -> bool:
    if stored is None or value is None:
        return (stored is None) != (value is None)
    if isinstance(value, float):  # scores: compare at their stored scale
        return round(float(stored), 2) != round(value, 2)
    return stored != value


def write(
    session: Session, kind: str, new: list[Row], changed: list[tuple[int, dict]], tick=lambda done: None
) -> None:
    model, key_columns = TARGETS[kind]
    inserts = [{**dict(zip(key_columns, row.key, strict=True)), **row.values} for row in new]
    for start in range(0, len(inserts), 2000):
        insert_rows(session, model.__table__, inserts[start : start + 2000])
        tick(start + 2000)
    if changed:
        session.execute(update(model), [{"id": pid, **diff} for pid, diff in changed])
