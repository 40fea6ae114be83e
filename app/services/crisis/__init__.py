"""Joint crisis plans: written with the person, versioned, printed for them and for crisis partners."""

from app.services.crisis.plans import (  # noqa: F401
    CRISIS_PDF,
    CrisisPlanView,
    agree,
    current_plan,
    history,
    save_plan,
)
