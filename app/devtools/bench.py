"""`python main.py bench`: every figure of the performance budget (DESIGN.md §8) in one run.

The run builds a throwaway vault in a temporary folder (cheap Argon2id parameters: the
deliberate Argon2id cost is measured apart with production parameters), fills it with the
demo machinery (persons, then every history step other features add to demo STEPS), and
measures each figure through the same services the app uses. Timings are medians or p95
over several repetitions; a figure whose feature is absent is reported as not measured,
with the reason, rather than guessed.

Nothing here imports Qt: startup and peak memory are measured in a child process
(app/devtools/probe.py) with the offscreen platform.
"""

from __future__ import annotations

import base64
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.devtools.bench_compare import (
    BENCH_PASSPHRASE,
    BENCH_USER,
    measure_encrypted_vs_plain,
)
from app.devtools.demo import add_demo_data
from app.errors import RelaisError
from app.models.person import fold
from app.models.user import Role
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.store.keyslots import INSECURE_TEST_KDF, PRODUCTION_KDF, derive_key, insecure_test_kdf
from app.store.vault import VaultFolder

# The probe is Qt code run in a child process, started by its file path so this module
# (run inside `bench`, which must stay free of Qt) never imports it.
PROBE_SCRIPT = Path(__file__).with_name("probe.py")
# Tells the probe that its vault is the run's throwaway one, with cheap Argon2id parameters.
THROWAWAY_FLAG = "--throwaway-vault"


@dataclass(frozen=True)
class Budget:
    key: str
    label: str
    unit: str
    limit: float


BUDGET = (
    Budget("encrypted_vs_plain", "encrypted vault vs plain SQLite, same workload", "×", 1.25),
    Budget("capture_overhead", "sync capture on vs off, same encrypted workload", "×", 1.10),
    Budget("search_p95_ms", "person search as you type, p95", "ms", 30.0),
    Budget("bilan_pdf_ms", "full bilan PDF, rich history", "ms", 400.0),
    Budget("indicators_s", "caseload indicators over all persons", "s", 1.0),
    Budget("unlock_overhead_ms", "unlock beyond Argon2id", "ms", 150.0),
    Budget("startup_s", "start to usable main window", "s", 1.5),
    Budget("longest_ui_block_ms", "longest UI-thread block, list loads and scrolls", "ms", 50.0),
    Budget("peak_rss_mb", "peak memory, persons open", "MB", 400.0),
)


@dataclass
class BenchResult:
    persons: int
    figures: dict[str, float | None] = field(default_factory=dict)
    not_measured: dict[str, str] = field(default_factory=dict)
    context: dict[str, object] = field(default_factory=dict)

    def to_json(self) -> dict:
        data: dict[str, object] = {b.key: self.figures.get(b.key) for b in BUDGET}
        data["persons"] = self.persons
        data["not_measured"] = self.not_measured
        data["context"] = self.context
        return data

    def table(self) -> str:
        lines = [f"Relais benchmark — {self.persons} persons", "",
                 f"{'figure':<48} {'value':>10} {'budget':>10}  verdict"]
        for b in BUDGET:
            value = self.figures.get(b.key)
            if value is None:
                shown, verdict = "—", "not measured: " + self.not_measured.get(b.key, "")
            else:
                shown = (f"{value:.2f}" if value < 100 else f"{value:.0f}") + " " + b.unit
                verdict = "ok" if value <= b.limit else "OVER BUDGET"
            lines.append(f"{b.label:<48} {shown:>10} {'≤ ' + format(b.limit, 'g') + ' ' + b.unit:>10}  {verdict}")
        lines.append("")
        for key, said in self.context.items():
            lines.append(f"{key}: {said}")
        return "\n".join(lines)


def run_bench(persons: int = 20_000, seed: int = 1, say: Callable[[str], None] = lambda _: None,
              skip: frozenset[str] = frozenset()) -> BenchResult:
    """`skip`: figures left out (reported as not measured, skipped); each figure is also said
    (`say`) as soon as it is measured, so a run stopped early still leaves its figures."""
    # The run's throwaway vaults use cheap Argon2id parameters, passed explicitly and allowed
    # for the length of the run only (the production cost is measured apart).
    with insecure_test_kdf():
        return _run_bench(persons, seed, say, skip)


class _SayingDict(dict):
    """A figures or context dict that says each value as it is set."""

    def __init__(self, say: Callable[[str], None]) -> None:
        super().__init__()
        self._say = say

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, value)
        self._say(f"{key} = {value}")


