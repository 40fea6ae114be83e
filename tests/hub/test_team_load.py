"""Load test against a real hub (opt-in: RELAIS_TEAM_LOAD=1; scaled down here, full size in
`python -m app.devtools.bench_team_load`): laptops making changes with random offline periods
all end in step, holding the same persons."""

from __future__ import annotations

import os

import pytest

from app.devtools.bench_team_load import run_load

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not os.environ.get("RELAIS_TEAM_LOAD"), reason="opt-in: set RELAIS_TEAM_LOAD=1")]


def test_laptops_with_offline_periods_all_end_in_step_with_the_same_persons(hub, tmp_path):
    result = run_load(tmp_path, hub.enrol_dsn, hub.admin_dsn, devices=4, changes=40, seed=5)
    assert result["in_step"] and result["converged"]
    assert result["persons"] > 0 and result["hub_operations"] >= 4 * 40
    assert result["hub_bytes"] > 0
    print(result)
