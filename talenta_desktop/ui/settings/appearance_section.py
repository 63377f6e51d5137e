"""Pengaturan › Tampilan: language, theme and font size for this computer. A choice is saved at once and
`appearance_chosen` asks the main window to rebuild itself in it; every role may change it, since it
touches no data."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.ui.appearance import Appearance, current_appearance
from talenta_desktop.ui.forms import hint, section
from talenta_desktop.ui.language import LANGUAGE_NAMES, LANGUAGES
from talenta_desktop.ui.shortcuts import SHORTCUTS, key_text, shown
from talenta_desktop.ui.theme import FONT_SCALES, THEME_LABELS, THEMES

THEME_USES = {
    "light": QT_TRANSLATE_NOOP("AppearanceSection", "Untuk bekerja sehari-hari."),
    "dark": QT_TRANSLATE_NOOP(
        "AppearanceSection", "Lebih nyaman di ruangan redup dan untuk mata yang lelah."
    ),
    "contrast": QT_TRANSLATE_NOOP(
        "AppearanceSection",
        "Untuk peta yang diproyeksikan ke dinding dalam rapat komite: huruf hitam tebal di atas putih, "
        "garis tegas dan warna kotak yang kuat.",
    ),
}


class AppearanceSection(QWidget):
    appearance_chosen = Signal(object)  # the new Appearance

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appearanceSection")
        now = current_appearance()

        self.language_combo = QComboBox(objectName="languageCombo")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(LANGUAGES.index(now.language))

        self.theme_group = QButtonGroup(self)
        themes = QVBoxLayout()
        themes.setSpacing(2)
        for index, name in enumerate(THEMES):
            button = QRadioButton(
                QCoreApplication.translate("Theme", THEME_LABELS[name]), objectName=f"theme-{name}"
            )
            button.setChecked(name == now.theme)
            self.theme_group.addButton(button, index)
            use = hint(QCoreApplication.translate("AppearanceSection", THEME_USES[name]))
            use.setContentsMargins(24, 0, 0, 6)
            themes.addWidget(button)
            themes.addWidget(use)

        self.font_combo = QComboBox(objectName="fontScaleCombo")
        for scale in FONT_SCALES:
            text = f"{round(scale * 100)}%"
            if scale == 1.0:
                text = self.tr("{0} (normal)").format(text)
            self.font_combo.addItem(text, scale)
        self.font_combo.setCurrentIndex(FONT_SCALES.index(now.font_scale))

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        for combo in (self.language_combo, self.font_combo):  # as wide as their entries, not the page
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("&Bahasa:"), self.language_combo)
        form.addRow(self.tr("Tema:"), themes)
        form.addRow(self.tr("&Ukuran huruf:"), self.font_combo)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 10, 4, 4)
        layout.addWidget(section(self.tr("Tampilan di komputer ini")))
        layout.addWidget(
            hint(
                self.tr(
                    "Pilihan langsung dipakai dan diingat untuk pembukaan berikutnya. Halaman dibangun ulang "
                    "dalam tampilan baru; pekerjaan yang belum disimpan ditanyakan dulu. Ukuran huruf juga "
                    "dapat diubah di mana saja dengan {0} dan {1}."
                ).format(shown(SHORTCUTS["font-larger"].keys[0]), key_text("font-smaller"))
            )
        )
        layout.addLayout(form)
        layout.addStretch(1)
        self.status = QLabel(objectName="appearanceStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.language_combo.currentIndexChanged.connect(self._chosen)
        self.theme_group.idClicked.connect(self._chosen)
        self.font_combo.currentIndexChanged.connect(self._chosen)

    def chosen(self) -> Appearance:
        return Appearance(
            self.language_combo.currentData(),
            THEMES[max(0, self.theme_group.checkedId())],
            float(self.font_combo.currentData()),
        )

    def choose(self, **changes) -> None:
        """Set the controls as a user would (language=, theme=, font_scale=); each emits the choice."""
        target = replace(self.chosen(), **changes)
        self.language_combo.setCurrentIndex(LANGUAGES.index(target.language))
        if target.theme != self.chosen().theme:
            self.theme_group.button(THEMES.index(target.theme)).click()
        self.font_combo.setCurrentIndex(FONT_SCALES.index(target.font_scale))

    def _chosen(self, *_args) -> None:
        self.appearance_chosen.emit(self.chosen())
