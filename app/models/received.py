"""Documents received from partners (a discharge letter, a partner's report, a scanned form),
kept encrypted in the vault with their sender, date and kind.

The content type is what the bytes say (magic numbers), never the file's name; a file
whose content is not PDF, PNG or JPEG is refused. A file that is of an accepted type but
cannot be previewed safely (a truncated PDF, an image larger than the pixel cap) is kept
with `previewable` False: the worker can still export it, the app never tries to draw it.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.store.base import Base, utcnow

MAX_FILE_BYTES = 25 * 1024 * 1024      # a scanned discharge letter is a few MB; 25 MB is generous
MAX_IMAGE_PIXELS = 40_000_000          # about a 600 dpi A4 scan; a "bomb" claims far more
MAX_NAME = 255


class ReceivedKind(StrEnum):
    DISCHARGE_LETTER = "discharge_letter"
    PARTNER_REPORT = "partner_report"
    SCANNED_FORM = "scanned_form"
    OTHER = "other"


class ContentType(StrEnum):
    PDF = "application/pdf"
    PNG = "image/png"
    JPEG = "image/jpeg"


class ReceivedDocument(Base):
    __tablename__ = "received_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"))
    sender: Mapped[str] = mapped_column(String(300), default="")     # the partner's name on the day, or typed
    received_on: Mapped[date] = mapped_column(Date)
    file_name: Mapped[str] = mapped_column(String(MAX_NAME), default="")
    content_type: Mapped[str] = mapped_column(String(40))
    previewable: Mapped[bool] = mapped_column(default=True)
    # Why a kept file has no preview (a message code), "" when it has one.
    preview_note: Mapped[str] = mapped_column(String(60), default="")
    pages: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column()
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
