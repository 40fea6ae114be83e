"""Functional bilans: write them with the person, decide with them what is shared,
finalise (then never change), amend as a new version.

Reading and writing a bilan is clinical work (CLINICAL_READ / CLINICAL_WRITE): peer
workers are refused here, whatever the interface shows. The PDF builder registered in
app.services.shared.documents.PDF_KINDS (`build_bilan_pdf`) lives in app/services/bilan/pdf.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import FieldError, NotFound, RelaisError, ValidationError
from app.models.bilan import (
    DERIVED_PARTS,
    Bilan,
    BilanSection,
    BilanStage,
    BilanStatus,
    finalise_problems,
    format_inami,
    section_keys,
    validate_bilan_date,
    validate_physician,
    validate_section_text,
)
from app.models.partner import Partner
from app.models.person import Person
from app.models.user import User
from app.services.bilan import sources as bilan_sources
from app.services.bilan.convention import author_stamp
from app.services.bilan.pdf import build_bilan_pdf, produce_bilan, sharing_problem
from app.services.shared.permissions import Permission
from app.services.shared.profile import get_letterhead
from app.services.shared.workspace import Workspace
from app.store.base import utcnow

__all__ = [
    "BilanRecord", "BilanRefused", "BilanRow", "Recipient", "recipients", "SectionValue", "amend_bilan",
    "build_bilan_pdf", "create_bilan", "delete_draft", "finalise_bilan", "get_bilan", "list_bilans",
    "prefill_empty_sections", "produce_bilan", "set_shared", "sharing_problem", "update_bilan",
]


class BilanRefused(RelaisError):
    """A bilan change that the rules forbid; the code says which rule."""


@dataclass(frozen=True)
class BilanRow:
    id: int
    stage: str
    bilan_date: date
    status: str
    version: int
    amends_id: int | None
    amended_by_id: int | None
    author: str
    shared_count: int
    gp_refused: bool


@dataclass(frozen=True)
class SectionValue:
    key: str
    text: str
    shareable: bool


@dataclass(frozen=True)
class BilanRecord:
    id: int
    person_id: int
    stage: str
    bilan_date: date
    status: str
    version: int
    amends_id: int | None
    amended_by_id: int | None
    author: str
    sections: tuple[SectionValue, ...]
    shared: dict[str, bool]            # every shareable part (sections and derived parts)
    gp_refused: bool
    physician_agreed: bool
    physician_name: str
    physician_inami: str               # formatted 1-23456-78-901, or ""
    physician_cosigned_on: date | None
    finalised_at: datetime | None
    updated_at: datetime

    @property
    def is_final(self) -> bool:
        return self.status == BilanStatus.FINAL

    def text(self, key: str) -> str:
        return next((s.text for s in self.sections if s.key == key), "")


# -- reading ---------------------------------------------------------------------------------

def list_bilans(ws: Workspace, person_id: int) -> list[BilanRow]:
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        bilans = session.scalars(select(Bilan).where(Bilan.person_id == person_id)
                                 .order_by(Bilan.bilan_date.desc(), Bilan.version.desc(), Bilan.id.desc())).all()
        amended_by = {b.amends_id: b.id for b in bilans if b.amends_id}
        names = _user_names(session, {b.author_id for b in bilans})
        return [BilanRow(b.id, b.stage, b.bilan_date, b.status, b.version, b.amends_id, amended_by.get(b.id),
                         names.get(b.author_id, ""), sum(1 for s in b.sections if s.shareable and s.text.strip()),
                         b.gp_refused) for b in bilans]


def get_bilan(ws: Workspace, bilan_id: int) -> BilanRecord:
    """One bilan with its text; every view is an audit event."""
    ws.require(Permission.CLINICAL_READ)
    with ws.unit() as session:
        bilan = _get(session, bilan_id)
        ws.audit(session, "bilan.viewed", "bilan", bilan_id, person_id=bilan.person_id)
        return _record(session, bilan)


@dataclass(frozen=True)
class Recipient:
    partner_id: int
    name: str
    is_gp: bool
    is_persons_gp: bool


def recipients(ws: Workspace, person_id: int) -> list[Recipient]:
    """Partners a bilan can be addressed to: the person's own GP first, then other GPs, then
    the rest of the directory. Whether a consent covers each is checked when producing."""
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        person = session.get(Person, person_id)
        own_gp = person.gp_partner_id if person else None
        partners = session.scalars(select(Partner)).all()
        found = [Recipient(p.id, p.display_name, p.is_gp, p.id == own_gp) for p in partners]
    return sorted(found, key=lambda r: (not r.is_persons_gp, not r.is_gp, r.name.casefold()))


# -- writing ---------------------------------------------------------------------------------

def create_bilan(ws: Workspace, person_id: int, stage: str = BilanStage.INITIAL, bilan_date: date | None = None,
                 prefill: bool = True, today: date | None = None) -> int:
    """A new draft; its sections are prefilled from what the vault knows (needs, goals,
    network, partners), which the worker then rewrites with the person."""
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    bilan_date = bilan_date or today
    errors = _stage_errors(stage) + validate_bilan_date(bilan_date, today)
    if errors:
        raise ValidationError(errors, "bilan")
    texts = bilan_sources.prefill_texts(ws, person_id) if prefill else {}
    author = author_stamp(get_letterhead(ws))
    with ws.unit() as session:
        if session.get(Person, person_id) is None:
            raise NotFound(what="person", id=person_id)
        bilan = Bilan(person_id=person_id, stage=str(stage), bilan_date=bilan_date, author_id=ws.user.id,
                      status=BilanStatus.DRAFT, version=1, **author)
        bilan.sections = [BilanSection(key=key, text=texts.get(key, ""), shareable=False) for key in section_keys()]
        session.add(bilan)
        session.flush()
        ws.audit(session, "bilan.created", "bilan", bilan.id, person_id=person_id, prefilled=sorted(texts))
        return bilan.id


def update_bilan(ws: Workspace, bilan_id: int, *, stage: str | None = None, bilan_date: date | None = None,
                 sections: dict[str, str] | None = None, shared: dict[str, bool] | None = None,
                 gp_refused: bool | None = None, physician: dict | None = None,
                 today: date | None = None) -> BilanRecord:
    """Change a draft. Anything left None stays as it is. A final bilan is refused: amend it.

    `physician` holds agreed, name, inami, cosigned_on (all four, as the editor shows them)."""
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    with ws.unit() as session:
        bilan = _get(session, bilan_id)
        _require_draft(bilan)
        errors: list[FieldError] = []
        changed: list[str] = []
        if stage is not None and stage != bilan.stage:
            errors += _stage_errors(stage)
            bilan.stage, changed = str(stage), changed + ["stage"]
        if bilan_date is not None and bilan_date != bilan.bilan_date:
            errors += validate_bilan_date(bilan_date, today)
            bilan.bilan_date, changed = bilan_date, changed + ["bilan_date"]
        for key, text in (sections or {}).items():
            row = _section_row(bilan, key)
            clean, problems = validate_section_text(key, text)
            errors += problems
            if clean != row.text:
                row.text = clean
                changed.append(f"section.{key}")
        if shared:
            changed += _apply_shared(bilan, shared)
        if gp_refused is not None and bool(gp_refused) != bilan.gp_refused:
            bilan.gp_refused, changed = bool(gp_refused), changed + ["gp_refused"]
        if physician is not None:
            values, problems = validate_physician(
                bool(physician.get("agreed")), physician.get("name", ""), physician.get("inami", ""),
                physician.get("cosigned_on"), bilan.bilan_date, today)
            errors += problems
            for column, value in values.items():
                if getattr(bilan, column) != value:
                    setattr(bilan, column, value)
                    changed.append(column)
        if not bilan.physician_agreed:
            physician_row = bilan.section("physician")
            if physician_row is not None and physician_row.text.strip():
                errors.append(FieldError(_section_field("physician"), "bilan.physician_needs_agreement"))
        if errors:
            raise ValidationError(errors, "bilan")
        if changed:
            bilan.updated_at = utcnow()
            ws.audit(session, "bilan.changed", "bilan", bilan_id, person_id=bilan.person_id, fields=changed)
        session.flush()
        return _record(session, bilan)


def set_shared(ws: Workspace, bilan_id: int, shared: dict[str, bool]) -> BilanRecord:
    """The person's decision, part by part, on what may leave the file."""
    return update_bilan(ws, bilan_id, shared=shared)


