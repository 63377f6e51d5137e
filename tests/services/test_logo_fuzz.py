"""Hostile input (issue "Trust"): the regional emblem of the berita acara template is a file the user
picks (Pengaturan → templat berita acara: any .png/.jpg that exists is accepted), and every letterhead —
berita acara, succession report, IDP — reads it. Whatever its bytes — random, or a genuine PNG or JPEG
damaged or cut anywhere — the document still prints (without the emblem when it cannot be read) or is
refused with ReportError; never another exception."""

from __future__ import annotations

import dataclasses
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from talenta_desktop.services.reports.berita_acara import render_berita_acara
from talenta_desktop.services.reports.errors import ReportError
from tests.services.hostile import EXAMPLES, damage, fuzz
from tests.services.test_berita_acara_pdf import make_document

# each example prints a berita acara: about half a second
render_fuzz = settings(fuzz, max_examples=max(EXAMPLES // 4, 5))


class Genuine:
    def __init__(self, images: dict[str, bytes]) -> None:
        self.images = images

    def __repr__(self) -> str:  # hypothesis prints a failing example's arguments: not the images
        return "Genuine(.png, .jpg)"


@pytest.fixture(scope="module")
def genuine() -> Genuine:
    emblem = Image.new("RGB", (60, 75))
    emblem.putdata([((x * 7) % 256, (y * 5) % 256, (x * y) % 256) for y in range(75) for x in range(60)])
    images = {}
    for suffix, kind in ((".png", "PNG"), (".jpg", "JPEG")):
        out = io.BytesIO()
        emblem.save(out, kind)
        images[suffix] = out.getvalue()
    return Genuine(images)


@pytest.fixture(scope="module")
def document():
    return make_document(decisions=make_document().decisions[:5])


def _print(tmp_path, document, suffix: str, data: bytes) -> None:
    logo = tmp_path / f"lambang{suffix}"
    logo.write_bytes(data)
    out = io.BytesIO()
    try:
        render_berita_acara(
            dataclasses.replace(document, kop=dataclasses.replace(document.kop, logo_path=str(logo))), out
        )
    except ReportError as exc:
        assert str(exc).strip()
    else:
        assert out.getvalue().startswith(b"%PDF-")


@render_fuzz
@given(data=st.binary(max_size=1024), suffix=st.sampled_from([".png", ".jpg"]))
def test_any_bytes_as_the_emblem(tmp_path, document, data, suffix):
    _print(tmp_path, document, suffix, data)


@render_fuzz
@given(draw=st.data(), suffix=st.sampled_from([".png", ".jpg"]))
def test_a_genuine_emblem_damaged_anywhere(tmp_path, document, genuine, draw, suffix):
    _print(tmp_path, document, suffix, damage(draw, genuine.images[suffix], head=64))


@pytest.mark.parametrize("suffix", [".png", ".jpg"])
# Found by the tests above: an emblem whose header reads but whose pixels are cut off (a download that
# stopped) passed layout.logo()'s size check, then raised OSError ("image file is truncated", "broken
# data stream when reading image file") from reportlab while the page was drawn, so no document with
# the letterhead could be printed.
def test_an_emblem_cut_short_still_prints(tmp_path, document, genuine, suffix):
    data = genuine.images[suffix]
    _print(tmp_path, document, suffix, data[: len(data) * 3 // 5])
