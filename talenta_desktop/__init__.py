"""Talenta Desktop: offline talent management (Manajemen Talenta ASN) for regional HR agencies."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("talenta-desktop")
except PackageNotFoundError:  # running from a checkout or a frozen bundle without metadata
    __version__ = "0.1.0"
