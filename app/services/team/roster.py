"""The team as this laptop knows it: members whose certificates it has verified."""

from __future__ import annotations

from typing import Any

from app.services.shared.workspace import Workspace
from app.services.team.state import require_state


def members(ws: Workspace) -> list[dict[str, Any]]:
    with ws.read() as session:
        state = require_state(session)
    return sorted(({"name": r.get("name", ""), "role": r.get("role", ""), "device": device,
                    "member": r.get("member", ""), "this_device": device == state.device_id}
                   for device, r in state.members.items()), key=lambda r: (r["name"], r["device"]))
