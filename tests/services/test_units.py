"""The unit tree: kinds, materialised paths, subtrees and the display order."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from talenta_desktop.models import Instansi, Unit
from talenta_desktop.models.db import open_database
from talenta_desktop.services.units import (
    UNIT_KIND_LABELS,
    UNIT_KINDS,
    UnitNode,
    UnitTreeError,
    compute_paths,
    path_of,
    refresh_paths,
    subtree_ids,
    unit_kind_label,
    unit_tree,
)


@pytest.fixture
def units_db(tmp_path):
    database = open_database(tmp_path / "t.sqlite")
    yield database
    database.dispose()


def _add_units(session, rows: list[tuple[int, int | None, str, str, int]]) -> None:
    """rows: (id, parent_id, nama, jenis, urutan); paths start empty and are set by refresh_paths."""
    session.add(Instansi(id=1, nama="Pemerintah Kabupaten Uji", jenis="kabupaten"))
    session.flush()
    session.execute(
        insert(Unit),
        [
            {"id": i, "instansi_id": 1, "parent_id": p, "nama": n, "jenis": j, "urutan": o, "path": ""}
            for i, p, n, j, o in rows
        ],
    )


# Ids deliberately out of display order, and children inserted before their parents' siblings.
TREE = [
    (1, None, "Sekretariat Daerah", "sekretariat", 1),
    (7, None, "Dinas Kesehatan", "dinas", 2),
    (31, 7, "Puskesmas Sukamaju", "puskesmas", 2),
    (30, 7, "Puskesmas Martapura", "puskesmas", 2),
    (32, 7, "Bidang Kesehatan Masyarakat", "bidang", 1),
    (40, 31, "Puskesmas Pembantu Sidomulyo", "uptd", 1),
    (2, 1, "Bagian Hukum", "bagian", 1),
    (3, None, "Badan Pendapatan Daerah", "badan", 2),
]


def test_unit_kinds_cover_a_pemda_and_have_indonesian_labels():
    codes = [code for code, _ in UNIT_KINDS]
    for needed in (
        "dinas",
        "badan",
        "sekretariat",
        "inspektorat",
        "bagian",
        "bidang",
        "kecamatan",
        "kelurahan",
        "puskesmas",
        "sekolah",
        "rsud",
        "uptd",
        "satpol_pp",
    ):
        assert needed in codes
    assert len(codes) == len(set(codes))
    assert UNIT_KIND_LABELS["satpol_pp"] == "Satuan Polisi Pamong Praja"
    assert unit_kind_label("kecamatan") == "Kecamatan"
    assert unit_kind_label("tidak-dikenal") == "tidak-dikenal"  # shown, not hidden


def test_compute_paths_from_pairs_and_mapping():
    pairs = [(i, p) for i, p, *_ in TREE]
    paths = compute_paths(pairs)
    assert paths == compute_paths(dict(pairs))
    assert paths[1] == "/1/"
    assert paths[7] == "/7/"
    assert paths[31] == "/7/31/"
    assert paths[40] == "/7/31/40/"
    assert paths[2] == "/1/2/"
    assert path_of([7, 31, 40]) == "/7/31/40/"


def test_compute_paths_rejects_cycles_and_missing_parents():
    with pytest.raises(UnitTreeError, match="melingkar"):
        compute_paths([(1, 2), (2, 3), (3, 1)])
    with pytest.raises(UnitTreeError, match="melingkar"):
        compute_paths([(5, 5)])
    with pytest.raises(UnitTreeError, match="tidak ada"):
        compute_paths([(1, None), (2, 99)])


def test_refresh_paths_subtree_and_tree_order(units_db):
    with units_db.transaction() as session:
        _add_units(session, TREE)
        assert refresh_paths(session) == len(TREE)
        assert refresh_paths(session) == 0  # nothing changed the second time

    with units_db.session() as session:
        stored = dict(session.execute(select(Unit.id, Unit.path)).all())
        assert stored[40] == "/7/31/40/"
        assert subtree_ids(session, 7) == [7, 30, 31, 32, 40]
        assert subtree_ids(session, 31) == [31, 40]
        assert subtree_ids(session, 3) == [3]
        assert subtree_ids(session, 999) == []
        tree = unit_tree(session)

    assert all(isinstance(node, UnitNode) for node in tree)
    assert [(node.nama, node.depth) for node in tree] == [
        ("Sekretariat Daerah", 0),
        ("Bagian Hukum", 1),
        ("Badan Pendapatan Daerah", 0),  # urutan 2, sorted by name before Dinas Kesehatan
        ("Dinas Kesehatan", 0),
        ("Bidang Kesehatan Masyarakat", 1),  # urutan 1 first
        ("Puskesmas Martapura", 1),  # same urutan: by name
        ("Puskesmas Sukamaju", 1),
        ("Puskesmas Pembantu Sidomulyo", 2),
    ]
    by_id = {node.id: node for node in tree}
    assert by_id[40].path == "/7/31/40/"
    assert by_id[40].ancestor_ids == [7, 31]
    assert by_id[40].parent_id == 31
    assert by_id[7].jenis_label == "Dinas"


def test_subtree_prefix_does_not_leak_into_similar_ids(units_db):
    """'/7/' must not match unit 70 or 71: the trailing slash bounds the prefix."""
    with units_db.transaction() as session:
        _add_units(
            session,
            [
                (7, None, "Dinas A", "dinas", 1),
                (70, None, "Dinas B", "dinas", 2),
                (71, 70, "Bidang B1", "bidang", 1),
                (8, 7, "Bidang A1", "bidang", 1),
            ],
        )
        refresh_paths(session)
    with units_db.session() as session:
        assert subtree_ids(session, 7) == [7, 8]
        assert subtree_ids(session, 70) == [70, 71]


def test_reparenting_moves_the_whole_subtree(units_db):
    with units_db.transaction() as session:
        _add_units(session, TREE)
        refresh_paths(session)
    with units_db.transaction() as session:
        session.get(Unit, 31).parent_id = 3  # Puskesmas Sukamaju moves under Badan Pendapatan Daerah
        session.flush()
        assert refresh_paths(session) == 2  # the puskesmas and its child
    with units_db.session() as session:
        assert subtree_ids(session, 3) == [3, 31, 40]
        assert subtree_ids(session, 7) == [7, 30, 32]
        assert session.get(Unit, 40).path == "/3/31/40/"


def test_empty_database_has_an_empty_tree(units_db):
    with units_db.session() as session:
        assert unit_tree(session) == []
        assert subtree_ids(session, 1) == []
        assert refresh_paths(session) == 0
