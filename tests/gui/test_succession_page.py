"""The Suksesi page driven as a BKPSDM analyst and the Komite Talenta would: posts with their bench
strength and the urgent ones flagged, candidates ranked with every rule checked, a successor proposed and
its readiness changed in place, confirmed only in a meeting being held, up to four candidates compared
side by side, and the succession rules edited with live validation."""

from __future__ import annotations

import sqlite3
from datetime import date

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

import talenta_desktop.ui.pages.succession as succession_page
from talenta_desktop.app import create_application
from talenta_desktop.domain.dates import retirement_date
from talenta_desktop.models import Person
from talenta_desktop.models.succession import POST_KINDS, SUCCESSOR_STATUSES
from talenta_desktop.services import committee
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.succession.candidates import RULE_LABELS, RULES, candidates, talent_cards
from talenta_desktop.services.succession.posts import (
    KIND_LABELS,
    create_post,
    list_posts,
    propose_successor,
    update_post,
    vacancy_text,
)
from talenta_desktop.services.succession.settings import HUKDIS_LEVELS, get_settings
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import palette
from talenta_desktop.ui.succession import labels
from talenta_desktop.ui.succession.compare import CompareDialog
from talenta_desktop.ui.succession.dialogs import PostDialog, ProposeDialog, SettingsDialog
from talenta_desktop.ui.succession.models import (
    CandidateFilter,
    CandidateModel,
    IdRole,
    PostModel,
    ReadinessModel,
    StateRole,
    SuccessorModel,
    candidate_rows,
)
from talenta_desktop.ui.succession.models import (
    number as score_text,
)

PERIOD = "2025"
CHECK = Qt.ItemDataRole.CheckStateRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole


# -- set-up -------------------------------------------------------------------------------------------


@pytest.fixture
def make_page(qtbot, actor):
    def make(db, who: Actor | None = None) -> succession_page.SuccessionPage:
        create_application()
        page = succession_page.SuccessionPage(Workspace(db, who or actor))
        page.setObjectName("page-succession")
        qtbot.addWidget(page)
        page.resize(1166, 660)
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: not page.loading, timeout=10_000)  # the first post's candidates
        return page

    return make


def _select_post(qtbot, page, post_id: int) -> None:
    """Select a post and wait for its candidates (computed in the background)."""
    page.select_post(post_id)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):
    """Fail loudly if the page asks a question the test did not expect (it would block)."""

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected question: {args[1:3]}")

    monkeypatch.setattr(succession_page, "ask", unexpected)


@pytest.fixture
def answer_yes(monkeypatch):
    asked = []

    def yes(parent, title, question, *_):
        asked.append(question)
        return True

    monkeypatch.setattr(succession_page, "ask", yes)
    return asked


def _sql(db, query: str, *args):
    with sqlite3.connect(db.path) as conn:
        return conn.execute(query, args).fetchall()


def _heads(session) -> list[Person]:
    """The demo's JPT Pratama heads whose retirement is more than two years away (not urgent)."""
    today = date.today()
    people = session.query(Person).filter(Person.jenjang_jabatan == "JPT Pratama").order_by(Person.id).all()
    return [p for p in people if (retirement_date(p.tanggal_lahir, 60) - today).days > 730]


def _clear_posts(db, actor) -> None:
    """Take the demo's own posts (if it has any) out of the plan, so a test knows every post shown."""
    with db.transaction() as session:
        for post in list_posts(session, PERIOD):
            update_post(session, actor, post.id, active=False)


def _make_posts(db, actor, n: int = 3, *, urgent_first: bool = False) -> list[int]:
    """The only active posts: for the first ``n`` heads (incumbent = the head, minimum golongan IV/a);
    with ``urgent_first`` the first head's birth date moves so that they retire at the start of next
    month."""
    _clear_posts(db, actor)
    with db.transaction() as session:
        heads = _heads(session)[:n]
        if urgent_first:
            today = date.today()
            heads[0].tanggal_lahir = date(today.year - 60, today.month, 1)
        return [
            create_post(session, actor, h.jabatan_nama, kind="target", jenjang_jabatan="JPT Pratama",
                        unit_id=h.unit_id, min_golongan="IV/a", incumbent_id=h.id)
            for h in heads
        ]  # fmt: skip


