"""Importing SIASN-style spreadsheets and CSV: personnel, SKP history and assessment results."""

from .engine import ImportCancelled, load_table, run_import
from .fields import FIELDS, KIND_LABELS, FieldSpec, ImportKind
from .mapping import (
    ColumnMapping,
    MissingColumnsError,
    Profile,
    choose_sheet,
    detect_mapping,
    list_profiles,
    load_profile,
    save_profile,
)
from .reading import SUPPORTED, ImportFileError, RawSheet, read_sheet, sheet_names
from .report import ERROR, WARNING, ImportReport, Problem, write_problems_workbook

__all__ = [
    "ERROR",
    "FIELDS",
    "KIND_LABELS",
    "SUPPORTED",
    "WARNING",
    "ColumnMapping",
    "FieldSpec",
    "ImportCancelled",
    "ImportFileError",
    "ImportKind",
    "ImportReport",
    "MissingColumnsError",
    "Problem",
    "Profile",
    "RawSheet",
    "choose_sheet",
    "detect_mapping",
    "list_profiles",
    "load_profile",
    "load_table",
    "read_sheet",
    "run_import",
    "save_profile",
    "sheet_names",
    "write_problems_workbook",
]
