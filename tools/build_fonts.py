"""Rebuild the bundled font subsets in templates/fonts/ from Debian's fonts-noto-cjk and
fonts-dejavu-core (run by hand; the subsets are committed, so `make test` needs neither).

    apt-get install fonts-noto-cjk fonts-dejavu-core
    .venv/bin/python tools/build_fonts.py

- NotoSansKR-subset-{Regular,Bold}.otf: face 1 (KR) of Noto Sans CJK (OFL), keeping Latin
  with every Vietnamese letter, general punctuation, the Korean script (Hangul syllables,
  jamo, compatibility jamo), the Hanja of KS X 1001 (the 4,888 the Korean standard
  character set encodes, read from Python's EUC-KR codec), and the symbol blocks Korean
  and Vietnamese press text uses (enclosed alphanumerics and CJK, CJK compatibility units,
  letterlike symbols, number forms, arrows, mathematical operators, geometric shapes,
  miscellaneous symbols, CJK symbols and full-width forms).
  With the Hanja a brief's PDF grew from about 100 KB to 193 KB (the embedded subset of
  each face from 146 KB to 288 KB before compression); desubroutinizing did not change it.
- DejaVuSans-subset.ttf (Bitstream Vera licence, LICENSE-DejaVu.txt): the fallback for
  what Noto Sans CJK KR does not draw in those symbol blocks.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "templates" / "fonts"
NOTO = Path("/usr/share/fonts/opentype/noto")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

BLOCKS = [
    (0x0020, 0x024F),  # Basic Latin, Latin-1, Latin Extended-A and -B
    (0x0300, 0x036F),  # combining marks
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2000, 0x206F),  # general punctuation
    (0x2070, 0x209F),  # superscripts and subscripts
    (0x20A0, 0x20CF),  # currency symbols
    (0x2100, 0x214F),  # letterlike symbols
    (0x2150, 0x218F),  # number forms
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators
    (0x2460, 0x24FF),  # enclosed alphanumerics
    (0x2500, 0x257F),  # box drawing
    (0x25A0, 0x25FF),  # geometric shapes
    (0x2600, 0x26FF),  # miscellaneous symbols
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3130, 0x318F),  # Hangul Compatibility Jamo
    (0x3200, 0x32FF),  # enclosed CJK letters and months
    (0x3300, 0x33FF),  # CJK compatibility
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]


def ks_x_1001_hanja() -> list[int]:
    """The Hanja of KS X 1001: rows 0x4A–0x7D of the set, 0xCA–0xFD in EUC-KR."""
    found = []
    for lead in range(0xCA, 0xFE):
        for trail in range(0xA1, 0xFF):
            try:
                char = bytes([lead, trail]).decode("euc-kr")
            except UnicodeDecodeError:
                continue
            found.append(ord(char))
    return found


def unicodes() -> str:
    points = {p for start, end in BLOCKS for p in range(start, end + 1)} | set(ks_x_1001_hanja())
    return ",".join(f"U+{p:04X}" for p in sorted(points))


def main() -> int:
    hanja = ks_x_1001_hanja()
    print(f"KS X 1001 Hanja: {len(hanja)}")
    listing = FONTS / ".unicodes.txt"
    listing.write_text(unicodes(), encoding="ascii")
    try:
        for weight in ("Regular", "Bold"):
            subprocess.run(
                [
                    sys.executable, "-m", "fontTools.subset",
                    str(NOTO / f"NotoSansCJK-{weight}.ttc"), "--font-number=1",
                    f"--unicodes-file={listing}", "--layout-features=*",
                    f"--output-file={FONTS / f'NotoSansKR-subset-{weight}.otf'}",
                ],
                check=True,
            )  # fmt: skip
        subprocess.run(
            [
                sys.executable, "-m", "fontTools.subset", str(DEJAVU),
                f"--unicodes-file={listing}", "--layout-features=*",
                f"--output-file={FONTS / 'DejaVuSans-subset.ttf'}",
            ],
            check=True,
        )  # fmt: skip
    finally:
        listing.unlink(missing_ok=True)
    for path in sorted(FONTS.glob("*subset*")):
        print(f"{path.name}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