def _eligible(db, post_id: int) -> pd.DataFrame:
    with db.session() as session:
        return candidates(session, PERIOD, post_id, eligible_only=True)


def _propose(db, actor, post_id: int, person_id: int, readiness: str) -> int:
    with db.transaction() as session:
        return propose_successor(session, actor, PERIOD, post_id, person_id, readiness)


def _dialog(qtbot, page, kind):
    """The dialog of ``kind`` now open (one closed before may linger until its deferred delete)."""

    def shown():
        return next((d for d in page.findChildren(kind) if d.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    return shown()


def _ok(qtbot, dialog) -> None:
    assert dialog.ok_button.isEnabled(), dialog.messages.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _row_cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def _activate_meeting_2(db, actor) -> None:
    """The demo's draft meeting 2, every member present, opened."""
    with db.transaction() as session:
        members = committee.list_committees(session)[0].members
        for member in members:
            committee.set_attendance(session, actor, 2, member.id, "hadir")
        committee.activate_meeting(session, actor, 2)


# -- labels and models ----------------------------------------------------------------------------------


def test_the_screen_labels_cover_exactly_the_service_codes():
    assert set(labels.KIND_TEXT) == set(POST_KINDS) == set(KIND_LABELS)
    assert labels.KIND_LONG_TEXT == KIND_LABELS
    assert labels.RULE_TEXT == RULE_LABELS
    assert tuple(labels.RULE_HEADER) == RULES
    assert set(labels.SUCCESSOR_STATUS_TEXT) == set(SUCCESSOR_STATUSES)
    assert tuple(labels.HUKDIS_LEVEL_TEXT) == HUKDIS_LEVELS


def test_table_models_pass_the_model_tester(qtmodeltester, demo_db, actor):
    post_ids = _make_posts(demo_db, actor, 2)
    top = _eligible(demo_db, post_ids[0])
    _propose(demo_db, actor, post_ids[0], int(top.person_id[0]), "siap_sekarang")
    _propose(demo_db, actor, post_ids[0], int(top.person_id[1]), "siap_3")
    with demo_db.session() as session:
        posts = list_posts(session, PERIOD)
        frame = candidates(session, PERIOD, post_ids[0])
        settings = get_settings(session)
    post_model = PostModel()
    post_model.set_posts(posts, date.today(), 12, vacancy_text)
    successor_model = SuccessorModel()
    successor_model.set_rows(posts[0].successors)
    candidate_model = CandidateModel()
    candidate_model.set_rows(candidate_rows(frame))
    candidate_model.setData(candidate_model.index(0, 0), Qt.CheckState.Checked, CHECK)
    candidate_model.set_successors({s.person_id: s.status for s in posts[0].successors})
    proxy = CandidateFilter()
    proxy.setSourceModel(candidate_model)
    proxy.set_eligible_only(False)
    readiness = ReadinessModel(settings.readiness)
    for model in (post_model, successor_model, candidate_model, proxy, readiness):
        qtmodeltester.check(model, force_py=True)
    assert post_model.rowCount() == 2 and successor_model.rowCount() == 2
    assert candidate_model.rowCount() == proxy.rowCount() == len(frame) > 0
    assert readiness.rowCount() == len(settings.readiness)


def test_a_hukdis_reason_is_shown_only_to_who_may_see_hukdis():
    frame = pd.DataFrame(
        {
            "person_id": [7], "nip": ["198001012005011001"], "nama_lengkap": ["Budi"], "jabatan": ["Kabid"],
            "unit": ["Dinas X"], "jenjang": ["Administrator"], "golongan": ["IV/a"],
            "box": pd.array([9], dtype="Int64"), "nilai_talenta": [90.0], "rank": pd.array([None], dtype="Int64"),
            "eligible": [False], "ok_level": [True], "ok_golongan": [False], "ok_hukdis": [False],
            "ok_retirement": [True],
            "reasons": [("Golongan III/d di bawah IV/a.", "Hukuman disiplin tingkat sedang (TMT 1 Mei 2025).")],
        }
    )  # fmt: skip
    (seen,) = candidate_rows(frame, show_hukdis=True)
    assert seen.why == (
        "",
        "Golongan III/d di bawah IV/a.",
        "Hukuman disiplin tingkat sedang (TMT 1 Mei 2025).",
        "",
    )
    (hidden,) = candidate_rows(frame, show_hukdis=False)
    assert hidden.why[1] == "Golongan III/d di bawah IV/a."
    assert "sedang" not in hidden.why[2] and "rincian tidak ditampilkan" in hidden.why[2]


# -- the posts ---------------------------------------------------------------------------------------------


def test_posts_show_bench_strength_and_the_urgent_post_stands_out(qtbot, make_page, demo_db, actor):
    urgent, covered, bare = _make_posts(demo_db, actor, 3, urgent_first=True)
    top = _eligible(demo_db, covered)
    _propose(demo_db, actor, covered, int(top.person_id[0]), "siap_sekarang")
    _propose(demo_db, actor, covered, int(top.person_id[1]), "siap_1_2")
    page = make_page(demo_db)
    model = page.post_model
    assert [r.id for r in model.rows] == [urgent, covered, bare]

    cells = {r.id: _row_cells(model, i) for i, r in enumerate(model.rows)}
    assert cells[covered][PostModel.BENCH_COLUMN] == "1 / 1 dari 2"
    assert cells[bare][PostModel.BENCH_COLUMN] == "0 / 0 dari 2"
    assert cells[urgent][PostModel.STATUS_COLUMN] == "Mendesak"
    assert cells[covered][PostModel.STATUS_COLUMN] == "Memadai"
    assert cells[bare][PostModel.STATUS_COLUMN] == "Belum ada yang siap"
    assert "bulan lagi" in cells[urgent][PostModel.VACANCY_COLUMN]
    assert cells[urgent][2] == model.rows[0].post.unit and cells[urgent][3] == "JPT Pratama"

    states = [model.index(i, 0).data(StateRole) for i in range(3)]
    assert states == ["urgent", "ok", "no_ready"]
    backgrounds = [model.index(i, 4).data(BACKGROUND) for i in range(3)]
    assert backgrounds[0].color() == QColor(palette.ERROR_ROW)
    assert backgrounds[1] is None
    assert backgrounds[2].color() == QColor(palette.CAUTION_BG)

    # the table lists the soonest vacancy first; a header click sorts by another column
    proxy = page.post_proxy
    vacancies = [model.rows[model.row_of(proxy.index(r, 0).data(IdRole))].post.vacancy_on for r in range(3)]
    assert vacancies == sorted(vacancies) and proxy.index(0, 0).data(IdRole) == urgent
    page.posts_table.sortByColumn(PostModel.BENCH_COLUMN, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data(IdRole) == covered

    # the summary and the banner name the urgent post; its link selects it
    assert "<b>3</b> jabatan target" in page.bench_label.text()
    assert "<b>1</b> dari 3 punya suksesor siap sekarang" in page.bench_label.text()
    assert page.urgent_banner.isVisible()
    assert model.rows[0].post.jabatan_nama in page.urgent_label.text()
    assert model.rows[1].post.jabatan_nama not in page.urgent_label.text()
    page.select_post(bare)
    assert page.post.id == bare
    page.urgent_label.linkActivated.emit(f"post:{urgent}")
    assert page.post.id == urgent
    assert page.posts_table.currentIndex().data(IdRole) == urgent


def test_the_demo_plan_as_delivered(make_page, demo_db):
    """Whatever posts the demo itself carries are shown as the services count them."""
    with demo_db.session() as session:
        posts = list_posts(session, PERIOD)
    if not posts:
        pytest.skip("this demo carries no succession plan")
    page = make_page(demo_db)
    model = page.post_model
    assert [r.id for r in model.rows] == [p.id for p in posts]
    for row, post in enumerate(posts):
        bench = f"{post.ready_now} / {post.ready_later} dari {post.successors_needed}"
        assert model.index(row, PostModel.BENCH_COLUMN).data() == bench
    confirmed = [(p.id, s) for p in posts for s in p.successors if s.status == "ditetapkan"]
    if confirmed:
        post_id, successor = confirmed[0]
        page.select_post(post_id)
        row = page.successor_model.row_of(successor.id)
        assert page.successor_model.index(row, 5).data() == f"Keputusan #{successor.decision_id}"
    urgent = [r for r in model.rows if r.urgent]
    assert page.urgent_banner.isVisible() == bool(urgent)


def test_a_page_without_posts_says_what_to_do(make_page, demo_db, actor):
    _clear_posts(demo_db, actor)
    page = make_page(demo_db)
    assert page.post_model.rowCount() == 0
    assert "Jabatan baru" in page.bench_label.text()
    assert page.post_stack.currentIndex() == 0 and "Jabatan baru" in page.no_post.text()
    assert not page.edit_post_button.isEnabled() and not page.deactivate_button.isEnabled()
    assert not page.urgent_banner.isVisible()


def test_narrow_window_hides_the_least_needed_post_columns(qtbot, make_page, demo_db, actor):
    _make_posts(demo_db, actor, 1)
    page = make_page(demo_db)
    assert not any(page.posts_table.isColumnHidden(c) for c in range(8))
    page.resize(820, 640)
    qtbot.waitUntil(lambda: page.posts_table.isColumnHidden(1), timeout=2000)
    assert page.posts_table.isColumnHidden(3) and not page.posts_table.isColumnHidden(0)
    page.resize(1166, 660)
    qtbot.waitUntil(lambda: not page.posts_table.isColumnHidden(1), timeout=2000)


def test_a_post_is_created_and_changed_through_its_dialog(qtbot, make_page, demo_db, actor):
    _clear_posts(demo_db, actor)
    with demo_db.session() as session:
        head = _heads(session)[0]
        nip, name, unit_id = head.nip, head.jabatan_nama, head.unit_id
    page = make_page(demo_db)
    page.new_post_button.click()
    dialog = _dialog(qtbot, page, PostDialog)
    assert not dialog.ok_button.isEnabled()  # a name first
    dialog.name.setText(name)
    dialog.kind.setCurrentIndex(dialog.kind.findData("kritikal"))
    dialog.jenjang.setCurrentIndex(dialog.jenjang.findData("JPT Pratama"))
    dialog.unit.setCurrentIndex(dialog.unit.findData(unit_id))
    dialog.picker.set_query(nip)
    assert dialog.picker.person_nip() == nip
    assert dialog.bup.text() == "Sesuai jenjang (60 tahun)"
    dialog.min_golongan.setText("V/z")
    _ok(qtbot, dialog)
    # the service's refusal is shown in the dialog, which stays open with what was typed
    assert dialog.isVisible() and dialog.messages.isVisible()
    assert "Golongan paling rendah" in dialog.messages.text()
    dialog.min_golongan.setText("IV/b")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.post_model.rowCount() == 1, timeout=3000)
    post = page.post
    assert (post.jabatan_nama, post.kind, post.min_golongan, post.incumbent_nip) == (
        name,
        "kritikal",
        "IV/b",
        nip,
    )
    assert post.unit_id == unit_id and post.bup == 60 and post.successors_needed == 2
    assert "ditambahkan" in page.page_status.text()

    page.edit_post_button.click()
    dialog = _dialog(qtbot, page, PostDialog)
    assert dialog.name.text() == name and dialog.picker.person_nip() == nip
    dialog.needed.setValue(3)
    dialog.bup.setValue(58)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.post.successors_needed == 3, timeout=3000)
    assert page.post.bup == 58
    assert page.post_model.index(0, PostModel.BENCH_COLUMN).data() == "0 / 0 dari 3"
    # only what changed was sent (and audited)
    (after,) = _sql(
        demo_db,
        "SELECT after FROM audit_event WHERE action = 'succession.post_update' ORDER BY id DESC LIMIT 1",
    )[0]
    assert "successors_needed" in after and "bup" in after and "jabatan_nama" not in after


def test_deactivating_a_post_asks_and_removes_it(qtbot, make_page, demo_db, actor, answer_yes):
    first, second = _make_posts(demo_db, actor, 2)
    page = make_page(demo_db)
    page.select_post(first)
    page.deactivate_button.click()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)  # the posts are read again
    assert answer_yes and page.post_model.rowCount() == 1
    assert page.post_model.rows[0].id == second and page.post.id == second
    assert _sql(demo_db, "SELECT active FROM critical_post WHERE id = ?", first) == [(0,)]


