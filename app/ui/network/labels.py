"""Translated names of the network's categories, circles, supports… for the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("network", text)


def categories() -> dict[str, str]:
    return {
        "family": _t("family"), "partner": _t("partner"), "friend": _t("friend"),
        "neighbour": _t("neighbour"), "peer": _t("peer"), "colleague": _t("colleague"),
        "professional": _t("professional"), "service": _t("service"),
    }


def sectors() -> dict[str, str]:
    return {
        "family": _t("Family"), "friends": _t("Friends and neighbours"),
        "peers": _t("Peers and colleagues"), "professionals": _t("Professionals and services"),
    }


def circles() -> dict[str, str]:
    return {"close": _t("close"), "middle": _t("middle"), "outer": _t("outer")}


def supports() -> dict[str, str]:
    return {
        "emotional": _t("emotional"), "practical": _t("practical"), "informational": _t("informational"),
        "financial": _t("financial"), "company": _t("company"),
    }


def frequencies() -> dict[str, str]:
    return {
        "unknown": _t("not known"), "daily": _t("daily"), "weekly": _t("weekly"),
        "monthly": _t("monthly"), "yearly": _t("a few times a year"),
    }


def qualities() -> dict[str, str]:
    return {"supportive": _t("supportive"), "ambivalent": _t("ambivalent"), "conflictual": _t("conflictual")}


def reciprocities() -> dict[str, str]:
    return {
        "unknown": _t("not known"), "mutual": _t("mutual"),
        "receives": _t("the person mostly receives"), "gives": _t("the person mostly gives"),
    }


def isolation_reasons() -> dict[str, str]:
    return {
        "no_close_informal": _t("nobody informal in the close circle"),
        "no_emotional_support": _t("nobody gives emotional support"),
    }
