"""A long backlog is sealed and pushed in rounds: all of it reaches the team, and no save of
the team state carries more sealed operations than one round."""

from __future__ import annotations

from app.services.persons.records import PersonService
from app.services.sync.replica import pending_operations
from app.services.team import exchange
from app.services.team.exchange import sync
from app.services.team.state import require_state
from tests.hub.team_support import names


def test_a_backlog_longer_than_a_round_is_pushed_whole_without_rewriting_it_per_batch(team, monkeypatch):
    cm, sup = team["cm"], team["sup"]
    sync(cm)                                          # the join's own entries are out of the way
    for i in range(60):
        PersonService(cm).create({"alias": f"Passant {i:02}"})
    backlog = len(pending_operations(cm))
    monkeypatch.setattr(exchange, "SEAL_BATCH", 16)
    monkeypatch.setattr(exchange, "PUSH_BATCH", 5)
    assert backlog > 3 * exchange.SEAL_BATCH
    sealed_per_save: list[int] = []
    real_save = exchange.save_state

    def save_state(session, state):
        sealed_per_save.append(len(state.sealed))
        real_save(session, state)

    monkeypatch.setattr(exchange, "save_state", save_state)
    report = sync(cm)
    assert report.pushed == backlog and report.in_step
    assert max(sealed_per_save) <= exchange.SEAL_BATCH        # one round at most, never the backlog
    assert sealed_per_save.count(0) >= backlog // exchange.SEAL_BATCH     # each round emptied
    assert pending_operations(cm) == []
    with cm.read() as session:
        assert require_state(session).sealed == {}
    monkeypatch.setattr(exchange, "save_state", real_save)
    assert sync(sup).refused == []
    assert names(sup) == names(cm) == sorted(f"Passant {i:02}" for i in range(60))
    with sup.read() as session:
        assert not [r for r in require_state(session).reports if r["reason"] == "device_gap"]


def test_a_round_sealed_before_a_rotation_is_sealed_again_and_the_later_rounds_follow(team, monkeypatch):
    from app.services.team import leaving

    cm, sup = team["cm"], team["sup"]
    sync(team["peer"])
    sync(cm)
    for i in range(12):
        PersonService(cm).create({"alias": f"Passant {i:02}"})
    monkeypatch.setattr(exchange, "SEAL_BATCH", 6)
    monkeypatch.setattr(exchange, "PUSH_BATCH", 4)
    with cm.read() as session:
        state = require_state(session)
    epoch = state.current_epoch("team")
    exchange._seal_all(cm, state, exchange.SEAL_BATCH)    # the first round, sealed under the old epoch
    assert len(state.sealed) == exchange.SEAL_BATCH
    leaving.remove_member(sup, "peer")                   # a new epoch: that round is stale on the hub
    report = sync(cm)
    assert report.refused == [] and report.pushed == 12 * 2
    with cm.read() as session:
        after = require_state(session)
    assert after.current_epoch("team") == epoch + 1 and after.sealed == {}
    assert sync(sup).refused == []
    assert sync(cm).in_step
    assert names(sup) == names(cm) == sorted(f"Passant {i:02}" for i in range(12))
    with sup.read() as session:
        assert not [r for r in require_state(session).reports if r["reason"] == "device_gap"]
