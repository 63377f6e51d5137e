"""Talent mapping (DOMAIN §3–§4): periods, scoring schemes, mapping runs, calibration and the map itself."""
