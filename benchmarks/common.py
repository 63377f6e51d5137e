"""Shared helpers for the benchmark scripts: timing, peak memory and a one-line report."""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field


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
