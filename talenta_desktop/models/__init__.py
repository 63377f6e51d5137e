"""SQLAlchemy ORM: one module per aggregate. Importing this package registers every table on Base."""

from .audit import AuditEvent
from .auth import User
from .base import Base
from .committee import (
    AgendaItem,
    Attendance,
    Committee,
    CommitteeMember,
    ConflictOfInterest,
    Decision,
    DiscussionNote,
    FollowUp,
    Meeting,
)
from .development import DevelopmentActivity, DevelopmentPlan
from .exchange import ExchangeSource
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
from .settings import AppSetting
from .succession import CriticalPost, Successor
from .talent import Calibration, MappingRun, Placement, ScoringScheme, TalentPeriod

__all__ = [
    "AgendaItem",
    "AppSetting",
    "Assessment",
    "Attendance",
    "AuditEvent",
    "Base",
    "Calibration",
    "Committee",
    "CommitteeMember",
    "ConflictOfInterest",
    "CriticalPost",
    "Decision",
    "DevelopmentActivity",
    "DevelopmentPlan",
    "DiklatHistory",
    "DiscussionNote",
    "ExchangeSource",
    "FollowUp",
    "GolonganHistory",
    "HukdisHistory",
    "ImportProfile",
    "Instansi",
    "JabatanHistory",
    "MappingRun",
    "Meeting",
    "PendidikanHistory",
    "PenghargaanHistory",
    "Person",
    "Placement",
    "ScoringScheme",
    "Skp",
    "Successor",
    "TalentPeriod",
    "Unit",
    "User",
]
