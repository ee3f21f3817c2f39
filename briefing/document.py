"""The data a run produces, and its JSON form (`document.json`).

`document.json` is the single source of truth of a run: rendering reads only it,
so a translator's edit followed by a re-render never loads a model.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from briefing.errors import DocumentError

SCHEMA_VERSION = 1

# A text in each language that has it: {"vi": ..., "ko": ..., "en": ...}.
Localized = dict[str, str]

Status = Literal["machine", "edited", "approved"]
Severity = Literal["info", "warning", "error"]


@dataclass
class Change:
    """One normalisation applied to the source text, kept so nothing is silent."""

    kind: str
    before: str
    after: str
    count: int = 1


@dataclass
class Article:
    """The article as read: title, file, format, hash, front matter and normalisations."""

    title: str
    title_inferred: bool
    path: str
    format: str
    sha256: str
    date: str | None = None
    place: str | None = None
    source: str | None = None
    url: str | None = None
    changes: list[Change] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what the reader should check
    language: str = "vi"  # the source language, detected or forced
    posted: str | None = None  # ISO date of the page's posting stamp (briefing.bylines)
    dateline: str | None = None  # the city of the agency dateline: "Seoul (TTXVN) -"


@dataclass
class Revision:
    """A translation as it was before a change: nothing a translator did is lost."""

    text: str
    status: Status
    origin: str
    changed_at: str  # ISO 8601, UTC
    changed_by: str  # "xliff:<file>", "tm", a reviewer's name


@dataclass
class Translation:
    """One segment's text in a target language, with its origin, status and revisions."""

    text: str
    origin: str  # "mt:<model>", "tm" or "human"
    status: Status = "machine"
    reinserted: list[str] = field(default_factory=list)  # glossary forms the model dropped
    revisions: list[Revision] = field(default_factory=list)


@dataclass
class Suggestion:
    """A translation memory entry for a similar source sentence."""

    text: str
    score: float  # similarity of the sources, 0–1
    source: str


@dataclass
class TermHit:
    """A glossary term or person name found in a source segment, protected in translation."""

    source: str  # as written in the segment
    start: int
    end: int
    forms: Localized  # canonical form per language
    kind: str = "term"
    listed: bool = True  # False: a person name with no locked form, kept as the source writes it
    origin: str = "glossary"  # where the forms come from: glossary, reference, transcription


@dataclass
class Flag:
    """A QA finding: its code, severity, message and, where it applies, the language."""

    code: str
    severity: Severity
    message: str
    language: str | None = None


@dataclass
class Segment:
    """One sentence of the source (id `p3s2`), with its translations, flags, glossary hits
    and memory suggestions."""

    id: str  # "p3s2": paragraph 3, sentence 2
    paragraph: int
    text: str
    kind: Literal["body", "caption", "heading"] = "body"
    translations: dict[str, Translation] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)
    terms: list[TermHit] = field(default_factory=list)
    suggestions: dict[str, list[Suggestion]] = field(default_factory=dict)


@dataclass
class Paragraph:
    """A paragraph of the article: its kind, its segments and a photo credit if any."""

    number: int
    kind: Literal["body", "caption", "heading"]
    segment_ids: list[str]
    credit: str | None = None  # "Hải Danh" in "… Ảnh: Hải Danh"


@dataclass
class SummarySentence:
    """A key point, linked to the segments it comes from."""

    text: str
    segment_ids: list[str]
    flags: list[Flag] = field(default_factory=list)


@dataclass
class Summary:
    """The key points in one language, and the method that chose them."""

    language: str
    method: str
    sentences: list[SummarySentence]


@dataclass
class Evidence:
    """Where a fact was read and by which rule: `rule` names an entry of
    `briefing.facts` (`vi.person.position-before`), the span is the segment's characters."""

    rule: str
    segment_id: str
    start: int = 0
    end: int = 0


