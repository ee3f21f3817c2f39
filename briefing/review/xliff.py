"""Translators in the loop: XLIFF 1.2 export and import.

Export writes one XLIFF file per target (vi→ko, vi→en): a trans-unit per segment (its id
the segment id), then one per label a brief shows (`title`, `event.theme`,
`fact.figure.3`, `fact.person.2.role`, …; see briefing.labels). Each target carries a
state, notes carry the QA flags, glossary terms, memory suggestions, key-point
membership and a fingerprint of the exported target (`<note from="briefing-base">`), so
that an import can tell a translator's change from a stale file.

Import applies a translator's file to a document, unit by unit. A unit is applied, or
skipped (no target), or refused with its reason: unknown id, a source that drifted, a
target in the wrong script, or a conflict (the document's text changed since the file
was exported, or an approved translation would be replaced by an unapproved one;
`force=True` overrides conflicts). A file as a whole is refused when it is not XLIFF
1.2, names another document or language pair, declares a DTD or entities, or is over
the size limit. Every change is kept as a revision; importing a file twice changes
nothing. `state="final"`, `state="signed-off"` and `approved="yes"` all mean approved.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from briefing import __version__
from briefing.document import Document, Revision, Status, Translation
from briefing.errors import InputError
from briefing.labels import find, labels_of, set_text, summary_labels
from briefing.xmlfiles import clean, read_checked

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_NS = "http://www.w3.org/XML/1998/namespace"
STATE = {"machine": "needs-review-translation", "edited": "translated", "approved": "final"}
APPROVED_STATES = {"final", "signed-off"}
EMPTIED = "x-emptied"  # the state a translator gives a target left empty on purpose
DOCUMENT_NOTE = "briefing-document:"
BASE_NOTE = "briefing-base"
MAX_BYTES = 8_000_000


def xliff_name(document: Document, target: str) -> str:
    """The file name of the document's XLIFF for `target`: `vi-ko.xlf`."""
    return f"{document.source_language}-{target}.xlf"


