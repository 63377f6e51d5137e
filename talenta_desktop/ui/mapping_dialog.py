"""Matching a file's columns to the fields an import understands: an editor widget and a dialog around it.

Columns are detected from their headers (services.importing.mapping); this is where the user corrects the
detection or maps a column whose header no alias knows ("ID PEGAWAI" → NIP). The editor is the source of
truth for the file at hand: `run_mapping()` names every field, with "" for a field the user left unused,
so the import uses exactly what the screen showed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.importing import FIELDS, FieldSpec, ImportKind
from talenta_desktop.services.importing.fields import header_key
from talenta_desktop.ui import palette
from talenta_desktop.ui.formatting import short_date_text
from talenta_desktop.ui.messages import user_text

NOT_USED = QT_TRANSLATE_NOOP("MappingEditor", "— tidak dipakai —")
SAMPLE_LIMIT = 40  # characters of an example cell shown next to its column


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index: 0 → A, 27 → AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def ordered_fields(kind: ImportKind, mapped: Mapping[str, str] | None = None) -> list[FieldSpec]:
    """Required fields first, then the ones the file supplies, then the rest, each in FIELDS order."""
    mapped = mapped or {}
    specs = list(FIELDS[ImportKind(kind)])
    return sorted(specs, key=lambda s: (not s.required, not s.required and not mapped.get(s.key)))


def _required_mark() -> str:
    """The red asterisk of a required field, in the current theme."""
    return f"<span style='color:{palette.WARNING}'>*</span>"


class MappingEditor(QWidget):
    """One row per field: its name (required ones marked), a combo of the file's headers, and an example
    value from the file. A header belongs to one field at a time; picking it elsewhere frees it here."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MappingEditor")
        self.kind = ImportKind.PERSONNEL
        self.headers: list[str] = []  # distinct non-empty headers, in column order
        self._columns: dict[str, int] = {}  # header -> 0-based column
        self._samples: dict[str, str] = {}
        self._combos: dict[str, QComboBox] = {}
        self._labels: dict[str, QLabel] = {}
        self._touched: set[str] = set()  # fields the user (or a displacement) set by hand
        self._updating = False

        self._grid_host = QWidget(objectName="mappingRows")
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(10, 6, 10, 6)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(5)
        scroll = QScrollArea(widgetResizable=True, objectName="mappingScroll")
        scroll.setWidget(self._grid_host)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- content -------------------------------------------------------------------------------------

    def set_source(
        self,
        kind: ImportKind | str,
        headers: Sequence[str],
        mapping: Mapping[str, str],
        samples: Mapping[str, str] | None = None,
    ) -> None:
        """Show the fields of `kind` against a file's header cells (as written, "" for empty cells),
        preselected from `mapping` (field key → header) with example values per header."""
        self.kind = ImportKind(kind)
        self.headers, self._columns, seen = [], {}, set()
        for column, header in enumerate(headers):
            key = header_key(header)
            if key and key not in seen:  # a repeated header cannot be told apart by name
                seen.add(key)
                self.headers.append(header)
                self._columns[header] = column
        self._samples = dict(samples or {})
        self._touched.clear()
        self._rebuild(mapping)

    def _rebuild(self, mapping: Mapping[str, str]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._combos.clear()
        self._labels.clear()
        for column, caption in enumerate(
            (self.tr("Data"), self.tr("Kolom di berkas"), self.tr("Contoh isi"))
        ):
            head = QLabel(caption)
            head.setProperty("role", "mappingHead")
            self._grid.addWidget(head, 0, column)
        by_key = {header_key(h): h for h in self.headers}
        for row, spec in enumerate(ordered_fields(self.kind, mapping), start=1):
            label = QLabel(objectName=f"label-{spec.key}")
            label.setText(self._field_text(spec))
            label.setToolTip(self.tr("Nama kolom SIASN: {0}").format(spec.key))
            combo = QComboBox(objectName=f"map-{spec.key}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.addItem(self.tr(NOT_USED), "")
            for header in self.headers:
                combo.addItem(
                    self.tr("{0}  (kolom {1})").format(header, column_letter(self._columns[header])), header
                )
            chosen = by_key.get(header_key(mapping.get(spec.key) or ""))
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.currentIndexChanged.connect(lambda _i, key=spec.key: self._picked(key))
            sample = QLabel(objectName=f"sample-{spec.key}")
            sample.setProperty("role", "mappingSample")
            sample.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(combo, row, 1)
            self._grid.addWidget(sample, row, 2)
            self._combos[spec.key] = combo
            self._labels[spec.key] = label
        self._grid.setColumnStretch(1, 3)
        self._grid.setColumnStretch(2, 2)
        self._grid.setRowStretch(len(self._combos) + 1, 1)
        self._refresh_rows()

    def _field_text(self, spec: FieldSpec) -> str:
        label = user_text(spec.label)
        if spec.required:
            return f"<b>{label}</b> {_required_mark()}"
        return label

    def _picked(self, field: str) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            self._touched.add(field)
            header = self._combos[field].currentData()
            if header:
                for other, combo in self._combos.items():
                    if other != field and combo.currentData() == header:
                        combo.setCurrentIndex(0)  # one column feeds one field
                        self._touched.add(other)
        finally:
            self._updating = False
        self._refresh_rows()
        self.changed.emit()

    def _refresh_rows(self) -> None:
        for field, combo in self._combos.items():
            header = combo.currentData()
            missing = self._is_required(field) and not header
            if combo.property("missing") != missing:
                combo.setProperty("missing", missing)
                combo.style().unpolish(combo)
                combo.style().polish(combo)
            sample = self._samples.get(header, "") if header else ""
            if len(sample) > SAMPLE_LIMIT:
                sample = sample[: SAMPLE_LIMIT - 1] + "…"
            self.sample_label(field).setText(sample)

    def _is_required(self, field: str) -> bool:
        return any(spec.key == field and spec.required for spec in FIELDS[self.kind])

    # -- access --------------------------------------------------------------------------------------

    def combo(self, field: str) -> QComboBox:
        return self._combos[field]

    def sample_label(self, field: str) -> QLabel:
        return self._grid_host.findChild(QLabel, f"sample-{field}")

    def fields(self) -> list[str]:
        """Field keys in the order shown."""
        return list(self._combos)

    def set_header(self, field: str, header: str | None) -> None:
        """Choose a header for a field as the user would (None or "" = not used)."""
        combo = self._combos[field]
        combo.setCurrentIndex(max(combo.findData(header or ""), 0))

    def mapping(self) -> dict[str, str]:
        """field key → header, for the fields that have a column."""
        return {field: combo.currentData() for field, combo in self._combos.items() if combo.currentData()}

    def run_mapping(self) -> dict[str, str]:
        """Every field, "" for the unused ones: passed to the import so it uses exactly this mapping."""
        return {field: combo.currentData() or "" for field, combo in self._combos.items()}

    def profile_mapping(self) -> dict[str, str]:
        """What a saved profile keeps: the chosen columns, and "" only for the fields the user turned
        off by hand, so a later file's own headers can still be recognised for the rest."""
        mapped = self.mapping()
        off = {field: "" for field in self._touched if field not in mapped}
        return {**mapped, **off}

    def missing_required(self) -> list[str]:
        return [
            spec.key
            for spec in FIELDS[self.kind]
            if spec.required and not self._combos[spec.key].currentData()
        ]

    def missing_labels(self) -> list[str]:
        labels = {spec.key: spec.label for spec in FIELDS[self.kind]}
        return [user_text(labels[key]) for key in self.missing_required()]

    def ignored_headers(self) -> list[str]:
        """The file's headers that feed no field, in column order."""
        used = set(self.mapping().values())
        return [header for header in self.headers if header not in used]


class MappingDialog(QDialog):
    """The mapping editor on its own, for when an import cannot find a required column. OK is enabled
    only when every required field has a column; `result_mapping()` is then field key → header."""

    def __init__(
        self,
        kind: ImportKind | str,
        headers: Sequence[str],
        mapping: Mapping[str, str] | None = None,
        samples: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MappingDialog")
        self.setWindowTitle(self.tr("Pemetaan kolom"))
        self.editor = MappingEditor(self)
        self.editor.set_source(kind, headers, mapping or {}, samples)
        intro = QLabel(
            self.tr(
                "Pilih kolom berkas yang berisi tiap data. Data bertanda {0} "
                "wajib ada; data lain boleh dibiarkan tidak dipakai."
            ).format(_required_mark()),
            wordWrap=True,
        )
        self.status = QLabel(objectName="mapping-status", wordWrap=True)
        self.profile_name = QLineEdit(objectName="profile-name")
        self.profile_name.setPlaceholderText(self.tr("Nama profil (opsional), mis. Rekap BKPSDM 2025"))
        self.profile_name.setToolTip(
            self.tr("Simpan pemetaan ini dengan nama agar dapat dipakai lagi untuk berkas yang serupa")
        )
        profile_row = QHBoxLayout()
        profile_row.addWidget(QLabel(self.tr("Simpan sebagai profil:")))
        profile_row.addWidget(self.profile_name, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        self.ok_button.setText(self.tr("Gunakan pemetaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addWidget(self.editor, 1)
        layout.addLayout(profile_row)
        layout.addWidget(self.buttons)
        self.editor.changed.connect(self._update)
        self._update()
        self.resize(720, 560)

    def _update(self) -> None:
        missing = self.editor.missing_labels()
        self.ok_button.setEnabled(not missing)
        if missing:
            self.status.setProperty("tone", "error")
            self.status.setText(self.tr("Kolom wajib belum dipilih: {0}.").format(", ".join(missing)))
        else:
            self.status.setProperty("tone", "ok")
            self.status.setText(self.tr("Semua kolom wajib sudah dipilih."))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def result_mapping(self) -> dict[str, str]:
        """field key → header for every field that has a column."""
        return self.editor.mapping()

    def run_mapping(self) -> dict[str, str]:
        return self.editor.run_mapping()

    def profile(self) -> str:
        """The profile name typed (normalised), or "" when the mapping is not to be saved."""
        return " ".join(self.profile_name.text().split())

    @staticmethod
    def ask(
        kind: ImportKind | str,
        headers: Sequence[str],
        mapping: Mapping[str, str] | None = None,
        samples: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> tuple[dict[str, str], str] | None:
        """Show the dialog; (mapping, profile name) when accepted, None when cancelled."""
        dialog = MappingDialog(kind, headers, mapping, samples, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_mapping(), dialog.profile()
        finally:
            dialog.deleteLater()


def samples_of(rows: Sequence[Sequence[object]], header_row: int, headers: Sequence[str]) -> dict[str, str]:
    """The first non-blank value under each header within the next rows, as text (header → example)."""
    found: dict[str, str] = {}
    for column, header in enumerate(headers):
        if not header or header in found:
            continue
        for cells in rows[header_row : header_row + 50]:
            value = cells[column] if column < len(cells) else None
            if value is not None and str(value).strip():
                found[header] = _shown(value)
                break
    return found


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "strftime"):  # a date, datetime or pandas Timestamp read from the file
        return short_date_text(value)  # type: ignore[arg-type]
    return " ".join(str(value).split())
