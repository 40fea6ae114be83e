"""The bilan as the convention's instrument (2021 slides « Bilan fonctionnel »; 2024 slides
§5.1): its author's profession and registration, the psychological function it indicates and
why, the sessions that function opened, and the parts chosen for each recipient.

Kept apart from records.py so that the bilan's writing rules stay readable there.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldError, NotFound, RelaisError, ValidationError
from app.models.bilan import DERIVED_PARTS, Bilan, BilanStatus, shareable_parts
from app.models.contact import Contact
from app.models.convention import author_fit_problems, indicated_functions
from app.models.partner import Partner
from app.models.person import clean_text
from app.reports.letterhead import Letterhead
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.base import utcnow

MAX_JUSTIFICATION = 4000


def author_stamp(letterhead: Letterhead) -> dict:
    """The author's profession, registration and organisation as a new bilan keeps them."""
    return {"author_profession": letterhead.profession, "author_registration": letterhead.registration[:40],
            "author_organisation": letterhead.organisation[:200]}


# -- the indicated function -------------------------------------------------------------------

@dataclass(frozen=True)
class Indication:
    function: str                  # first_line, specialised, none, or "" (not decided)
    justification: str
    problems: tuple[str, ...]      # message codes: the author's profile does not fit the function
    session_ids: tuple[int, ...]   # sessions linked to this bilan


def set_indication(ws: Workspace, bilan_id: int, function: str, justification: str) -> Indication:
    """The function a draft bilan indicates and its justification. An indication of a function
    needs a justification; whether the author fits is said, not enforced (see `indication`)."""
    ws.require(Permission.CLINICAL_WRITE)
    errors: list[FieldError] = []
    if function not in indicated_functions():
        errors.append(FieldError("indicated_function", "choice.invalid", {"value": str(function)[:40]}))
    text = clean_text(justification or "", 10**6)
    if len(text) > MAX_JUSTIFICATION:
        errors.append(FieldError("function_justification", "text.too_long", {"max": MAX_JUSTIFICATION}))
    if function not in ("", "none") and not text.strip():
        errors.append(FieldError("function_justification", "bilan.function_needs_justification"))
    if errors:
        raise ValidationError(errors, "bilan")
    with ws.unit() as session:
        bilan = _get(session, bilan_id)
        if bilan.status == BilanStatus.FINAL:
            raise RelaisError("bilan.final_immutable", version=bilan.version)
        bilan.indicated_function, bilan.function_justification = function, text
        bilan.updated_at = utcnow()
        ws.audit(session, "bilan.changed", "bilan", bilan_id, person_id=bilan.person_id,
                 fields=["indicated_function", "function_justification"])
    return indication(ws, bilan_id)


def indication(ws: Workspace, bilan_id: int) -> Indication:
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        bilan = _get(session, bilan_id)
        sessions = tuple(session.scalars(select(Contact.id).where(Contact.bilan_id == bilan_id)
                                         .order_by(Contact.occurred_at)))
        return Indication(bilan.indicated_function, bilan.function_justification,
                          tuple(author_fit_problems(bilan.author_profession, bilan.indicated_function,
                                                    bool(bilan.physician_agreed and bilan.physician_name))),
                          sessions)


# -- parts per recipient ------------------------------------------------------------------------

def choose_parts_for(ws: Workspace, bilan_id: int, partner_id: int, parts: list[str]) -> list[str]:
    """The parts of the bilan the person agrees to share with this recipient. For a GP the
    parts prepared on the bilan itself are used; any other recipient needs its own choice.
    Choosing is a sharing decision, not a change of the text: allowed on a final bilan."""
    ws.require(Permission.CLINICAL_WRITE)
    unknown = [p for p in parts if p not in shareable_parts()]
    if unknown:
        raise ValidationError([FieldError("parts", "bilan.unknown_part", {"part": str(unknown[0])[:40]})], "bilan")
    chosen = [p for p in shareable_parts() if p in set(parts)]
    with ws.unit() as session:
        bilan = _get(session, bilan_id)
        partner = session.get(Partner, partner_id)
        if partner is None:
            raise NotFound(what="partner", id=partner_id)
        mapping = dict(bilan.recipient_parts or {})
        mapping[partner.gid] = chosen
        bilan.recipient_parts = mapping
        ws.audit(session, "bilan.recipient_parts", "bilan", bilan_id, person_id=bilan.person_id,
                 partner_id=partner_id, parts=chosen)
    return chosen


def parts_for(bilan: Bilan, partner: Partner | None) -> set[str] | None:
    """The parts this recipient may receive: for a GP (or an internal copy, None) the parts
    prepared on the bilan; for another partner its own choice, or None when none was made."""
    if partner is None or partner.is_gp:
        found = {s.key for s in bilan.sections if s.shareable}
        return found | {p for p in DERIVED_PARTS if getattr(bilan, f"share_{p}")}
    chosen = (bilan.recipient_parts or {}).get(partner.gid)
    return None if chosen is None else set(chosen)


def _get(session: Session, bilan_id: int) -> Bilan:
    bilan = session.get(Bilan, bilan_id)
    if bilan is None:
        raise NotFound(what="bilan", id=bilan_id)
    return bilan