# -- candidates and successors -----------------------------------------------------------------------------


def test_candidates_are_ranked_with_one_column_per_rule(qtbot, make_page, demo_db, actor):
    first, second = _make_posts(demo_db, actor, 2)
    with demo_db.session() as session:
        frame = candidates(session, PERIOD, first)
    page = make_page(demo_db)
    _select_post(qtbot, page, first)
    page.tabs.setCurrentIndex(1)
    proxy = page.candidate_proxy
    eligible = frame[frame["eligible"]]
    assert page.eligible_only.isChecked()
    assert proxy.rowCount() == len(eligible) > 0
    assert f"{len(eligible)} memenuhi syarat dari {len(frame)}" in page.tabs.tabText(1)
    shown = [proxy.index(r, CandidateModel.NAME_COLUMN).data() for r in range(proxy.rowCount())]
    assert shown == list(eligible["nama_lengkap"])
    ranks = [proxy.index(r, CandidateModel.RANK_COLUMN).data() for r in range(proxy.rowCount())]
    assert ranks == [str(i) for i in range(1, len(eligible) + 1)]
    boxes = [int(proxy.index(r, CandidateModel.BOX_COLUMN).data()) for r in range(proxy.rowCount())]
    assert boxes == sorted(boxes, reverse=True) and set(boxes) <= {7, 8, 9}
    first_row = _row_cells(proxy, 0)
    assert first_row[CandidateModel.SCORE_COLUMN] == score_text(eligible["nilai_talenta"].iloc[0])
    rules = slice(CandidateModel.FIRST_RULE_COLUMN, CandidateModel.NOTE_COLUMN)
    assert first_row[rules] == ["✔"] * 4 and first_row[CandidateModel.NOTE_COLUMN] == "Memenuhi syarat"
    box_tint = proxy.index(0, CandidateModel.BOX_COLUMN).data(BACKGROUND).color()
    assert box_tint == QColor(palette.BOX_TINTS[boxes[0]])
    header = page.candidate_model.headerData(
        CandidateModel.FIRST_RULE_COLUMN, Qt.Orientation.Horizontal, TOOLTIP
    )
    assert header == RULE_LABELS["level"]

    # everyone in the KRS, with why not, rule by rule
    page.eligible_only.setChecked(False)
    assert proxy.rowCount() == len(frame)
    failing = frame[~frame["ok_level"]].iloc[0]
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 2).data() == failing["nama_lengkap"])
    level = proxy.index(row, CandidateModel.FIRST_RULE_COLUMN)
    assert level.data() == "✘" and proxy.index(row, CandidateModel.RANK_COLUMN).data() == "—"
    assert failing["reasons"][0] in level.data(TOOLTIP)
    assert "tidak memenuhi" in level.data(TOOLTIP)
    assert failing["reasons"][0] in proxy.index(row, CandidateModel.NOTE_COLUMN).data()
    page.candidates_table.setCurrentIndex(level)
    assert not page.propose_button.isEnabled()
    assert "tidak memenuhi syarat" in page.propose_button.toolTip()

    # search by name and by NIP
    page.search.setText(str(failing["nama_lengkap"]).split(",")[0].split()[-1])
    assert 1 <= proxy.rowCount() < len(frame)
    page.search.setText(failing["nip"])
    assert proxy.rowCount() == 1
    page.search.clear()

    # computed once per period and post, however often the posts are revisited
    _select_post(qtbot, page, second)
    _select_post(qtbot, page, first)
    _select_post(qtbot, page, second)
    assert page.candidate_runs == 2


