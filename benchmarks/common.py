"""Shared helpers for the benchmark scripts: timing, peak memory and a one-line report."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / ".data"  # generated databases and workbooks, kept between runs
SEED = 1


@dataclass
class Timing:
    seconds: float = 0.0
    laps: list[float] = field(default_factory=list)


@contextmanager
def timed() -> Timing:
    result = Timing()
    started = time.perf_counter()
    try:
        yield result
    finally:
        result.seconds = time.perf_counter() - started


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest of several runs: the least disturbed by the rest of a shared machine."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def peak_rss_mb() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / (1024 * 1024) if sys.platform == "darwin" else usage / 1024


def report(scenario: str, value: float, target: str, *, unit: str = "s", ok: bool | None = None) -> None:
    verdict = "" if ok is None else ("  ✓ within target" if ok else "  ✗ OVER TARGET")
    print(f"{scenario:<55} {value:10.3f} {unit:<4} target {target}{verdict}", flush=True)


def demo_database(size: int, seed: int = SEED) -> Path:
    """Path of a demo database with `size` people (periods 2024 and 2025 mapped), built once."""
    DATA.mkdir(exist_ok=True)
    target = DATA / f"demo_{size}_{seed}.sqlite"
    if target.exists():
        return target
    from talenta_desktop.models.db import backup_sqlite, open_database
    from talenta_desktop.services.actor import SYSTEM
    from talenta_desktop.services.demo import build_demo

    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = open_database(partial)
    with timed() as t, db.transaction() as session:
        build_demo(session, SYSTEM, size=size, seed=seed)
    db.dispose()
    backup_sqlite(partial, target)  # one self-contained file, WAL folded in
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    print(f"(demo database of {size:,} people built in {t.seconds:.1f} s: {target})", flush=True)
    return target


def demo_database_apart(size: int, seed: int = SEED) -> Path:
    """``demo_database``, built (when missing) in a child process, so that the caller's peak memory is
    what it measures and not the demo generator's."""
    subprocess.run(
        [sys.executable, "-c", f"from benchmarks.common import demo_database; demo_database({size}, {seed})"],
        check=True,
    )
    return demo_database(size, seed)
