"""Finding resources/ wherever the app runs: a source checkout, an installed wheel, or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    candidates = []
    if getattr(sys, "frozen", False):  # PyInstaller one-folder bundle
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")  # checkout or editable install
    candidates.append(_PACKAGE_DIR / "resources")  # wheel (packaged under the package)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "folder resources/ Talenta Desktop tidak ditemukan: " + ", ".join(map(str, candidates))
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
