"""No user-visible string bypasses translation: a scan of the GUI code for literal text handed straight to
a widget (a label, a button, a title, a tooltip, a message box, a column header …) instead of through
tr()/translate()/QT_TRANSLATE_NOOP. Text made of placeholders, numbers and punctuation is no words, and
a few proper names are the same in every language."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "talenta_desktop" / "ui"

# Calls whose string arguments a user reads.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "addTab", "insertTab", "setTabText", "setTabToolTip", "addItem", "insertItem", "addItems", "setTitle",
    "setLabelText", "setAccessibleName", "setAccessibleDescription", "showMessage", "setHeaderLabels",
    "setHorizontalHeaderLabels", "addRow", "setSpecialValueText", "setSuffix", "setPrefix", "setHtml",
    "setPlainText", "addMenu", "addAction", "setButtonText", "setInformativeText", "setDetailedText",
    "warning", "information", "critical", "question", "about", "getText", "getItem", "getInt",
}  # fmt: skip
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMessageBox",
    "QMenu", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QStandardItem", "QCommandLinkButton",
}  # fmt: skip
# Words that are not translated: the product's name, language names shown in themselves, formats.
SAME_IN_EVERY_LANGUAGE = {
    "Talenta Desktop", "Bahasa Indonesia", "English", "Talenta", "Desktop", "PDF", "CSV", "XLSX", "NIP",
}  # fmt: skip
_PLACEHOLDER = re.compile(r"\{[^}]*\}|<[^>]+>|&[a-z]+;|%\d?")


_FILE_SUFFIX = re.compile(r"^\.\w+$")
LOGGERS = {"log", "logger", "logging"}  # log lines are for the administrator's log file, not the screen


def _words(text: str) -> bool:
    if _FILE_SUFFIX.match(text):
        return False
    stripped = _PLACEHOLDER.sub(" ", text)
    for name in SAME_IN_EVERY_LANGUAGE:
        stripped = stripped.replace(name, " ")
    return re.search(r"[A-Za-z]{2,}", stripped) is not None


def _literal_texts(node: ast.AST) -> list[str]:
    """The literal text in an argument: a string, an f-string's literal parts, items of a literal list."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value for v in node.values if isinstance(v, ast.Constant))]
    if isinstance(node, ast.List | ast.Tuple):
        return [text for element in node.elts for text in _literal_texts(element)]
    if isinstance(node, ast.BinOp):  # "a" + tr("b")
        return _literal_texts(node.left) + _literal_texts(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    return []


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def _untranslated(path: Path) -> list[str]:
    """Lines "file:line: call(text)" where literal words reach a widget."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        name = _called_name(call)
        if name not in TEXT_METHODS and name not in TEXT_CLASSES:
            continue
        if isinstance(call.func, ast.Attribute) and getattr(call.func.value, "id", None) in LOGGERS:
            continue
        for argument in call.args:
            for text in _literal_texts(argument):
                if _words(text):
                    found.append(f"{path.name}:{call.lineno}: {name}({text!r})")
    return found


def test_no_literal_text_reaches_a_widget_untranslated():
    found = [line for path in sorted(UI.rglob("*.py")) for line in _untranslated(path)]
    assert found == [], "text shown without tr():\n" + "\n".join(found)


def test_the_scan_catches_a_bypass(tmp_path):
    """The scan itself finds a label given literal words, and lets translated text and pure format through."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Simpan data')\n"
        "label.setText(self.tr('Simpan data'))\n"
        "label.setText('{0} · {1}'.format(a, b))\n"
        "box.setToolTip(f'Pegawai {name}')\n"
    )
    found = [line.split(": ", 1)[1] for line in _untranslated(sample)]
    assert found == ["QLabel('Simpan data')", "setToolTip('Pegawai ')"]
