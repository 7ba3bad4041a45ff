"""`make bench`: qnplan's start-up and throughput against the floor it cannot beat.

Generates synthetic data folders in the DESIGN format (indicators x 2 years x 3 sources,
plus one result per indicator and year), then reports medians over several runs:

1. `qnplan compare 2023 2024 --format json` on the bundled data vs `python -c "import typer, yaml"`;
2. `qnplan validate` and 3. `qnplan compare` on the synthetic folder vs parsing the same
   files with yaml.CSafeLoader;
and how time and peak memory grow from ~4k to ~16k to ~64k entries;
4. `qnplan extract` on the bundled 61 kB resolution (nq-12-tu-2022) vs `qnplan --version`
   (start-up), and the extraction alone, in process (budget: 150 ms beyond start-up).

Usage: python benchmarks/bench.py [--runs N] [--sizes 500,2000,8000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable
QN = [PY, "-m", "qnplan"]
WORDS = ("tỷ lệ", "thu hút", "vốn", "đầu tư", "phát triển", "kinh tế", "xã hội", "tỉnh",
         "đạt", "trên", "ít nhất", "năm", "chỉ tiêu", "nhân dân", "môi trường", "du lịch")
SOURCE_TYPES = ("plan", "directive", "press")
# Measure what users get: bytecode cached (some shells set PYTHONDONTWRITEBYTECODE, which
# would make every run recompile qnplan but not the already-compiled site-packages).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"NO_COLOR": "1"}


def vi_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def generate(root: Path, indicators: int, seed: int = 7) -> int:
    """Write a synthetic data folder; return how many target and result entries it has."""
    rng = random.Random(seed)
    (root / "targets").mkdir(parents=True)
    (root / "actuals").mkdir()
    (root / "sources").mkdir()
    ind_lines = ["indicators:"]
    for i in range(indicators):
        ind_lines.append(f"  ind_{i:05d}: {{name: {{en: \"Indicator {i}\", vi: \"Chỉ tiêu {i}\"}}, "
                         "category: economy, unit: bn_vnd, kind: flow, better: higher}")
    (root / "indicators.yaml").write_text("\n".join(ind_lines) + "\n", "utf-8")
    src_lines = ["sources:"]
    phrases: dict[str, list[str]] = {}
    for year in (2023, 2024):
        for k, stype in enumerate(SOURCE_TYPES):
            sid = f"src-{year}-{k}"
            quotes = [f"{rng.choice(WORDS)} chỉ tiêu {i} đạt trên {vi_number(1000 + i)} tỷ đồng"
                      for i in range(indicators)]
            filler = " ".join(rng.choice(WORDS) for _ in range(8000))
            (root / "sources" / f"{sid}.txt").write_text(filler + " " + " ".join(quotes), "utf-8")
            phrases[sid] = quotes
            src_lines += [f"  {sid}:", f"    type: {stype}", f"    title: \"Văn bản {sid}\"",
                          "    issuer: \"HĐND tỉnh\"", f"    date: {year - 1}-12-0{k + 1}",
                          f"    text: sources/{sid}.txt"]
    (root / "sources.yaml").write_text("\n".join(src_lines) + "\n", "utf-8")
    entries = 0
    for year in (2023, 2024):
        lines = [f"year: {year}", "targets:"]
        for i in range(indicators):
            for k in range(3):
                sid = f"src-{year}-{k}"
                lines += [f"  - indicator: ind_{i:05d}", "    op: \">\"", f"    value: {1000 + i}",
                          f"    source: {sid}", f"    quote: \"{phrases[sid][i]}\""]
                entries += 1
        (root / "targets" / f"{year}.yaml").write_text("\n".join(lines) + "\n", "utf-8")
        lines = [f"year: {year}", "actuals:"]
        for i in range(indicators):
            sid = f"src-{year}-0"
            lines += [f"  - indicator: ind_{i:05d}", f"    value: {1000 + i}", "    period: 8M",
                      "    status: estimate", f"    source: {sid}",
                      f"    quote: \"{phrases[sid][i]}\""]
            entries += 1
        (root / "actuals" / f"{year}.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return entries


def run(cmd: list[str]) -> tuple[float, int]:
    """Wall time (s) and peak resident memory (MiB) of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err}")
    return elapsed, usage.ru_maxrss // 1024


