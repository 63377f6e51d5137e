"""One vectorised mask over a person frame (personnel_frame or the talent map), so the Pegawai list and
the nine-box filter people the same way."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import pandas as pd

from talenta_desktop.services.personnel import JENIS_JABATAN_LABELS, search_mask

NON_ESELON = ""  # the eselon code of people without one, beside the SIASN eselon ids
_MISSING = ""


def _codes(frame: pd.DataFrame, key: str) -> np.ndarray:
    values = frame[key].to_numpy() if key in frame else np.full(len(frame), None, dtype=object)
    return np.where(pd.isna(values), _MISSING, values).astype(str) if len(values) else np.empty(0, str)


class FrameFilter:
    """Masks over one frame (personnel_frame or the talent map): the columns are converted once, and
    the search of the last text is remembered, so changing a combo does not search again."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        n = len(frame)
        self._unit_ids = frame["unit_id"].to_numpy(dtype=np.float64) if n else np.empty(0)
        self._jenis_pegawai = frame["jenis_pegawai"].to_numpy() if n else np.empty(0, dtype=object)
        self._jenis_jabatan = frame["jenis_jabatan"].to_numpy() if n else np.empty(0, dtype=object)
        self._eselon = _codes(frame, "eselon_id")
        self._golongan = _codes(frame, "golongan_id")
        self._search_cache: tuple[str, np.ndarray] | None = None

    def mask(
        self,
        text: str = "",
        unit_ids: Collection[int] | None = None,
        jenis_pegawai: str | None = None,
        jenis_jabatan: str | None = None,
        eselon: Collection[str] | None = None,
        golongan: Collection[str] | None = None,
    ) -> np.ndarray:
        """Rows matching every given filter. ``text``: name or NIP (services.personnel.search_mask);
        ``unit_ids``: units to include (a subtree); ``jenis_pegawai``: "PNS"/"PPPK"; ``jenis_jabatan``:
        "struktural", "fungsional" or "pelaksana"; ``eselon``: SIASN eselon ids, NON_ESELON for none;
        ``golongan``: codes ("33", "IX"). None means no filter."""
        n = len(self.frame)
        mask = self._search(text or "")
        if unit_ids is not None:
            mask = mask & np.isin(self._unit_ids, np.fromiter(unit_ids, dtype=np.float64))
        if jenis_pegawai:
            mask = mask & (self._jenis_pegawai == jenis_pegawai)
        if jenis_jabatan:
            mask = mask & (self._jenis_jabatan == JENIS_JABATAN_LABELS.get(jenis_jabatan, jenis_jabatan))
        if eselon is not None:
            mask = mask & np.isin(self._eselon, np.array(list(eselon), dtype=str))
        if golongan is not None:
            mask = mask & np.isin(self._golongan, np.array(list(golongan), dtype=str))
        return np.asarray(mask, dtype=bool).reshape(n)

    def _search(self, text: str) -> np.ndarray:
        if self._search_cache is None or self._search_cache[0] != text:
            matched = search_mask(self.frame, text) if len(self.frame) else np.ones(0, bool)
            self._search_cache = (text, matched)
        return self._search_cache[1]
