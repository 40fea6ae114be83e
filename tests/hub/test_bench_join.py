"""The team-join benchmark runs end to end on a real hub and accounts for every person."""

from __future__ import annotations

from app.devtools.bench_join import bench_join


def test_a_new_device_joins_and_holds_every_person(hub):
    result = bench_join(persons=6, seed=2, enrol_dsn=hub.enrol_dsn)
    assert "not_measured" not in result
    assert result["persons_on_new_device"] == result["persons_on_origin"] == 6
    assert result["in_step"] and result["refused"] == 0
    assert result["pulled"] >= result["operations"] > 0
    assert set(result["parts"]) >= {"hub_pull_and_chain_s", "open_envelopes_s", "apply_s", "other_s"}
    fast = result["snapshot"]
    assert fast["sealed_at_seq"] > 0 and fast["snapshot_bytes"] > 0
    assert fast["persons_on_new_device"] == 6 and fast["in_step"] and fast["refused"] == 0
    assert fast["pulled"] < result["pulled"]

