"""Typed ORM entities and the pure rules that belong to one entity.

Importing this package registers every table on `app.store.base.Base.metadata`.
"""

from app.models.consent import Consent, ConsentForm, ConsentState, DocumentType
from app.models.document import Document
from app.models.partner import Partner, Sector, ServiceType
from app.models.person import Housing, Insurance, Person, PersonStatus, person_workers
from app.models.referral import Referral, ReferralEvent, ReferralStatus, Urgency
from app.models.user import Role, User
from app.store.audit import AuditEvent
from app.store.base import Base

__all__ = [
    "AuditEvent", "Base", "Consent", "ConsentForm", "ConsentState", "Document", "DocumentType",
    "Partner", "Referral", "ReferralEvent", "ReferralStatus", "Urgency", "Sector", "ServiceType", "Housing", "Insurance", "Person", "PersonStatus", "Role", "User",
    "person_workers",
]
