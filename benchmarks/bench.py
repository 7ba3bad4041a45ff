"""`make bench`: qnplan against the floors it is measured by, cold and warm.

Generates synthetic data folders in the DESIGN format, then times whole processes in pairs
(qnplan, then its floor, then qnplan again, ...), so that each ratio compares two runs made
moments apart on a machine whose speed drifts:

1. start-up: `qnplan compare 2023 2024 --format json` on the bundled data against
   `python -c "import typer, yaml"`, with the cache (as users run it) and with --no-cache,
   and `qnplan trend --format json` likewise;
2. throughput: `qnplan compare` and `qnplan validate` (and at 16k, `qnplan trend` beside
   compare) against parsing the same YAML files with
   libyaml (yaml.CSafeLoader), at 4k, 16k and 64k entries and in the national shape
   (63 provinces x 10 years x 40 indicators, 75,600 entries):
   cold = an empty cache (the run parses everything and stores its answer),
   warm = the answer already cached and no file changed.
3. output at scale: on a 16k-entry folder made from the bundled data (benchmarks/scale.py),
   warm cache, `compare --scope all`, `status --scope all` and `trend --scope all` as CSV and
   as a table piped to a file, each paired with the same command's JSON (the floor: the
   same rows, no formatting); budget 1.5x;
4. `qnplan extract` on a bundled 61 kB resolution (nq-12-tu-2022) paired with
   `qnplan --version` (start-up), and the extraction alone, in process (budget: 150 ms
   beyond start-up).

Figures are medians over the runs; a ratio is the median of the per-pair ratios. Peak is
the largest resident memory of one run.

Usage: python benchmarks/bench.py [--runs N] [--sizes 500,2000,8000] [--no-national]
                                  [--keep DIR]
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
from collections.abc import Callable
from pathlib import Path
from typing import Any

PY = sys.executable
QN = [PY, "-m", "qnplan"]
WORDS = ("tỷ lệ", "thu hút", "vốn", "đầu tư", "phát triển", "kinh tế", "xã hội", "tỉnh",
         "đạt", "trên", "ít nhất", "năm", "chỉ tiêu", "nhân dân", "môi trường", "du lịch")
SOURCE_TYPES = ("plan", "directive", "press")
# A cached answer is stored only for files unchanged for two seconds (qnplan/dataset/cache.py).
SETTLE_SECONDS = 2.1
TREND_AT = 2000  # indicators: `trend` is timed beside `compare` on the 16k-entry folder


def vi_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def generate(root: Path, indicators: int, years: tuple[int, ...] = (2023, 2024),
             scopes: tuple[str, ...] = ("quang-ninh",), target_sources: int = 3,
             seed: int = 7) -> int:
    """Write a synthetic data folder: for every year, scope and indicator, one target from
    each of `target_sources` documents and one 8-month result. Return the entry count."""
    rng = random.Random(seed)
    for folder in ("targets", "actuals", "sources"):
        (root / folder).mkdir(parents=True)
    ind_lines = ["indicators:"]
    for i in range(indicators):
        ind_lines.append(f"  ind_{i:05d}: {{name: {{en: \"Indicator {i}\", vi: \"Chỉ tiêu {i}\"}}, "
                         "category: economy, unit: bn_vnd, kind: flow, better: higher}")
    (root / "indicators.yaml").write_text("\n".join(ind_lines) + "\n", "utf-8")

    def value(s: int, i: int) -> int:
        return 1000 + i + 10_000 * s

    src_lines = ["sources:"]
    quotes: dict[tuple[str, int, int], str] = {}
    for year in years:
        for k in range(target_sources):
            sid = f"src-{year}-{k}"
            for s, scope in enumerate(scopes):
                for i in range(indicators):
                    quotes[sid, s, i] = (f"{rng.choice(WORDS)} chỉ tiêu {i} của {scope} đạt trên "
                                         f"{vi_number(value(s, i))} tỷ đồng")
            filler = " ".join(rng.choice(WORDS) for _ in range(8000))
            text = " ".join(q for key, q in quotes.items() if key[0] == sid)
            (root / "sources" / f"{sid}.txt").write_text(f"{filler} {text}", "utf-8")
            src_lines += [f"  {sid}:", f"    type: {SOURCE_TYPES[k]}",
                          f"    title: \"Văn bản {sid}\"", "    issuer: \"HĐND tỉnh\"",
                          f"    date: {year - 1}-12-0{k + 1}", f"    text: sources/{sid}.txt"]
    (root / "sources.yaml").write_text("\n".join(src_lines) + "\n", "utf-8")
    entries = 0
    for year in years:
        targets, actuals = [f"year: {year}", "targets:"], [f"year: {year}", "actuals:"]
        for s, scope in enumerate(scopes):
            for i in range(indicators):
                for k in range(target_sources):
                    sid = f"src-{year}-{k}"
                    targets += [f"  - indicator: ind_{i:05d}", f"    scope: {scope}",
                                "    op: \">\"", f"    value: {value(s, i)}",
                                f"    source: {sid}", f"    quote: \"{quotes[sid, s, i]}\""]
                sid = f"src-{year}-0"
                actuals += [f"  - indicator: ind_{i:05d}", f"    scope: {scope}",
                            f"    value: {value(s, i)}", "    period: 8M",
                            "    status: estimate", f"    source: {sid}",
                            f"    quote: \"{quotes[sid, s, i]}\""]
                entries += target_sources + 1
        (root / "targets" / f"{year}.yaml").write_text("\n".join(targets) + "\n", "utf-8")
        (root / "actuals" / f"{year}.yaml").write_text("\n".join(actuals) + "\n", "utf-8")
    return entries


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time (s) and peak resident memory (MiB) of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err}")
    return elapsed, usage.ru_maxrss // 1024


class Pair:
    """A and its floor B, run in turn; medians of each and of the per-pair ratio."""

    def __init__(self, a: list[str], b: list[str], runs: int, env: dict[str, str],
                 before_a: Callable[[], None] = lambda: None, warm_up: bool = True) -> None:
        if warm_up:  # bytecode written, files in the page cache, the answer cached
            run(a, env)
            run(b, env)
        times_a, times_b, ratios, self.peak_a, self.peak_b = [], [], [], 0, 0
        for _ in range(runs):
            before_a()
            ta, ma = run(a, env)
            tb, mb = run(b, env)
            times_a.append(ta)
            times_b.append(tb)
            ratios.append(ta / tb)
            self.peak_a, self.peak_b = max(self.peak_a, ma), max(self.peak_b, mb)
        self.a, self.b = statistics.median(times_a), statistics.median(times_b)
        self.ratio = statistics.median(ratios)

    def line(self, label: str, unit: str = "s") -> str:
        scale, fmt = (1000, "6.0f") if unit == "ms" else (1, "6.2f")
        return (f"{label:<40} {self.a * scale:{fmt}} {unit} vs floor {self.b * scale:{fmt}} {unit}"
                f"  ratio {self.ratio:4.2f}   peak {self.peak_a} MiB (floor {self.peak_b})")


def floor_parse(root: Path) -> list[str]:
    code = ("import sys, yaml, pathlib\n"
            "root = pathlib.Path(sys.argv[1])\n"
            "for p in sorted(root.rglob('*.yaml')):\n"
            "    yaml.load(p.read_text('utf-8'), Loader=yaml.CSafeLoader)\n")
    return [PY, "-c", code, str(root)]


def throughput(root: Path, label: str, commands: list[tuple[str, list[str]]], runs: int,
               env: dict[str, str], cache_home: Path) -> None:
    """Cold and warm runs of each command on one folder, each paired with the parse floor."""
    def empty_cache() -> None:
        shutil.rmtree(cache_home, ignore_errors=True)

    data = ["--data", str(root)]
    floor = floor_parse(root)
    run(floor, env)  # the files in the page cache
    for name, args in commands:
        cmd = [*QN, *data, *args]
        cold = Pair(cmd, floor, runs, env, empty_cache, warm_up=False)
        print(cold.line(f"{label} {name} cold"), flush=True)
        run(cmd, env)  # stores the answer
        print(Pair(cmd, floor, runs, env, warm_up=False).line(f"{label} {name} warm"),
              flush=True)


EXTRACT_DOC = Path(__file__).resolve().parent.parent / "data" / "sources" / "nq-12-tu-2022.txt"
EXTRACT_ALONE = """
import statistics, sys, time
from pathlib import Path
from qnplan.dataset.build import load_registries
from qnplan.dataset.paths import data_root
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


