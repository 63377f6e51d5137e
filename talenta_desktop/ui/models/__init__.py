"""Qt item models: thin adapters between service data (DataFrames, plain rows) and Qt's views."""

from .personnel_table import PersonnelTableModel

__all__ = ["PersonnelTableModel"]
