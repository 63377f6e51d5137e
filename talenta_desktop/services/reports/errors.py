"""What the talent-map, profile and executive reports raise when asked for something that cannot be printed.

One class for the caller to catch (the CLI turns it into exit status 1 with the message on stderr, the GUI
into a message box): the message is Indonesian and names the value the user typed — the unit, the NIP, the
period — because "not found" without the value sends a BKPSDM operator hunting for the typo.
"""

from __future__ import annotations

from talenta_desktop.domain.messages import MessageError

__all__ = ["InvalidNipError", "ReportError"]


class ReportError(MessageError, ValueError):
    """The report cannot be made as asked (unknown unit, NIP or period, a period not yet mapped)."""


class InvalidNipError(ReportError):
    """The text given as NIP is no NIP at all (wrong length, letters): a typo, not a missing person."""
