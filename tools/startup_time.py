"""Time from launch until the desktop app's first window is shown: the frozen bundle beside the
same code run from source. Run by tools/package.sh after the smoke test.

    .venv/bin/python tools/startup_time.py --bundle dist/relais/relais [--runs 5] [--json]

Each launch runs offscreen with RELAIS_SMOKE_QUIT_AFTER_SHOWN=1 in a clean environment (one
throwaway HOME for all launches, so the font cache is built once, by a discarded warm-up launch)
and is timed from process start to the line the app prints once its first window is shown (the
first-run assistant: no vault yet). Frozen and source launches alternate, so that other work
on the machine slows both alike; median and fastest of the runs are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from app.ui.app import SHOWN_MARKER, SMOKE_QUIT_AFTER_SHOWN  # noqa: E402


def time_launch(command: list[str], home: Path, cwd: Path) -> float:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
           SMOKE_QUIT_AFTER_SHOWN: "1", "TMPDIR": str(home)}
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                            env=env, cwd=cwd, text=True)
    assert proc.stdout is not None
    shown = None
    for line in proc.stdout:
        if line.strip() == SHOWN_MARKER and shown is None:
            shown = time.perf_counter() - started
    if proc.wait(timeout=120) != 0 or shown is None:
        raise SystemExit(f"{command[0]}: exit {proc.returncode}, window shown: {shown is not None}")
    return shown


def measure(commands: dict[str, tuple[list[str], Path]], runs: int) -> dict:
    """Launches alternate between the commands, so that a busy machine slows each alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="relais-startup-") as home:
        for command, cwd in commands.values():
            time_launch(command, Path(home), cwd)               # warm-up: font cache, disk cache
        for _ in range(runs):
            for name, (command, cwd) in commands.items():
                times[name].append(time_launch(command, Path(home), cwd))
    return {name: {"median_s": round(statistics.median(t), 2), "fastest_s": round(min(t), 2), "runs": runs}
            for name, t in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "relais" / "relais")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    bundle = args.bundle.resolve()
    with tempfile.TemporaryDirectory(prefix="relais-startup-cwd-") as elsewhere:
        result = measure({"frozen": ([str(bundle)], Path(elsewhere)),
                          "source": ([sys.executable, str(REPO / "main.py")], REPO)}, args.runs)
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print("Start-up, launch until the first window is shown (offscreen, first-run screen):")
        for name in ("frozen", "source"):
            figures = result[name]
            print(f"  {name:7} median {figures['median_s']:.2f} s, fastest {figures['fastest_s']:.2f} s "
                  f"({figures['runs']} runs after a warm-up)")
        print(f"  (load average at the end: {', '.join(map(str, result['load_average']))} on {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
