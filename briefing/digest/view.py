"""A digest as each delegation reads it: `digest.<lang>.pdf`, disagreements first.

Facts show their sources as `[2] p3s1`: the article's number in the digest's list of
articles (outlet, date) and the segment ids. Rendering goes through briefing.render: the
same stylesheet, fonts, preflight and project-only fetcher as a brief.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefing import __version__, numbers
from briefing.digest.model import Conflict, Digest, Source
from briefing.languages import LANGUAGES
from briefing.names.hangul import is_hangul

Progress = Callable[[str, int, int], None]  # (stage, done, total), as briefing.digest.build


@dataclass
class ValueRow:
    """One value of a conflict as the digest shows it, with its sources."""

    text: str
    sources: str


@dataclass
class ConflictRow:
    """A conflict as the digest shows it: its kind, what it is about and the values."""

    kind: str
    about: str
    values: list[ValueRow]


@dataclass
class PointRow:
    """A key point as the digest shows it, noting when only one outlet reports it."""

    text: str
    sources: str
    note: str  # "only <outlet> reports this", or ""


@dataclass
class FactRow:
    """A person, organisation or figure as the digest shows it, with its sources."""

    value: str
    detail: str
    sources: str
    original: str = ""  # a name in the article's other script
    title: str = ""


@dataclass
class ArticleRow:
    """One article in the digest's list of sources."""

    number: int
    outlet: str
    date: str
    language: str
    title: str
    file: str


@dataclass
class DigestContext:
    """Everything the digest template shows in one language."""

    lang: str
    labels: dict[str, str]
    title: str
    intro: str
    conflicts: list[ConflictRow]
    event_name: str
    theme: str
    date: str
    place: str
    organisers: list[str]
    event_sources: str
    key_points: list[PointRow]
    figures: list[FactRow]
    people: list[FactRow]
    organisations: list[FactRow]
    articles: list[ArticleRow]
    signature: str
    css: str
    unreviewed: bool
    warnings: list[str] = field(default_factory=list)


def _date(iso: str | None, lang: str) -> str:
    if not iso:
        return ""
    year, month, day = iso.split("-")
    if not (month.isdigit() and day.isdigit()):
        return iso
    return numbers.format_date(int(day), int(month), int(year) if year.isdigit() else None, lang)


def _sources(sources: list[Source], numbers_of: dict[str, int]) -> str:
    return " · ".join(f"[{numbers_of[s.article]}] {', '.join(s.segments)}".strip() for s in sources)


def _conflict_value(conflict: Conflict, text: dict[str, str], written: str, lang: str) -> str:
    if conflict.kind == "date":
        return _date(written, lang)
    shown = text.get(lang) or written
    if conflict.kind in {"role", "place"} and written and written != shown:
        return f"{shown} ({written})"
    return shown


def digest_context(digest: Digest, lang: str, signature: str) -> DigestContext:
    """The template context of the digest in `lang`, signed with `signature`."""
    from briefing.render import labels_for, stylesheet

    labels = labels_for()[lang]
    numbered = {item.article: n for n, item in enumerate(digest.inputs, 1)}
    outlets = {item.article: item.outlet for item in digest.inputs}
    conflicts = []
    for conflict in digest.conflicts:
        about = (
            conflict.about.get(lang) or conflict.concept or next(iter(conflict.about.values()), "")
        )
        conflicts.append(
            ConflictRow(
                labels[f"conflict_{conflict.kind}"],
                about,
                [
                    ValueRow(
                        _conflict_value(conflict, v.text, v.written, lang),
                        _sources(v.sources, numbered),
                    )
                    for v in conflict.values
                ],
            )
        )
    points = [
        PointRow(
            p.text,
            _sources(p.sources, numbered),
            labels["only_one"].format(outlet=outlets[p.sources[0].article]) if p.single else "",
        )
        for p in digest.points.get(lang, [])
    ]
    figures = [
        FactRow(f.text.get(lang, ""), f.measure.get(lang, ""), _sources(f.sources, numbered))
        for f in digest.figures
    ]
    people = []
    for person in digest.people:
        name = person.names.get(lang) or person.forms[0]
        other = person.names.get("vi" if lang == "ko" else "ko", "")
        original = other if other and is_hangul(other) != is_hangul(name) else ""
        people.append(
            FactRow(
                name,
                person.role.get(lang, ""),
                _sources(person.sources, numbered),
                original,
                person.title.get(lang, ""),
            )
        )
    organisations = [
        FactRow(o.name.get(lang) or o.forms[0], "", _sources(o.sources, numbered))
        for o in digest.organisations
    ]
    event = digest.event
    articles = [
        ArticleRow(n, i.outlet, _date(i.date, lang), i.language, i.title, i.article)
        for n, i in enumerate(digest.inputs, 1)
    ]
    return DigestContext(
        lang=lang,
        labels=labels,
        title=digest.title.get(lang, ""),
        intro=labels["digest_intro"].format(n=len(digest.inputs)),
        conflicts=conflicts,
        event_name=event.name.get(lang, ""),
        theme=event.theme.get(lang, ""),
        date=_date(event.date, lang),
        place=event.place.get(lang, ""),
        organisers=[o.get(lang) or next(iter(o.values()), "") for o in event.organisers],
        event_sources=_sources(event.sources, numbered),
        key_points=points,
        figures=figures,
        people=people,
        organisations=organisations,
        articles=articles,
        signature=signature,
        css=stylesheet(),
        unreviewed=any(not i.reviewed.get(lang, True) for i in digest.inputs),
    )


def signature_of(digest: Digest) -> str:
    """The digest's signature: briefing's version, the article count and the documents'
    hashes."""
    inputs = ",".join(i.document_sha256[:12] or i.sha256[:12] for i in digest.inputs)
    return f"briefing:{__version__}|digest:{len(digest.inputs)} articles|documents:{inputs}"


def render_all(digest: Digest, folder: Path, progress: Progress) -> list[str]:
    """Write digest.<lang>.pdf for every language; returns warnings (characters no font
    draws, shown as □)."""
    from briefing import render
    from briefing.digest.model import digest_file

    warnings = []
    signature = signature_of(digest)
    for number, lang in enumerate(LANGUAGES, 1):
        context = digest_context(digest, lang, signature)
        name = digest_file(lang)
        missing = render.preflight(context, name)
        html = render.replace_missing(render.render_html("digest.html.j2", context), missing)
        if missing:
            warnings.append(render.missing_warning(missing, name))
        render.write_pdf(html, folder / name)
        progress("render", number, len(LANGUAGES))
    return warnings
