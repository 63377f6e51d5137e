#!/usr/bin/env python3
"""Set up the project and run it: `python3 dev.py demo` opens the app on the demo database,
`python3 dev.py test` runs lint and the whole test suite, `python3 dev.py build` makes the frozen
bundle and runs it offscreen. Needs only Python ≥ 3.11.

Everything goes into .venv/ beside this file; a stamp of pyproject.toml skips reinstalling when
nothing changed, so the second run starts at once.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".talenta-installed"
# Shared libraries Qt needs on a bare Debian/Ubuntu machine (offscreen for tests, xcb for a real window).
QT_DEBIAN_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libxcb-xinerama0",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-image0", "libglib2.0-0", "fonts-dejavu-core",
]  # fmt: skip


def run(*cmd: object, env: dict[str, str] | None = None) -> None:
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, env=env)


def ensure_venv() -> None:
    if not PYTHON.exists():
        print("• creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("• installing Talenta Desktop and its dependencies into .venv", flush=True)
        run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[dev]")
        STAMP.write_text(wanted)
    run(PYTHON, "scripts/build_translations.py")


def ensure_qt_libraries() -> None:
    """Install Qt's system libraries with apt-get when Qt cannot start on a bare Linux machine."""
    if not sys.platform.startswith("linux"):
        return
    probe = [str(PYTHON), "-c", "from PySide6.QtWidgets import QApplication; QApplication([])"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if subprocess.run(probe, env=env, capture_output=True).returncode == 0:
        return
    apt = shutil.which("apt-get")
    if apt is None or os.geteuid() != 0:
        sys.exit(
            "Qt cannot start: install your distribution's Qt 6 runtime libraries (xcb, EGL, fontconfig)."
        )
    print("• installing Qt's system libraries with apt-get", flush=True)
    quiet_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(apt, "-qq", "update", env=quiet_env)
    run(apt, "-qq", "install", "-y", "--no-install-recommends", *QT_DEBIAN_PACKAGES, env=quiet_env)


def demo(args: list[str]) -> int:
    ensure_venv()
    ensure_qt_libraries()
    return subprocess.run([str(PYTHON), "-m", "talenta_desktop", "--demo", *args], cwd=ROOT).returncode


def test(args: list[str]) -> int:
    ensure_venv()
    ensure_qt_libraries()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for check in (["ruff", "check", "."], ["ruff", "format", "--check", "."]):
        if subprocess.run([str(BIN / check[0]), *check[1:]], cwd=ROOT).returncode != 0:
            print("ruff found problems (run `.venv/bin/ruff check --fix . && .venv/bin/ruff format .`)")
            return 1
    return subprocess.run([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env).returncode


BUNDLE = ROOT / "dist" / "TalentaDesktop"


def build(args: list[str]) -> int:
    """The one-folder bundle (PyInstaller, build.spec) in dist/TalentaDesktop, then the frozen app run
    offscreen as a user's machine would: `talenta --version`, and every page rendered by
    `talenta-desktop --demo --screenshots` into a fresh data folder."""
    import tempfile

    ensure_venv()
    ensure_qt_libraries()
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[dev,build]")
    run(PYTHON, "scripts/make_icon.py")  # the Windows .ico, from the SVG
    run(PYTHON, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "build.spec", *args)
    suffix = ".exe" if os.name == "nt" else ""
    run(BUNDLE / f"talenta{suffix}", "--version")
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TALENTA_DATA_DIR": scratch}
        shots = Path(scratch) / "shots"
        run(BUNDLE / f"talenta-desktop{suffix}", "--demo", "--screenshots", shots, env=env)
        pages = sorted(p.name for p in shots.glob("*.png"))
        if len(pages) < 8:
            sys.exit(f"the frozen app rendered only {pages}")
    size = sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"• bundle {BUNDLE}: {size / 2**20:.0f} MB; the frozen app rendered {len(pages)} pages", flush=True)
    return 0


COMMANDS = {"demo": demo, "test": test, "build": build}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(
            "usage: python3 dev.py demo [app options] | python3 dev.py test [pytest options] | "
            "python3 dev.py build"
        )
    sys.exit(COMMANDS[sys.argv[1]](sys.argv[2:]))
