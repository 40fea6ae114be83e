"""Typed ORM entities and the pure rules that belong to one entity.

Importing this package registers every table on `app.store.base.Base.metadata`.
"""

from app.models.contact import AgeGroup, Contact, ContactMode, ConventionFunction, SessionSetting
from app.models.consent import Consent, ConsentForm, ConsentState, DocumentType
from app.models.document import Document
from app.models.partner import Partner, Sector, ServiceType
from app.models.person import Housing, Insurance, Person, PersonStatus, person_workers
from app.models.settings import VaultSetting
from app.models.user import Role, User
from app.store.audit import AuditEvent
from app.store.base import Base

__all__ = [
    "AgeGroup", "Contact", "ContactMode", "ConventionFunction", "SessionSetting",
    "AuditEvent", "Base", "Consent", "ConsentForm", "ConsentState", "Document", "DocumentType",
    "Partner", "Sector", "ServiceType", "Housing", "Insurance", "Person", "PersonStatus", "Role", "User", "VaultSetting",
    "person_workers",
]
