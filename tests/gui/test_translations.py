"""Every user-visible string goes through Qt's translation functions and has its English translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "talenta_en.ts"


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


def test_english_catalogue_is_complete():
    assert _unfinished(CATALOGUE) == []


def test_catalogue_holds_every_string_in_the_code(tmp_path):
    """lupdate over the sources adds nothing new to a copy of the catalogue."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / "talenta_en.ts"
    shutil.copy(CATALOGUE, copy)
    sources = sorted(str(p) for p in (ROOT / "talenta_desktop").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(copy), "-no-obsolete"], check=True, capture_output=True
    )
    assert _unfinished(copy) == []
