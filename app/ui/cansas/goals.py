"""Unmet needs become care-plan goals, from the Needs tab, in one step.

A draft plan (or none) takes the goals at once. An agreed plan is offered "New plan version
with these goals": its révision (review) starts, keeps every goal and adds these. The answer
says how many goals were added and which needs were not turned into goals, and why; it offers
to open the care plan, where the provisional wordings are rewritten with the person.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import RelaisError
from app.models.instruments import life_domain_label
from app.services.careplan import NeedsToGoals, goals_from_needs
from app.services.shared.workspace import Workspace
from app.texts import current_language, message
from app.ui import events


def ask_new_version(parent: QWidget, reason: str) -> bool:
    title = QCoreApplication.translate("NeedsGoals", "Care plan")
    box = QMessageBox(QMessageBox.Icon.Question, title, reason, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate(
        "NeedsGoals", "Start the plan's révision now: a new version that keeps every goal and adds these "
        "ones, to rewrite and agree with the person."))
    label = QCoreApplication.translate("NeedsGoals", "New plan version with these goals")
    new = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(new)
    box.setObjectName("needs_goals_question")
    box.exec()
    return box.clickedButton() is new


def result_text(result: NeedsToGoals) -> str:
    lang = current_language()
    if result.created:
        text = QCoreApplication.translate(
            "NeedsGoals", "Goals added to the care plan: %1. Their wording is a proposal (in italics): "
            "rewrite it with the person, in their own words.").replace("%1", str(len(result.created)))
        if result.new_version:
            started = QCoreApplication.translate("NeedsGoals", "A new version of the care plan was started (révision).")
            text = started + " " + text
    else:
        text = QCoreApplication.translate("NeedsGoals", "No goal was added.")
    if result.skipped:
        reasons = [message(f"careplan.skip.{reason}", lang, domain=life_domain_label(domain, lang))
                   for domain, reason in result.skipped]
        heading = QCoreApplication.translate("NeedsGoals", "Not turned into goals:")
        text += "\n\n" + heading + "\n" + "\n".join(f"– {r}" for r in reasons)
    return text


def show_result(parent: QWidget, result: NeedsToGoals) -> bool:
    """The outcome; True when the user chose to open the care plan."""
    title = QCoreApplication.translate("NeedsGoals", "Care plan")
    box = QMessageBox(QMessageBox.Icon.Information, title, result_text(result), QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("needs_goals_result")
    label = QCoreApplication.translate("NeedsGoals", "Open the care plan")
    open_plan = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_plan)
    box.exec()
    return box.clickedButton() is open_plan


def make_goals(parent: QWidget, ws: Workspace, person_id: int, domain_ids: list[str],
               assessed_on: date | None = None) -> NeedsToGoals | None:
    try:
        try:
            result = goals_from_needs(ws, person_id, list(domain_ids), assessed_on=assessed_on)
        except RelaisError as exc:
            if exc.code != "careplan.version_agreed":
                raise
            if not ask_new_version(parent, exc.message()):
                return None
            result = goals_from_needs(ws, person_id, list(domain_ids), new_version=True, assessed_on=assessed_on)
    except RelaisError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("NeedsGoals", "Care plan"), exc.message())
        return None
    events.records_changed({events.CAREPLAN}, person_id=person_id)
    if show_result(parent, result):
        window = parent.window()
        opener = getattr(window, "open_person", None)
        if opener is not None:
            opener(person_id, "careplan")
    return result
