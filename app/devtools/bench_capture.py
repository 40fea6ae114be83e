"""The cost of sync capture: the benchmark's encrypted workload (bench_compare) on vaults with
the capture triggers and on vaults whose triggers were dropped.

    .venv/bin/python -m app.devtools.bench_capture [--persons 500] [--repeats 3]

Budget (DESIGN.md §10 work): capture costs at most 10 % (ratio <= 1.10). The figure is the
ratio of the wall-clock medians, as for encrypted-vs-plain; the ratio of the processor-time
medians is reported beside it because it moves less on a loaded machine.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from app.devtools.bench import search_prefixes
from app.devtools.bench_compare import _encrypted_workspace, _workload
from app.services.shared.workspace import Workspace
from app.store.sync.capture import TRIGGER_PREFIX


def drop_capture(ws: Workspace) -> None:
    with ws.unit() as session:
        conn = session.connection()
        for (name,) in conn.exec_driver_sql(
                f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '{TRIGGER_PREFIX}%'").all():
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')


def measure_capture(root: Path, persons: int, seed: int = 1, repeats: int = 3) -> tuple[float, dict]:
    timings: dict[str, list[float]] = {"capture": [], "none": []}
    cpu: dict[str, list[float]] = {"capture": [], "none": []}
    for rep in range(repeats):
        for kind in (("capture", "none") if rep % 2 == 0 else ("none", "capture")):
            folder = root / f"{kind}-{rep}"
            ws = _encrypted_workspace(folder)
            try:
                if kind == "none":
                    drop_capture(ws)
                started = time.process_time()
                timings[kind].append(_workload(ws, persons, seed, search_prefixes))
                cpu[kind].append(time.process_time() - started)
            finally:
                ws.lock()
            shutil.rmtree(folder, ignore_errors=True)
    with_capture, without = statistics.median(timings["capture"]), statistics.median(timings["none"])
    cpu_ratio = statistics.median(cpu["capture"]) / statistics.median(cpu["none"])
    return round(with_capture / without, 3), {"persons": persons, "capture_s": round(with_capture, 2),
                                              "no_capture_s": round(without, 2), "cpu_ratio": round(cpu_ratio, 3)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ratio, detail = measure_capture(Path(tmp), args.persons, repeats=args.repeats)
    print(f"capture/no-capture = {ratio}  {detail}")


if __name__ == "__main__":
    main()
