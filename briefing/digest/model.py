"""What a digest holds, and its JSON form (`digest.json`).

A digest is built from its articles' `document.json` files only, so it can always be
rebuilt from them (after a translator's review, say) without a model. Every fact carries
its sources: the article (by its file name, the name the answer keys use) and the segment
ids it was read from.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from briefing.document import Localized
from briefing.errors import DocumentError

SCHEMA_VERSION = 1
DIGEST_JSON = "digest.json"


@dataclass
class Source:
    """Where a fact was read: an article (its file name) and segment ids in it."""

    article: str
    segments: list[str] = field(default_factory=list)


@dataclass
class Input:
    """One article of the digest, and the run it was read from."""

    article: str  # the article's file name: "01-baochinhphu.vi.txt"
    outlet: str  # the outlet as the article names it, else from the file name
    date: str | None  # ISO date of the article (front matter or posting stamp), if known
    language: str
    title: str
    document: str  # absolute path of the run's document.json
    sha256: str  # of the article file
    document_sha256: str  # of document.json when the digest was built
    reviewed: dict[str, bool] = field(default_factory=dict)  # language -> fully reviewed


@dataclass
class DigestEvent:
    """The event the articles report, each detail with its sources."""

    name: Localized = field(default_factory=dict)
    theme: Localized = field(default_factory=dict)
    date: str | None = None  # ISO (YYYY-MM-DD; ????-MM-DD without a year)
    place: Localized = field(default_factory=dict)
    organisers: list[Localized] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


@dataclass
class DigestPerson:
    """One person across the articles: the name in each language, every form seen, role,
    title and sources."""

    names: Localized  # the form each brief shows
    forms: list[str]  # every form of the name the articles give or the names work derived
    role: Localized = field(default_factory=dict)
    title: Localized = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)


@dataclass
class DigestOrganisation:
    """One organisation across the articles, with every form seen and its sources."""

    name: Localized
    forms: list[str]
    sources: list[Source] = field(default_factory=list)


@dataclass
class DigestFigure:
    """One figure across the articles: value, kind, unit, what it measures and sources."""

    value: float
    kind: str
    unit: str | None
    text: Localized  # the value as each language writes it
    measure: Localized  # what it measures
    concept: str = ""  # the measure's concept (data/digest-measures.tsv), "" if none
    high: float | None = None
    sources: list[Source] = field(default_factory=list)


@dataclass
class ConflictValue:
    """One of the values the articles disagree on, with the articles that give it."""

    text: Localized  # the value (or role, venue, date) per language
    value: float | None
    sources: list[Source] = field(default_factory=list)
    written: str = ""  # as the first source writes it


@dataclass
class Conflict:
    """The same thing stated differently by two or more articles: every value is shown
    with its sources, none is chosen."""

    kind: Literal["figure", "role", "date", "place"]
    about: Localized  # what the values are of: "delegates", a person's name, the event date
    values: list[ConflictValue]
    concept: str = ""  # a figure's measure (data/digest/measures.tsv)


@dataclass
class Point:
    """A key point of the digest, with the articles that report it."""

    text: str
    sources: list[Source]
    single: bool = False  # only one outlet reports it


@dataclass
class Digest:
    """Several articles' documents merged into one brief: the facts with their sources,
    the conflicts and the key points."""

    title: Localized
    inputs: list[Input]
    title_given: str = ""  # --title, kept for a rebuild
    event: DigestEvent = field(default_factory=DigestEvent)
    conflicts: list[Conflict] = field(default_factory=list)
    people: list[DigestPerson] = field(default_factory=list)
    organisations: list[DigestOrganisation] = field(default_factory=list)
    figures: list[DigestFigure] = field(default_factory=list)
    points: dict[str, list[Point]] = field(default_factory=dict)
    created: str = ""
    kind: str = "digest"
    schema_version: int = SCHEMA_VERSION

    def input(self, article: str) -> Input:
        """The input whose article file is `article`; KeyError if none."""
        for item in self.inputs:
            if item.article == article:
                return item
        raise KeyError(article)


def dumps(digest: Digest) -> str:
    """The digest as JSON text."""
    return json.dumps(dataclasses.asdict(digest), ensure_ascii=False, indent=2) + "\n"


def save(digest: Digest, path: Path) -> None:
    """Write digest.json atomically."""
    staging = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        staging.write_text(dumps(digest), encoding="utf-8")
        os.replace(staging, path)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


@functools.cache
def _adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(Digest)


def load(path: Path) -> Digest:
    """Read a digest.json; a file that is none is refused in one line."""
    from pydantic import ValidationError

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file; run `briefing digest` first") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DocumentError(f"{path}: not a readable digest ({exc})") from None
    if not isinstance(data, dict) or data.get("kind") != "digest":
        raise DocumentError(f"{path}: not a briefing digest")
    version = data.get("schema_version")
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise DocumentError(
            f"{path}: digest schema version {version!r} is not one this briefing reads "
            f"({SCHEMA_VERSION}); upgrade briefing"
        )
    try:
        digest: Digest = _adapter().validate_python(data, strict=False)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise DocumentError(f"{path}: digest.{where}: {first['msg']}") from None
    return digest


def digest_file(language: str) -> str:
    """The file name of the digest in `language`."""
    return f"digest.{language}.pdf"
