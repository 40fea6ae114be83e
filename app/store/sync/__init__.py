"""Generic replica machinery (no domain, no network, no encryption): global ids, capture
triggers writing an outbox, the switch that turns capture off while remote operations are
applied, pending operations, per-field versions, conflicts and the hub cursor.

The domain (which table is in which scope, each entity's merge rule) is declared in
app/models/sync_scopes.py; the use-cases live in app/services/sync.
"""
