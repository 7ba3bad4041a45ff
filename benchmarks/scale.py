"""A 16k-entry data folder made from the bundled one, for timing output at scale.

Every target and result of the bundled dataset is written again for N made-up places (scope
`p001` ...), with its own quote, source and period, so the folder keeps the bundled data's
variety (ranges, qualitative targets, part-year results, disagreeing sources) at any size.

    python benchmarks/scale.py DIR [--entries 16000]
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from typing import Any

import yaml

BUNDLED = Path(__file__).resolve().parent.parent / "data"


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:  # qnplan data has no anchors: write it out
        return True


def _entries(path: Path, section: str) -> tuple[int, list[dict[str, Any]]]:
    doc = yaml.safe_load(path.read_text("utf-8"))
    return int(doc["year"]), list(doc[section])


def build(root: Path, entries: int = 16_000) -> int:
    """Write the folder (registries and source texts copied, year files multiplied over
    places); return how many entries it holds."""
    root.mkdir(parents=True)
    for name in ("indicators.yaml", "sources.yaml", "settings.yaml"):
        if (BUNDLED / name).exists():
            shutil.copyfile(BUNDLED / name, root / name)
    shutil.copytree(BUNDLED / "sources", root / "sources")
    files = {section: [_entries(p, section) for p in sorted((BUNDLED / folder).glob("*.yaml"))]
             for folder, section in (("targets", "targets"), ("actuals", "actuals"))}
    per_copy = sum(len(es) for year_files in files.values() for _, es in year_files)
    copies = max(1, -(-entries // per_copy))
    for folder, year_files in files.items():
        (root / folder).mkdir()
        for year, original in year_files:
            out = [{**e, "scope": f"p{k:03d}" + (f"-{e['scope']}" if "scope" in e else "")}
                   for k in range(copies) for e in original]
            text = yaml.dump({"year": year, folder: out}, Dumper=_Dumper, allow_unicode=True,
                             sort_keys=False, width=1000)
            (root / folder / f"{year}.yaml").write_text(text, "utf-8")
    return per_copy * copies


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--entries", type=int, default=16_000)
    args = ap.parse_args()
    print(build(args.folder, args.entries), "entries in", args.folder)


if __name__ == "__main__":
    main()
