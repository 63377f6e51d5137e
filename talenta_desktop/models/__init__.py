"""SQLAlchemy ORM: one module per aggregate. Importing this package registers every table on Base."""

from .audit import AuditEvent
from .auth import User
from .base import Base
from .imports import ImportProfile
from .organization import Instansi, Unit
from .personnel import (
    Assessment,
    DiklatHistory,
    GolonganHistory,
    HukdisHistory,
    JabatanHistory,
    PendidikanHistory,
    PenghargaanHistory,
    Person,
    Skp,
)
from .talent import Calibration, MappingRun, Placement, ScoringScheme, TalentPeriod

__all__ = [
    "Assessment",
    "AuditEvent",
    "Base",
    "Calibration",
    "DiklatHistory",
    "GolonganHistory",
    "HukdisHistory",
    "ImportProfile",
    "Instansi",
    "JabatanHistory",
    "MappingRun",
    "PendidikanHistory",
    "PenghargaanHistory",
    "Person",
    "Placement",
    "ScoringScheme",
    "Skp",
    "TalentPeriod",
    "Unit",
    "User",
]
