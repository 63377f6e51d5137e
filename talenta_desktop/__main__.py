"""`python -m talenta_desktop` and the `talenta-desktop` command open the GUI."""

import importlib
import sys

# What the first window needs that has nothing to do with Qt, imported before Qt: once PySide6 is
# imported, its import hook reads the source of every module imported after it (looking for
# `from __feature__ import …`), which costs SQLAlchemy, the models and these services about a fifth of
# a second of start-up (DESIGN §6, benchmarks/bench_startup.py).
BEFORE_QT = (
    "talenta_desktop.config",
    "talenta_desktop.models.db",
    "talenta_desktop.services.backups",
    "talenta_desktop.services.overview",
    "talenta_desktop.services.permissions",
    "talenta_desktop.services.units",
    "talenta_desktop.services.users",
    "talenta_desktop.services.workspace",
    "sqlalchemy.dialects.sqlite",  # loaded by the first engine
)


def import_before_qt() -> None:
    for name in BEFORE_QT:
        importlib.import_module(name)


def main() -> int:
    import_before_qt()
    from talenta_desktop.app import run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