def extraction(runs: int, env: dict[str, str]) -> None:
    """extract on a real resolution, paired with start-up; and the rules alone."""
    pair = Pair([*QN, "extract", str(EXTRACT_DOC), "--format", "json", "--date", "2022-11-28"],
                [*QN, "--version"], runs, env)
    alone = float(subprocess.run([PY, "-c", EXTRACT_ALONE, str(EXTRACT_DOC), str(runs)],
                                 capture_output=True, text=True, env=env, check=True).stdout)
    size = EXTRACT_DOC.stat().st_size // 1000
    print(f"{pair.line(f'extract, {size} kB resolution', 'ms')}\n"
          f"  beyond start-up (--version) {(pair.a - pair.b) * 1000:4.0f} ms; "
          f"the rules alone, in process {alone * 1000:4.0f} ms", flush=True)


def output_at_scale(base: Path, runs: int, env: dict[str, str]) -> None:
    """CSV and piped tables against JSON, whole processes, warm cache, 16k entries."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from scale import build

    root = base / "scale-16k"
    if root.exists():
        shutil.rmtree(root)
    entries = build(root, 16_000)
    time.sleep(SETTLE_SECONDS)
    data = [*QN, "--data", str(root)]
    for name, args in (("compare", ["compare", "2023", "2024"]), ("status", ["status", "2024"]),
                       ("trend", ["trend"])):
        json_cmd = [*data, *args, "--scope", "all", "--format", "json"]
        run(json_cmd, env)  # the answer cached
        for fmt in ("csv", "table"):
            pair = Pair([*data, *args, "--scope", "all", "--format", fmt], json_cmd, runs, env)
            print(pair.line(f"{entries // 1000}k {name} {fmt} vs json").replace(
                "floor", "json "), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="pairs per measurement")
    ap.add_argument("--sizes", default="500,2000,8000",
                    help="indicator counts; entries = 8 x indicators")
    ap.add_argument("--no-national", action="store_true",
                    help="skip the 75,600-entry national shape")
    ap.add_argument("--keep", type=Path, help="write the synthetic folders here and keep them")
    args = ap.parse_args()

    base = args.keep or Path(tempfile.mkdtemp(prefix="qnplan-bench-"))
    cache_home = base / "cache-home"
    # What users get: bytecode cached (some shells set PYTHONDONTWRITEBYTECODE, which would
    # make every run recompile qnplan but not the already-compiled site-packages), and a
    # cache folder of the benchmark's own.
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "QNPLAN_NO_CACHE", "QNPLAN_DATA")}
    env |= {"NO_COLOR": "1", "XDG_CACHE_HOME": str(cache_home)}
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {args.runs} pairs each; "
          "medians; ratio = qnplan / floor, pair by pair")
    try:
        startup = [*QN, "compare", "2023", "2024", "--format", "json"]
        floor = [PY, "-c", "import typer, yaml"]
        print(Pair(startup, floor, max(args.runs, 10), env).line(
            "start-up, bundled compare json", "ms"), flush=True)
        nocache = [*QN, "--no-cache", "compare", "2023", "2024", "--format", "json"]
        print(Pair(nocache, floor, max(args.runs, 10), env).line(
            "  the same with --no-cache", "ms"), flush=True)
        trend = [*QN, "trend", "--format", "json"]
        print(Pair(trend, floor, max(args.runs, 10), env).line(
            "start-up, bundled trend json", "ms"), flush=True)
        extraction(max(args.runs, 5), env)
        output_at_scale(base, max(args.runs, 5), env)

        compare = ["compare", "2023", "2024", "--format", "json"]
        validate = ("validate", ["validate"])
        shapes: list[tuple[str, dict[str, Any], list[tuple[str, list[str]]]]] = [
            (f"{8 * int(n) // 1000}k", {"indicators": int(n)},
             [("compare", compare), validate] if int(n) != TREND_AT else
             [("compare", compare), ("trend", ["trend", "--format", "json"]), validate])
            for n in args.sizes.split(",")]
        if not args.no_national:
            scopes = tuple(f"tinh-{k:02d}" for k in range(63))
            shapes.append(("national", {"indicators": 40, "years": tuple(range(2015, 2025)),
                                        "scopes": scopes, "target_sources": 2},
                           [("compare", [*compare, "--scope", "all"]), validate]))
        for label, shape, commands in shapes:
            root = base / f"synthetic-{label}"
            if root.exists():
                shutil.rmtree(root)
            entries = generate(root, **shape)
            time.sleep(SETTLE_SECONDS)
            throughput(root, f"{label} ({entries} entries)", commands, args.runs, env,
                       cache_home)
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
