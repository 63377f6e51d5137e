"""The demo's development plans and succession (issue: plans in progress, critical posts, confirmed
successors, and a post flagged because its incumbent retires within a year with nobody ready now)."""

from __future__ import annotations

from datetime import date

from talenta_desktop.services.committee import berita_acara_document, list_committees, list_meetings
from talenta_desktop.services.development.plans import plans_frame
from talenta_desktop.services.succession.posts import bench_summary, list_posts

TODAY = date(2026, 11, 23)  # the day these checks describe: the demo's posts as a user sees them now


def test_the_demo_has_critical_posts_with_believable_bench_strength(demo_db):
    with demo_db.session() as session:
        posts = list_posts(session, "2025")
        summary = bench_summary(session, "2025", today=TODAY)
    assert len(posts) >= 10
    assert {p.kind for p in posts} == {"target", "kritikal"}
    assert all(p.incumbent_id is not None and p.vacancy_on is not None for p in posts)
    assert sum(len(p.successors) for p in posts) >= len(posts)
    assert 0 < summary.with_ready < len(posts)  # most have someone ready now, not all
    assert summary.ratio > 1
    urgent = [p for p in posts if p.id in summary.urgent]
    assert urgent, "a post retiring within a year with nobody ready now is flagged"
    for post in urgent:
        assert post.ready_now == 0 and post.successors  # proposals exist, none ready now
        assert (post.vacancy_on - TODAY).days <= 366


def test_confirmed_successors_are_decisions_of_the_final_meeting(demo_db):
    with demo_db.session() as session:
        committee = list_committees(session)[0]
        final = next(m for m in list_meetings(session, committee.id) if m.is_final)
        document = berita_acara_document(session, final.id)
        confirmed = [s for p in list_posts(session, "2025") for s in p.successors if s.status == "ditetapkan"]
    assert confirmed and all(s.decision_id for s in confirmed)
    targets = {row.jabatan_target for row in document.krs}
    assert len(targets) > 1  # the KRS list and posts with their successors
    kinds = {row.kind for row in document.decisions}
    assert {"Suksesor jabatan target", "Persetujuan rencana pengembangan"} <= kinds


def test_plans_are_drafted_and_some_are_under_way(demo_db):
    with demo_db.session() as session:
        frame = plans_frame(session, "2025", today=TODAY)
    assert 50 <= len(frame) <= 600
    assert set(frame["box"]) <= {5, 6, 7, 8}
    approved = frame[frame["status"] == "disetujui"]
    assert len(approved) == 12 and (approved["done"] > 0).any()
    assert (frame["overdue"] > 0).any()