def fingerprint(text: str) -> str:
    """What an exported target was, so an import can tell whether it changed since."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _el(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{XLIFF_NS}}}{tag}", attributes)
    if text is not None:
        element.text = text
    return element


def _unit(
    group: ET.Element, unit_id: str, source: str, translation: Translation | None
) -> ET.Element:
    unit = _el(group, "trans-unit", id=unit_id)
    unit.set(f"{{{XML_NS}}}space", "preserve")
    if translation is not None and translation.status == "approved":
        unit.set("approved", "yes")
    _el(unit, "source", source)
    text = translation.text if translation else ""
    state = STATE[translation.status] if translation else "new"
    _el(unit, "target", text, state=state)
    if translation:
        _el(unit, "note", translation.origin, **{"from": "origin"})
    _el(unit, "note", fingerprint(text), **{"from": BASE_NOTE})
    return unit


def export_xliff(document: Document, target: str) -> str:
    """One XLIFF 1.2 file (strict schema) for `target`: segments, then labels."""
    if target not in document.targets:
        raise InputError(f"the document has no {target} translation to export")
    source = document.source_language
    in_summary = {
        i for s in document.summaries.values() for x in s.sentences for i in x.segment_ids
    }
    root = ET.Element(f"{{{XLIFF_NS}}}xliff", version="1.2")
    file = _el(
        root,
        "file",
        original=Path(document.article.path).name,
        **{"source-language": source, "target-language": target},
        datatype="plaintext",
    )
    file.set("tool-id", "briefing")
    header = _el(file, "header")
    _el(header, "tool", **{"tool-id": "briefing", "tool-name": "briefing"}).set(
        "tool-version", __version__
    )
    _el(header, "note", DOCUMENT_NOTE + document.id, **{"from": "briefing"})
    _el(header, "note", f"model: {document.models.get(target, '')}", **{"from": "briefing"})
    body = _el(file, "body")
    for paragraph in document.paragraphs:
        if not paragraph.segment_ids:
            continue
        group = _el(body, "group", id=f"p{paragraph.number}", restype=f"x-{paragraph.kind}")
        context = " ".join(document.segment(i).text for i in paragraph.segment_ids)
        contexts = _el(group, "context-group", name=f"paragraph-p{paragraph.number}")
        contexts.set("purpose", "information")
        _el(contexts, "context", context, **{"context-type": "x-paragraph"})
        for seg_id in paragraph.segment_ids:
            segment = document.segment(seg_id)
            unit = _unit(group, seg_id, segment.text, segment.translations.get(target))
            for flag in segment.flags:
                if flag.language in (None, target):
                    priority = {"error": "1", "warning": "3", "info": "5"}[flag.severity]
                    message = f"{flag.severity} {flag.code}: {flag.message}"
                    _el(unit, "note", message, priority=priority, **{"from": "qa"})
            for hit in segment.terms:  # from: glossary, reference or transcription
                where = hit.origin if hit.listed and hit.origin else "glossary"
                _el(unit, "note", f"{hit.source} = {hit.forms[target]}", **{"from": where})
            for suggestion in segment.suggestions.get(target, []):
                note = f"{round(suggestion.score * 100)}%: {suggestion.text}"
                _el(unit, "note", note, **{"from": "memory"})
            if seg_id in in_summary:
                _el(unit, "note", "in the key points", **{"from": "summary"})
    labels = labels_of(document)
    summaries = summary_labels(document, target)
    if labels or summaries:
        group = _el(body, "group", id="labels", restype="x-labels")
        for label in labels:
            state = document.labels.get(label.id, {}).get(target)
            text = label.holder.get(target)
            if state is None and text is not None:
                state = Translation(text, "mt", "machine")
            unit = _unit(group, label.id, label.source(document), state)
            _el(unit, "note", f"shown in the brief: {label.kind}", **{"from": "briefing"})
            state = document.labels.get(label.id, {}).get(target)
            if state is not None and state.origin in {"reference", "transcription"}:
                note = f"written by the {state.origin} ({state.origin} forms are not approved)"
                _el(unit, "note", note, **{"from": state.origin})
        for unit_id, source_text, text in summaries:
            state = document.labels.get(unit_id, {}).get(target) or Translation(
                text, "summarizer", "machine"
            )
            unit = _unit(group, unit_id, source_text, state)
            _el(unit, "note", "a key point of the brief", **{"from": "briefing"})
    return to_xml(root)


def to_xml(root: ET.Element) -> str:
    """An XLIFF tree as text: the XLIFF namespace as the default one, indented."""
    ET.indent(root, space="  ")
    # Other libraries (translate-toolkit) claim the default prefix for their own
    # namespaces; XLIFF takes it back each time.
    ET.register_namespace("", XLIFF_NS)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def export_all(document: Document, out_dir: Path) -> list[Path]:
    """One XLIFF file per target in `out_dir` (created if need be); returns their paths."""
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
    """A trans-unit as read from a translator's file."""

    id: str
    source: str
    target: str
    state: str
    has_target: bool = True
    approved: bool = False  # approved="yes"
    base: str | None = None  # fingerprint of the target as exported
    shared: bool = False  # OmegaT gave one translation to every unit with this source


@dataclass
class Refusal:
    """A unit an import did not apply, and why."""

    id: str
    reason: str


@dataclass
class ImportResult:
    """What an import did to a document, unit by unit."""

    target: str
    changed: list[str] = field(default_factory=list)  # unit ids
    approved: list[str] = field(default_factory=list)
    skipped: list[Refusal] = field(default_factory=list)  # no target: nothing to apply
    refused: list[Refusal] = field(default_factory=list)  # with the reason
    cleaned: str = ""  # units whose invisible or control characters were removed, and which


SHARED_NOTE = "omegat-shared"  # a note the OmegaT import puts on units OmegaT merged


