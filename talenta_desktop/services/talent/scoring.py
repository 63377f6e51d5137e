"""Scores, levels and holding reasons for everyone at once, from the inputs frame and a scheme.

Pure arithmetic over columns (no database, no loop over people for the numbers), so the same function
serves the mapping, the scheme editor's live preview and the tests' hand-computed cases.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from talenta_desktop.domain.dates import add_years, format_tanggal, retirement_date

from .sources import AXES, SOURCES


def levels_of(scores: np.ndarray, cutoffs: list[float]) -> np.ndarray:
    """1 below the first cut-off, 2 from it, 3 from the second (DOMAIN §4: ≥ 80 tinggi, 60–< 80 menengah)."""
    low, high = cutoffs
    return np.where(scores >= high, 3, np.where(scores >= low, 2, 1))


def _axis(frame: pd.DataFrame, spec: dict[str, Any]) -> tuple[pd.Series, pd.DataFrame, pd.Series]:
    """The axis score (weights of missing optional parts shared out), the sub-scores, and the reason a
    required part is missing (empty string when none)."""
    subs = pd.DataFrame(index=frame.index)
    weighted = pd.Series(0.0, index=frame.index)
    weight_present = pd.Series(0.0, index=frame.index)
    missing = pd.Series("", index=frame.index)
    for comp in spec["components"]:
        source = SOURCES[comp["source"]]
        values = source.compute(frame).astype(float).clip(0, 100).round(2)
        subs[comp["source"]] = values
        present = values.notna()
        weight = float(comp["weight"])
        weighted += values.fillna(0.0) * weight
        weight_present += present * weight
        if comp.get("required"):
            reason = source.missing_reason or f"Data {source.label} tidak ada"
            lacking = ~present & ~missing.str.contains(reason, regex=False)
            missing = missing.where(~lacking, missing.where(missing == "", missing + "; ") + reason)
    with np.errstate(invalid="ignore", divide="ignore"):
        score = (weighted / weight_present.replace(0.0, np.nan)).round(2)
    return score, subs, missing


def compute_placements(frame: pd.DataFrame, params: dict[str, Any], reference_date: date) -> pd.DataFrame:
    """One row per person: nilai_kinerja, nilai_potensial, nilai_talenta, kinerja_level, potensial_level
    (both NaN in the holding area), holding_reason (None when placed) and components (JSON text)."""
    if frame.empty:  # no personnel yet: nothing to place (and no ages to look at)
        columns = ["nilai_kinerja", "nilai_potensial", "nilai_talenta", "kinerja_level", "potensial_level",
                   "holding_reason", "components"]  # fmt: skip
        return pd.DataFrame({c: pd.Series(dtype=object if c in ("holding_reason", "components") else float)
                             for c in columns}, index=frame.index)  # fmt: skip
    out = pd.DataFrame(index=frame.index)
    reasons = pd.Series("", index=frame.index)
    subs = {}
    for axis in AXES:
        score, subs[axis], missing = _axis(frame, params[axis])
        out[f"nilai_{axis}"] = score
        reasons = reasons.where(missing == "", reasons.where(reasons == "", reasons + "; ") + missing)
    weights = params["talenta_weights"]
    total = sum(weights[a] for a in AXES)
    out["nilai_talenta"] = (sum(out[f"nilai_{a}"] * weights[a] for a in AXES) / total).round(2)

    def add(mask: pd.Series, texts: pd.Series | str) -> None:
        nonlocal reasons
        texts = texts if isinstance(texts, pd.Series) else pd.Series(texts, index=frame.index)
        reasons = reasons.where(~mask, reasons.where(reasons == "", reasons + "; ") + texts)

    kedudukan = frame["kedudukan"].fillna("Aktif")
    inactive = ~kedudukan.str.strip().str.lower().str.startswith("aktif")
    add(inactive, "Kedudukan " + kedudukan)

    rules = params.get("eligibility") or {}
    levels = [t.lower() for t in rules.get("hukdis_levels") or []]
    if levels and rules.get("hukdis_years", 0) > 0:
        hit = frame["hukdis_tingkat"].isin(levels)
        if hit.any():
            texts = pd.Series("", index=frame.index)
            for pid in frame.index[hit]:
                when = format_tanggal(date.fromisoformat(frame.at[pid, "hukdis_tmt"]))
                texts[pid] = (
                    f"Hukuman disiplin tingkat {frame.at[pid, 'hukdis_tingkat']} (TMT {when}) "
                    f"dalam {rules['hukdis_years']:g} tahun terakhir"
                )
            add(hit, texts)
    years = rules.get("years_before_retirement", 0)
    if years > 0:
        limit = add_years(reference_date, int(years))
        births = frame["tanggal_lahir"]
        # who could possibly retire soon: born more than (youngest BUP - years - 1) years ago
        oldest_possible = add_years(
            reference_date, -(int(frame["bup"].min()) - int(np.ceil(years)) - 1)
        ).isoformat()
        texts = pd.Series("", index=frame.index)
        near = pd.Series(False, index=frame.index)
        for pid in frame.index[births.fillna("9999") <= oldest_possible]:
            pensiun = retirement_date(date.fromisoformat(births[pid]), int(frame.at[pid, "bup"]))
            soon = pensiun <= limit
            if soon:
                near[pid] = True
                texts[pid] = (
                    f"Mencapai BUP {int(frame.at[pid, 'bup'])} tahun, pensiun {format_tanggal(pensiun)} "
                    f"(kurang dari {years:g} tahun)"
                )
        add(near, texts)

    held = reasons != ""
    for axis in AXES:
        level = levels_of(out[f"nilai_{axis}"].to_numpy(dtype=float), params[axis]["cutoffs"]).astype(float)
        level[held.to_numpy() | np.isnan(out[f"nilai_{axis}"].to_numpy(dtype=float))] = np.nan
        out[f"{axis}_level"] = level
    # a score that could not be computed without a reason would be a defect: name it rather than guess
    unplaced = ~held & (out["kinerja_level"].isna() | out["potensial_level"].isna())
    add(unplaced, "Nilai tidak dapat dihitung")
    held = reasons != ""
    out.loc[held, ["kinerja_level", "potensial_level"]] = np.nan
    out["holding_reason"] = reasons.where(held, None)
    out["components"] = _components_json(subs)
    return out


def _components_json(subs: dict[str, pd.DataFrame]) -> list[str]:
    """Sub-scores per person as compact JSON ({"kinerja": {...}, "potensial": {...}}), NaN as null.

    Built column by column, not with json.dumps per person (half a second for 50,000 people), yet the
    same text: keys as json.dumps writes them and numbers as json.dumps does (float repr), formatted once
    per distinct value — scores have two decimals, so there are few."""
    n = len(next(iter(subs.values())))
    axes = []
    for axis in AXES:
        pairs = []
        for name in subs[axis].columns:
            values = subs[axis][name].to_numpy(dtype=float)
            present = ~np.isnan(values)
            text = np.full(n, "null", dtype=object)
            distinct, where = np.unique(values[present], return_inverse=True)
            text[present] = np.array([repr(float(v)) for v in distinct], dtype=object)[where]
            pairs.append((json.dumps(name) + ":") + text)
        axes.append([",".join(row) for row in zip(*pairs, strict=True)] if pairs else [""] * n)
    heads = [json.dumps(axis) for axis in AXES]
    return [
        "{" + ",".join(f"{head}:{{{body}}}" for head, body in zip(heads, bodies, strict=True)) + "}"
        for bodies in zip(*axes, strict=True)
    ]
