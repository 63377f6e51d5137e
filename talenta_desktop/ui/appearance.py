"""How the interface looks and speaks — language, theme and font size — as one preference: read from
QSettings at start, changed in Pengaturan › Tampilan, applied to the whole application at once."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QSettings

from talenta_desktop import config
from talenta_desktop.ui.language import LANGUAGES, apply_language, current_language, saved_language
from talenta_desktop.ui.theme import FONT_SCALES, THEMES, apply_theme, current_font_scale, current_theme


@dataclass(frozen=True)
class Appearance:
    language: str = "id"
    theme: str = "light"
    font_scale: float = 1.0

    def normalised(self) -> Appearance:
        """Unknown values (an old or hand-edited settings file) fall back to the defaults."""
        scale = min(FONT_SCALES, key=lambda s: abs(s - self.font_scale))
        return Appearance(
            self.language if self.language in LANGUAGES else "id",
            self.theme if self.theme in THEMES else "light",
            scale,
        )

    def with_font_step(self, steps: int) -> Appearance:
        """One size larger (+1) or smaller (-1) on the FONT_SCALES ladder, stopping at its ends."""
        index = FONT_SCALES.index(self.normalised().font_scale) + steps
        return replace(self, font_scale=FONT_SCALES[max(0, min(len(FONT_SCALES) - 1, index))])


def saved_appearance() -> Appearance:
    settings = QSettings()
    theme = settings.value("ui/theme", config.SETTINGS["ui/theme"].default)
    try:
        scale = float(settings.value("ui/font-scale", config.SETTINGS["ui/font-scale"].default))
    except (TypeError, ValueError):
        scale = 1.0
    return Appearance(saved_language(), str(theme), scale).normalised()


def save_appearance(appearance: Appearance) -> None:
    settings = QSettings()
    settings.setValue("ui/language", appearance.language)
    settings.setValue("ui/theme", appearance.theme)
    settings.setValue("ui/font-scale", appearance.font_scale)


def current_appearance() -> Appearance:
    """What the running application shows now (which may differ from the saved choice, e.g. --lang)."""
    return Appearance(current_language(), current_theme(), current_font_scale())


def apply_appearance(appearance: Appearance) -> None:
    """Language, theme and font for the application; windows built afterwards take them in full."""
    app = QCoreApplication.instance()
    appearance = appearance.normalised()
    apply_language(app, appearance.language)
    apply_theme(app, appearance.theme, appearance.font_scale)
