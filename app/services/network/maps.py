"""The social-support network map: dated snapshots, members, ties, measures, the PDF.

Network data is clinical (who the person relies on, and who they are in conflict with):
reading needs CLINICAL_READ and changing needs CLINICAL_WRITE. A new snapshot starts
from the previous one, positions and ties included, so nothing is asked twice.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.errors import FieldError, NotFound, RelaisError, ValidationError
from app.models.consent import ConsentStatement
from app.models.dates import MIN_BIRTH_YEAR
from app.models.network import (
    MAX_MEMBERS,
    MAX_NOTE,
    Circle,
    MemberData,
    NetworkData,
    NetworkMember,
    NetworkSnapshot,
    NetworkTie,
    is_informal,
    validate_member_fields,
)
from app.models.network_layout import circle_at, clamp
from app.models.network_measures import (
    NetworkComparison,
    NetworkMeasures,
    compare,
    measure,
)
from app.models.partner import Partner
from app.models.person import Person, clean_text
from app.reports.network_data import NetworkReportData
from app.services.shared.documents import BuiltPdf, PdfKind, PdfRequest
from app.services.shared.permissions import Permission
from app.services.shared.profile import get_letterhead
from app.services.shared.summaries import NetworkSummary
from app.services.shared.workspace import Workspace


@dataclass(frozen=True)
class SnapshotRow:
    id: int
    drawn_on: date
    members: int


@dataclass(frozen=True)
class SnapshotView:
    id: int
    person_id: int
    drawn_on: date
    note: str
    members: tuple[MemberData, ...]
    ties: tuple[tuple[int, int], ...]
    measures: NetworkMeasures
    previous_id: int | None            # the snapshot before this one, for comparisons

    @property
    def data(self) -> NetworkData:
        return NetworkData(self.members, self.ties)

    def member(self, member_id: int) -> MemberData:
        for m in self.members:
            if m.id == member_id:
                return m
        raise NotFound(what="member", id=member_id)


# -- reading ------------------------------------------------------------------------------
def list_snapshots(ws: Workspace, person_id: int) -> list[SnapshotRow]:
    """The person's snapshots, most recent first."""
    ws.require(Permission.CLINICAL_READ)
    counts = (select(func.count(NetworkMember.id)).where(NetworkMember.snapshot_id == NetworkSnapshot.id)
              .correlate(NetworkSnapshot).scalar_subquery())
    with ws.read() as session:
        rows = session.execute(
            select(NetworkSnapshot.id, NetworkSnapshot.drawn_on, counts)
            .where(NetworkSnapshot.person_id == person_id)
            .order_by(NetworkSnapshot.drawn_on.desc(), NetworkSnapshot.id.desc()))
        return [SnapshotRow(*r) for r in rows]


def get_snapshot(ws: Workspace, snapshot_id: int, audit: bool = True) -> SnapshotView:
    """A snapshot with its measures. Opening it is audited; `audit=False` is for redrawing a
    map the same user already opened, after their own change."""
    ws.require(Permission.CLINICAL_READ)
    with ws.unit() as session:
        snapshot = _snapshot(session, snapshot_id)
        if audit:
            ws.audit(session, "network.viewed", "network_snapshot", snapshot_id, person_id=snapshot.person_id)
        return _view(session, snapshot)


def latest_snapshot_id(ws: Workspace, person_id: int) -> int | None:
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        return _latest_id(session, person_id)


def compare_snapshots(ws: Workspace, older_id: int, newer_id: int) -> NetworkComparison:
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        older, newer = _view(session, _snapshot(session, older_id)), _view(session, _snapshot(session, newer_id))
    if older.person_id != newer.person_id:
        raise RelaisError("network.other_person")
    return compare(older.members, older.measures, newer.members, newer.measures)


def latest_network_summary(ws: Workspace, person_id: int) -> NetworkSummary | None:
    """The latest snapshot in brief, for the bilan, the person header and the dashboard."""
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        snapshot_id = _latest_id(session, person_id)
        if snapshot_id is None:
            return None
        view = _view(session, _snapshot(session, snapshot_id))
    m = view.measures
    return NetworkSummary(
        snapshot_id=view.id, drawn_on=view.drawn_on, size=m.size, professional_share=m.professional_share,
        close_informal=m.close_informal, emotional_support=m.emotional_support,
        isolation_signal=m.isolation_signal,
        members=tuple((x.label, x.category, x.circle) for x in view.members),
    )


