"""Documents received from partners: added by content type, kept encrypted, previewed safely."""
