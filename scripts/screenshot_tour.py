"""Picture every page as users see it, for a review: each page and Pengaturan tab, the help window and
the projector, in every language × theme × screen size, on the demo agency.

    .venv/bin/python scripts/screenshot_tour.py OUT_DIR [--languages id en] [--themes light dark contrast]
                                               [--sizes 1366x768 1024x768] [--font-scale 1.0]

Writes OUT_DIR/<language>-<theme>-<width>/<page>[.<tab>].png. Each language and theme runs in its own
process with a private data folder and private settings (offscreen), so the developer's databases and
chosen appearance stay out of the pictures and nothing they chose is changed. After each page the
window's size is checked: a page that widened the window is named on stderr, since a window never
shrinks back by itself.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SETTINGS_TABS = ("schemes", "periods", "users", "audit", "privacy", "appearance")


def tour(out_dir: Path, language: str, theme: str, sizes: list[tuple[int, int]], font_scale: float) -> int:
    """Run in the child process: the real window, page by page. Returns the number of pages that did
    not fit the screen."""
    from PySide6.QtCore import QCoreApplication

    from talenta_desktop.app import _settle, build_window, create_application, open_demo_database
    from talenta_desktop.ui.appearance import Appearance, apply_appearance
    from talenta_desktop.ui.help import open_help

    create_application(language)
    apply_appearance(Appearance(language, theme, font_scale))
    window = build_window(open_demo_database(), is_demo=True)
    misfits = 0
    for width, height in sizes:
        folder = out_dir / f"{language}-{theme}-{width}"
        folder.mkdir(parents=True, exist_ok=True)
        window.resize(width, height)
        window.show()
        for name in window.page_names():
            page = window.show_page(name)
            for tab in SETTINGS_TABS if name == "settings" else (None,):
                if tab is not None:
                    page.show_section(tab)
                _settle()
                QCoreApplication.processEvents()
                picture = f"{name}.{tab}" if tab else name
                window.grab().save(str(folder / f"{picture}.png"))
                if (window.width(), window.height()) != (width, height):
                    misfits += 1
                    print(f"{folder.name}/{picture}: window became {window.width()}×{window.height()}",
                          file=sys.stderr)  # fmt: skip
                    window.resize(width, height)
        guide = open_help(window, "ninebox")
        guide.resize(min(width, 1024), height - 40)
        _settle()
        guide.grab().save(str(folder / "help.png"))
        guide.close()
    window.close()
    return misfits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--languages", nargs="+", default=["id", "en"])
    parser.add_argument("--themes", nargs="+", default=["light", "dark", "contrast"])
    parser.add_argument("--sizes", nargs="+", default=["1366x768", "1024x768"])
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--child", nargs=2, metavar=("LANGUAGE", "THEME"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sizes = [tuple(int(part) for part in size.split("x")) for size in args.sizes]
    if args.child:
        return 1 if tour(args.out_dir, *args.child, sizes, args.font_scale) else 0

    failed = 0
    with tempfile.TemporaryDirectory(prefix="talenta-tour-") as private:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TALENTA_DATA_DIR=f"{private}/data",
                   XDG_CONFIG_HOME=f"{private}/config")  # fmt: skip
        env.pop("TALENTA_DB", None)
        for language in args.languages:
            for theme in args.themes:
                command = [sys.executable, __file__, str(args.out_dir), "--child", language, theme,
                           "--sizes", *args.sizes, "--font-scale", str(args.font_scale)]  # fmt: skip
                print(f"{language} {theme}…", flush=True)
                failed += subprocess.run(command, env=env, check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
