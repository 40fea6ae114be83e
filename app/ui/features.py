"""The feature modules whose register() the shell calls at start, after its own (persons).

Each feature adds one import line and one entry, explicitly and without try/except, so a
broken feature fails loudly at start instead of silently missing from the window:

    from app.ui import careplan
    FEATURES = [careplan]

A feature's register() adds its person tab, navigation page or action to app.ui.registry;
the order on screen comes from the specs' `order`, not from this list.
"""

from __future__ import annotations

from types import ModuleType

from app.ui import (
    admin,
    backup,
    bilan,
    cansas,
    careplan,
    contacts,
    continuity,
    dashboard,
    documents,
    duplicates,
    network,
    partners,
    persons,
    referrals,
    team,
)

CORE: list[ModuleType] = [persons]       # part of the shell itself
FEATURES: list[ModuleType] = [dashboard, careplan, cansas, network, bilan, contacts, referrals, partners,
                              duplicates, documents, continuity, admin, backup, team]


def register_all() -> None:
    for module in (*CORE, *FEATURES):
        module.register()
