"""The shared table helpers: a readable name column on a narrow window, and a word in an empty table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QImage

from talenta_desktop.ui.models.rows import RowsModel
from talenta_desktop.ui.tables import READABLE, read_only_table, say_when_empty, set_widths


@dataclass(frozen=True)
class Column:
    header: str
    value: object


class Model(RowsModel):
    columns = (
        Column("No.", lambda r: str(r[0])),
        Column("Nama", lambda r: r[1]),
        Column("Peran", lambda r: r[2]),
        Column("Status", lambda r: r[3]),
    )


def _ink_in_the_middle(table) -> int:
    """Pixels in the middle band of the table that differ from its background."""
    image = table.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    background = image.pixel(2, image.height() - 2)
    middle = range(image.height() // 3, 2 * image.height() // 3)
    return sum(image.pixel(x, y) != background for y in middle for x in range(image.width()))


def test_an_empty_table_says_so_and_stops_once_it_has_rows(qtbot):
    model = Model()
    table = read_only_table(model, "t")
    qtbot.addWidget(table)
    table.resize(500, 300)
    table.show()
    qtbot.waitExposed(table)
    assert _ink_in_the_middle(table) == 0
    say_when_empty(table, "Belum ada pengguna di database ini.")
    table.viewport().update()
    qtbot.waitUntil(lambda: _ink_in_the_middle(table) > 50)
    model.set_rows([(1, "Ade", "Ketua", "Aktif")])
    qtbot.waitUntil(lambda: _ink_in_the_middle(table) == 0)


def test_fixed_columns_give_way_so_the_name_stays_readable(qtbot):
    model = Model()
    model.set_rows([(1, "H. Atmaja Zulkarnain, S.Kom.", "Sekretaris", "Hadir")])
    table = read_only_table(model, "t")
    qtbot.addWidget(table)
    set_widths(table, {0: 40, 2: 120, 3: 200}, 1)
    table.resize(900, 200)
    table.show()
    qtbot.waitExposed(table)
    assert table.columnWidth(3) == 200  # room enough: the widths as set
    table.resize(420, 200)
    qtbot.waitUntil(lambda: table.columnWidth(3) < 200)
    assert table.columnWidth(1) >= READABLE - 10  # (the narrowest columns keep a little more)
    table.resize(900, 200)
    qtbot.waitUntil(lambda: table.columnWidth(3) == 200)  # given back when it widens
