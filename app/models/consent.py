"""Consents: what the person agreed may be shared, with whom, until when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, utcnow
from app.store.sync.gids import Gid


class DocumentType(StrEnum):
    """What may be shared. A consent lists the types it covers."""

    IDENTITY = "identity"
    NEEDS_SUMMARY = "needs_summary"   # CANSAS summary
    CARE_PLAN = "care_plan"           # goals and actions
    NETWORK = "network"               # network map
    BILAN = "bilan"
    REFERRAL_LETTER = "referral_letter"


class ConsentForm(StrEnum):
    ORAL = "oral"
    WRITTEN = "written"


class Consent(Gid, Base):
    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    # Either one partner, or a whole category of recipients (a sector, or "gp").
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    recipient_category: Mapped[str | None] = mapped_column(String(30))
    document_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    purpose: Mapped[str] = mapped_column(Text, default="")
    given_on: Mapped[date] = mapped_column(Date)
    form: Mapped[str] = mapped_column(String(10), default=ConsentForm.ORAL)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    expires_on: Mapped[date | None] = mapped_column(Date)
    revoked_on: Mapped[date | None] = mapped_column(Date)
    revocation_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def state_on(self, day: date) -> "ConsentState":
        if self.revoked_on and self.revoked_on <= day:
            return ConsentState.REVOKED
        if self.given_on > day:
            return ConsentState.NOT_YET
        if self.expires_on and self.expires_on < day:
            return ConsentState.EXPIRED
        return ConsentState.VALID

    def names_recipient(self, partner_id: int, partner_sector: str, partner_is_gp: bool) -> bool:
        if self.partner_id is not None:
            return self.partner_id == partner_id
        if self.recipient_category == "gp":
            return partner_is_gp
        return self.recipient_category == partner_sector

    def covers(self, partner_id: int, partner_sector: str, partner_is_gp: bool,
               types: set[str], day: date) -> bool:
        return (
            self.state_on(day) is ConsentState.VALID
            and self.names_recipient(partner_id, partner_sector, partner_is_gp)
            and types <= set(self.document_types or [])
        )


class ConsentState(StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    REVOKED = "revoked"
    NOT_YET = "not_yet"


@dataclass(frozen=True)
class ConsentStatement:
    """What a shared document prints about the consent it relies on."""

    consent_id: int
    given_on: date
    form: str
    expires_on: date | None
    document_types: tuple[str, ...]
    purpose: str
