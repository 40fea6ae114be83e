"""The person's social-support network: dated snapshots, their members and the ties
between members (who knows whom), and the rules of one member's fields.

A member is a name or only a role ("sister", "neighbour"): informal people need not be
identified. A professional or service member may point at a partner of the directory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.errors import FieldError
from app.models.person import clean_text, fold
from app.store.base import Base, utcnow
from app.store.sync.gids import Gid


class Category(StrEnum):
    FAMILY = "family"
    PARTNER = "partner"
    FRIEND = "friend"
    NEIGHBOUR = "neighbour"
    PEER = "peer"
    COLLEAGUE = "colleague"
    PROFESSIONAL = "professional"
    SERVICE = "service"


class Sector(StrEnum):
    """The four sectors of the network circle (after Lensink's network circle)."""

    FAMILY = "family"                  # family and partner
    FRIENDS = "friends"                # friends and neighbours
    PEERS = "peers"                    # peers and colleagues
    PROFESSIONALS = "professionals"    # professionals and services


class Circle(StrEnum):
    CLOSE = "close"
    MIDDLE = "middle"
    OUTER = "outer"


class Support(StrEnum):
    EMOTIONAL = "emotional"
    PRACTICAL = "practical"
    INFORMATIONAL = "informational"
    FINANCIAL = "financial"
    COMPANY = "company"


class Frequency(StrEnum):
    UNKNOWN = "unknown"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"                  # a few times a year or less


class Quality(StrEnum):
    SUPPORTIVE = "supportive"
    AMBIVALENT = "ambivalent"
    CONFLICTUAL = "conflictual"


class Reciprocity(StrEnum):
    UNKNOWN = "unknown"
    MUTUAL = "mutual"                  # both give and receive
    RECEIVES = "receives"              # the person mostly receives from this member
    GIVES = "gives"                    # the person mostly gives to this member


SECTOR_OF: dict[str, Sector] = {
    Category.FAMILY: Sector.FAMILY, Category.PARTNER: Sector.FAMILY,
    Category.FRIEND: Sector.FRIENDS, Category.NEIGHBOUR: Sector.FRIENDS,
    Category.PEER: Sector.PEERS, Category.COLLEAGUE: Sector.PEERS,
    Category.PROFESSIONAL: Sector.PROFESSIONALS, Category.SERVICE: Sector.PROFESSIONALS,
}
FORMAL = frozenset({Category.PROFESSIONAL.value, Category.SERVICE.value})

MAX_LABEL = 200
MAX_NOTE = 20000
MAX_MEMBERS = 400      # far above any real network; keeps a pasted list from flooding a snapshot


def is_informal(category: str) -> bool:
    return category not in FORMAL


class NetworkSnapshot(Gid, Base):
    __tablename__ = "network_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    drawn_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    members: Mapped[list["NetworkMember"]] = relationship(
        back_populates="snapshot", cascade="all, delete-orphan", passive_deletes=True,
        order_by="NetworkMember.id")
    ties: Mapped[list["NetworkTie"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="NetworkTie.id")


class NetworkMember(Gid, Base):
    __tablename__ = "network_members"
    # A name or role appears once per category in a snapshot ("sister" twice is one sister).
    __table_args__ = (UniqueConstraint("snapshot_id", "category", "label_key", name="uq_network_members_label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("network_snapshots.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(MAX_LABEL))
    label_key: Mapped[str] = mapped_column(String(MAX_LABEL))     # folded label: "Sœur" and "soeur" collide
    category: Mapped[str] = mapped_column(String(20))
    circle: Mapped[str] = mapped_column(String(10), default=Circle.MIDDLE)
    supports: Mapped[list[str]] = mapped_column(JSON, default=list)
    frequency: Mapped[str] = mapped_column(String(10), default=Frequency.UNKNOWN)
    quality: Mapped[str] = mapped_column(String(12), default=Quality.SUPPORTIVE)
    reciprocity: Mapped[str] = mapped_column(String(10), default=Reciprocity.UNKNOWN)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    # Position in sociogram scene units (see app.models.network_layout); None = default placement.
    x: Mapped[float | None] = mapped_column(Float)
    y: Mapped[float | None] = mapped_column(Float)

    snapshot: Mapped[NetworkSnapshot] = relationship(back_populates="members")


class NetworkTie(Gid, Base):
    """Two members who know each other. Stored once, with member_a < member_b."""

    __tablename__ = "network_ties"
    __table_args__ = (
        UniqueConstraint("member_a", "member_b", name="uq_network_ties_pair"),
        CheckConstraint("member_a < member_b", name="ordered_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("network_snapshots.id", ondelete="CASCADE"), index=True)
    member_a: Mapped[int] = mapped_column(ForeignKey("network_members.id", ondelete="CASCADE"), index=True)
    member_b: Mapped[int] = mapped_column(ForeignKey("network_members.id", ondelete="CASCADE"), index=True)


@dataclass(frozen=True)
class MemberData:
    """A member as plain data: what layout, measures, reports and the interface use."""

    id: int
    label: str
    category: str
    circle: str = Circle.MIDDLE.value
    supports: tuple[str, ...] = ()
    frequency: str = Frequency.UNKNOWN.value
    quality: str = Quality.SUPPORTIVE.value
    reciprocity: str = Reciprocity.UNKNOWN.value
    partner_id: int | None = None
    partner_name: str = ""
    note: str = ""
    x: float | None = None
    y: float | None = None

    @property
    def sector(self) -> Sector:
        return SECTOR_OF[self.category]

    @property
    def informal(self) -> bool:
        return is_informal(self.category)

    @property
    def key(self) -> tuple[str, str]:
        """Identity across snapshots: the same label in the same category."""
        return (member_key(self.label), self.category)


@dataclass(frozen=True)
class NetworkData:
    """One snapshot as plain data."""

    members: tuple[MemberData, ...] = ()
    ties: tuple[tuple[int, int], ...] = ()


def member_key(label: str) -> str:
    return " ".join(fold(label).split())[:MAX_LABEL]


def _choice(values: dict, key: str, enum: type[StrEnum], default: str | None,
            errors: list[FieldError]) -> str | None:
    raw = values.get(key)
    value = (str(raw).strip() if raw is not None else "") or default
    if value is None:
        errors.append(FieldError(key, "network.category_required" if key == "category" else "choice.invalid",
                                 {} if key == "category" else {"value": ""}))
        return None
    if value not in {e.value for e in enum}:
        errors.append(FieldError(key, "choice.invalid", {"value": value[:40]}))
        return None
    return value


def validate_member_fields(values: dict, partial: bool = False) -> tuple[dict, list[FieldError]]:
    """Check and normalise a member's fields. `partial`: only the keys given (an edit).

    A label (a name or just a role) and a category are required; everything else has a
    sensible default so a member can be recorded in seconds and completed later.
    """
    errors: list[FieldError] = []
    clean: dict = {}
    if not partial or "label" in values:
        label = " ".join(clean_text(values.get("label"), 10**6).split())
        if not label:
            errors.append(FieldError("label", "network.label_required"))
        elif len(label) > MAX_LABEL:
            errors.append(FieldError("label", "text.too_long", {"max": MAX_LABEL}))
        clean["label"] = label[:MAX_LABEL]
        clean["label_key"] = member_key(label)
    for key, enum, default in (("category", Category, None), ("circle", Circle, Circle.MIDDLE.value),
                               ("frequency", Frequency, Frequency.UNKNOWN.value),
                               ("quality", Quality, Quality.SUPPORTIVE.value),
                               ("reciprocity", Reciprocity, Reciprocity.UNKNOWN.value)):
        if not partial or key in values:
            value = _choice(values, key, enum, default, errors)
            if value is not None:
                clean[key] = value
    if not partial or "supports" in values:
        raw = values.get("supports") or []
        if isinstance(raw, str):
            raw = [p for p in raw.replace(";", ",").split(",")]
        known = [s.value for s in Support]
        given = {str(s).strip() for s in raw if str(s).strip()}
        unknown = sorted(given - set(known))
        if unknown:
            errors.append(FieldError("supports", "choice.invalid", {"value": unknown[0][:40]}))
        clean["supports"] = [s for s in known if s in given]   # canonical order, no duplicates
    if not partial or "note" in values:
        clean["note"] = clean_text(values.get("note"), MAX_NOTE)
    if not partial or "partner_id" in values:
        raw = values.get("partner_id")
        if raw in (None, "", 0):
            clean["partner_id"] = None
        else:
            try:
                clean["partner_id"] = int(raw)
            except (TypeError, ValueError):
                errors.append(FieldError("partner_id", "choice.invalid", {"value": str(raw)[:40]}))
    category = clean.get("category", values.get("category"))
    if clean.get("partner_id") and category and is_informal(category):
        errors.append(FieldError("partner_id", "network.partner_informal"))
    return clean, errors
