"""settings.yaml: what a data folder says about itself. Today one setting, the province the
folder is about, by its slug (qnplan/provinces.py); it is the scope of every entry that names
none, and the place `extract`, `report` and `export` speak of. A folder without the file is
Quảng Ninh's (every folder made before the setting was)."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

from qnplan.dataset.reading import Reading
from qnplan.message import msg
from qnplan.provinces import DEFAULT_PROVINCE, PROVINCES

FILE = "settings.yaml"


def read_settings(r: Reading, root: Path) -> str:
    """The folder's province: settings.yaml's `province`, each problem reported where it
    stands (and the default province used, so the rest of the folder is still checked)."""
    path = root / FILE
    if not os.path.lexists(path):
        return DEFAULT_PROVINCE
    loaded = r.load(path)
    data = loaded.data
    province = DEFAULT_PROVINCE
    if isinstance(data, dict) and "province" in data:
        for name in sorted(set(data) - {"province"}, key=str):
            loaded.issue((name,), "unknown-field", msg("d.unknown_top", name=repr(name)))
        given = data["province"]
        if isinstance(given, str) and given in PROVINCES:
            province = given
        else:
            close = difflib.get_close_matches(str(given), PROVINCES, n=1)
            loaded.issue(("province",), "unknown-province", msg(
                "d.unknown_province", value=repr(given),
                example=close[0] if close else DEFAULT_PROVINCE))
    elif data is not None:
        loaded.issue((), "wrong-type", msg("d.no_section", key="province"))
    r.finish(loaded)
    return province