def _run_bench(persons: int, seed: int, say: Callable[[str], None], skip: frozenset[str]) -> BenchResult:
    result = BenchResult(persons, figures=_SayingDict(say), context=_SayingDict(say))
    for key in skip:
        result.not_measured[key] = "skipped (--skip)"
    result.context["machine"] = machine_description()
    root = Path(tempfile.mkdtemp(prefix="relais-bench-"))
    # Throwaway vaults leave their small notes (failed unlocks, audit head) in the run's own
    # folder, not in the user's state folder.
    saved_state = os.environ.get("RELAIS_STATE_DIR")
    os.environ["RELAIS_STATE_DIR"] = str(root / "state")
    try:
        folder = root / "vault"
        say(f"building a vault with {persons} synthetic persons")
        ws, _ = Workspace.create(folder, BENCH_USER, BENCH_PASSPHRASE, role=Role.SUPERVISOR,
                                 params=INSECURE_TEST_KDF)
        started = time.perf_counter()
        person_ids = add_demo_data(ws, persons=persons, seed=seed)
        result.context["build_s"] = round(time.perf_counter() - started, 1)
        result.context["db_mb"] = round(_db_size(folder) / 2**20, 1)

        say("person list")
        result.context["person_list_ms"] = measure_person_list(ws)
        say("person search")
        result.figures["search_p95_ms"], result.context["search_median_ms"] = measure_search(ws, seed)
        say("bilan PDF")
        _optional(result, "bilan_pdf_ms", lambda: measure_bilan(ws, person_ids, seed))
        say("caseload indicators")
        _optional(result, "indicators_s", lambda: measure_indicators(ws))
        say("backup")
        started = time.perf_counter()
        ws.vault.backup(root / "bench.relaisbackup")
        result.context["backup_s"] = round(time.perf_counter() - started, 2)
        ws.lock()

        say("unlock")
        overhead, argon = measure_unlock(folder)
        result.figures["unlock_overhead_ms"] = overhead
        result.context["argon2id_production_ms"] = argon

        say("startup and memory (child process, offscreen)")
        child = measure_in_child(folder)
        for key in ("startup_s", "peak_rss_mb", "longest_ui_block_ms"):
            if child.get(key) is not None:
                result.figures[key] = child[key]
            else:
                result.not_measured[key] = child.get(f"{key}_reason", "the child process failed")
        if child.get("note"):
            result.context["startup_note"] = child["note"]
        for key in ("list_loaded_ms", "longest_ui_block_cpu_ms", "sort_ui_block_ms", "backup_ui_block_ms",
                    "backup_in_use_s", "backup_longest_write_ms"):
            if child.get(key) is not None:
                result.context[key] = child[key]

        if "encrypted_vs_plain" not in skip:
            say("encrypted versus plain SQLite")
            ratio, detail = measure_encrypted_vs_plain(root, min(persons, 2_000), seed, search_prefixes)
            result.figures["encrypted_vs_plain"] = ratio
            result.context["encrypted_vs_plain_detail"] = detail

        if "capture_overhead" not in skip:
            say("sync capture on versus off")
            from app.devtools.bench_capture import measure_capture

            ratio, detail = measure_capture(root, min(persons, 2_000), seed, repeats=3)
            result.figures["capture_overhead"] = ratio
            result.context["capture_overhead_detail"] = detail
    finally:
        if saved_state is None:
            os.environ.pop("RELAIS_STATE_DIR", None)
        else:
            os.environ["RELAIS_STATE_DIR"] = saved_state
        shutil.rmtree(root, ignore_errors=True)
    return result


def _optional(result: BenchResult, key: str, measure: Callable[[], float]) -> None:
    try:
        result.figures[key] = measure()
    except FeatureAbsent as exc:
        result.not_measured[key] = str(exc)


class FeatureAbsent(Exception):
    pass


def _db_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("relais.db*"))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


# -- figures ----------------------------------------------------------------------------
def search_prefixes(ws: Workspace, count: int, seed: int) -> list[str]:
    """Random 1-4 letter prefixes of the names in the vault, as someone types them."""
    rng = random.Random(seed)
    words = [w for row in PersonService(ws).rows() for w in fold(row.display_name).split() if w[:1].isalpha()]
    return [(w := rng.choice(words))[: rng.randint(1, min(4, len(w)))] for _ in range(count)]


def measure_search(ws: Workspace, seed: int, count: int = 300) -> tuple[float, float]:
    """PersonService.search_ids, the call behind the person list's search box."""
    service = PersonService(ws)
    prefixes = search_prefixes(ws, count, seed)
    for prefix in prefixes[:20]:  # warm the page cache, as a session in use has it warm
        service.search_ids(prefix)
    timings = []
    for prefix in prefixes:
        started = time.perf_counter()
        service.search_ids(prefix)
        timings.append((time.perf_counter() - started) * 1000)
    return round(p95(timings), 2), round(statistics.median(timings), 2)


