"""Shared pieces of the hostile-input tests (issue "Trust"): damaging a genuine file, and proving that a
refused file left the database exactly as it was."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from talenta_desktop.models.db import Database

# Each example costs a few milliseconds to a few tens; TALENTA_FUZZ_EXAMPLES=5000 hunts longer.
EXAMPLES = int(os.environ.get("TALENTA_FUZZ_EXAMPLES", "40"))
fuzz = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def damage(draw: st.DataObject, genuine: bytes, *, head: int | None = None) -> bytes:
    """A genuine file with 1–4 bytes overwritten and, half the time, cut anywhere. With ``head``, half of
    the damage falls in the first ``head`` bytes, where formats keep their directories and headers."""
    damaged = bytearray(genuine)
    for _ in range(draw.draw(st.integers(1, 4), label="flips")):
        end = len(damaged) - 1
        if head is not None and draw.draw(st.booleans(), label="in head"):
            end = min(end, head - 1)
        damaged[draw.draw(st.integers(0, end), label="at")] = draw.draw(st.integers(0, 255), label="byte")
    if draw.draw(st.booleans(), label="cut"):
        damaged = damaged[: draw.draw(st.integers(0, len(damaged)), label="length")]
    return bytes(damaged)


def database_bytes(db: Database) -> str:
    """The SHA-256 of the database file as it stands on disk, every connection closed first (so the WAL is
    checkpointed into it): equal before and after means byte-for-byte unchanged."""
    assert db.path is not None
    db.dispose()
    digest = hashlib.sha256(db.path.read_bytes())
    wal = Path(f"{db.path}-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    return digest.hexdigest()


def damage_inside_zip(draw: st.DataObject, genuine: bytes) -> bytes:
    """A genuine ZIP container (.xlsx, .ods) rewritten whole, one member's uncompressed content damaged:
    the archive stays valid, so the damage reaches the XML and the reader behind it."""
    with zipfile.ZipFile(io.BytesIO(genuine)) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    chosen = draw.draw(st.sampled_from([info.filename for info, _ in members]), label="member")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info, content in members:
            if info.filename == chosen:
                content = damage(draw, content)
            archive.writestr(info, content)
    return out.getvalue()
