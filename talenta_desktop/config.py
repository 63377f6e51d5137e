"""Where things live: the data folder, the default and demo databases, and the settings registry.

In a source checkout (dev mode) everything stays in `<checkout>/.talenta/`, so a developer's machine is
never littered and a fresh clone starts clean; an installed or frozen app uses the user data folder.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "TalentaDesktop"
APP_AUTHOR = "Talenta"
DB_ENV = "TALENTA_DB"
DEV_ENV = "TALENTA_DEV"
DATA_DIR_ENV = "TALENTA_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def checkout_root() -> Path | None:
    """The source checkout this package runs from, or None when installed or frozen."""
    if getattr(sys, "frozen", False):
        return None
    root = _PACKAGE_DIR.parent
    return root if (root / "pyproject.toml").is_file() and (root / "talenta_desktop").is_dir() else None


def is_dev_mode() -> bool:
    flag = os.environ.get(DEV_ENV)
    if flag is not None:
        return flag not in ("", "0", "false", "no")
    return checkout_root() is not None


def data_dir() -> Path:
    """The folder for databases, backups and logs; created on first use."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    elif is_dev_mode() and checkout_root() is not None:
        path = checkout_root() / ".talenta"
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_location() -> str:
    """`TALENTA_DB` when set, else the database in the data folder."""
    return os.environ.get(DB_ENV) or str(data_dir() / "talenta.sqlite")


def demo_db_location() -> str:
    return str(data_dir() / "demo.sqlite")


@dataclass(frozen=True)
class Setting:
    """A user preference kept by the GUI (QSettings); listed here so every key and default is in one place."""

    key: str
    default: object
    doc: str


SETTINGS = {
    s.key: s
    for s in (
        Setting("ui/language", "id", "Bahasa antarmuka: id atau en"),
        Setting("ui/theme", "light", "Tema: light (terang), dark (gelap) atau contrast (kontras tinggi)"),
        Setting("ui/font-scale", 1.0, "Skala ukuran huruf: 0.9 sampai 1.5"),
        Setting("ui/geometry", None, "Ukuran dan posisi jendela utama"),
        Setting("home/unit", None, "Unit kerja terakhir yang dipilih di Beranda"),
        Setting("personnel/columns", None, "Kolom tabel Pegawai yang ditampilkan"),
        Setting("personnel/splitter", None, "Lebar tabel dan panel profil di halaman Pegawai"),
    )
}
