"""Colours shared by the QSS theme and by widgets that paint themselves (charts, the nine-box)."""

ACCENT = "#1F5FA8"  # the blue of Indonesian government documents, readable on a projector
ACCENT_SOFT = "#7FA7D6"
SECONDARY = "#2E8B57"
WARNING = "#C0392B"
TEXT = "#1E2430"
TEXT_MUTED = "#5B6473"
BORDER = "#D5DAE1"
SURFACE = "#FFFFFF"
BACKGROUND = "#F3F5F8"
