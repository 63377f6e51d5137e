"""Use-cases in plain Python (no Qt): each takes a session and an Actor and returns plain data."""