def _text(element: ET.Element) -> str:
    return "".join(element.itertext())


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def size_limit(document: Document) -> int:
    """A few times what an export of this document weighs, at most MAX_BYTES."""
    characters = sum(len(s.text) for s in document.segments)
    return min(MAX_BYTES, max(512_000, characters * 60))


def read_xliff(path: Path, max_bytes: int = MAX_BYTES) -> tuple[dict[str, str], list[Unit]]:
    """(file attributes and document id, units); malformed or dangerous XML is refused."""
    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such XLIFF file") from None
    if size > max_bytes:
        raise InputError(
            f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit for this document; "
            "export a fresh file from this document"
        )
    data = read_checked(path)
    try:
        root = DET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise InputError(f"{path}: refused: the XML declares a DTD or entities ({exc})") from None
    except (ET.ParseError, LookupError, ValueError) as exc:
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
    for element in file.iter(f"{{{XLIFF_NS}}}trans-unit"):
        source = element.find("x:source", ns)
        target = element.find("x:target", ns)
        base = next(
            (_text(n).strip() for n in element.findall("x:note", ns) if n.get("from") == BASE_NOTE),
            None,
        )
        target_text, removed = clean(_text(target) if target is not None else "")
        if removed:
            info["cleaned"] = (
                info.get("cleaned", "") + f" {element.get('id', '')} ({', '.join(removed)})"
            ).strip()
        shared = any(n.get("from") == SHARED_NOTE for n in element.findall("x:note", ns))
        units.append(
            Unit(
                id=element.get("id", ""),
                source=_text(source) if source is not None else "",
                target=target_text,
                shared=shared,
                state=(target.get("state", "") if target is not None else ""),
                has_target=target is not None,
                approved=element.get("approved") == "yes",
                base=base,
            )
        )
    return info, units


_HANGUL = re.compile(r"[\uac00-\ud7a3\u3130-\u318f\u1100-\u11ff]")
_LATIN = re.compile(r"[A-Za-zÀ-ỹ]")
_VIETNAMESE = re.compile(
    r"[ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]"
)


def wrong_script(text: str, language: str) -> str | None:
    """Why `text` cannot be a `language` translation, if it cannot: Latin text for
    Korean, Hangul for English or Vietnamese. Names and numbers in Latin letters inside
    a Korean sentence are fine."""
    hangul, latin = len(_HANGUL.findall(text)), len(_LATIN.findall(text))
    letters = hangul + latin
    if letters < 8:
        return None
    if language == "ko" and hangul < 0.15 * letters:
        return "it is not written in Hangul"
    if language in {"en", "vi"} and hangul > 0.15 * letters:
        return "it is written in Hangul"
    if language == "en" and len(_VIETNAMESE.findall(text)) > 0.15 * latin:
        return "it reads as Vietnamese, not English"
    return None


