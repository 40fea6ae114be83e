"""bench_push_pull runs against a real hub and accounts for every operation."""

from __future__ import annotations

from app.hub.bench import bench_push_pull


def test_bench_pushes_and_pulls_everything(hub):
    result = bench_push_pull(hub.enrol_dsn, n=120, batch=50)
    assert result["ops"] == result["pulled"] == 120
    assert result["push_s"] > 0 and result["pull_verify_s"] > 0