def informal_supporters(ws: Workspace, person_id: int) -> list[tuple[int, str]]:
    """Informal members of the latest snapshot who can own a care-plan action, closest first.

    Needs only PERSON_READ: an agreed care plan, which peer workers see, names who does what;
    only the labels are returned, never the support details.
    """
    ws.require(Permission.PERSON_READ)
    order = {Circle.CLOSE.value: 0, Circle.MIDDLE.value: 1, Circle.OUTER.value: 2}
    with ws.read() as session:
        snapshot_id = _latest_id(session, person_id)
        if snapshot_id is None:
            return []
        rows = session.execute(select(NetworkMember.id, NetworkMember.label, NetworkMember.category,
                                      NetworkMember.circle, NetworkMember.label_key)
                               .where(NetworkMember.snapshot_id == snapshot_id)).all()
    rows = [r for r in rows if is_informal(r.category)]
    rows.sort(key=lambda r: (order.get(r.circle, 3), r.label_key, r.id))
    return [(r.id, r.label) for r in rows]


def partner_choices(ws: Workspace) -> list[tuple[int, str]]:
    """Partners of the directory a professional or service member may be linked to."""
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        partners = session.scalars(select(Partner).order_by(Partner.organisation, Partner.service_name))
        return [(p.id, p.display_name) for p in partners]


# -- snapshots ----------------------------------------------------------------------------
def create_snapshot(ws: Workspace, person_id: int, drawn_on: date | None = None, note: str = "",
                    from_previous: bool = True, today: date | None = None) -> int:
    """A new dated snapshot; by default a copy of the latest one (members, positions, ties)."""
    ws.require(Permission.CLINICAL_WRITE)
    drawn_on = _valid_day(drawn_on, today)
    with ws.unit() as session:
        if session.get(Person, person_id) is None:
            raise NotFound(what="person", id=person_id)
        previous_id = _latest_id(session, person_id) if from_previous else None
        snapshot = NetworkSnapshot(person_id=person_id, drawn_on=drawn_on, note=clean_text(note, MAX_NOTE),
                                   created_by=ws.user.id)
        session.add(snapshot)
        session.flush()
        if previous_id is not None:
            _copy_members(session, previous_id, snapshot.id)
        ws.audit(session, "network.created", "network_snapshot", snapshot.id, person_id=person_id,
                 from_snapshot=previous_id)
        return snapshot.id


def update_snapshot(ws: Workspace, snapshot_id: int, drawn_on: date | None = None, note: str | None = None,
                    today: date | None = None) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        snapshot = _snapshot(session, snapshot_id)
        changed = []
        if drawn_on is not None:
            snapshot.drawn_on = _valid_day(drawn_on, today)
            changed.append("drawn_on")
        if note is not None:
            snapshot.note = clean_text(note, MAX_NOTE)
            changed.append("note")
        ws.audit(session, "network.changed", "network_snapshot", snapshot_id, fields=changed)


def delete_snapshot(ws: Workspace, snapshot_id: int) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        snapshot = _snapshot(session, snapshot_id)
        person_id = snapshot.person_id
        session.delete(snapshot)
        ws.audit(session, "network.deleted", "network_snapshot", snapshot_id, person_id=person_id)


# -- members ------------------------------------------------------------------------------
def add_member(ws: Workspace, snapshot_id: int, values: dict) -> int:
    ws.require(Permission.CLINICAL_WRITE)
    clean, errors = validate_member_fields(values)
    with ws.unit() as session:
        snapshot = _snapshot(session, snapshot_id)
        count = session.scalar(select(func.count(NetworkMember.id)).where(NetworkMember.snapshot_id == snapshot_id))
        if (count or 0) >= MAX_MEMBERS:
            raise RelaisError("network.too_many_members", max=MAX_MEMBERS)
        errors += _duplicate(session, snapshot_id, clean, None) + _partner_missing(session, clean)
        if errors:
            raise ValidationError(errors, "network")
        if values.get("x") is not None and values.get("y") is not None:
            clean["x"], clean["y"] = _position(values["x"], values["y"])
        member = NetworkMember(snapshot_id=snapshot_id, **clean)
        session.add(member)
        session.flush()
        ws.audit(session, "network.member_added", "network_member", member.id,
                 snapshot_id=snapshot_id, person_id=snapshot.person_id)
        return member.id


