"""Text and focus ring colours meet WCAG 2.1 AA contrast (issue 24): the stylesheet's pairs and
every colour a widget of app/ui sets on itself with setStyleSheet."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from app.ui import contrast, style
from tests.conftest import REPO


def test_the_ratio_follows_wcag():
    assert round(contrast.ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast.ratio("#777777", "#ffffff"), 2) == 4.48      # WCAG's own borderline example
    assert contrast.ratio("#ffffff", "#ffffff") == 1.0


def test_the_parser_finds_pairs_inheritance_and_failures():
    sheet = "QFrame#a { background: #000000; } QFrame#a QLabel { color: #222222; } QLabel#b { color: #9aa5b1; }"
    found = {sel: (fg, bg) for sel, fg, bg, _ in contrast.pairs(sheet)}
    assert found["QFrame#a QLabel"] == ("#222222", "#000000")          # read on its parent's background
    assert found["QLabel#b"] == ("#9aa5b1", "#ffffff")
    assert [sel for sel, fg, bg, need in contrast.pairs(sheet) if contrast.ratio(fg, bg) < need] == [
        "QFrame#a QLabel", "QLabel#b"]


def failures(sheet: str) -> list[str]:
    return [f"{sel}: {fg} on {bg} = {contrast.ratio(fg, bg):.2f} < {need}"
            for sel, fg, bg, need in contrast.pairs(sheet) if contrast.ratio(fg, bg) < need]


def test_the_stylesheet_text_colours_meet_4_5_to_1():
    pairs = contrast.pairs(style.STYLESHEET)
    assert len(pairs) > 10                       # the parser really read the stylesheet
    assert failures(style.STYLESHEET) == []


def test_the_focus_ring_stands_out_3_to_1_from_every_background():
    for background in ("#ffffff", style.SURFACE, style.ACCENT_SOFT):
        assert contrast.ratio(style.FOCUS, background) >= contrast.LARGE
    assert ":focus" in style.STYLESHEET and "2px solid {FOCUS}" not in style.STYLESHEET   # formatted


def test_colours_set_by_widgets_themselves_meet_4_5_to_1():
    checked, bad = 0, []
    for path in sorted((REPO / "app" / "ui").rglob("*.py")):
        if path.name == "style.py":             # its f-string is read formatted, above
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "color:" in node.value:
                checked += 1
                bad += [f"{Path(path).relative_to(REPO)}:{node.lineno} {f}" for f in failures(node.value)]
    assert checked > 5
    assert bad == []


def test_colours_drawn_in_code_meet_their_ratio():
    """Table text and cell backgrounds, chart bars, the network map on its sector washes, the
    passphrase meter: each colour against what it is drawn on (app/ui/style.py drawn_pairs)."""
    pairs = style.drawn_pairs()
    assert len(pairs) > 40
    bad = [f"{what}: {fg} on {bg} = {contrast.ratio(fg, bg):.2f} < {need}"
           for what, fg, bg, need in pairs if contrast.ratio(fg, bg) < need]
    assert bad == []


def test_the_checker_fails_on_a_pale_colour():
    assert contrast.ratio("#c98a2b", style.SURFACE) < contrast.LARGE        # the meter's old amber
    assert contrast.ratio(style.MUTED, contrast.blend("#d6e0f3", 110)) >= contrast.TEXT
    assert contrast.ratio("#7b8794", contrast.blend("#d6e0f3", 110)) < contrast.TEXT   # the map's old grey
    assert contrast.blend("#000000", 255) == "#000000" and contrast.blend("#000000", 0) == "#ffffff"


def test_no_colour_is_written_outside_the_style_module():
    """A colour in code (QColor("#..."), a list of bar colours) lives in style.py, where the test
    above checks it; only stylesheet strings ("color: ...; background: ...") stay in place, and
    their pairs are checked here (a background without a colour is read with the ink colour)."""
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
    strays, bad = [], []
    for path in sorted((REPO / "app" / "ui").rglob("*.py")):
        if path.name in ("style.py", "contrast.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and literal.search(node.value)):
                continue
            where = f"{Path(path).relative_to(REPO)}:{node.lineno}"
            if ":" not in node.value:
                strays.append(f"{where} {node.value!r}")
            elif "color:" not in node.value and "background" in node.value:
                ground = literal.search(node.value.split("background", 1)[1]).group(0)
                if contrast.ratio(style.INK, ground) < contrast.TEXT:
                    bad.append(f"{where} ink on {ground}")
    assert strays == []
    assert bad == []