def test_a_successor_is_proposed_through_the_ui(qtbot, make_page, demo_db, actor):
    (post_id,) = _make_posts(demo_db, actor, 1)
    top = _eligible(demo_db, post_id)
    person_id, name = int(top.person_id[1]), top.nama_lengkap[1]
    page = make_page(demo_db)
    page.tabs.setCurrentIndex(1)
    assert not page.propose_button.isEnabled()  # nobody selected yet
    assert page.select_candidate(person_id)
    assert page.propose_button.isEnabled()
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, ProposeDialog)
    assert name in dialog.findChild(type(page.bench_label), "candidate").text()
    assert [dialog.readiness.itemData(i) for i in range(dialog.readiness.count())] == [
        "siap_sekarang", "siap_1_2", "siap_3", "belum_siap",
    ]  # fmt: skip
    dialog.readiness.setCurrentIndex(dialog.readiness.findData("siap_1_2"))
    dialog.note.setText("Asesmen 2025")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.successor_model.rowCount() == 1, timeout=3000)

    successor = page.successor_model.rows[0]
    assert (successor.person_id, successor.readiness, successor.status) == (person_id, "siap_1_2", "usulan")
    assert _row_cells(page.successor_model, 0)[3:5] == ["Siap 1–2 tahun", "Usulan"]
    assert page.tabs.tabText(0) == "Suksesor (1)"
    assert page.post_model.index(0, PostModel.BENCH_COLUMN).data() == "0 / 1 dari 2"
    assert "diusulkan" in page.page_status.text()
    # the candidate now reads as a successor and cannot be proposed twice
    assert page.current_candidate().person_id == person_id
    row = page.candidates_table.currentIndex().row()
    assert page.candidate_proxy.index(row, CandidateModel.NOTE_COLUMN).data() == "Suksesor (usulan)"
    assert not page.propose_button.isEnabled()
    assert "sudah menjadi suksesor" in page.propose_button.toolTip()
    assert _sql(demo_db, "SELECT person_id, readiness, note FROM successor WHERE post_id = ?", post_id) == [
        (person_id, "siap_1_2", "Asesmen 2025")
    ]
    assert page.candidate_runs == 1  # proposing does not recompute the candidates

    # a refusal of the service is shown in the dialog (here: proposed twice, from a stale list)
    stale = ProposeDialog(
        page.workspace, PERIOD, page.post, page.current_candidate(), page.settings.readiness, page
    )
    qtbot.addWidget(stale)
    stale.open()
    _ok(qtbot, stale)
    assert stale.isVisible() and "sudah diusulkan" in stale.messages.text()
    stale.reject()


