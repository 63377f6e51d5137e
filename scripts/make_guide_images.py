"""Make the user guide's screenshots: the app's own `--screenshots` on the demo agency, scaled down.

    .venv/bin/python scripts/make_guide_images.py [--keep DIR]

Runs `talenta-desktop --demo --lang id --screenshots <tmp>` offscreen with a private data folder and
private settings (so neither the developer's databases nor their chosen theme or language leak into the
pictures), then writes every PNG into resources/guide/img/ at most MAX_WIDTH pixels wide. The guide pages
show them smaller still (`<img width=…>`); the extra pixels keep them sharp on high-DPI screens.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "guide" / "img"
MAX_WIDTH = 1000


def take_screenshots(out_dir: Path, data_dir: Path) -> list[Path]:
    """The PNGs the app writes for every page and the projector (see talenta_desktop.app.take_screenshots)."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        TALENTA_DATA_DIR=str(data_dir / "data"),
        XDG_CONFIG_HOME=str(data_dir / "config"),  # QSettings on Linux: theme, language, remembered units
        LANG="id_ID.UTF-8",
    )
    env.pop("TALENTA_DB", None)
    command = [
        sys.executable,
        "-m",
        "talenta_desktop",
        "--demo",
        "--lang",
        "id",
        "--screenshots",
        str(out_dir),
    ]
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"talenta-desktop --screenshots gagal ({result.returncode}):\n{result.stderr}")
    return sorted(out_dir.glob("*.png"))


def scaled_copy(source: Path, target: Path, max_width: int = MAX_WIDTH) -> tuple[int, int]:
    """Write `source` to `target`, smoothly scaled down to `max_width` when wider; returns the new size.

    With Pillow the copy is reduced to a 256-colour palette (no dithering): interface pictures have few
    colours, and the files shrink to about a third with no visible change. Without Pillow, Qt scales it.
    """
    try:
        from PIL import Image
    except ImportError:
        return _scaled_copy_qt(source, target, max_width)
    with Image.open(source) as opened:
        image = opened.convert("RGB")  # screenshots are opaque: no alpha to store
    if image.width > max_width:
        height = round(image.height * max_width / image.width)
        image = image.resize((max_width, height), Image.Resampling.LANCZOS)
    image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(target, optimize=True)
    return image.width, image.height


def _scaled_copy_qt(source: Path, target: Path, max_width: int) -> tuple[int, int]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(source))
    if image.isNull():
        raise SystemExit(f"gambar tidak dapat dibaca: {source}")
    if image.width() > max_width:
        image = image.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    if not image.save(str(target), "PNG", 0):  # 0 = smallest file (PNG is lossless either way)
        raise SystemExit(f"gagal menyimpan {target}")
    return image.width(), image.height()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="simpan juga tangkapan layar ukuran asli di folder ini")
    args = parser.parse_args(argv)
    TARGET.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="talenta-guide-") as tmp:
        tmp_dir = Path(tmp)
        shots = take_screenshots(args.keep or tmp_dir / "shots", tmp_dir)
        if not shots:
            raise SystemExit("talenta-desktop tidak menulis tangkapan layar apa pun")
        for shot in shots:
            target = TARGET / shot.name
            width, height = scaled_copy(shot, target)
            print(f"{target.relative_to(ROOT)}  {width}×{height}  {target.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
