"""Use-cases that span entities. Every permission check happens here."""