def median(cmd: list[str], runs: int) -> tuple[float, int]:
    run(cmd)  # warm-up: bytecode written, files in the page cache
    samples = [run(cmd) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


def floor_parse(root: Path) -> list[str]:
    code = ("import sys, yaml, pathlib\n"
            "root = pathlib.Path(sys.argv[1])\n"
            "for p in sorted(root.rglob('*.yaml')):\n"
            "    yaml.load(p.read_text('utf-8'), Loader=yaml.CSafeLoader)\n")
    return [PY, "-c", code, str(root)]


EXTRACT_DOC = Path(__file__).resolve().parent.parent / "data" / "sources" / "nq-12-tu-2022.txt"
EXTRACT_ALONE = """
import statistics, sys, time
from pathlib import Path
from qnplan.dataset import data_root, load_registries
from qnplan.extract.statements import extract
indicators, _, _ = load_registries(data_root(None))
raw = Path(sys.argv[1]).read_text("utf-8")
times = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    extract(raw, indicators, None)
    times.append(time.perf_counter() - start)
print(statistics.median(times))
"""


def extraction(runs: int) -> None:
    """(4): extract on a real resolution, whole process and the rules alone."""
    startup, _ = median([*QN, "--version"], runs)
    whole, mem = median([*QN, "extract", str(EXTRACT_DOC), "--format", "json",
                         "--date", "2022-11-28"], runs)
    alone = float(subprocess.run([PY, "-c", EXTRACT_ALONE, str(EXTRACT_DOC), str(runs)],
                                 capture_output=True, text=True, env=ENV, check=True).stdout)
    size = EXTRACT_DOC.stat().st_size // 1000
    print(f"(4) extract, {size} kB resolution: {whole * 1000:6.0f} ms vs start-up "
          f"{startup * 1000:6.0f} ms  beyond start-up {(whole - startup) * 1000:4.0f} ms "
          f"(rules alone {alone * 1000:4.0f} ms; peak {mem} MiB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="500,2000,8000",
                    help="indicator counts; entries = 8 x indicators")
    ap.add_argument("--main", type=int, default=2000, help="indicators of the ratio benchmark")
    ap.add_argument("--keep", type=Path, help="write the synthetic folders here and keep them")
    args = ap.parse_args()

    print(f"python {sys.version.split()[0]}, {args.runs} runs each, medians")
    floor, _ = median([PY, "-c", "import typer, yaml"], args.runs)
    qn, mem = median([*QN, "compare", "2023", "2024", "--format", "json"], args.runs)
    print(f"(1) compare --format json, bundled data: {qn * 1000:6.0f} ms vs floor "
          f"{floor * 1000:6.0f} ms  ratio {qn / floor:4.2f}  (peak {mem} MiB)")

    extraction(args.runs)

    base = args.keep or Path(tempfile.mkdtemp(prefix="qnplan-bench-"))
    try:
        sizes = [args.main] + [int(s) for s in args.sizes.split(",") if int(s) != args.main]
        for n in sizes:
            root = base / f"synthetic-{n}"
            if root.exists():
                shutil.rmtree(root)
            entries = generate(root, n)
            data = ["--data", str(root)]
            parse, parse_mem = median(floor_parse(root), args.runs)
            val, val_mem = median([*QN, *data, "validate"], args.runs)
            cmp, cmp_mem = median([*QN, *data, "compare", "2023", "2024", "--format", "json"],
                                  args.runs)
            label = "(2)/(3)" if n == args.main else "growth"
            print(f"{label} {entries:6d} entries: CSafeLoader floor {parse:6.2f} s "
                  f"({parse_mem} MiB) | validate {val:6.2f} s ratio {val / parse:4.2f} "
                  f"({val_mem} MiB) | compare {cmp:6.2f} s ratio {cmp / parse:4.2f} "
                  f"({cmp_mem} MiB)")
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
