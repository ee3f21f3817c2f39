"""The bundled fonts and the characters they draw: read by the renderer's preflight and by
the reader's normalisation (a character no font draws is reported, not shown as a box)."""

from __future__ import annotations

from functools import cache

from briefing.errors import RenderError
from briefing.paths import templates_dir

FONT_FILES = ("NotoSansKR-subset-Regular.otf", "NotoSansKR-subset-Bold.otf")
FALLBACK_FONT = "DejaVuSans-subset.ttf"


@cache
def covered_characters() -> frozenset[int]:
    """The code points the bundled fonts draw; a `RenderError` if a font is missing."""
    from fontTools.ttLib import TTFont

    covered: set[int] = set()
    for name in (*FONT_FILES, FALLBACK_FONT):
        path = templates_dir() / "fonts" / name
        if not path.is_file():
            raise RenderError(f"bundled font {path} is missing; restore templates/fonts/")
        covered |= set(TTFont(path, lazy=True).getBestCmap())
    return frozenset(covered)
