"""The sender details printed on documents (no ReportLab: the services import it at start)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Letterhead:
    """Sender details from the signed-in user's document profile."""

    organisation: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    worker_name: str = ""
    worker_title: str = ""
    place: str = ""          # city printed before the date of a letter
    signature: str = ""      # free signature block
    profession: str = ""     # clinical_psychologist, clinical_orthopedagogue, physician, case_manager, other
    registration: str = ""   # visa number (psychologist, orthopedagogue) or INAMI-RIZIV number (physician)

    @property
    def sender(self) -> str:
        """Who the running header names: the organisation, else the author (never the software)."""
        return self.organisation or self.worker_name
