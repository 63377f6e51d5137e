"""A SIASN-style personnel workbook of any size, generated from the demo agency (realistic values,
repeated units and golongan as in a real export). Cached under benchmarks/.data/."""

from __future__ import annotations

import tempfile
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from talenta_desktop.domain.golongan import golongan_by_code
from talenta_desktop.domain.jabatan import eselon_label
from talenta_desktop.models import Person, Unit
from talenta_desktop.models.db import open_database
from talenta_desktop.services.actor import SYSTEM
from talenta_desktop.services.demo import INSTANSI_NAMA, build_demo

DATA = Path(__file__).resolve().parent / ".data"
HEADERS = (
    "nipBaru", "nama", "gelarDepan", "gelarBelakang", "tempatLahir", "tglLahir", "jenisKelamin", "agama",
    "jenisPegawaiNama", "tkPendidikanTerakhir", "pendidikanTerakhirNama", "tmtCpns", "instansiKerjaNama",
    "unorNama", "unorIndukNama", "jenisJabatan", "jabatanNama", "tmtJabatan", "eselon", "golRuangAkhir",
    "tmtGolAkhir", "mkTahun", "mkBulan",
)  # fmt: skip
JENIS_JABATAN = {"struktural": "Struktural", "fungsional": "Fungsional Tertentu", "pelaksana": "Pelaksana"}


def personnel_workbook(size: int, seed: int = 1) -> Path:
    """Path of an .xlsx with `size` personnel rows (built once, then reused)."""
    DATA.mkdir(exist_ok=True)
    target = DATA / f"personnel_{size}_{seed}.xlsx"
    if target.exists():
        return target
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "source.sqlite")
        with db.transaction() as session:
            build_demo(session, SYSTEM, size=size, seed=seed)
        with db.session() as session:
            units = {u.id: u for u in session.scalars(select(Unit))}
            people = session.scalars(select(Person).order_by(Person.id)).all()
        db.dispose()
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Data Pegawai")
        sheet.append(HEADERS)
        for p in people:
            unit = units.get(p.unit_id)
            parent = units.get(unit.parent_id) if unit and unit.parent_id else None
            sheet.append([
                p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.tempat_lahir, p.tanggal_lahir.strftime("%d-%m-%Y"),
                "Laki-laki" if p.jenis_kelamin == "L" else "Perempuan", p.agama, p.jenis_pegawai,
                p.tingkat_pendidikan, p.pendidikan_nama, p.tmt_cpns, INSTANSI_NAMA, unit.nama if unit else None,
                parent.nama if parent else None, JENIS_JABATAN.get(p.jenis_jabatan or ""), p.jabatan_nama,
                p.tmt_jabatan, eselon_label(p.eselon) or None,
                golongan_by_code(p.golongan).label if p.golongan else None, p.tmt_golongan, p.mk_tahun, p.mk_bulan,
            ])  # fmt: skip
        partial = target.with_suffix(".partial")
        book.save(partial)
        partial.replace(target)
    return target
