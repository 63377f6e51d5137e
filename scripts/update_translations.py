"""Bring the Qt Linguist catalogues (resources/translations/*.ts) up to date with the code, then compile.

    .venv/bin/python scripts/update_translations.py                      # lupdate + lrelease
    .venv/bin/python scripts/update_translations.py --export todo.json   # unfinished English strings
    .venv/bin/python scripts/update_translations.py --apply done.json    # translations back in

Source strings are Indonesian. talenta_id.ts carries each source as its own translation, so wording can
be corrected for users without touching code; talenta_en.ts is translated by hand (or from the exported
JSON: {"context|source|comment": "translation"}, plural sources as a list of forms).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = {"id": TRANSLATIONS / "talenta_id.ts", "en": TRANSLATIONS / "talenta_en.ts"}


def _tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    if not found.exists():
        sys.exit(f"{name} not found: run this with the project's virtual environment (.venv/bin/python)")
    return str(found)


def lupdate() -> None:
    sources = sorted(str(p) for p in (ROOT / "talenta_desktop").rglob("*.py"))
    for language, catalogue in CATALOGUES.items():
        target = ["-target-language", "id_ID" if language == "id" else "en_US"]
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-ts",
                str(catalogue),
                "-no-obsolete",
                "-source-language",
                "id_ID",
                *target,
            ],
            check=True,
            capture_output=True,
        )


def _key(context: ET.Element, message: ET.Element) -> str:
    return "|".join(
        (context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")
    )


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context, message


def _is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    forms = [form.text for form in translation.findall("numerusform")]
    done = all((f or "").strip() for f in forms) if forms else bool((translation.text or "").strip())
    return translation.get("type") == "unfinished" or not done


def _save(tree: ET.ElementTree, catalogue: Path) -> None:
    tree.write(catalogue, encoding="utf-8", xml_declaration=True)
    lupdate()  # lupdate rewrites the file in its own layout (DOCTYPE, locations)


def fill_indonesian() -> None:
    """Indonesian is the source language: each message translates to its own source."""
    tree = ET.parse(CATALOGUES["id"])
    for _context, message in _messages(tree):
        if _is_unfinished(message):
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            forms = translation.findall("numerusform")
            for form in forms:
                form.text = message.findtext("source")
            if not forms:
                translation.text = message.findtext("source")
    tree.write(CATALOGUES["id"], encoding="utf-8", xml_declaration=True)


def export(path: Path) -> int:
    todo = {
        _key(context, message): message.findtext("source")
        for context, message in _messages(ET.parse(CATALOGUES["en"]))
        if _is_unfinished(message)
    }
    path.write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(todo)


def apply(path: Path) -> int:
    done = json.loads(path.read_text(encoding="utf-8"))
    tree, applied = ET.parse(CATALOGUES["en"]), 0
    for context, message in _messages(tree):
        text = done.get(_key(context, message))
        if text is None:
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form, value in zip(
                forms, text if isinstance(text, list) else [text] * len(forms), strict=False
            ):
                form.text = value
        else:
            translation.text = text
        applied += 1
    _save(tree, CATALOGUES["en"])
    return applied


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--export", type=Path, help="write the unfinished English strings to this JSON file")
    parser.add_argument("--apply", type=Path, help="read English translations from this JSON file")
    args = parser.parse_args()
    lupdate()
    fill_indonesian()
    lupdate()
    if args.apply:
        print(f"{apply(args.apply)} translations applied")
    if args.export:
        print(f"{export(args.export)} unfinished strings written to {args.export}")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    for catalogue in CATALOGUES.values():
        left = sum(_is_unfinished(m) for _c, m in _messages(ET.parse(catalogue)))
        print(f"{catalogue.name}: {left} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
