"""The vault: key derivation and keyslots, the SQLCipher engine, migrations, backup,
audit chain and locking. Knows SQLAlchemy, not the domain."""
