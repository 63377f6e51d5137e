"""Rules of the field (DOMAIN.md) as pure functions: no database, no Qt.

Every layer may import this package; it imports nothing of the application.
"""
