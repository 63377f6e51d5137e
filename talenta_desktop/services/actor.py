"""Who is acting: every service call names its actor, and every write records it in the audit log."""

from __future__ import annotations

import getpass
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    username: str
    role: str = "administrator"

    @classmethod
    def local(cls) -> Actor:
        """The person at this computer, before local user accounts are set up."""
        try:
            name = getpass.getuser()
        except Exception:  # no login name (service account, odd Windows set-ups)
            name = "pengguna"
        return cls(username=f"os:{name}")


SYSTEM = Actor(username="sistem")
