"""Alembic environment. Relais always runs migrations on a connection it has already
keyed (see app/store/migrate.py); there is no URL-based mode, so no key ever sits in a
config file."""

from alembic import context

connection = context.config.attributes["connection"]
target_metadata = context.config.attributes.get("target_metadata")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-move
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
