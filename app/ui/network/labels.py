"""Translated names of the network's categories, circles, supports… for the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def categories() -> dict[str, str]:
    return {
        "family": QCoreApplication.translate("network", "family"),
        "partner": QCoreApplication.translate("network", "partner"),
        "friend": QCoreApplication.translate("network", "friend"),
        "neighbour": QCoreApplication.translate("network", "neighbour"),
        "peer": QCoreApplication.translate("network", "peer"),
        "colleague": QCoreApplication.translate("network", "colleague"),
        "professional": QCoreApplication.translate("network", "professional"),
        "service": QCoreApplication.translate("network", "service"),
    }


def sectors() -> dict[str, str]:
    return {
        "family": QCoreApplication.translate("network", "Family"),
        "friends": QCoreApplication.translate("network", "Friends and neighbours"),
        "peers": QCoreApplication.translate("network", "Peers and colleagues"),
        "professionals": QCoreApplication.translate("network", "Professionals and services"),
    }


def circles() -> dict[str, str]:
    return {
        "close": QCoreApplication.translate("network", "close"),
        "middle": QCoreApplication.translate("network", "middle"),
        "outer": QCoreApplication.translate("network", "outer"),
    }


def supports() -> dict[str, str]:
    return {
        "emotional": QCoreApplication.translate("network", "emotional"),
        "practical": QCoreApplication.translate("network", "practical"),
        "informational": QCoreApplication.translate("network", "informational"),
        "financial": QCoreApplication.translate("network", "financial"),
        "company": QCoreApplication.translate("network", "company"),
    }


def frequencies() -> dict[str, str]:
    return {
        "unknown": QCoreApplication.translate("network", "not known"),
        "daily": QCoreApplication.translate("network", "daily"),
        "weekly": QCoreApplication.translate("network", "weekly"),
        "monthly": QCoreApplication.translate("network", "monthly"),
        "yearly": QCoreApplication.translate("network", "a few times a year"),
    }


def qualities() -> dict[str, str]:
    return {
        "supportive": QCoreApplication.translate("network", "supportive"),
        "ambivalent": QCoreApplication.translate("network", "ambivalent"),
        "conflictual": QCoreApplication.translate("network", "conflictual"),
    }


def reciprocities() -> dict[str, str]:
    return {
        "unknown": QCoreApplication.translate("network", "not known"),
        "mutual": QCoreApplication.translate("network", "mutual"),
        "receives": QCoreApplication.translate("network", "the person mostly receives"),
        "gives": QCoreApplication.translate("network", "the person mostly gives"),
    }


def isolation_reasons() -> dict[str, str]:
    return {
        "no_close_informal": QCoreApplication.translate("network", "nobody informal in the close circle"),
        "no_emotional_support": QCoreApplication.translate("network", "nobody gives emotional support"),
    }
