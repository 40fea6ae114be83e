"""Recovery care plans: write a plan with the person, agree it, review it, follow it up.

Roles. Reading goals and actions is PERSON_READ; a peer worker (no CLINICAL_READ) sees every
goal, without its CANSAS life domain (clinical), but only the actions owned by the person or
by themself, and may mark those done.
Everything else that changes a plan needs CLINICAL_WRITE.

Life cycle. A version is a draft until it is agreed with the person; only a draft's goals and
actions can be edited. A review supersedes the current (agreed) version and starts a new
draft that copies it, with each goal's outcome and the person's comment; a review that
changes nothing is refused (adding goals is a change). Superseded versions never change (see app/models/careplan.py).

This module is the package's public interface; the jobs live in views (reading), editing,
review and pdf.
"""

from __future__ import annotations

from app.services.careplan.editing import (
    add_action,
    add_goal,
    agree,
    confirm_wording,
    create_plan,
    remove_action,
    remove_goal,
    set_action_status,
    set_dates,
    update_action,
    update_goal,
)
from app.services.careplan.needs import (
    SKIP_ALREADY_GOAL,
    NeedsToGoals,
    draft_goals_from_domains,
    goals_from_needs,
    provisional_goal_text,
)
from app.services.careplan.pdf import (
    CAREPLAN_PDF,
    build_careplan_pdf,
)
from app.services.careplan.review import (
    review,
)
from app.services.careplan.views import (
    DEFAULT_REVIEW_MONTHS,
    MAX_PLAN_YEARS,
    ActionInput,
    ActionView,
    FollowUp,
    GoalInput,
    GoalOutcome,
    GoalView,
    OverdueFlags,
    OwnerChoices,
    PlanView,
    ReviewInput,
    VersionHeader,
    VersionView,
    action_line,
    add_months,
    current_goals,
    get_plan,
    get_version,
    my_followups,
    overdue_flags,
    owner_choices,
    owner_text,
)

__all__ = [
    "ActionInput",
    "ActionView",
    "CAREPLAN_PDF",
    "DEFAULT_REVIEW_MONTHS",
    "FollowUp",
    "GoalInput",
    "GoalOutcome",
    "GoalView",
    "MAX_PLAN_YEARS",
    "NeedsToGoals",
    "SKIP_ALREADY_GOAL",
    "OverdueFlags",
    "OwnerChoices",
    "PlanView",
    "ReviewInput",
    "VersionHeader",
    "VersionView",
    "action_line",
    "add_action",
    "add_goal",
    "add_months",
    "agree",
    "build_careplan_pdf",
    "confirm_wording",
    "create_plan",
    "current_goals",
    "draft_goals_from_domains",
    "get_plan",
    "goals_from_needs",
    "get_version",
    "my_followups",
    "overdue_flags",
    "owner_choices",
    "owner_text",
    "provisional_goal_text",
    "remove_action",
    "remove_goal",
    "review",
    "set_action_status",
    "set_dates",
    "update_action",
    "update_goal",
]