def prefill_empty_sections(ws: Workspace, bilan_id: int) -> list[str]:
    """Fill the empty sections of a draft from the vault; never overwrites typed text."""
    ws.require(Permission.CLINICAL_WRITE)
    with ws.read() as session:
        person_id = _get(session, bilan_id).person_id
    texts = bilan_sources.prefill_texts(ws, person_id)
    with ws.unit() as session:
        bilan = _get(session, bilan_id)
        _require_draft(bilan)
        filled = []
        for key, text in texts.items():
            row = _section_row(bilan, key)
            if not row.text.strip() and text:
                row.text = text
                filled.append(key)
        if filled:
            ws.audit(session, "bilan.changed", "bilan", bilan_id, person_id=bilan.person_id,
                     fields=[f"section.{k}" for k in filled])
        return filled


def finalise_bilan(ws: Workspace, bilan_id: int, today: date | None = None) -> BilanRecord:
    """Make a draft final: from now on it never changes. What the vault knew (needs, goals,
    network, partners) is kept with it, so it prints the same later."""
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    with ws.read() as session:
        person_id = _get(session, bilan_id).person_id
    sources = bilan_sources.snapshot(ws, person_id)
    with ws.unit() as session:
        bilan = _get(session, bilan_id)
        _require_draft(bilan)
        errors = finalise_problems({s.key: s.text for s in bilan.sections})
        errors += validate_bilan_date(bilan.bilan_date, today)
        if errors:
            raise ValidationError(errors, "bilan")
        bilan.status = BilanStatus.FINAL
        bilan.sources = sources
        bilan.finalised_at = utcnow()
        bilan.finalised_by = ws.user.id
        ws.audit(session, "bilan.finalised", "bilan", bilan_id, person_id=bilan.person_id, version=bilan.version)
        session.flush()
        return _record(session, bilan)


