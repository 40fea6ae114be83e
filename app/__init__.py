"""Relais: an encrypted case-management vault for care networks."""

__version__ = "0.1.0"