def test_readiness_is_changed_in_place(qtbot, make_page, demo_db, actor):
    (post_id,) = _make_posts(demo_db, actor, 1)
    top = _eligible(demo_db, post_id)
    successor_id = _propose(demo_db, actor, post_id, int(top.person_id[0]), "siap_3")
    page = make_page(demo_db)
    assert page.post_model.index(0, PostModel.STATUS_COLUMN).data() == "Belum ada yang siap"
    combo = page.readiness_combo(0)
    assert combo is not None and combo.currentData() == "siap_3"
    combo.setCurrentIndex(combo.findData("siap_sekarang"))
    qtbot.waitUntil(lambda: page.successor_model.rows[0].readiness == "siap_sekarang", timeout=3000)
    assert _sql(demo_db, "SELECT readiness FROM successor WHERE id = ?", successor_id) == [("siap_sekarang",)]
    assert page.post_model.index(0, PostModel.BENCH_COLUMN).data() == "1 / 0 dari 2"
    assert page.post_model.index(0, PostModel.STATUS_COLUMN).data() == "Kurang 1 suksesor"
    assert "<b>1</b> dari 1 punya" in page.bench_label.text()
    assert page.readiness_combo(0).currentData() == "siap_sekarang"
    assert "Siap sekarang" in page.page_status.text()


