"""GUI tests: no background task may outlive its test (it would read a database already disposed)."""

from __future__ import annotations

import pytest

from talenta_desktop.ui.workers import cancel_all, running_tasks


@pytest.fixture(autouse=True)
def _background_tasks_end_with_the_test(qtbot):
    yield
    if running_tasks():
        qtbot.waitUntil(lambda: not running_tasks(), timeout=30_000)
    cancel_all()