@dataclass
class Figure:
    """A figure from the source: its text, value, kind and unit, what it measures, and
    where it was read."""

    segment_id: str
    text: str  # as written in the source: "50.000", "80%", "năm 2030"
    value: float
    kind: Literal["percent", "count", "year", "money", "rank", "number", "period"]
    unit: str | None = None  # "USD", "đồng" for money
    measure: Localized = field(default_factory=dict)  # what the figure measures
    high: float | None = None  # the upper end of a range: 20–30%, 2026–2030
    evidence: list[Evidence] = field(default_factory=list)  # the value's, then the label's


@dataclass
class Person:
    """A person from the source: the name in each language, role, title and evidence."""

    name: str
    role: Localized = field(default_factory=dict)
    names: Localized = field(default_factory=dict)
    segment_ids: list[str] = field(default_factory=list)
    title: str = ""  # academic or honorific title shown with the name: GS.TS, NSND
    titles: Localized = field(default_factory=dict)  # the title per language (교수·박사)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Organisation:
    """An organisation from the source: its name in each language and evidence."""

    name: Localized
    segment_ids: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class EventDate:
    """The event's date: day and month, the year when stated, and the last day of a
    several-day event."""

    day: int
    month: int
    year: int | None = None
    segment_id: str | None = None
    end_day: int | None = None  # the last day of an event that lasts several days
    end_month: int | None = None


@dataclass
class Event:
    """The event the article reports: name, theme, date, place and organisers, each with
    where it was read."""

    name: Localized = field(default_factory=dict)
    theme: Localized = field(default_factory=dict)
    date: EventDate | None = None
    place: Localized | None = None
    organisers: list[Localized] = field(default_factory=list)
    # "name", "theme", "date", "place", "organiser.1" … -> where it was read
    evidence: dict[str, Evidence] = field(default_factory=dict)


@dataclass
class ToCheck:
    """Something a reader found but is not sure of: shown to the translators (draft, review
    page), never stated in a delegate's brief."""

    kind: Literal["event", "person", "organisation", "figure", "name"]
    text: str  # what was found, as the source writes it
    reason: str  # why it is not stated as a fact
    evidence: Evidence


@dataclass
class Facts:
    """Everything read from the source: event, figures, people, organisations, and what a
    reader was unsure of (to check)."""

    event: Event = field(default_factory=Event)
    figures: list[Figure] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    to_check: list[ToCheck] = field(default_factory=list)


@dataclass
class Document:
    """A run's single source of truth (document.json): the article, its segments with their
    translations, summaries, facts and flags."""

    article: Article
    paragraphs: list[Paragraph]
    segments: list[Segment]
    source_language: str = "vi"
    targets: list[str] = field(default_factory=list)
    title: Localized = field(default_factory=dict)
    models: dict[str, str] = field(default_factory=dict)  # target -> model id
    glossary: str | None = None  # path of the glossary enforced, if any
    summaries: dict[str, Summary] = field(default_factory=dict)
    facts: Facts = field(default_factory=Facts)
    id: str = ""  # identifies the run's document in exported XLIFF files
    schema_version: int = SCHEMA_VERSION
    # Review state of the short texts a brief shows besides the segments (title, roles,
    # figure labels …): label id -> language -> Translation; see briefing.labels.
    labels: dict[str, dict[str, Translation]] = field(default_factory=dict)
    # QA flags of those label texts, label id -> flags (briefing.qa.check_labels).
    label_flags: dict[str, list[Flag]] = field(default_factory=dict)

    def segment(self, segment_id: str) -> Segment:
        """The segment with id `segment_id`; KeyError if none."""
        for segment in self.segments:
            if segment.id == segment_id:
                return segment
        raise KeyError(segment_id)

    def text(self, segment: Segment, language: str) -> str:
        """The segment in `language` ("" where it has not been translated)."""
        if language == self.source_language:
            return segment.text
        translation = segment.translations.get(language)
        return translation.text if translation else ""

    def languages(self) -> list[str]:
        """The source language, then the targets."""
        return [self.source_language, *self.targets]


