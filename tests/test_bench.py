"""The benchmark runs end to end and reports every figure of the budget (never its timings)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from sqlalchemy import inspect

from app.devtools.bench import BUDGET, p95, run_bench, search_prefixes
from app.devtools.bench_compare import _encrypted_workspace, _plain_workspace
from app.devtools.demo import add_demo_data
from app.services.persons.records import PersonService
from tests.conftest import REPO

KEYS = {"encrypted_vs_plain", "capture_overhead", "search_p95_ms", "bilan_pdf_ms", "indicators_s", "unlock_overhead_ms",
        "startup_s", "peak_rss_mb", "longest_ui_block_ms"}


def test_the_budget_names_every_figure_of_the_issue():
    assert {b.key for b in BUDGET} == KEYS


def test_a_small_run_measures_or_explains_every_figure():
    result = run_bench(persons=40, seed=3)
    data = result.to_json()
    assert KEYS <= set(data)
    for key in KEYS:
        assert (data[key] is None) != (key not in data["not_measured"]), key
        if data[key] is not None:
            assert data[key] >= 0 if key == "longest_ui_block_ms" else data[key] > 0, key
    # Every feature is present: only a missing machine capability may leave a figure out.
    for key in ("encrypted_vs_plain", "capture_overhead", "search_p95_ms", "unlock_overhead_ms", "peak_rss_mb", "startup_s",
                "bilan_pdf_ms", "longest_ui_block_ms"):
        assert data[key] is not None, key
    assert "cores" in data["context"]["machine"]
    assert "not measured" in result.table() or all(data[k] is not None for k in KEYS)


def test_plain_comparison_has_the_same_schema_and_runs_the_same_services(tmp_path):
    enc = _encrypted_workspace(tmp_path / "enc")
    plain = _plain_workspace(tmp_path / "plain")
    try:
        with enc.vault.engine.connect() as a, plain.vault.engine.connect() as b:
            assert sorted(inspect(a).get_table_names()) == sorted(inspect(b).get_table_names())
        for ws in (enc, plain):
            add_demo_data(ws, persons=30, seed=2)
        assert PersonService(enc).search_ids("a") == PersonService(plain).search_ids("a")
    finally:
        enc.lock()
        plain.lock()
    # The comparison point really is unencrypted, and the vault really is not.
    assert (tmp_path / "plain" / "plain.db").read_bytes().startswith(b"SQLite format 3")
    assert not (tmp_path / "enc" / "relais.db").read_bytes().startswith(b"SQLite format 3")


def test_prefixes_come_from_real_names_and_p95_is_the_95th_value(ws):
    add_demo_data(ws, persons=30, seed=4)
    prefixes = search_prefixes(ws, 50, seed=1)
    assert all(1 <= len(p) <= 4 for p in prefixes)
    assert all(PersonService(ws).search_ids(p) for p in prefixes)  # each finds someone
    assert p95(list(range(1, 101))) == 95


def test_cli_bench_json_has_one_key_per_figure(tmp_path):
    env = {**os.environ, "RELAIS_STATE_DIR": str(tmp_path / "state")}
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "bench", "--persons", "30", "--json"],
                            capture_output=True, text=True, cwd=REPO, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert KEYS <= set(json.loads(result.stdout))
    too_few = subprocess.run([sys.executable, str(REPO / "main.py"), "bench", "--persons", "3"],
                             capture_output=True, text=True, cwd=REPO, env=env, timeout=60)
    assert too_few.returncode == 1 and "at least 10" in too_few.stderr


def test_bilan_and_indicators_are_measured_on_the_real_features(ws):
    """The benchmark calls the bilan builder and caseload_indicators directly (no lookup by
    name that could silently measure nothing)."""
    from app.devtools.bench import measure_bilan, measure_indicators

    ids = add_demo_data(ws, persons=30, seed=1)
    assert measure_bilan(ws, ids, seed=1, repeats=1) > 0
    assert measure_indicators(ws, repeats=1) > 0