def amend_bilan(ws: Workspace, bilan_id: int, today: date | None = None) -> int:
    """A new draft version of a final bilan, referencing it. The physician's co-signature is
    not carried over: they co-sign the amended text anew."""
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    author = author_stamp(get_letterhead(ws))
    with ws.unit() as session:
        final = _get(session, bilan_id)
        if final.status != BilanStatus.FINAL:
            raise BilanRefused("bilan.amend_draft")
        later = session.scalar(select(Bilan.id).where(Bilan.amends_id == bilan_id))
        if later is not None:
            raise BilanRefused("bilan.already_amended", id=later)
        amendment = Bilan(
            person_id=final.person_id, stage=final.stage, bilan_date=today, status=BilanStatus.DRAFT,
            version=final.version + 1, amends_id=final.id, author_id=ws.user.id, gp_refused=final.gp_refused,
            share_needs=final.share_needs, share_goals=final.share_goals, share_partners=final.share_partners,
            physician_agreed=final.physician_agreed, physician_name=final.physician_name,
            physician_inami=final.physician_inami, physician_cosigned_on=None,
            indicated_function=final.indicated_function, function_justification=final.function_justification,
            recipient_parts=final.recipient_parts, **author,
        )
        amendment.sections = [BilanSection(key=s.key, text=s.text, shareable=s.shareable) for s in final.sections]
        session.add(amendment)
        session.flush()
        ws.audit(session, "bilan.amended", "bilan", amendment.id, person_id=final.person_id, amends_id=final.id)
        return amendment.id


def delete_draft(ws: Workspace, bilan_id: int) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        bilan = _get(session, bilan_id)
        _require_draft(bilan)
        session.delete(bilan)
        ws.audit(session, "bilan.deleted", "bilan", bilan_id, person_id=bilan.person_id)


# -- helpers ---------------------------------------------------------------------------------

def _get(session: Session, bilan_id: int) -> Bilan:
    bilan = session.get(Bilan, bilan_id)
    if bilan is None:
        raise NotFound(what="bilan", id=bilan_id)
    return bilan


def _require_draft(bilan: Bilan) -> None:
    if bilan.status == BilanStatus.FINAL:
        raise BilanRefused("bilan.final_immutable", version=bilan.version)


def _section_field(key: str) -> str:
    return f"section.{key}"


def _stage_errors(stage: str) -> list[FieldError]:
    if stage not in {s.value for s in BilanStage}:
        return [FieldError("stage", "choice.invalid", {"value": str(stage)[:40]})]
    return []


def _section_row(bilan: Bilan, key: str) -> BilanSection:
    if key not in section_keys():
        raise ValidationError([FieldError("sections", "bilan.unknown_part", {"part": str(key)[:40]})], "bilan")
    row = bilan.section(key)
    if row is None:  # a section added to the instrument after this bilan was written
        row = BilanSection(key=key, text="", shareable=False)
        bilan.sections.append(row)
    return row


def _apply_shared(bilan: Bilan, shared: dict[str, bool]) -> list[str]:
    changed = []
    for key, value in shared.items():
        value = bool(value)
        if key in DERIVED_PARTS:
            column = f"share_{key}"
            if getattr(bilan, column) != value:
                setattr(bilan, column, value)
                changed.append(column)
        else:
            row = _section_row(bilan, key)
            if row.shareable != value:
                row.shareable = value
                changed.append(f"shared.{key}")
    return changed


def _user_names(session: Session, ids: set[int | None]) -> dict[int | None, str]:
    """Names by user id, looked up with an author id that may be None (a removed user)."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    rows = session.execute(select(User.id, func.coalesce(func.nullif(User.display_name, ""), User.name))
                           .where(User.id.in_(ids)))
    return {r[0]: r[1] for r in rows}


def _record(session: Session, bilan: Bilan) -> BilanRecord:
    amended_by = session.scalar(select(Bilan.id).where(Bilan.amends_id == bilan.id))
    by_key = {s.key: s for s in bilan.sections}
    sections = tuple(SectionValue(k, by_key[k].text if k in by_key else "",
                                  by_key[k].shareable if k in by_key else False)
                     for k in section_keys())
    shared = {s.key: s.shareable for s in sections}
    shared.update({part: getattr(bilan, f"share_{part}") for part in DERIVED_PARTS})
    return BilanRecord(
        bilan.id, bilan.person_id, bilan.stage, bilan.bilan_date, bilan.status, bilan.version, bilan.amends_id,
        amended_by, _user_names(session, {bilan.author_id}).get(bilan.author_id, ""), sections, shared,
        bilan.gp_refused, bilan.physician_agreed, bilan.physician_name,
        format_inami(bilan.physician_inami) if bilan.physician_inami else "", bilan.physician_cosigned_on,
        bilan.finalised_at, bilan.updated_at,
    )
