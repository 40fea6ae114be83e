"""The partners involved with a person: their GP, then the partners of referrals under way.

The bilan and the person's documents list them; the data comes from the directory and the
referral records, read here so that the bilan does not depend on the referrals feature.
"""

from __future__ import annotations

from sqlalchemy import select

from app.errors import NotFound
from app.models.partner import Partner
from app.models.person import Person
from app.models.referral import ACTIVE, Referral
from app.services.shared.permissions import Permission
from app.services.shared.summaries import PartnerInvolved
from app.services.shared.workspace import Workspace


def partners_involved(ws: Workspace, person_id: int) -> list[PartnerInvolved]:
    """The person's GP, then the partners of referrals still under way (sent to started)."""
    ws.require(Permission.PERSON_READ)
    involved: list[PartnerInvolved] = []
    with ws.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(what="person", id=person_id)
        if person.gp_partner_id:
            gp = session.get(Partner, person.gp_partner_id)
            if gp:
                involved.append(PartnerInvolved(gp.id, gp.display_name, "gp", gp.phone, gp.email,
                                                {"sector": gp.sector}))
        if ws.can(Permission.CLINICAL_READ):
            referrals = session.scalars(
                select(Referral).where(Referral.person_id == person_id, Referral.partner_id.is_not(None),
                                       Referral.status.in_([s.value for s in ACTIVE]))
                .order_by(Referral.status_on.desc()))
            seen = {p.partner_id for p in involved}
            for r in referrals:
                if r.partner_id is None or r.partner_id in seen:
                    continue
                partner = session.get(Partner, r.partner_id)
                seen.add(r.partner_id)
                if partner is None:  # a partner erased from the directory while the referral stays
                    continue
                involved.append(PartnerInvolved(partner.id, partner.display_name, f"referral:{r.status}",
                                                partner.phone, partner.email,
                                                {"sector": partner.sector, "referral_id": r.id,
                                                 "since": r.status_on.isoformat()}))
    return involved
