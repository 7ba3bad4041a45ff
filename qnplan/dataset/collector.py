"""Python's cyclic garbage collector, held off while a dataset is built: the one place that
touches it.

Loading builds millions of small objects (parsed YAML, then Structs) that all stay alive
until the command ends. The collector, woken by every 700 new container objects, walks the
young ones and, ever more often as they pile up, all of them: measured at half of libyaml's
own parse time at 16k entries and two thirds at 64k, which also made run time grow faster
than the data. None of these objects is garbage, so the collector is paused while they are
built; afterwards they are frozen (`gc.freeze`) so that no later collection in this
short-lived process walks them again. That changes the interpreter for good, so only the CLI
does it (cli/common.py); a library call leaves the collector as it found it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Build without cyclic garbage collection, then freeze what was built and resume."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
