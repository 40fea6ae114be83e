"""Helpers for the hub tests: a hub database and the laptops that play against it."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field

from app.hub import HubClient, WireOp, claim_proof, claim_verifier
from app.hub.admin import HubRoles
from app.hub.wire import Enrolment
from tests.hub.pg_cluster import Cluster


@dataclass
class Hub:
    """One initialised hub database, and helpers to play several laptops against it."""

    pg: Cluster
    dbname: str
    roles: HubRoles
    admin_dsn: str
    enrol_dsn: str
    clients: list[HubClient] = field(default_factory=list)

    def client(self, dsn: str) -> HubClient:
        c = HubClient(dsn)
        self.clients.append(c)
        return c

    def enrol(self) -> HubClient:
        return self.client(self.enrol_dsn)

    def create_team(self, with_epochs: bool = True) -> tuple[Enrolment, HubClient]:
        enrolment = self.enrol().create_team(os.urandom(32), os.urandom(32))
        sup = self.client(enrolment.credentials.dsn)
        if with_epochs:
            for scope in enrolment.scopes:
                sup.register_epoch(scope, 1, b"epoch-record-1")
        return enrolment, sup

    def invite(self, sup: HubClient, role: str, scopes: tuple[str, ...]) -> tuple[uuid.UUID, bytes]:
        """An invitation and the proof that the (here random) code key gives."""
        invite_id, code_key = uuid.uuid4(), os.urandom(32)
        proof = claim_proof(code_key, invite_id)
        sup.create_invitation(invite_id, role, scopes, claim_verifier(proof), b"S" * 32)
        return invite_id, proof

    def join(self, sup: HubClient, role: str, scopes: tuple[str, ...]) -> tuple[Enrolment, HubClient]:
        invite_id, proof = self.invite(sup, role, scopes)
        enrolment = self.enrol().claim_invitation(invite_id, proof, os.urandom(32), os.urandom(32))
        device = self.client(enrolment.credentials.dsn)
        device.register_epoch(enrolment.private_scope, 1, b"private-epoch")
        return enrolment, device


def random_ops(n: int, scope: str = "team", epoch: int = 1, size: int = 1000) -> list[WireOp]:
    return [WireOp(uuid.uuid4(), scope, epoch, os.urandom(16), os.urandom(64), os.urandom(size))
            for _ in range(n)]