def import_xliff(
    document: Document, path: Path, reviewer: str | None = None, *, force: bool = False
) -> ImportResult:
    """Apply a translator's XLIFF file to `document` (in place), unit by unit."""
    info, units = read_xliff(path, size_limit(document))
    cleaned = info.get("cleaned", "")
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
    now = datetime.now(UTC).isoformat(timespec="seconds")
    by = reviewer or f"xliff:{path.name}"
    result = ImportResult(target, cleaned=cleaned)
    segments = {s.id: s for s in document.segments}
    summaries = {
        unit_id: (source, text) for unit_id, source, text in summary_labels(document, target)
    }
    for unit in units:
        segment = segments.get(unit.id)
        label = None if segment is not None else find(document, unit.id)
        if segment is not None:
            source, current = segment.text, segment.translations.get(target)
        elif label is not None:
            source = label.source(document)
            current = document.labels.get(label.id, {}).get(target)
            if current is None and label.holder.get(target) is not None:
                current = Translation(label.holder[target], "mt", "machine")
        elif unit.id in summaries:
            source, text = summaries[unit.id]
            current = document.labels.get(unit.id, {}).get(target) or Translation(
                text, "summarizer", "machine"
            )
        else:
            result.refused.append(Refusal(unit.id, "not a segment or label of this document"))
            continue
        if not _same(unit.source, source):
            result.refused.append(
                Refusal(
                    unit.id,
                    "its source no longer matches the document (the source drifted); "
                    "export a fresh file and redo the edit there",
                )
            )
            continue
        approved = unit.state in APPROVED_STATES or unit.approved
        emptied = unit.state == EMPTIED
        if not unit.has_target or (not unit.target.strip() and not emptied):
            result.skipped.append(Refusal(unit.id, "no target: nothing to apply"))
            continue
        current = current or Translation("", "none", "machine")
        text_changed = not _same(unit.target, current.text)
        if text_changed and not force:
            if unit.base is not None and unit.base != fingerprint(current.text):
                result.refused.append(
                    Refusal(
                        unit.id,
                        f"conflict: the document's text changed since this file was exported "
                        f"(now “{_short(current.text)}”); export a fresh file, or import with "
                        "--force to overwrite it",
                    )
                )
                continue
            if unit.shared and current.status == "approved":
                result.refused.append(
                    Refusal(
                        unit.id,
                        "OmegaT gave one translation to every unit with this source "
                        f"(“{_short(unit.source)}”), and this one was approved as "
                        f"“{_short(current.text)}”; make an alternative translation for it in "
                        "OmegaT (Edit › Create Alternative Translation), or --force",
                    )
                )
                continue
            if current.status == "approved" and not approved:
                result.refused.append(
                    Refusal(
                        unit.id,
                        "conflict: it would replace an approved translation with an unapproved "
                        "one; approve it in the file, or import with --force",
                    )
                )
                continue
        if text_changed and unit.target.strip():
            problem = wrong_script(unit.target, target)
            if problem:
                result.refused.append(Refusal(unit.id, f"the target cannot be {target}: {problem}"))
                continue
        status: Status = current.status
        origin = current.origin
        if text_changed:
            status, origin = ("approved" if approved else "edited"), "human"
        elif approved:
            status = "approved"
            if origin.startswith("mt"):  # machine output approved as it was: not a person's text
                origin = "mt-approved"
        elif unit.state == "translated" and current.status == "machine":
            status = "edited"
        if not text_changed and status == current.status:
            continue
        revisions = [
            *current.revisions,
            Revision(current.text, current.status, current.origin, now, by),
        ]
        updated = Translation(
            unit.target.strip() if text_changed else current.text,
            origin,
            status,
            current.reinserted if not text_changed else [],
            revisions,
        )
        if segment is not None:
            segment.translations[target] = updated
        elif label is not None:
            set_text(document, label, target, updated)
        else:
            document.labels.setdefault(unit.id, {})[target] = updated
            _set_summary(document, target, unit.id, updated.text)
        result.changed.append(unit.id)
        if status == "approved":
            result.approved.append(unit.id)
    return result


def _set_summary(document: Document, target: str, unit_id: str, text: str) -> None:
    number = int(unit_id.split(".")[1])
    summary = document.summaries.get(target)
    if summary is not None and 0 < number <= len(summary.sentences):
        summary.sentences[number - 1].text = text


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def review_state(document: Document) -> dict[str, object]:
    """Per target: how many segments (and labels) are machine / edited / approved;
    revisions in all; whether every text of every brief is approved."""
    from briefing.labels import unreviewed

    state: dict[str, object] = {}
    revisions = 0
    for target in document.targets:
        counts: Counter[str] = Counter()
        for segment in document.segments:
            translation = segment.translations.get(target)
            if translation:
                counts[translation.status] += 1
                revisions += len(translation.revisions)
        labels: Counter[str] = Counter()
        for states in document.labels.values():
            if target in states:
                labels[states[target].status] += 1
                revisions += len(states[target].revisions)
        state[target] = dict(counts)
        state[f"{target} labels"] = dict(labels)
    state["revisions"] = revisions
    state["reviewed"] = not any(unreviewed(document, t) for t in document.targets)
    return state
