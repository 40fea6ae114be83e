"""Typed contracts between the shell and the features: every registered tab and page follows
its Protocol (no hasattr probes left to hide a missing method), actions get an ActionContext."""

from __future__ import annotations

import pytest

from app.ui import features
from app.ui.contracts import ActionContext, Page, PageBase, PersonTab, PersonTabBase
from app.ui.registry import REGISTRY
from tests.conftest import USER

pytestmark = pytest.mark.gui


@pytest.fixture
def registered():
    saved = (list(REGISTRY.person_tabs), list(REGISTRY.nav_pages), list(REGISTRY.actions))
    features.register_all()
    yield REGISTRY
    REGISTRY.person_tabs[:], REGISTRY.nav_pages[:], REGISTRY.actions[:] = saved


def test_every_tab_and_page_follows_its_contract(ws, qtbot, registered, monkeypatch):
    from app.services.persons.records import PersonService
    from app.ui import tasks

    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    pid = PersonService(ws).create({"given_names": "Zoé", "family_name": "Lambotte"})
    from PySide6.QtWidgets import QWidget
    window = QWidget()
    qtbot.addWidget(window)
    for spec in registered.person_tabs:
        tab = spec.factory(ws, pid, window)
        assert isinstance(tab, PersonTab) and isinstance(tab, PersonTabBase), spec.key
        assert tab.has_unsaved_changes() is False and tab.draft() is None
    for spec in registered.nav_pages:
        page = spec.factory(ws, window)
        assert isinstance(page, Page) and isinstance(page, PageBase), spec.key
        assert isinstance(page.place(), dict)


def test_the_defaults_do_nothing_harmful():
    tab, page = PersonTabBase(), PageBase()
    assert (tab.has_unsaved_changes(), tab.save(), tab.discard(), tab.reload()) == (False, True, None, None)
    assert (page.confirm_leave(), page.save_pending(), page.drafts(), page.place()) == (True, True, {}, {})


def test_an_action_receives_the_workspace_the_window_and_the_open_person(ws, qtbot, registered, monkeypatch):
    from app.ui import contacts

    seen = []
    monkeypatch.setattr("app.ui.contacts.quick_entry.open_quick_contact",
                        lambda w, parent, person_id: seen.append((w, parent, person_id)))
    ctx = ActionContext(ws, object(), 7)
    contacts.quick_contact(ctx)
    assert seen == [(ws, ctx.window, 7)] and ws.user.name == USER