def save(document: Document, path: Path) -> None:
    """Write document.json atomically: a crash never leaves half a document."""
    staging = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        staging.write_text(dumps(document), encoding="utf-8")
        os.replace(staging, path)
    except BaseException:  # a full disk: no half-written staging file is left behind
        staging.unlink(missing_ok=True)
        raise


def to_dict(document: Document) -> dict[str, Any]:
    """The document as plain dicts and lists, ready for JSON."""
    return dataclasses.asdict(document)


def dumps(document: Document) -> str:
    """The document as JSON text."""
    return json.dumps(to_dict(document), ensure_ascii=False, indent=2) + "\n"


@functools.cache
def _adapter() -> Any:
    """pydantic reads the dataclasses above as they are: types, Literals, defaults."""
    from pydantic import TypeAdapter

    return TypeAdapter(Document)


def _build(data: dict[str, Any]) -> Document:
    from pydantic import ValidationError

    try:
        document: Document = _adapter().validate_python(data, strict=False)
    except ValidationError as exc:
        problems = []
        for error in exc.errors()[:5]:
            where = "document" + "".join(
                f"[{part}]" if isinstance(part, int) else f".{part}" for part in error["loc"]
            )
            problems.append(f"{where}: {error['msg']}")
        more = f" (and {exc.error_count() - 5} more)" if exc.error_count() > 5 else ""
        raise DocumentError("; ".join(problems) + more) from None
    return document


def from_dict(data: dict[str, Any]) -> Document:
    """The document read from parsed JSON; a `DocumentError` for a missing or newer schema
    version or a wrong shape."""
    version = data.get("schema_version")
    if not isinstance(version, int):
        raise DocumentError("document.json has no schema_version; is it a briefing document?")
    if version > SCHEMA_VERSION:
        raise DocumentError(
            f"document.json has schema version {version}, newer than this briefing "
            f"understands ({SCHEMA_VERSION}); upgrade briefing to read it"
        )
    # Migrations from older versions go here, one step at a time.
    document = _build(data)
    _check_references(document)
    return document


def _check_references(document: Document) -> None:
    """What pydantic cannot see: every segment id is unique, every paragraph and summary
    sentence lists segments the document has (an export, a render, the checks and the
    review page look them up), and every term found has a form in every target."""
    seen: set[str] = set()
    for index, segment in enumerate(document.segments):
        if segment.id in seen:
            raise DocumentError(f"document.segments[{index}].id: {segment.id!r} is there twice")
        seen.add(segment.id)
        for number, hit in enumerate(segment.terms):
            missing = [t for t in document.targets if t not in hit.forms]
            if missing:
                raise DocumentError(
                    f"document.segments[{index}].terms[{number}].forms: no "
                    f"{', '.join(missing)} form for {hit.source!r}"
                )
    for index, paragraph in enumerate(document.paragraphs):
        for segment_id in paragraph.segment_ids:
            if segment_id not in seen:
                raise DocumentError(
                    f"document.paragraphs[{index}].segment_ids: {segment_id!r} is not a "
                    "segment of the document"
                )
    for language, summary in document.summaries.items():
        for index, sentence in enumerate(summary.sentences):
            for segment_id in sentence.segment_ids:
                if segment_id not in seen:
                    raise DocumentError(
                        f"document.summaries.{language}.sentences[{index}].segment_ids: "
                        f"{segment_id!r} is not a segment of the document"
                    )


def load(path: Path) -> Document:
    """Read the document.json at `path`; a `DocumentError` names the file when it is missing,
    not JSON or not a briefing document."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file; run `briefing brief` first") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DocumentError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise DocumentError(f"{path}: not a briefing document")
    try:
        return from_dict(data)
    except DocumentError as exc:  # which file, when a command reads several
        raise DocumentError(f"{path}: {exc}") from None