def test_confirming_needs_the_meeting_being_held(qtbot, make_page, demo_db, actor, answer_yes):
    (post_id,) = _make_posts(demo_db, actor, 1)
    top = _eligible(demo_db, post_id)
    successor_id = _propose(demo_db, actor, post_id, int(top.person_id[0]), "siap_sekarang")
    page = make_page(demo_db)
    page.select_successor(successor_id)
    assert not page.confirm_button.isEnabled()
    assert "Komite" in page.confirm_button.toolTip()
    assert "Tidak ada rapat komite" in page.meeting_hint.text()
    assert page.withdraw_button.isEnabled()

    _activate_meeting_2(demo_db, actor)
    page.hide()
    page.show()  # back on the page: the meeting now being held is noticed
    qtbot.waitUntil(page.confirm_button.isEnabled, timeout=3000)
    number = _sql(demo_db, "SELECT number FROM meeting WHERE id = 2")[0][0]
    assert number in page.meeting_hint.text() and number in page.confirm_button.toolTip()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.successor_model.rows[0].status == "ditetapkan", timeout=3000)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)

    assert answer_yes and number in answer_yes[0]
    decision_id = page.successor_model.rows[0].decision_id
    assert _row_cells(page.successor_model, 0)[4:] == ["Ditetapkan", f"Keputusan #{decision_id}"]
    assert _sql(
        demo_db, "SELECT meeting_id, kind, person_id FROM meeting_decision WHERE id = ?", decision_id
    ) == [(2, "suksesor", int(top.person_id[0]))]
    assert not page.confirm_button.isEnabled() and not page.withdraw_button.isEnabled()
    assert "sudah ditetapkan" in page.confirm_button.toolTip()

    # another period than the meeting's: no confirming there
    page.period_combo.setCurrentIndex(page.period_combo.findData("2024"))
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.period == "2024" and not page.confirm_button.isEnabled()
    assert "2025" in page.confirm_button.toolTip()


