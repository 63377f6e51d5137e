"""Building the demo agency at scale: `python -m benchmarks.bench_demo [--size 50000]`.

Target (issue 2): 50,000 personnel with histories in under a minute.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from benchmarks.common import peak_rss_mb, report, timed
from talenta_desktop.models.db import open_database
from talenta_desktop.services.actor import SYSTEM
from talenta_desktop.services.demo import build_demo


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite")
        with timed() as t, db.transaction() as session:
            summary = build_demo(session, SYSTEM, size=args.size, seed=1)
        db.dispose()
    report(f"demo build, {summary.personnel:,} personnel", t.seconds, "≤ 60 s", ok=t.seconds <= 60)
    report("peak memory", peak_rss_mb(), "(for information)", unit="MB")


if __name__ == "__main__":
    main()
