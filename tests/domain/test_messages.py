"""Service messages: the value itself, and the contract between the marked templates and the catalogues.

Every ``QT_TRANSLATE_NOOP`` of ``talenta_desktop.domain.messages`` outside the UI is found by reading the
source (as lupdate does): its context must be its module's path, its placeholders must be given where
the template is used, and both catalogues must hold it, translated, with the same placeholders.
"""

from __future__ import annotations

import ast
import pickle
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from talenta_desktop.domain.errors import RuleError
from talenta_desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    MessageError,
    Template,
    joined,
    message_of,
    placeholders,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "talenta_desktop"
CATALOGUES = {lang: ROOT / "resources" / "translations" / f"talenta_{lang}.ts" for lang in ("id", "en")}
_MARKER = "QT_TRANSLATE_NOOP"


# -- the value --------------------------------------------------------------------------------------


def test_a_message_reads_as_its_indonesian_text() -> None:
    template = QT_TRANSLATE_NOOP("tests", "Rapat {number} dimulai {day}.")
    message = Message(template, number="BA/1", day=date(2025, 8, 17))
    assert isinstance(template, str) and template.context == "tests"
    assert str(message) == "Rapat BA/1 dimulai 17 Agustus 2025."
    assert message.context == "tests"


def test_rendering_translates_the_template_and_every_marked_param() -> None:
    role = QT_TRANSLATE_NOOP("tests", "ketua")
    inner = Message(QT_TRANSLATE_NOOP("tests", "{n} hadir"), n=3)
    message = Message(
        QT_TRANSLATE_NOOP("tests", "{role}: {inner}, {day}"), role=role, inner=inner, day=date(2025, 1, 2)
    )
    english = {
        "{role}: {inner}, {day}": "{role} — {inner} on {day}",
        "ketua": "chair",
        "{n} hadir": "{n} present",
    }

    def translate(context: str, source: str) -> str:
        assert context == "tests"
        return english.get(source, source)

    assert message.render(translate, date_text=lambda d: d.isoformat()) == "chair — 3 present on 2025-01-02"
    assert str(message) == "ketua: 3 hadir, 2 Januari 2025"


def test_a_broken_translation_falls_back_to_indonesian() -> None:
    message = Message(QT_TRANSLATE_NOOP("tests", "Baris {row} salah."), row=7)
    assert message.render(lambda _c, _s: "Row {line} is wrong.") == "Baris 7 salah."


def test_plain_text_is_shown_as_it_is() -> None:
    assert str(Message("Tanda {kurung} tetap.")) == "Tanda {kurung} tetap."
    assert str(message_of(OSError("disk {penuh}"))) == "disk {penuh}"
    assert str(joined([])) == ""
    assert str(joined(["a", QT_TRANSLATE_NOOP("tests", "b"), Message("{c}")], " · ")) == "a · b · {c}"


def test_errors_keep_their_indonesian_text_and_carry_the_message() -> None:
    class Refused(MessageError, ValueError):
        pass

    error = Refused(QT_TRANSLATE_NOOP("tests", "Kuorum harus paling sedikit 1, bukan {n}."), n=0)
    assert str(error) == "Kuorum harus paling sedikit 1, bukan 0."
    assert error.user_message.params == {"n": 0} and error.user_message.context == "tests"
    assert str(Refused("teks biasa {x}")) == "teks biasa {x}"


def test_messages_and_rule_errors_survive_pickling() -> None:
    message = Message(QT_TRANSLATE_NOOP("tests", "{a} dan {b}"), a=1, b=QT_TRANSLATE_NOOP("tests", "dua"))
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message and copy.context == "tests" and isinstance(copy.params["b"], Template)
    error = RuleError("x.y", QT_TRANSLATE_NOOP("tests", "Nilai '{value}' salah."), {"value": "7", "extra": 1})
    again = pickle.loads(pickle.dumps(error))
    assert (again.code, again.message, again.params) == (error.code, error.message, error.params)
    assert again.user_message == error.user_message == Message(error.user_message.template, value="7")


def test_the_services_still_need_no_qt() -> None:
    """Messages keep the services pure Python (DESIGN §1): importing them loads no Qt module."""
    code = (
        "import sys, talenta_desktop.services.committee, talenta_desktop.services.importing, "
        "talenta_desktop.services.privacy, talenta_desktop.models.encryption; "
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False).returncode == 0


# -- the source -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Site:
    path: Path
    line: int
    context: str
    text: str
    given: frozenset[str] | None  # exactly the params given with it (None: not known at this site)
    subset_of: frozenset[str] | None  # params it may draw from (a RuleError's facts)
    nearby: frozenset[str]  # every param name given in the enclosing function (or module)

    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def _module_context(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts)


def _uses_domain_marker(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ImportFrom)
        and node.module in ("talenta_desktop.domain.messages", "messages")
        and any(alias.name == _MARKER for alias in node.names)
        for node in ast.walk(tree)
    )


