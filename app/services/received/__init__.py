"""Documents received from partners: added by content type, kept encrypted, previewed safely."""

from app.services.received.records import (  # noqa: F401
    ReceivedRow,
    add_received,
    export_received,
    list_received,
    received_bytes,
)
from app.services.received.sniff import FileRefused, Sniffed, sniff  # noqa: F401