def test_a_proposal_is_withdrawn(qtbot, make_page, demo_db, actor):
    (post_id,) = _make_posts(demo_db, actor, 1)
    top = _eligible(demo_db, post_id)
    keep = _propose(demo_db, actor, post_id, int(top.person_id[0]), "siap_sekarang")
    gone = _propose(demo_db, actor, post_id, int(top.person_id[1]), "siap_3")
    page = make_page(demo_db)
    page.select_successor(gone)
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)  # the posts are read again
    assert [s.id for s in page.successor_model.rows] == [keep]
    assert _sql(demo_db, "SELECT status FROM successor WHERE id = ?", gone) == [("batal",)]
    assert "ditarik" in page.page_status.text()


# -- comparing ------------------------------------------------------------------------------------------


def test_two_to_four_candidates_are_compared_side_by_side(qtbot, make_page, demo_db, actor):
    (post_id,) = _make_posts(demo_db, actor, 1)
    top = _eligible(demo_db, post_id)
    page = make_page(demo_db)
    page.tabs.setCurrentIndex(1)
    model = page.candidate_model
    proxy = page.candidate_proxy

    def tick(row: int) -> bool:
        return proxy.setData(proxy.index(row, CandidateModel.CHECK_COLUMN), Qt.CheckState.Checked, CHECK)

    assert tick(0) and not page.compare_button.isEnabled()  # one is no comparison
    assert tick(1) and tick(2)
    assert page.compare_button.isEnabled() and page.compare_button.text() == "Bandingkan (3)…"
    assert proxy.index(2, 0).data(CHECK) == Qt.CheckState.Checked
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, CompareDialog)
    ids = [int(p) for p in top.person_id[:3]]
    assert [c.person_id for c in dialog.cards] == ids
    assert len(dialog.headers) == 3
    names = [h.findChild(type(page.bench_label), "cardName").text() for h in dialog.headers]
    assert names == list(top.nama_lengkap[:3])
    with demo_db.session() as session:
        cards = talent_cards(session, PERIOD, ids)
    assert [lbl.text() for lbl in dialog.value_labels["talenta"]] == [
        score_text(c.nilai_talenta) for c in cards
    ]
    best = max(c.nilai_talenta for c in cards)
    marked = [lbl.property("best") is True for lbl in dialog.value_labels["talenta"]]
    assert marked == [c.nilai_talenta == best for c in cards]
    assert all(lbl.text() for lbl in dialog.value_labels["hukdis"])
    dialog.set_large(True)
    assert dialog.large_button.isChecked()
    dialog.close()

    # a fifth is refused: the four stay ticked and the page says why
    assert tick(3) and not tick(4)
    assert len(model.checked) == 4 and proxy.index(4, 0).data(CHECK) == Qt.CheckState.Unchecked
    assert "Paling banyak 4" in page.page_status.text()
    assert page.open_compare_dialog([int(p) for p in top.person_id[:5]]) is None
    assert "Paling banyak 4" in page.last_error
    # unticking makes room again
    assert proxy.setData(proxy.index(0, 0), Qt.CheckState.Unchecked, CHECK)
    assert tick(4) and len(model.checked) == 4


