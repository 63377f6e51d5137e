"""Hiding who people are, in one place: the projector's "names hidden" switch and the redacted
("tersamar") PDF reports follow this one rule, so the wall and the paper agree (DOMAIN §10).

A masked person shows:

* the **initials** of their name, gelar dropped first ("Dr. Siti Aminah, M.Si." → "S.A."), so a
  title does not become a letter and two doctors do not look alike for being doctors;
* a **masked NIP**: the first 4 and last 3 digits kept, the rest '*', length unchanged
  ("1968***********009") — enough to tell two people with the same initials apart in a discussion,
  not enough to look anyone up;

and never:

* their **jabatan**: a post held by one person names them as surely as their name does;
* **free text written about them** (a calibration reason, a note): it may name people.

What remains — box, scores, unit, readiness — is what a room or a reader needs to discuss the
distribution. Callers decide *whether* to mask; this module says *how*.
"""

from __future__ import annotations

import re

from .nip import mask_nip
from .people import split_gelar

__all__ = ["initials", "mask_nip", "masked_identity", "redact_hukdis"]

_WORD_SPLIT = re.compile(r"[\s\-]+")


def initials(full_name: str | None) -> str:
    """ "S.A." for "Dr. Siti Aminah, M.Si.": gelar are dropped first so they do not become initials.
    "—" for a missing name, so a bad record still shows a mark and never the raw value."""
    _, nama, _ = split_gelar(full_name or "")
    letters = [word[0].upper() for word in _WORD_SPLIT.split(nama) if word and word[0].isalpha()]
    return ".".join(letters) + "." if letters else "—"


def masked_identity(full_name: str | None, nip: object) -> tuple[str, str]:
    """(initials, masked NIP): what a masked person is shown as. Never raises."""
    return initials(full_name), mask_nip(nip)


# How services.talent.scoring begins a holding reason that comes from a disciplinary record.
_HUKDIS_REASON = "hukuman disiplin"


def redact_hukdis(reason: str, replacement: str) -> str:
    """A holding reason ("; "-separated parts) with the details of a disciplinary record (its level and
    date) replaced by ``replacement``; the other parts as they are. For whoever may not see them (the
    nine-box of a committee member, a report printed without sensitive data)."""
    parts = [p.strip() for p in reason.split(";") if p.strip()]
    shown = [replacement if p.casefold().startswith(_HUKDIS_REASON) else p for p in parts]
    return "; ".join(dict.fromkeys(shown))
