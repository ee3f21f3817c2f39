"""Translators in the loop: XLIFF 1.2 export and import, and re-rendering.

Export writes one XLIFF file per target (vi→ko, vi→en): a trans-unit per segment,
its id the segment id, the translation as target with a state, the paragraph as
context, notes with QA flags, glossary terms and key-point membership. Import
applies a translator's file to document.json: every change is kept as a
revision, approved segments go to the translation memory, and importing the
same file twice changes nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from briefing import __version__
from briefing.document import Document, Revision, Status, Translation
from briefing.errors import InputError

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
STATE = {"machine": "needs-review-translation", "edited": "translated", "approved": "final"}
DOCUMENT_NOTE = "briefing-document:"


def xliff_name(document: Document, target: str) -> str:
    return f"{document.source_language}-{target}.xlf"


def export_xliff(document: Document, target: str) -> str:
    if target not in document.targets:
        raise InputError(f"the document has no {target} translation to export")
    source = document.source_language
    in_summary = {
        i for s in document.summaries.values() for x in s.sentences for i in x.segment_ids
    }
    original = Path(document.article.path).name
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<xliff version="1.2" xmlns="{XLIFF_NS}">',
        f"  <file original={quoteattr(original)} source-language={quoteattr(source)} "
        f'target-language={quoteattr(target)} datatype="plaintext" tool-id="briefing">',
        "    <header>",
        f'      <tool tool-id="briefing" tool-name="briefing" tool-version="{__version__}"/>',
        f'      <note from="briefing">{DOCUMENT_NOTE}{escape(document.id)}</note>',
        f'      <note from="briefing">model: {escape(document.models.get(target, ""))}</note>',
        "    </header>",
        "    <body>",
    ]
    for paragraph in document.paragraphs:
        if not paragraph.segment_ids:
            continue
        context = " ".join(document.segment(i).text for i in paragraph.segment_ids)
        out.append(f'      <group id="p{paragraph.number}" restype="x-{paragraph.kind}">')
        out.append(
            f'        <context-group name="paragraph-p{paragraph.number}" purpose="information">'
        )
        out.append(f'          <context context-type="x-paragraph">{escape(context)}</context>')
        out.append("        </context-group>")
        for seg_id in paragraph.segment_ids:
            segment = document.segment(seg_id)
            translation = segment.translations.get(target)
            text = translation.text if translation else ""
            state = STATE[translation.status] if translation else "new"
            out.append(f'        <trans-unit id={quoteattr(seg_id)} xml:space="preserve">')
            out.append(f"          <source>{escape(segment.text)}</source>")
            out.append(f'          <target state="{state}">{escape(text)}</target>')
            if translation:
                out.append(f'          <note from="origin">{escape(translation.origin)}</note>')
            for flag in segment.flags:
                if flag.language in (None, target):
                    priority = {"error": 1, "warning": 3, "info": 5}[flag.severity]
                    message = f"{flag.severity} {flag.code}: {flag.message}"
                    out.append(
                        f'          <note from="qa" priority="{priority}">{escape(message)}</note>'
                    )
            for hit in segment.terms:
                out.append(
                    f'          <note from="glossary">{escape(hit.source)} = '
                    f"{escape(hit.forms[target])}</note>"
                )
            for suggestion in segment.suggestions.get(target, []):
                out.append(
                    f'          <note from="memory">{round(suggestion.score * 100)}%: '
                    f"{escape(suggestion.text)}</note>"
                )
            if seg_id in in_summary:
                out.append('          <note from="summary">in the key points</note>')
            out.append("        </trans-unit>")
        out.append("      </group>")
    out += ["    </body>", "  </file>", "</xliff>", ""]
    return "\n".join(out)


def export_all(document: Document, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for target in document.targets:
        path = out_dir / xliff_name(document, target)
        path.write_text(export_xliff(document, target), encoding="utf-8")
        paths.append(path)
    return paths


# ----------------------------------------------------------------------------- import


@dataclass
class Unit:
    id: str
    source: str
    target: str
    state: str


@dataclass
class ImportResult:
    target: str
    changed: list[str] = field(default_factory=list)  # segment ids
    approved: list[str] = field(default_factory=list)


def _text(element: object) -> str:
    return "".join(element.itertext())  # type: ignore[attr-defined]


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def read_xliff(path: Path) -> tuple[dict[str, str], list[Unit]]:
    """(file attributes and document id, units); malformed or dangerous XML is refused."""
    import defusedxml.ElementTree as ET
    from defusedxml import DefusedXmlException

    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise InputError(f"{path}: no such XLIFF file") from None
    except DefusedXmlException as exc:
        raise InputError(f"{path}: refused: the XML declares entities or a DTD ({exc})") from None
    except ET.ParseError as exc:
        raise InputError(f"{path}: not well-formed XML ({exc})") from None
    ns = {"x": XLIFF_NS}
    if root.tag != f"{{{XLIFF_NS}}}xliff":
        raise InputError(f"{path}: not an XLIFF 1.2 file (root element {root.tag})")
    files = root.findall("x:file", ns)
    if len(files) != 1:
        raise InputError(f"{path}: expected one <file>, found {len(files)}")
    file = files[0]
    info = {
        "source": file.get("source-language", ""),
        "target": file.get("target-language", ""),
        "document": "",
    }
    for note in file.findall("x:header/x:note", ns):
        text = _text(note).strip()
        if text.startswith(DOCUMENT_NOTE):
            info["document"] = text.removeprefix(DOCUMENT_NOTE)
    units = []
    for unit in file.iter(f"{{{XLIFF_NS}}}trans-unit"):
        source = unit.find("x:source", ns)
        target = unit.find("x:target", ns)
        units.append(
            Unit(
                id=unit.get("id", ""),
                source=_text(source) if source is not None else "",
                target=_text(target) if target is not None else "",
                state=(target.get("state", "") if target is not None else ""),
            )
        )
    return info, units


def import_xliff(document: Document, path: Path, reviewer: str | None = None) -> ImportResult:
    """Apply a translator's XLIFF file to `document` (in place). All or nothing: any
    refusal names the unit and leaves the document as it was."""
    info, units = read_xliff(path)
    if info["document"] != document.id:
        raise InputError(
            f"{path}: exported from another document ({info['document'] or 'no briefing id'}, "
            f"this one is {document.id}); import it into its own document.json"
        )
    target = info["target"]
    if info["source"] != document.source_language or target not in document.targets:
        raise InputError(
            f"{path}: language pair {info['source']}→{target} does not match this document "
            f"({document.source_language}→{', '.join(document.targets)})"
        )
    known = {s.id: s for s in document.segments}
    for unit in units:
        if unit.id not in known:
            raise InputError(f"{path}: trans-unit {unit.id!r} is not a segment of this document")
        if not _same(unit.source, known[unit.id].text):
            raise InputError(
                f"{path}: trans-unit {unit.id!r}: its source no longer matches the document "
                "(the source drifted); export a fresh file and redo the edits there"
            )
        if unit.state == "final" and not unit.target.strip():
            raise InputError(f"{path}: trans-unit {unit.id!r} is marked final but is empty")
    now = datetime.now(UTC).isoformat(timespec="seconds")
    by = reviewer or f"xliff:{path.name}"
    result = ImportResult(target)
    for unit in units:
        segment = known[unit.id]
        current = segment.translations.get(target) or Translation("", "none", "machine")
        text_changed = not _same(unit.target, current.text)
        status: Status = current.status
        origin = current.origin
        if text_changed:
            status, origin = ("approved" if unit.state == "final" else "edited"), "human"
        elif unit.state == "final":
            status = "approved"
        elif unit.state == "translated" and current.status == "machine":
            status = "edited"
        if not text_changed and status == current.status:
            continue
        revisions = [
            *current.revisions,
            Revision(current.text, current.status, current.origin, now, by),
        ]
        segment.translations[target] = Translation(
            unit.target.strip() if text_changed else current.text,
            origin,
            status,
            current.reinserted if not text_changed else [],
            revisions,
        )
        result.changed.append(unit.id)
        if status == "approved":
            result.approved.append(unit.id)
    return result


def review_state(document: Document) -> dict[str, object]:
    """Per target: how many segments are machine / edited / approved; revisions in all."""
    state: dict[str, object] = {}
    revisions = 0
    for target in document.targets:
        counts: Counter[str] = Counter()
        for segment in document.segments:
            translation = segment.translations.get(target)
            if translation:
                counts[translation.status] += 1
                revisions += len(translation.revisions)
        state[target] = dict(counts)
    state["revisions"] = revisions
    state["reviewed"] = all(
        t.status == "approved" for s in document.segments for t in s.translations.values()
    )
    return state
