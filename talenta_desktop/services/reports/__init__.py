"""Printed documents (reportlab): each report is plain data in, a PDF out."""
