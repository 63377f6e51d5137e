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

# Nine-box cells: the talent pool (7–9) in greens, the middle row of boxes (4–6) in warm yellows, the
# boxes needing attention (1–3) in oranges and red — the colours regions use on their slides.
BOX_COLORS = {
    9: "#1E8449",
    8: "#52BE80",
    7: "#82C99A",
    6: "#F4D03F",
    5: "#F7DC6F",
    4: "#F9E79F",
    3: "#F0A35E",
    2: "#EB984E",
    1: "#D9534F",
}
# A lighter tint of each, for cell backgrounds behind chips.
BOX_TINTS = {
    9: "#D4EFDF",
    8: "#E3F4EA",
    7: "#EDF8F1",
    6: "#FDF6D8",
    5: "#FDF8E1",
    4: "#FEFBEC",
    3: "#FBE5D2",
    2: "#FAE3D0",
    1: "#F6D5D4",
}
