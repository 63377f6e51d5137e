"""The Komite page's parts: labels, table models, the person picker and the dialogs
(the page itself is talenta_desktop.ui.pages.committee)."""
