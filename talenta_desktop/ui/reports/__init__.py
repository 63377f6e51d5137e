"""The Laporan page's parts: its forms (ui.reports.panels), table models, the package preview dialog,
the progress and result strips, and the labels it shows for the services' codes."""
