"""The wall display for Komite Talenta sessions: a separate full-screen window on the projector.

It shows only what is meant for the room — the nine-box in large type and high contrast, following the
operator's filters and selection — while the operator keeps working on the laptop screen. One switch
hides names (initials and masked NIP, by domain.masking: the rule redacted PDF reports follow too, so the
wall and the paper agree), one key blanks the wall, and a counts-only view shows no people.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from talenta_desktop.ui import palette
from talenta_desktop.ui.ninebox_view import NineBoxView
from talenta_desktop.ui.shortcuts import bind

SETTINGS_SCREEN = "projector/screen"
SETTINGS_NAMES_HIDDEN = "projector/namesHidden"


def projector_screen():
    """The remembered screen when connected, else a screen other than the primary, else the primary."""
    screens = QGuiApplication.screens()
    wanted = QSettings().value(SETTINGS_SCREEN)
    for screen in screens:
        if screen.name() == wanted:
            return screen
    primary = QGuiApplication.primaryScreen()
    return next((s for s in screens if s is not primary), primary)


class ProjectorWindow(QWidget):
    def __init__(self, page) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.page = page
        self.setObjectName("projectorWindow")
        self.setWindowTitle(self.tr("Talenta Desktop — Proyektor"))
        # The wall's colours follow the theme; its type sizes are set for the room, not by the
        # operator's font scale.
        self.setStyleSheet(
            f"QWidget#projectorWindow {{ background: {palette.WALL_BACKGROUND}; }}"
            f"QLabel#projectorTitle {{ color: {palette.WALL_TEXT}; font-size: 26pt; font-weight: 700; }}"
            f"QLabel#projectorSubtitle {{ color: {palette.WALL_TEXT_MUTED}; font-size: 15pt; }}"
            f"QWidget#projectorBlank {{ background: {palette.BLANK}; }}"
        )
        self.title = QLabel(objectName="projectorTitle")
        self.subtitle = QLabel(objectName="projectorSubtitle")
        self.subtitle.setWordWrap(True)
        self.view = NineBoxView(self, interactive=False)
        self.view.set_presentation(True)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.view, 1)
        self.blank = QWidget(objectName="projectorBlank")
        self.blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(content)
        self.stack.addWidget(self.blank)

        self.names_hidden = QSettings().value(SETTINGS_NAMES_HIDDEN, False, type=bool)
        self.counts_only = False
        self.view.set_names_hidden(self.names_hidden)
        # Keys work on the wall window too, for an operator with a presenter remote or the window focused.
        bind(self, "projector.blank", self.toggle_blank, window=True)
        bind(self, "projector.names", lambda: self.set_names_hidden(not self.names_hidden), window=True)
        bind(self, "projector.counts", lambda: self.set_counts_only(not self.counts_only), window=True)
        bind(self, "projector.close", self.close, window=True)

        self.view.share_people(page.view)  # the operator's view built them already
        self._stale = True  # shown people lag behind the page while the wall is closed
        page.frame_changed.connect(self.follow)
        page.selection_changed.connect(self._follow_selection)
        self.follow()

    # -- what the wall shows -------------------------------------------------------------------------

    def follow(self) -> None:
        """Show the operator's current (filtered) people. A closed wall only notes that it is behind
        and catches up when shown: laying out a map nobody sees would slow every filter change."""
        tm = self.page.map
        if tm is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.view.share_people(self.page.view)  # a new period gave the page new people
        self.view.set_people(self.page.shown)
        self.title.setText(self.tr("Peta Talenta — Periode {0}").format(tm.period.label))
        n = self.locale().toString
        placed = int(self.page.shown["box"].notna().sum())
        scope = self.page.filters.description(with_search=not self.names_hidden) or self.tr(
            "Seluruh instansi"
        )
        self.subtitle.setText(self.tr("{0} · {1} pegawai dipetakan").format(scope, n(placed)))
        self._follow_selection(self.page.view.selected_person_id() or -1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.follow()

    def _follow_selection(self, person_id: int) -> None:
        if not self.counts_only and not self._stale:
            self.view.select_person(person_id if person_id >= 0 else None)

    def set_names_hidden(self, hidden: bool) -> None:
        self.names_hidden = hidden
        QSettings().setValue(SETTINGS_NAMES_HIDDEN, hidden)
        self.view.set_names_hidden(hidden)
        self.follow()

    def set_counts_only(self, on: bool) -> None:
        self.counts_only = on
        self.view.set_counts_only(on)

    def toggle_blank(self) -> None:
        self.set_blank(self.stack.currentWidget() is not self.blank)

    def set_blank(self, blank: bool) -> None:
        self.stack.setCurrentWidget(self.blank if blank else self.stack.widget(0))

    def is_blank(self) -> bool:
        return self.stack.currentWidget() is self.blank

    # -- where ---------------------------------------------------------------------------------------

    def present(self, screen=None) -> None:
        """Full screen on the projector screen; on a single screen, a window the operator can place."""
        screen = screen or projector_screen()
        QSettings().setValue(SETTINGS_SCREEN, screen.name())
        own = self.page.window().screen() if self.page.window() else None
        self.setScreen(screen)
        self.move(screen.geometry().topLeft())
        if own is not None and screen is own and len(QGuiApplication.screens()) == 1:
            self.resize(1024, 768)
            self.show()
        else:
            self.showFullScreen()
        if self._stale:  # already shown (another screen): nothing else to catch up
            self.follow()
