"""Every user-visible string goes through Qt's translation functions and has its English translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("talenta_*.ts"))


def _unfinished(ts: Path) -> list[str]:
    """Sources whose English translation is missing or marked unfinished."""
    missing = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        forms = [form.text for form in translation.findall("numerusform")]  # plural entries
        text = all((form or "").strip() for form in forms) if forms else (translation.text or "").strip()
        if translation.get("type") == "unfinished" or not text:
            missing.append(message.findtext("source"))
    return missing


def test_there_is_a_catalogue_for_each_language():
    from talenta_desktop.ui.language import LANGUAGES

    assert [c.stem for c in CATALOGUES] == sorted(f"talenta_{code}" for code in LANGUAGES)


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: c.stem)
def test_catalogue_is_complete(catalogue):
    assert _unfinished(catalogue) == []


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: c.stem)
def test_catalogue_holds_every_string_in_the_code(tmp_path, catalogue):
    """lupdate over the sources adds nothing new to a copy of the catalogue
    (scripts/update_translations.py brings them up to date)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / catalogue.name
    shutil.copy(catalogue, copy)
    sources = sorted(str(p) for p in (ROOT / "talenta_desktop").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(copy), "-no-obsolete"], check=True, capture_output=True
    )
    assert _unfinished(copy) == []