def update_member(ws: Workspace, member_id: int, values: dict) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    clean, errors = validate_member_fields(values, partial=True)
    with ws.unit() as session:
        member = _member(session, member_id)
        merged = {"label_key": clean.get("label_key", member.label_key),
                  "category": clean.get("category", member.category)}
        errors += _duplicate(session, member.snapshot_id, merged, member_id) + _partner_missing(session, clean)
        if is_informal(merged["category"]):
            if clean.get("partner_id") and "category" not in clean:
                errors.append(FieldError("partner_id", "network.partner_informal"))
            elif "partner_id" not in clean and member.partner_id:
                clean["partner_id"] = None   # a partner link belongs to professionals and services only
        if errors:
            raise ValidationError(errors, "network")
        changed = sorted(k for k, v in clean.items() if k != "label_key" and getattr(member, k) != v)
        for key, value in clean.items():
            setattr(member, key, value)
        if changed:
            ws.audit(session, "network.member_changed", "network_member", member_id,
                     snapshot_id=member.snapshot_id, fields=changed)


def move_member(ws: Workspace, member_id: int, x: float, y: float) -> str:
    """Save a dragged member's position; dropping it in another ring changes its closeness.
    Returns the member's circle after the move."""
    ws.require(Permission.CLINICAL_WRITE)
    x, y = _position(x, y)
    with ws.unit() as session:
        member = _member(session, member_id)
        member.x, member.y = x, y
        circle = circle_at(x, y).value
        fields = ["position"]
        if member.circle != circle:
            member.circle = circle
            fields.append("circle")
        ws.audit(session, "network.member_moved", "network_member", member_id,
                 snapshot_id=member.snapshot_id, fields=fields)
        return circle


def reset_positions(ws: Workspace, snapshot_id: int) -> None:
    """Forget saved positions so every member goes back to its default place."""
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        _snapshot(session, snapshot_id)
        for member in session.scalars(select(NetworkMember).where(NetworkMember.snapshot_id == snapshot_id)):
            member.x = member.y = None
        ws.audit(session, "network.layout_reset", "network_snapshot", snapshot_id)


def remove_member(ws: Workspace, member_id: int) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        member = _member(session, member_id)
        snapshot_id = member.snapshot_id
        session.execute(delete(NetworkTie).where((NetworkTie.member_a == member_id)
                                                 | (NetworkTie.member_b == member_id)))
        session.delete(member)
        ws.audit(session, "network.member_removed", "network_member", member_id, snapshot_id=snapshot_id)


# -- ties -----------------------------------------------------------------------------------
def set_tie(ws: Workspace, member_a: int, member_b: int, tied: bool = True) -> bool:
    """Record (or remove) that two members know each other. Returns whether they are tied."""
    ws.require(Permission.CLINICAL_WRITE)
    if member_a == member_b:
        raise RelaisError("network.tie_self")
    a, b = min(member_a, member_b), max(member_a, member_b)
    with ws.unit() as session:
        first, second = _member(session, a), _member(session, b)
        if first.snapshot_id != second.snapshot_id:
            raise RelaisError("network.tie_other_snapshot")
        existing = session.scalar(select(NetworkTie).where(NetworkTie.member_a == a, NetworkTie.member_b == b))
        if tied and existing is None:
            session.add(NetworkTie(snapshot_id=first.snapshot_id, member_a=a, member_b=b))
            ws.audit(session, "network.tie_added", "network_snapshot", first.snapshot_id, member_a=a, member_b=b)
        elif not tied and existing is not None:
            session.delete(existing)
            ws.audit(session, "network.tie_removed", "network_snapshot", first.snapshot_id, member_a=a, member_b=b)
        return tied