def _is_marker(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == _MARKER


def _dict_keys(node: ast.AST) -> set[str] | None:
    if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
        return {k.value for k in node.keys}
    return None


def _given_names(scope: ast.AST) -> set[str]:
    """Param names given anywhere in a scope: keywords of calls, string keys of dict literals."""
    names: set[str] = set()
    for node in ast.walk(scope):
        if isinstance(node, ast.Call):
            names.update(k.arg for k in node.keywords if k.arg)
        elif isinstance(node, ast.Dict):
            names.update(
                k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)
            )
    return names


def _assigned_dicts(scope: ast.AST) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            keys = _dict_keys(node.value)
            if keys is not None:
                found[node.targets[0].id] = keys
    return found


def _scope_of(node: ast.AST, parents: dict[ast.AST, ast.AST], tree: ast.Module) -> ast.AST:
    """The function a node is in (the module for module-level code)."""
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return node
    return tree


def _sites() -> list[Site]:
    sites: list[Site] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue  # the UI marks its own strings with PySide6's QT_TRANSLATE_NOOP
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if not _uses_domain_marker(tree) or path == PACKAGE / "domain" / "messages.py":
            continue
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

        for node in ast.walk(tree):
            if not _is_marker(node):
                continue
            args = node.args
            literal = len(args) == 2 and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
            )
            assert literal and not node.keywords, f"{path}:{node.lineno}: {_MARKER} takes two literal strings"
            scope = _scope_of(node, parents, tree)
            given = subset_of = None
            parent = parents.get(node)
            if isinstance(parent, ast.Call) and node in parent.args:
                name = (
                    parent.func.id if isinstance(parent.func, ast.Name) else getattr(parent.func, "attr", "")
                )
                if name == "RuleError" and len(parent.args) == 3:
                    subset_of = _dict_keys(parent.args[2])
                    if subset_of is None and isinstance(parent.args[2], ast.Name):
                        subset_of = _assigned_dicts(scope).get(parent.args[2].id)
                    subset_of = frozenset(subset_of) if subset_of is not None else None
                elif name == "RuleError" and len(parent.args) == 2:
                    subset_of = frozenset()
                elif name == "Message" or name.endswith(
                    ("Error", "Denied", "Cancelled", "Locked", "Altered")
                ):
                    keywords = {k.arg for k in parent.keywords if k.arg}
                    for spread in (k.value for k in parent.keywords if k.arg is None):
                        keys = _dict_keys(spread)
                        if keys is None and isinstance(spread, ast.Name):
                            keys = _assigned_dicts(scope).get(spread.id)
                        if keys is None:
                            keywords = None
                            break
                        keywords |= keys
                    given = frozenset(keywords) if keywords is not None else None
            sites.append(
                Site(
                    path, node.lineno, args[0].value, args[1].value, given, subset_of,
                    frozenset(_given_names(scope)),
                )
            )  # fmt: skip
    return sites


SITES = _sites()


def test_the_services_mark_their_messages() -> None:
    contexts = {site.context for site in SITES}
    assert {"domain.nip", "services.committee", "services.importing.checking"} <= contexts
    assert len(SITES) > 200


def test_each_template_is_filed_under_its_module() -> None:
    wrong = [f"{s.where()}: {s.context!r}" for s in SITES if s.context != _module_context(s.path)]
    assert wrong == []


def test_each_templates_placeholders_match_its_params() -> None:
    wrong = []
    for site in SITES:
        names = placeholders(site.text)
        if site.given is not None and names != site.given:
            wrong.append(f"{site.where()}: {site.text!r} names {sorted(names)}, given {sorted(site.given)}")
        elif site.subset_of is not None and not names <= site.subset_of:
            wrong.append(
                f"{site.where()}: {site.text!r} names {sorted(names)}, facts {sorted(site.subset_of)}"
            )
        elif site.given is None and site.subset_of is None and not names <= site.nearby:
            wrong.append(
                f"{site.where()}: {site.text!r} names {sorted(names - site.nearby)}, given nowhere near"
            )
    assert wrong == []


def _catalogue(language: str) -> dict[tuple[str, str], str | None]:
    entries = {}
    for context in ET.parse(CATALOGUES[language]).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation.get("type") not in ("unfinished", "obsolete", "vanished") and (
                translation.text or ""
            )
            entries[(name, message.findtext("source"))] = done or None
    return entries


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_the_catalogues_hold_every_service_template_translated(language: str) -> None:
    catalogue = _catalogue(language)
    missing = [f"{s.where()}: {s.text!r}" for s in SITES if catalogue.get((s.context, s.text)) is None]
    assert missing == [], "run scripts/update_translations.py and translate what it exports"


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_translations_keep_the_placeholders(language: str) -> None:
    catalogue = _catalogue(language)
    wrong = [
        f"{context}: {source!r} → {translation!r}"
        for (context, source), translation in catalogue.items()
        if context.startswith(("services.", "domain.", "models."))
        and translation is not None
        and placeholders(translation) != placeholders(source)
    ]
    assert wrong == []
