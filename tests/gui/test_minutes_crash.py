"""Killing the app mid-edit loses at most the last autosave interval of the minutes.

A child process opens the Komite page on a copy of the demo database and types the minutes of the prepared
meeting one key at a time, reporting every keystroke; the test kills it with SIGKILL (no chance to save on
the way out) after a few seconds of typing, then reads what the database kept.
"""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from talenta_desktop.models.db import backup_sqlite, open_database
from talenta_desktop.services.committee import list_meetings, minutes_state

AUTOSAVE_MS = 300
KEY_INTERVAL_MS = 50
TYPING_S = 2.5  # how long the child types before it is killed
MARGIN_S = 1.0  # scheduling slack on a slow, shared machine
STARTUP_TIMEOUT_S = 180.0
TYPING_TIMEOUT_S = 120.0

MINUTES = (
    "Rapat dibuka oleh Ketua Komite Talenta pukul 09.05 WIB.\n"
    "Sekretaris memaparkan calon suksesor jabatan target dan rencana pengembangan individu.\n"
    "Komite membahas kesiapan tiap calon berdasarkan kotak talenta dan rekam jejak penugasan.\n"
) * 30

CHILD = """
import os, sys, time

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest

import talenta_desktop.ui.pages.committee as committee_page

database, settings, autosave_ms, interval_ms = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
text = sys.stdin.read()
committee_page.AUTOSAVE_MS = autosave_ms  # before the page exists

from talenta_desktop.app import create_application
from talenta_desktop.models.db import open_database
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.workspace import Workspace

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
app = create_application()
page = committee_page.CommitteePage(Workspace(open_database(database), Actor(username="penguji")))
page.resize(1160, 700)
page.show()
while page.loading:  # the meeting shown first is read in the background
    app.processEvents()
draft = next(m for m in page.meetings if m.status == "draft")
page.select_meeting(draft.id)
assert page.meeting.id == draft.id and page.minutes_edit.toPlainText() == ""
editor = page.minutes_edit
for index in range(page.tabs.count()):
    if page.tabs.widget(index).isAncestorOf(editor):
        page.tabs.setCurrentIndex(index)
editor.setFocus()
print("ready", draft.id, flush=True)

typed = 0


def key():
    global typed
    if typed == len(text):
        timer.stop()
        print("done", flush=True)
        return
    char = text[typed]
    if char == "\\n":
        QTest.keyClick(editor, Qt.Key.Key_Return)
    else:
        QTest.keyClicks(editor, char)
    typed += 1
    if editor.toPlainText() != text[:typed]:
        print("mismatch", typed, repr(editor.toPlainText()[-20:]), flush=True)
    print("typed", typed, time.monotonic(), flush=True)


timer = QTimer()
timer.setInterval(interval_ms)
timer.timeout.connect(key)
timer.start()
app.exec()
"""


def _lines(stream, into: queue.Queue) -> None:
    for line in stream:
        into.put(line.rstrip("\n"))
    into.put(None)  # end of output


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_killing_the_app_mid_edit_loses_at_most_the_last_autosave_interval(demo_db, tmp_path):
    database = backup_sqlite(demo_db.path, tmp_path / "rapat.sqlite")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TALENTA_DATA_DIR": str(tmp_path / "data")}
    env.pop("TALENTA_DB", None)
    stderr = (tmp_path / "child-stderr.txt").open("w")
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(CHILD), str(database), str(tmp_path / "settings"),
         str(AUTOSAVE_MS), str(KEY_INTERVAL_MS)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True, env=env,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_lines, args=(child.stdout, lines), daemon=True)
    reader.start()
    keys: list[tuple[int, float]] = []  # (characters typed, the child's monotonic clock)
    output: list[str] = []

    def take(line: str) -> None:
        output.append(line)
        if line.startswith("typed "):
            _, count, moment = line.split()
            keys.append((int(count), float(moment)))

    def failure(why: str) -> str:
        return f"{why}; child said {output[-5:]!r}; stderr: {(tmp_path / 'child-stderr.txt').read_text()[-2000:]}"

    try:
        child.stdin.write(MINUTES)
        child.stdin.close()
        deadline = time.monotonic() + STARTUP_TIMEOUT_S  # imports and the demo's pages, on a slow machine
        while not keys or keys[-1][1] - keys[0][1] < TYPING_S:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(failure("typing stalled" if keys else "the child did not start typing in time"))
            if line is None or line == "done":
                pytest.fail(failure("the child stopped before it was killed"))
            started = bool(keys)
            take(line)
            if keys and not started:
                deadline = time.monotonic() + TYPING_TIMEOUT_S
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
        reader.join(timeout=60)
        while (line := lines.get_nowait()) is not None:  # what it reported before it died
            take(line)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=60)
        stderr.close()

    ready = [line for line in output if line.startswith("ready ")]
    assert len(ready) == 1, output[:5]
    meeting_id = int(ready[0].split()[1])
    assert not [line for line in output if line.startswith("mismatch")], output
    assert [count for count, _ in keys] == list(range(1, len(keys) + 1))  # every keystroke reported
    last_count, last_moment = keys[-1]

    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    reopened = open_database(database)
    try:
        with reopened.session() as session:
            assert meeting_id in {m.id for m in list_meetings(session) if m.status == "draft"}
            state = minutes_state(session, meeting_id)
    finally:
        reopened.dispose()

    assert state.saved == ""  # never recorded: only the autosaved draft survives the kill
    assert state.draft is not None and state.draft_at is not None
    draft = state.draft
    assert MINUTES.startswith(draft), draft[-40:]  # exactly what was typed, in order, nothing else
    assert len(draft) <= last_count
    cutoff = last_moment - AUTOSAVE_MS / 1000 - MARGIN_S
    must_have = max((count for count, moment in keys if moment <= cutoff), default=0)
    assert must_have > 0  # the check bites: typing went on well past the margin
    assert len(draft) >= must_have, (
        f"the draft holds {len(draft)} characters, but {must_have} were typed by {cutoff:.2f} "
        f"(last keystroke {last_count} at {last_moment:.2f})"
    )