def toggle_tie(ws: Workspace, member_a: int, member_b: int) -> bool:
    """The quick gesture of the drawing: tie two members, or untie them if already tied."""
    ws.require(Permission.CLINICAL_WRITE)
    a, b = min(member_a, member_b), max(member_a, member_b)
    with ws.read() as session:
        exists = session.scalar(select(NetworkTie.id).where(NetworkTie.member_a == a, NetworkTie.member_b == b))
    return set_tie(ws, a, b, tied=exists is None)


# -- the PDF ----------------------------------------------------------------------------------
def build_network_pdf(ws: Workspace, request: PdfRequest, consent: ConsentStatement | None) -> BuiltPdf:
    """The network map as a document: the drawing (vector), the measures and the members table.
    `request.options["snapshot_id"]` picks a snapshot; default the latest."""
    from app.reports.network import NetworkMapReport  # ReportLab: loaded when a PDF is made

    ws.require(Permission.CLINICAL_READ)
    with ws.unit() as session:
        person = session.get(Person, request.person_id)
        if person is None:
            raise NotFound(what="person", id=request.person_id)
        snapshot_id = request.options.get("snapshot_id") or _latest_id(session, request.person_id)
        if snapshot_id is None:
            raise RelaisError("network.no_snapshot")
        snapshot = _snapshot(session, int(snapshot_id))
        if snapshot.person_id != request.person_id:
            raise RelaisError("network.other_person")
        view = _view(session, snapshot)
        previous = _view(session, _snapshot(session, view.previous_id)) if view.previous_id else None
        person_name = person.display_name
        ws.audit(session, "network.printed", "network_snapshot", view.id, person_id=request.person_id,
                 partner_id=request.partner_id)
    comparison = compare(previous.members, previous.measures, view.members, view.measures) if previous else None
    data = NetworkReportData(person_name=person_name, drawn_on=view.drawn_on, note=view.note,
                             members=view.members, ties=view.ties, measures=view.measures,
                             previous_drawn_on=previous.drawn_on if previous else None, comparison=comparison)
    report = NetworkMapReport(request.language or "fr", data, consent, get_letterhead(ws))
    return BuiltPdf(title=report.title, data=report.render(), language=report.lang)


# -- helpers ------------------------------------------------------------------------------------
def _valid_day(day: date | None, today: date | None) -> date:
    today = today or date.today()
    if day is None:
        return today
    if not isinstance(day, date):
        raise ValidationError([FieldError("drawn_on", "date.format")], "network")
    if day > today:
        raise ValidationError([FieldError("drawn_on", "date.future")], "network")
    if day.year < MIN_BIRTH_YEAR:
        raise ValidationError([FieldError("drawn_on", "date.too_old")], "network")
    return day


def _position(x: object, y: object) -> tuple[float, float]:
    try:
        fx, fy = float(x), float(y)  # type: ignore[arg-type]  # anything else raises, caught below
    except (TypeError, ValueError):
        raise ValidationError([FieldError("position", "network.position_invalid")], "network") from None
    if not (math.isfinite(fx) and math.isfinite(fy)):
        raise ValidationError([FieldError("position", "network.position_invalid")], "network")
    return clamp(fx, fy)


def _snapshot(session: Session, snapshot_id: int) -> NetworkSnapshot:
    snapshot = session.get(NetworkSnapshot, snapshot_id)
    if snapshot is None:
        raise NotFound(what="network_snapshot", id=snapshot_id)
    return snapshot


def _member(session: Session, member_id: int) -> NetworkMember:
    member = session.get(NetworkMember, member_id)
    if member is None:
        raise NotFound(what="member", id=member_id)
    return member


def _latest_id(session: Session, person_id: int) -> int | None:
    return session.scalar(select(NetworkSnapshot.id).where(NetworkSnapshot.person_id == person_id)
                          .order_by(NetworkSnapshot.drawn_on.desc(), NetworkSnapshot.id.desc()).limit(1))


