"""Hospital and residential stays: record them, show the current one, find the persons
discharged without a contact within 7 days, and propose a care-plan review after a discharge."""

from app.services.stays.records import (  # noqa: F401
    ReviewProposal,
    StayRow,
    add_stay,
    current_stay,
    delete_stay,
    discharged_without_follow_up,
    list_stays,
    review_proposal,
    update_stay,
)