def test_compare_cards_keep_hukdis_from_who_may_not_see_it(qtbot, make_page, demo_db, actor):
    (post_id,) = _make_posts(demo_db, actor, 1)
    top = _eligible(demo_db, post_id)
    page = make_page(demo_db, Actor("anggota_komite", role="komite"))
    assert not page.show_hukdis
    dialog = page.open_compare_dialog([int(p) for p in top.person_id[:2]])
    assert dialog is not None
    assert {lbl.text() for lbl in dialog.value_labels["hukdis"]} == {"(tidak ditampilkan)"}
    dialog.close()


# -- the rules ------------------------------------------------------------------------------------------


def test_the_rules_dialog_validates_as_it_is_edited(qtbot, make_page, demo_db, actor):
    _make_posts(demo_db, actor, 1)
    page = make_page(demo_db)
    page.tabs.setCurrentIndex(1)
    runs = page.candidate_runs
    page.settings_button.click()
    dialog = _dialog(qtbot, page, SettingsDialog)
    model = dialog.readiness_model
    assert dialog.ok_button.isEnabled() and not dialog.messages.isVisible()

    # no category counted as ready now
    model.setData(model.index(0, ReadinessModel.READY_COLUMN), Qt.CheckState.Unchecked, CHECK)
    assert not dialog.ok_button.isEnabled()
    assert dialog.messages.isVisible() and '"siap sekarang"' in dialog.messages.text()
    model.setData(model.index(0, ReadinessModel.READY_COLUMN), Qt.CheckState.Checked, CHECK)
    assert dialog.ok_button.isEnabled() and not dialog.messages.isVisible()

    # a category without a name; every category removed
    dialog.add_category()
    new_row = model.rowCount() - 1
    model.setData(model.index(new_row, 0), "  ", Qt.ItemDataRole.EditRole)
    assert not dialog.ok_button.isEnabled() and "kode dan nama" in dialog.messages.text()
    model.setData(model.index(new_row, 0), "Siap segera", Qt.ItemDataRole.EditRole)
    assert dialog.ok_button.isEnabled()

    # hukdis years with no level to count
    for box in dialog.hukdis_levels.values():
        box.setChecked(False)
    assert not dialog.ok_button.isEnabled() and "tingkat hukuman disiplin" in dialog.messages.text()
    dialog.hukdis_years.setValue(0)
    assert dialog.ok_button.isEnabled() and not dialog.hukdis_levels["berat"].isEnabled()

    # moving a category
    dialog.readiness_table.setCurrentIndex(model.index(new_row, 0))
    dialog.move_category(-1)
    assert model.items[new_row - 1][1] == "Siap segera"
    dialog.warning_months.setValue(24)
    dialog.successors_needed.setValue(3)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.settings.vacancy_warning_months == 24, timeout=3000)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)  # candidates computed again

    with demo_db.session() as session:
        stored = get_settings(session)
    assert stored.vacancy_warning_months == 24 and stored.successors_needed == 3 and stored.hukdis_years == 0
    assert [r.label for r in stored.readiness] == [
        "Siap sekarang", "Siap 1–2 tahun", "Siap 3+ tahun", "Siap segera", "Belum siap",
    ]  # fmt: skip
    assert page.candidate_runs == runs + 1  # new rules, candidates computed again
    assert "Aturan suksesi disimpan" in page.page_status.text()


def test_the_rules_dialog_shows_a_refusal_of_the_service(qtbot, make_page, demo_db, monkeypatch):
    from talenta_desktop.services.succession.settings import SettingsError
    from talenta_desktop.ui.succession import dialogs

    page = make_page(demo_db)
    dialog = page.open_settings_dialog()

    def refuse(session, actor, settings):
        raise SettingsError(["Kode kategori kesiapan harus berbeda satu sama lain.", "Masalah kedua."])

    monkeypatch.setattr(dialogs, "save_settings", refuse)
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.messages.text() == "Kode kategori kesiapan harus berbeda satu sama lain.\nMasalah kedua."
    dialog.reject()