def _duplicate(session: Session, snapshot_id: int, clean: dict, member_id: int | None) -> list[FieldError]:
    if not clean.get("label_key") or not clean.get("category"):
        return []
    query = select(NetworkMember.id).where(NetworkMember.snapshot_id == snapshot_id,
                                           NetworkMember.label_key == clean["label_key"],
                                           NetworkMember.category == clean["category"])
    if member_id is not None:
        query = query.where(NetworkMember.id != member_id)
    return [FieldError("label", "network.duplicate_member")] if session.scalar(query) else []


def _partner_missing(session: Session, clean: dict) -> list[FieldError]:
    partner_id = clean.get("partner_id")
    if partner_id and session.get(Partner, partner_id) is None:
        return [FieldError("partner_id", "choice.invalid", {"value": str(partner_id)})]
    return []


def _copy_members(session: Session, source_id: int, target_id: int) -> None:
    id_map: dict[int, int] = {}
    members = list(session.scalars(select(NetworkMember).where(NetworkMember.snapshot_id == source_id)
                                   .order_by(NetworkMember.id)))
    for old in members:
        new = NetworkMember(
            snapshot_id=target_id, label=old.label, label_key=old.label_key, category=old.category,
            circle=old.circle, supports=list(old.supports or []), frequency=old.frequency, quality=old.quality,
            reciprocity=old.reciprocity, partner_id=old.partner_id, note=old.note, x=old.x, y=old.y)
        session.add(new)
        session.flush()
        id_map[old.id] = new.id
    for tie in session.scalars(select(NetworkTie).where(NetworkTie.snapshot_id == source_id)):
        a, b = id_map[tie.member_a], id_map[tie.member_b]
        session.add(NetworkTie(snapshot_id=target_id, member_a=min(a, b), member_b=max(a, b)))


def _view(session: Session, snapshot: NetworkSnapshot) -> SnapshotView:
    partner_names = dict(session.execute(
        select(Partner.id, Partner.organisation).join(NetworkMember, NetworkMember.partner_id == Partner.id)
        .where(NetworkMember.snapshot_id == snapshot.id)).all())
    members = tuple(
        MemberData(id=m.id, label=m.label, category=m.category, circle=m.circle, supports=tuple(m.supports or ()),
                   frequency=m.frequency, quality=m.quality, reciprocity=m.reciprocity, partner_id=m.partner_id,
                   partner_name=partner_names.get(m.partner_id, "") if m.partner_id else "", note=m.note,
                   x=m.x, y=m.y)
        for m in session.scalars(select(NetworkMember).where(NetworkMember.snapshot_id == snapshot.id)
                                 .order_by(NetworkMember.id)))
    ties = tuple((a, b) for a, b in session.execute(select(NetworkTie.member_a, NetworkTie.member_b)
                                 .where(NetworkTie.snapshot_id == snapshot.id).order_by(NetworkTie.id)).all())
    previous_id = session.scalar(
        select(NetworkSnapshot.id).where(
            NetworkSnapshot.person_id == snapshot.person_id, NetworkSnapshot.id != snapshot.id,
            (NetworkSnapshot.drawn_on < snapshot.drawn_on)
            | ((NetworkSnapshot.drawn_on == snapshot.drawn_on) & (NetworkSnapshot.id < snapshot.id)))
        .order_by(NetworkSnapshot.drawn_on.desc(), NetworkSnapshot.id.desc()).limit(1))
    return SnapshotView(snapshot.id, snapshot.person_id, snapshot.drawn_on, snapshot.note, members, ties,
                        measure(members, ties), previous_id)


def bilan_network_appendix(ws: Workspace, snapshot_id: int):
    """For the full bilan: a drawer of the sociogram of the map it summarised, or None when
    that map no longer exists."""
    from app.reports.network import LEGEND_HEIGHT, network_drawing

    try:
        view = get_snapshot(ws, snapshot_id, audit=False)
    except NotFound:
        return None

    def draw(renderer):
        width = renderer.content_width
        return [network_drawing(view.data, width, width * 0.8 + LEGEND_HEIGHT, renderer.lang)]

    return draw


NETWORK_PDF = PdfKind("network", build_network_pdf, frozenset({"network"}))
