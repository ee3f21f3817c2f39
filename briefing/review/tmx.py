"""TMX 1.4b, the one place that writes and reads it.

Two kinds of file leave the project: the translation memory's export (`briefing memory
export`: one `<tu>` per source, every target beside it with its origin as a `x-origin`
prop) and the machine translation an OmegaT project carries as fuzzy matches
(`tm/machine.tmx`: one source and one target per `<tu>`, no props). Both are a `Header`
and a list of `Entry`s written by `to_tmx`; what differs is only what the caller puts
in them.

Two kinds come in: a TMX file a translator or another tool wrote (`read_tmx`: every
source/target pair, `srclang="*all*"` included, invisible characters taken out), and the
translations OmegaT saved in a project (`saved_pairs`). Neither parser accepts a DTD or
entities; a file that declares an encoding its bytes are not in is refused.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from briefing import __version__
from briefing.errors import InputError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SOURCES = {"vi", "ko"}  # the languages a `*all*` unit may be read from


@dataclass(frozen=True)
class Variant:
    """One language's text of a unit; `origin`, when given, is written as a `x-origin` prop."""

    language: str
    text: str
    origin: str | None = None


@dataclass(frozen=True)
class Entry:
    """A `<tu>`: its variants, the source first; `source_language`, when given, is written
    as the unit's `srclang`."""

    variants: list[Variant]
    source_language: str | None = None


@dataclass(frozen=True)
class Header:
    """What the `<header>` says. The defaults are the memory export's."""

    source_language: str
    segment_type: str = "sentence"
    store_format: str = "briefing-sqlite"
    tool_version: str = field(default=__version__)


@dataclass(frozen=True)
class Pair:
    """A source/target pair read from a TMX file, with the origin its `x-origin` prop gave
    (`tmx` when it had none)."""

    source_language: str
    target_language: str
    source: str
    target: str
    origin: str = "tmx"


def to_tmx(header: Header, entries: list[Entry]) -> str:
    """The TMX 1.4b text of `entries`: indented, with an XML declaration, one final newline."""
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "briefing",
            "creationtoolversion": header.tool_version,
            "segtype": header.segment_type,
            "adminlang": "en",
            "srclang": header.source_language,
            "datatype": "plaintext",
            "o-tmf": header.store_format,
        },
    )
    body = ET.SubElement(root, "body")
    for entry in entries:
        attributes = {} if entry.source_language is None else {"srclang": entry.source_language}
        tu = ET.SubElement(body, "tu", attributes)
        for variant in entry.variants:
            tuv = ET.SubElement(tu, "tuv", {XML_LANG: variant.language})
            if variant.origin is not None:
                ET.SubElement(tuv, "prop", type="x-origin").text = variant.origin
            ET.SubElement(tuv, "seg").text = variant.text
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def write_tmx(path: Path, header: Header, entries: list[Entry]) -> None:
    """Write `entries` to `path` as TMX 1.4b (UTF-8), creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_tmx(header, entries), encoding="utf-8")


def bilingual(pairs: list[tuple[str, str]], source: str, target: str) -> list[Entry]:
    """One entry per (source text, translation), without origins or `srclang`."""
    return [
        Entry([Variant(source, text), Variant(target, translation)]) for text, translation in pairs
    ]


def read_tmx(path: Path) -> list[Pair]:
    """Every source/target pair of a TMX file. A unit with `srclang="*all*"` gives a pair
    from each Vietnamese or Korean variant to each other one; a unit without its source
    language, or a `<tuv>` without language or `<seg>`, refuses the whole file."""
    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException

    from briefing.xmlfiles import clean, read_checked

    if not path.is_file():
        raise InputError(f"{path}: no such TMX file")
    data = read_checked(path)
    try:
        root = DET.fromstring(data)
    except (ET.ParseError, DefusedXmlException, LookupError, ValueError) as exc:
        raise InputError(f"{path}: not a well-formed TMX file ({exc})") from None
    if root.tag != "tmx":
        raise InputError(f"{path}: not a TMX file (root element <{root.tag}>)")
    header = root.find("header")
    default_source = (header.get("srclang") if header is not None else None) or "vi"
    pairs: list[Pair] = []
    for number, tu in enumerate(root.iter("tu"), start=1):
        source_lang = (tu.get("srclang") or default_source).lower()
        source_lang = source_lang if source_lang == "*all*" else source_lang[:2]
        variants: dict[str, tuple[str, str]] = {}
        for tuv in tu.findall("tuv"):
            lang = (tuv.get(XML_LANG) or tuv.get("lang") or "").lower()[:2]
            seg = tuv.find("seg")
            if not lang or seg is None:
                raise InputError(
                    f"{path}: translation unit {number} has a <tuv> without language or <seg>"
                )
            origin = next(
                (p.text or "" for p in tuv.findall("prop") if p.get("type") == "x-origin"),
                "tmx",
            )
            variants[lang] = (clean("".join(seg.itertext()))[0], origin or "tmx")
        if source_lang == "*all*":  # TMX: any variant may be the source
            pairs += [
                Pair(first, lang, text, target, origin)
                for first, (text, _) in variants.items()
                if first in SOURCES
                for lang, (target, origin) in variants.items()
                if lang != first
            ]
            continue
        if source_lang not in variants:
            raise InputError(f"{path}: translation unit {number} has no {source_lang} text")
        source = variants.pop(source_lang)[0]
        pairs += [
            Pair(source_lang, lang, source, target, origin)
            for lang, (target, origin) in variants.items()
        ]
    return pairs


def saved_pairs(path: Path) -> dict[str, str]:
    """Source text (spaces folded) → translation, from a TMX file OmegaT saved
    (`omegat/project_save.tmx`); nothing when the file is missing or not well-formed."""
    if not path.is_file():
        return {}
    import defusedxml.ElementTree as DET

    try:
        root = DET.parse(path, forbid_dtd=True).getroot()
    except ET.ParseError:
        return {}
    pairs: dict[str, str] = {}
    for tu in root.iter("tu"):
        texts = ["".join(seg.itertext()) for seg in tu.iter("seg")]
        if len(texts) >= 2:
            pairs[" ".join(texts[0].split())] = texts[1]
    return pairs
