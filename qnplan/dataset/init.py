"""A new, empty data folder for a province: its settings, the bundled indicator registry, an
empty source registry and the year folders, ready for `extract --write` to fill."""

from __future__ import annotations

import difflib
import shutil
import tempfile
from pathlib import Path

from qnplan.dataset.paths import BUNDLED
from qnplan.errors import UsageError
from qnplan.message import msg
from qnplan.provinces import DEFAULT_PROVINCE, PROVINCES

SOURCES = """\
# The documents this folder cites, by id (DESIGN §1); `qnplan extract --write` adds them.
sources:
"""


def check_province(province: str) -> str:
    """The province's slug, or a usage error naming the closest of the 34."""
    if province not in PROVINCES:
        close = difflib.get_close_matches(province, PROVINCES, n=1)
        raise UsageError(msg("d.unknown_province", value=repr(province),
                             example=close[0] if close else DEFAULT_PROVINCE))
    return province


def start_folder(target: Path, province: str) -> list[str]:
    """Create `target` as a valid data folder with no figures; the files it holds, relative.
    The folder appears whole or not at all, and never over one that has files in it."""
    check_province(province)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(msg("err.init_exists", path=str(target)))
    parent = target.absolute().parent
    if not parent.is_dir():
        raise UsageError(msg("err.write_no_folder", path=str(parent)))
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=parent))
    try:
        (staging / "settings.yaml").write_text(f"province: {province}\n", encoding="utf-8")
        shutil.copyfile(BUNDLED / "indicators.yaml", staging / "indicators.yaml")
        (staging / "sources.yaml").write_text(SOURCES, encoding="utf-8")
        for folder in ("targets", "actuals", "sources"):
            (staging / folder).mkdir()
        staging.chmod(0o755)  # mkdtemp's folder is private; a data folder is not
        if target.exists():
            target.rmdir()  # empty, checked above
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return ["settings.yaml", "indicators.yaml", "sources.yaml", "targets/", "actuals/",
            "sources/"]

