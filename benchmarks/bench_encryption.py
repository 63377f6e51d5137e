"""What encryption at rest costs: the same 50,000-person database, plain and under SQLCipher.

Both copies are made from the cached demo (benchmarks/.data/) in this run; the encrypted one with
`export_encrypted`, as `talenta encrypt` does. Each scenario runs on both, alternating, and the report
gives the encrypted time as a ratio of the plain one (no DESIGN target: the ratio is what a user pays).
Also the cost of a sign-in (scrypt at the stored cost, once per start) and of opening the database.

    .venv/bin/python -m benchmarks.bench_encryption [--size 50000] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import demo_database_apart, report, timed
from talenta_desktop.models.db import Database, backup_sqlite, export_encrypted, open_database
from talenta_desktop.models.encryption import KeySlots, new_database_key
from talenta_desktop.services.actor import SYSTEM
from talenta_desktop.services.personnel import personnel_frame
from talenta_desktop.services.talent.mapping import map_period

PERIOD = "2025"


def _map(db: Database) -> None:
    with db.session() as session, session.begin():
        map_period(session, SYSTEM, PERIOD)
        session.rollback()  # every run sees the same database


def _personnel(db: Database) -> None:
    with db.session() as session:
        personnel_frame(session)


def _alternate(runs: int, plain: Database, encrypted: Database, action: Callable[[Database], None]):
    times: dict[str, list[float]] = {"plain": [], "encrypted": []}
    for _ in range(runs):
        for name, db in (("plain", plain), ("encrypted", encrypted)):
            with timed() as t:
                action(db)
            times[name].append(t.seconds)
    return statistics.median(times["plain"]), statistics.median(times["encrypted"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    source = demo_database_apart(args.size)
    with tempfile.TemporaryDirectory() as folder:
        plain_path, encrypted_path = Path(folder) / "plain.sqlite", Path(folder) / "encrypted.sqlite"
        backup_sqlite(source, plain_path)
        open_database(plain_path).dispose()  # migrated to this version's schema, like the encrypted copy
        key = new_database_key()
        with timed() as encrypting:
            export_encrypted(plain_path, encrypted_path, key)
        report(f"encrypt a copy of {args.size:,} people (sqlcipher_export)", encrypting.seconds, "none")

        slots = KeySlots.create(encrypted_path)
        slots.put("admin", "kata-sandi-uji", key)
        with timed() as signing_in:
            slots.open("admin", "kata-sandi-uji")
        report("sign-in: unseal the key (scrypt n=2^17)", signing_in.seconds, "none")

        opening = (_open_time(plain_path, None, args.runs), _open_time(encrypted_path, key, args.runs))
        _report("open the database", *opening)
        plain = open_database(plain_path)
        encrypted = open_database(encrypted_path, key=key)
        try:
            _report("load the personnel table", *_alternate(args.runs, plain, encrypted, _personnel))
            _report("map period 2025 (rolled back)", *_alternate(args.runs, plain, encrypted, _map))
        finally:
            plain.dispose()
            encrypted.dispose()


def _report(name: str, plain_s: float, encrypted_s: float) -> None:
    report(f"{name}: plain", plain_s, "none")
    report(f"{name}: encrypted", encrypted_s, "none")
    report(f"{name}: encrypted / plain", encrypted_s / plain_s, "none", unit="x")


def _open_time(path: Path, key: bytes | None, runs: int) -> float:
    times = []
    for _ in range(runs):
        with timed() as t:
            open_database(path, key=key).dispose()
        times.append(t.seconds)
    return statistics.median(times)


if __name__ == "__main__":
    main()
