"""WCAG 2.1 contrast (success criteria 1.4.3 and 1.4.11), for the stylesheet's colour pairs.

    ratio("#5f6b7a", "#ffffff")  ->  5.4   (4.5 needed for text, 3 for large text and icons)
"""

from __future__ import annotations

import re

TEXT = 4.5
LARGE = 3.0          # 18 pt, or 14 pt bold; also borders and icons that carry meaning

_DECL = re.compile(r"([a-z-]+)\s*:\s*([^;{}]+)")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    hexa = colour.lstrip("#")
    if len(hexa) == 3:
        hexa = "".join(ch * 2 for ch in hexa)
    r, g, b = (int(hexa[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(foreground: str, background: str) -> float:
    hi, lo = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _colour(value: str) -> str | None:
    found = _HEX.search(value)
    return found.group(0).lower() if found else None


def _large(declarations: dict[str, str]) -> bool:
    size = re.search(r"([\d.]+)\s*pt", declarations.get("font-size", ""))
    points = float(size.group(1)) if size else 10.0
    bold = declarations.get("font-weight", "").strip() in ("600", "700", "bold")
    return points >= 18 or (bold and points >= 14)


def pairs(stylesheet: str, default_background: str = "#ffffff") -> list[tuple[str, str, str, float]]:
    """(selector, text colour, background, required ratio) for every rule that sets a text colour;
    a rule without a background of its own is read on `default_background`. A bare declaration
    list (a widget's own setStyleSheet("color: ...")) counts as one rule."""
    rules = _RULE.findall(stylesheet) or [("(inline)", stylesheet)]
    grounds: dict[str, str] = {}       # selector -> its background, for "Parent Child" rules
    for selector, body in rules:
        decl = {k.strip(): v.strip() for k, v in _DECL.findall(body)}
        if found := _colour(decl.get("background", "") or decl.get("background-color", "")):
            for one in selector.split(","):
                grounds[one.strip()] = found
    out = []
    for selector, body in rules:
        decl = {k.strip(): v.strip() for k, v in _DECL.findall(body)}
        inherited = next((grounds[s.strip().split()[0]] for s in selector.split(",")
                          if " " in s.strip() and s.strip().split()[0] in grounds), default_background)
        background = _colour(decl.get("background", "") or decl.get("background-color", "")) or inherited
        need = LARGE if _large(decl) else TEXT
        if "color" in decl and (fg := _colour(decl["color"])):
            out.append((selector.strip(), fg, background, need))
        if "selection-color" in decl and "selection-background-color" in decl:
            fg, bg = _colour(decl["selection-color"]), _colour(decl["selection-background-color"])
            if fg and bg:
                out.append((selector.strip() + " (selection)", fg, bg, TEXT))
    return out


def blend(colour: str, alpha: int, background: str = "#ffffff") -> str:
    """The colour seen when `colour` is painted with `alpha` (0-255) over `background`."""
    def rgb(value: str) -> tuple[int, ...]:
        hexa = value.lstrip("#")
        return tuple(int(hexa[i:i + 2], 16) for i in (0, 2, 4))
    a = alpha / 255
    mixed = (round(f * a + b * (1 - a)) for f, b in zip(rgb(colour), rgb(background), strict=True))
    return "#" + "".join(f"{c:02x}" for c in mixed)
