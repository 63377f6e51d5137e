"""Compile the Qt Linguist catalogues (resources/translations/*.ts, kept in git) into .qm files.

Source strings are Indonesian, the default language; other languages need their compiled catalogue.
Runs in the project's virtual environment (lrelease ships with PySide6).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )
    if found is None:
        sys.exit("pyside6-lrelease not found: install PySide6 in this environment")
    return found


def main() -> int:
    tool = lrelease()
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
