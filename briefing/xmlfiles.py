"""Reading the XML files translators send (XLIFF, TMX) before any parser sees them: the
declared encoding is checked against the bytes, and the invisible characters that change
how a text reads or renders are taken out and reported.

- An encoding name Python does not know (`UTF-P`) is refused in one line; a file that
  declares one encoding and is written in another (a UTF-8 file declared ISO-8859-1, which
  would store mojibake in approved text) is refused, naming both.
- Bidirectional controls (U+202A–U+202E, U+2066–U+2069), zero-width characters
  (U+200B–U+200D, U+2060, U+FEFF inside a text), C1 controls (U+0080–U+009F) and DEL are
  removed from imported text; the caller records where.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from briefing.errors import InputError

DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']""")
INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff\u0080-\u009f\u007f]")


def check_encoding(path: Path, data: bytes) -> None:
    """Refuse a declared encoding that is unknown or that the bytes are not written in."""
    match = DECLARATION.match(data[:300])
    if match is None:
        return
    declared = match.group(1).decode("ascii", "replace")
    # `utf\r8` names UTF-8 to Python (codecs folds the \r): shown as written, on one line
    shown = declared if declared.isprintable() else ascii(declared)
    try:
        name = codecs.lookup(declared).name
    except (LookupError, ValueError):  # ValueError: a NUL inside the name
        raise InputError(
            f"{path}: declares encoding {declared!r}, which is not an encoding; save it as "
            'UTF-8 (encoding="UTF-8")'
        ) from None
    if name.startswith("utf"):
        try:
            data.decode(name)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{path}: declares {shown} but its bytes are not {shown} ({exc.reason} at "
                f"byte {exc.start}); save it as UTF-8"
            ) from None
        return
    if any(b > 0x7F for b in data):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return  # not UTF-8: the declared single-byte encoding may well be right
        raise InputError(
            f"{path}: declares {shown} but its bytes are UTF-8: the letters would be read "
            'wrong (mojibake); change the declaration to encoding="UTF-8"'
        )


def read_checked(path: Path) -> bytes:
    """The bytes of an XML file; an `InputError` when it is missing, or its declared encoding
    is unknown or not the one its bytes are written in."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    check_encoding(path, data)
    return data


def clean(text: str) -> tuple[str, list[str]]:
    """`text` without invisible and control characters, and the code points removed."""
    removed = [f"U+{ord(c):04X}" for c in INVISIBLE.findall(text)]
    return (INVISIBLE.sub("", text), removed) if removed else (text, [])
