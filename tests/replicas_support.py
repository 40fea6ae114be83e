"""The three-replica state machine, shared by the in-memory hub's test (tests/test_sync_replicas.py)
and the real PostgreSQL hub's (tests/hub/test_replicas_pg.py). `hub` is anything with
push(ws) and sync(ws); `laptops` are three workspaces that may each add, edit and delete persons."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from app.services.sync import list_conflicts, pending_operations
from tests.sync_support import add_person, conflicts, delete_person, export, get_person, set_person

FIELDS = ("phone", "alias", "email")
VALUES = st.text(alphabet="abcdefgh", min_size=1, max_size=4)


def replicas_machine(hub, laptops, failures: list | None = None):
    """The state machine over these laptops: rules, and the checks run at the end. With
    `failures`, a failed check is collected there instead of raised (for the mutation check)."""

    class Replicas(RuleBasedStateMachine):
        @initialize()
        def start(self):
            self.persons: list[str] = []
            self.deleted: set[str] = set()
            self.typed: list[tuple[str, str, str]] = []          # (gid, field, value)
            self.seen_replaced: set[tuple[str, str, str]] = set()

        @rule(who=st.integers(0, 2), name=VALUES)
        def add(self, who, name):
            self.persons.append(add_person(laptops[who], name))

        @precondition(lambda self: self.persons)
        @rule(who=st.integers(0, 2), pick=st.integers(0, 50), col=st.sampled_from(FIELDS), value=VALUES)
        def edit(self, who, pick, col, value):
            gid = self.persons[pick % len(self.persons)]
            person = get_person(laptops[who], gid)
            if person is None:
                return  # not here yet, or deleted here
            before = getattr(person, col)
            if before is not None:
                self.seen_replaced.add((gid, col, before))
            set_person(laptops[who], gid, **{col: value})
            self.typed.append((gid, col, value))

        @precondition(lambda self: len(self.persons) > 2)
        @rule(who=st.integers(0, 2), pick=st.integers(0, 50))
        def delete(self, who, pick):
            gid = self.persons[pick % len(self.persons)]
            if get_person(laptops[who], gid) is not None:
                delete_person(laptops[who], gid)
                self.deleted.add(gid)

        @rule(who=st.integers(0, 2))
        def push(self, who):
            hub.push(laptops[who])

        @rule(who=st.integers(0, 2))
        def sync(self, who):
            hub.sync(laptops[who])

        @invariant()
        def nothing_fails(self):
            pass

        def teardown(self):
            try:
                self.check()
            except AssertionError as exc:
                if failures is None:
                    raise
                failures.append(exc)

        def check(self):
            for ws in laptops + laptops:
                hub.sync(ws)
            first = export(laptops[0])
            for ws in laptops[1:]:
                assert export(ws) == first
                assert conflicts(ws) == conflicts(laptops[0])
                assert not pending_operations(ws)
            kept = {(c["gid"], c["col"], c["value"]) for c in list_conflicts(laptops[0], status=None)}
            kept |= {(c["gid"], c["col"], c["other"]) for c in list_conflicts(laptops[0], status=None)}
            for gid, col, value in self.typed:
                if gid in self.deleted:
                    continue
                current = first["persons"][gid][col]
                assert value == current or (gid, col, value) in kept or (gid, col, value) in self.seen_replaced, (
                    f"{value!r} typed in {col} was lost")

    return Replicas
