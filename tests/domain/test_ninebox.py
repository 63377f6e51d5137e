"""The national nine-box numbering (DOMAIN §3), for every level pair."""

import pytest

from talenta_desktop.domain.ninebox import (
    REKOMENDASI,
    TALENT_POOL_BOXES,
    Level,
    box_levels,
    box_number,
    grid_position,
)

L, M, H = Level.LOW, Level.MIDDLE, Level.HIGH
NATIONAL = {  # (kinerja, potensial) -> kotak, the DOMAIN §3 table
    (L, L): 1,
    (M, L): 2,
    (L, M): 3,
    (H, L): 4,
    (M, M): 5,
    (L, H): 6,
    (H, M): 7,
    (M, H): 8,
    (H, H): 9,
}


@pytest.mark.parametrize(("levels", "box"), NATIONAL.items())
def test_box_number_of_each_level_pair(levels, box):
    assert box_number(*levels) == box
    assert box_levels(box) == levels


def test_drawn_grid_reads_4_7_9_over_2_5_8_over_1_3_6():
    grid = [[0] * 3 for _ in range(3)]
    for box in range(1, 10):
        row, col = grid_position(box)
        grid[row][col] = box
    assert grid == [[4, 7, 9], [2, 5, 8], [1, 3, 6]]


def test_talent_pool_and_recommendations():
    assert {7, 8, 9} == TALENT_POOL_BOXES
    assert set(REKOMENDASI) == set(range(1, 10))
    assert "Suksesi" in REKOMENDASI[9] and "Nasional" in REKOMENDASI[9]


@pytest.mark.parametrize("bad", [0, 4, -1])
def test_levels_outside_the_scale_are_rejected(bad):
    with pytest.raises(ValueError):
        box_number(bad, 2)


@pytest.mark.parametrize("bad", [0, 10])
def test_box_numbers_outside_1_to_9_are_rejected(bad):
    with pytest.raises(ValueError):
        box_levels(bad)