def measure_person_list(ws: Workspace, repeats: int = 3) -> float:
    """Every person as a light row: what the person list loads when it opens."""
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        PersonService(ws).rows()
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 1)


def measure_bilan(ws: Workspace, person_ids: list[int], seed: int, repeats: int = 5) -> float:
    from app.services.documents.catalogue import produce
    from app.services.shared.documents import PdfRequest

    last_error = ""
    # The richest histories first; a person without a bilan yet may be refused by the
    # builder, so the first candidate that produces one is timed.
    for person in _rich_candidates(ws, person_ids, seed):
        request = PdfRequest(person, None, "fr", "full")
        try:
            produce(ws, "bilan", request)  # warm-up: fonts, templates, first queries
        except RelaisError as exc:
            last_error = exc.message("en")
            continue
        timings = []
        for _ in range(repeats):
            started = time.perf_counter()
            produce(ws, "bilan", request)
            timings.append((time.perf_counter() - started) * 1000)
        return round(statistics.median(timings), 1)
    raise FeatureAbsent(f"no bilan could be produced: {last_error}")


def _rich_candidates(ws: Workspace, person_ids: list[int], seed: int, count: int = 10) -> list[int]:
    """Persons with the most contacts when the contacts feature exists, then random ones."""
    from sqlalchemy import inspect, text

    ranked: list[int] = []
    with ws.read() as session:
        if "contacts" in inspect(session.connection()).get_table_names():
            ranked = [int(r[0]) for r in session.execute(text(
                "SELECT person_id FROM contacts WHERE person_id IS NOT NULL "
                "GROUP BY person_id ORDER BY count(*) DESC LIMIT :n"), {"n": count})]
    sample = random.Random(seed).sample(person_ids, min(count, len(person_ids)))
    return ranked + [p for p in sample if p not in ranked]


def measure_indicators(ws: Workspace, repeats: int = 3) -> float:
    from app.services.dashboard.indicators import caseload_indicators as indicators

    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        indicators(ws)
        timings.append(time.perf_counter() - started)
    return round(statistics.median(timings), 3)


def measure_unlock(folder: Path, repeats: int = 7) -> tuple[float, float]:
    """Median of (whole unlock − Argon2id derive with the slot's own parameters), and the
    production Argon2id derive time for reference."""
    vault_folder = VaultFolder(folder)
    slot = vault_folder.keyslots().slots[BENCH_USER]
    salt = base64.b64decode(slot.salt)
    overheads = []
    for _ in range(repeats):
        started = time.perf_counter()
        derive_key(BENCH_PASSPHRASE, salt, slot.kdf)
        derive = time.perf_counter() - started
        started = time.perf_counter()
        ws = Workspace.open(folder, BENCH_USER, BENCH_PASSPHRASE)
        whole = time.perf_counter() - started
        ws.lock()
        overheads.append((whole - derive) * 1000)
    argon = []
    for _ in range(3):
        started = time.perf_counter()
        derive_key(BENCH_PASSPHRASE, salt, PRODUCTION_KDF)
        argon.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(overheads), 1), round(statistics.median(argon), 1)


def measure_in_child(folder: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
           # Its own settings file: the probe must never change the user's settings.
           "RELAIS_SETTINGS": str(folder.parent / "bench-settings.ini")}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(PROBE_SCRIPT), str(folder), BENCH_USER, THROWAWAY_FLAG],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=Path(__file__).resolve().parents[2])
    assert proc.stdin and proc.stdout
    proc.stdin.write(BENCH_PASSPHRASE + "\n")
    proc.stdin.flush()
    ready_at = None
    report: dict = {}
    for line in proc.stdout:
        if line.startswith("READY") and ready_at is None:
            ready_at = time.perf_counter()
        elif line.startswith("{"):
            report = json.loads(line)
    _, err = proc.communicate(timeout=300)
    if proc.returncode != 0:
        reason = (err.strip().splitlines() or ["no output"])[-1]
        return {f"{key}_reason": f"child failed: {reason}"
                for key in ("startup_s", "peak_rss_mb", "longest_ui_block_ms")}
    if report.get("window") and ready_at is not None:
        report["startup_s"] = round(ready_at - started, 2)
    else:
        report["startup_s_reason"] = report.get("note", "no main window")
    return report


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem_gb = str(round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30))
    except (ValueError, OSError, AttributeError):
        mem_gb = "?"
    return f"{cpu}, {os.cpu_count()} cores, {mem_gb} GB RAM, {platform.system()} {platform.release()}, " \
           f"Python {platform.python_version()}"
