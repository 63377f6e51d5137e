"""Every keyboard shortcut of the application, in one table: the code binds keys from here, and the
cheat sheet (Ctrl+/) and the user guide list this same table, so neither can drift from the other."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Shortcut:
    keys: tuple[str, ...]  # portable QKeySequence text; the first is the one shown
    text: str  # what it does, source text for the "Shortcuts" context
    area: str  # where it works: an AREAS key


AREAS = {
    "global": QT_TRANSLATE_NOOP("Shortcuts", "Di mana saja"),
    "ninebox": QT_TRANSLATE_NOOP("Shortcuts", "Peta Talenta"),
    "projector": QT_TRANSLATE_NOOP("Shortcuts", "Jendela proyektor"),
    "committee": QT_TRANSLATE_NOOP("Shortcuts", "Komite"),
    "development": QT_TRANSLATE_NOOP("Shortcuts", "Pengembangan"),
    "succession": QT_TRANSLATE_NOOP("Shortcuts", "Suksesi"),
    "settings": QT_TRANSLATE_NOOP("Shortcuts", "Pengaturan › Skema penilaian"),
    "compare": QT_TRANSLATE_NOOP("Shortcuts", "Jendela perbandingan kandidat (Suksesi)"),
    "guide": QT_TRANSLATE_NOOP("Shortcuts", "Jendela panduan"),
}
WINDOWS = ("projector", "compare", "guide")  # areas that are windows of their own, apart from the main one

PAGE_KEYS = tuple(f"Ctrl+{n}" for n in range(1, 9))  # the pages in the order of the navigation list

SHORTCUTS: dict[str, Shortcut] = {
    "help": Shortcut(("F1",), QT_TRANSLATE_NOOP("Shortcuts", "Panduan untuk halaman yang terbuka"), "global"),
    "cheat-sheet": Shortcut(("Ctrl+/",), QT_TRANSLATE_NOOP("Shortcuts", "Daftar pintasan ini"), "global"),
    "pages": Shortcut(
        PAGE_KEYS,
        QT_TRANSLATE_NOOP("Shortcuts", "Pindah halaman, menurut urutan di kiri (Ctrl+1 Beranda … Ctrl+8 Pengaturan)"),
        "global",
    ),
    "search": Shortcut(("Ctrl+F",), QT_TRANSLATE_NOOP("Shortcuts", "Ke kotak pencarian halaman ini"), "global"),
    "import": Shortcut(("Ctrl+I",), QT_TRANSLATE_NOOP("Shortcuts", "Impor data pegawai, SKP atau asesmen"), "global"),
    "full-screen": Shortcut(("F11",), QT_TRANSLATE_NOOP("Shortcuts", "Layar penuh, atau kembali"), "global"),
    "font-larger": Shortcut(("Ctrl++", "Ctrl+="), QT_TRANSLATE_NOOP("Shortcuts", "Perbesar huruf"), "global"),
    "font-smaller": Shortcut(("Ctrl+-",), QT_TRANSLATE_NOOP("Shortcuts", "Perkecil huruf"), "global"),
    "font-reset": Shortcut(("Ctrl+0",), QT_TRANSLATE_NOOP("Shortcuts", "Ukuran huruf normal"), "global"),
    "quit": Shortcut(("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Keluar"), "global"),
    "ninebox.undo": Shortcut(("Ctrl+Z",), QT_TRANSLATE_NOOP("Shortcuts", "Batalkan pemindahan terakhir"), "ninebox"),
    "ninebox.redo": Shortcut(("Ctrl+Y", "Ctrl+Shift+Z"), QT_TRANSLATE_NOOP("Shortcuts", "Ulangi pemindahan"), "ninebox"),
    "ninebox.projector": Shortcut(("F5",), QT_TRANSLATE_NOOP("Shortcuts", "Buka atau tutup jendela proyektor"), "ninebox"),
    "ninebox.names": Shortcut(
        ("Ctrl+Shift+H",), QT_TRANSLATE_NOOP("Shortcuts", "Sembunyikan nama di proyektor"), "ninebox"
    ),
    "ninebox.blank": Shortcut(("Ctrl+B",), QT_TRANSLATE_NOOP("Shortcuts", "Kosongkan layar proyektor"), "ninebox"),
    "projector.blank": Shortcut(("B",), QT_TRANSLATE_NOOP("Shortcuts", "Kosongkan layar, atau tampilkan lagi"), "projector"),
    "projector.names": Shortcut(("H",), QT_TRANSLATE_NOOP("Shortcuts", "Sembunyikan atau tampilkan nama"), "projector"),
    "projector.counts": Shortcut(("C",), QT_TRANSLATE_NOOP("Shortcuts", "Hanya jumlah per kotak"), "projector"),
    "projector.close": Shortcut(("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Tutup jendela proyektor"), "projector"),
    "committee.new-meeting": Shortcut(("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "Rapat baru"), "committee"),
    "committee.save-minutes": Shortcut(("Ctrl+S",), QT_TRANSLATE_NOOP("Shortcuts", "Simpan notulen"), "committee"),
    "development.new-plan": Shortcut(("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "Buat rencana pengembangan"), "development"),
    "succession.new-post": Shortcut(("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "Jabatan kritikal baru"), "succession"),
    "succession.compare-full-screen": Shortcut(
        ("F11",), QT_TRANSLATE_NOOP("Shortcuts", "Layar penuh, atau kembali"), "compare"
    ),
    "settings.save-scheme": Shortcut(
        ("Ctrl+S",), QT_TRANSLATE_NOOP("Shortcuts", "Simpan skema sebagai versi baru"), "settings"
    ),
    "guide.find": Shortcut(("Ctrl+F",), QT_TRANSLATE_NOOP("Shortcuts", "Cari di halaman panduan"), "guide"),
    "guide.next": Shortcut(("F3",), QT_TRANSLATE_NOOP("Shortcuts", "Temuan berikutnya (juga Enter di kotak cari)"), "guide"),
    "guide.previous": Shortcut(
        ("Shift+F3",), QT_TRANSLATE_NOOP("Shortcuts", "Temuan sebelumnya (juga Shift+Enter)"), "guide"
    ),
    "guide.back": Shortcut(("Alt+Left",), QT_TRANSLATE_NOOP("Shortcuts", "Halaman panduan sebelumnya"), "guide"),
    "guide.forward": Shortcut(("Alt+Right",), QT_TRANSLATE_NOOP("Shortcuts", "Halaman panduan berikutnya"), "guide"),
    "guide.home": Shortcut(("Alt+Home",), QT_TRANSLATE_NOOP("Shortcuts", "Halaman awal panduan"), "guide"),
    "guide.escape": Shortcut(
        ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Hapus pencarian, atau tutup panduan"), "guide"
    ),
}  # fmt: skip


def sequences(name: str) -> list[QKeySequence]:
    return [QKeySequence(keys) for keys in SHORTCUTS[name].keys]


def set_keys(action: QAction, name: str) -> QAction:
    """Give an action its keys from the table."""
    action.setShortcuts(sequences(name))
    return action


def bind(widget: QWidget, name: str, slot: Callable[[], object], *, window: bool = False) -> None:
    """Keys from the table that call `slot` while `widget` (a page: the keys work only there) or, with
    `window`, its whole window has the focus."""
    context = Qt.ShortcutContext.WindowShortcut if window else Qt.ShortcutContext.WidgetWithChildrenShortcut
    for sequence in sequences(name):
        shortcut = QShortcut(sequence, widget)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)


def key_text(name: str) -> str:
    """The keys as this platform and language write them ("Ctrl+/"), several joined with " / "."""
    shortcut = SHORTCUTS[name]
    if shortcut.keys == PAGE_KEYS:
        return f"{shown(PAGE_KEYS[0])} … {shown(PAGE_KEYS[-1])}"
    return " / ".join(shown(keys) for keys in shortcut.keys)


def shown(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def description(name: str) -> str:
    return QCoreApplication.translate("Shortcuts", SHORTCUTS[name].text)


def area_title(area: str) -> str:
    return QCoreApplication.translate("Shortcuts", AREAS[area])


def cheat_sheet_html() -> str:
    """The table as rich text, one section per area, in the interface language."""
    from html import escape

    parts = []
    for area in AREAS:
        rows = "".join(
            f"<tr><td class='keys'><b>{escape(key_text(name))}</b></td><td>{escape(description(name))}</td></tr>"
            for name, shortcut in SHORTCUTS.items()
            if shortcut.area == area
        )
        parts.append(
            f"<h3>{escape(area_title(area))}</h3><table cellspacing='0' cellpadding='4'>{rows}</table>"
        )
    return "".join(parts)
