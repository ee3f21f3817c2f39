"""Several articles' facts as one: each person, organisation and figure once, with every
article and segment it was read from; what the articles state differently kept apart, as
conflicts, never merged away.

- People are one person when a form of the name one article writes is a form of the other's
  (a Vietnamese name and its Hangul transcription, `Nguyễn Hồng Diên` and `응우옌 홍 지엔`; a
  Korean name and its Latin spelling, `최영삼` and `Choi Young Sam`), compared without case,
  spaces, hyphens or diacritics. Forms the names work derives are compared only with forms an
  article writes, never with each other's (Trung and Chung are both 쭝).
- Organisations likewise, their forms widened by the reference glossary's equivalents and
  acronyms (`Bộ Công Thương`, `베트남 산업무역부`, `MOIT`).
- Figures are one figure when value, unit and kind agree and their labels name the same
  measure (a concept of `data/digest/measures.tsv`: `đại biểu`, `참석자`, `delegates`). Two
  values of one measure from articles that never state both are a conflict (600 against 700
  delegates); a value more than half as large again is taken for another figure.
- Roles: a person's roles disagree when they name different positions (`Thứ trưởng` against
  `Bộ trưởng`, `차관` against `장관`), read with the titles table in each article's language.
- The event's date and venue: two dates are a conflict; two venues are one when written in
  one language and one holds the other, or across languages when a shipped or reviewed form
  of one matches the other; a machine translation is never taken to disagree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from briefing.data import DATA
from briefing.digest.model import (
    Conflict,
    ConflictValue,
    DigestEvent,
    DigestFigure,
    DigestOrganisation,
    DigestPerson,
    Input,
    Source,
)
from briefing.document import Document, Figure, Localized, Organisation, Person
from briefing.languages import LANGUAGES
from briefing.names import equivalents, korean, person_forms
from briefing.names.hangul import is_hangul, jamo, plain
from briefing.names.titles import position


@dataclass
class Item:
    """One article of a digest: its input record and its document."""

    input: Input
    document: Document

    @property
    def article(self) -> str:
        """The article's file name."""
        return self.input.article

    @property
    def language(self) -> str:
        """The article's source language."""
        return self.document.source_language


@dataclass
class Merged:
    """Everything merged from the articles: event, people, organisations, figures,
    conflicts, and the facts each segment carries."""

    event: DigestEvent
    people: list[DigestPerson]
    organisations: list[DigestOrganisation]
    figures: list[DigestFigure]
    conflicts: list[Conflict]
    # (article, segment id) -> the facts the segment carries: "person:N", "figure:N",
    # "conflict:C:V" (value V of conflict C); the key points are compared through them.
    carried: dict[tuple[str, str], set[str]] = field(default_factory=dict)


def loose(text: str) -> str:
    """A name compared loosely: NFC, case, spaces, hyphens, dots and diacritics ignored."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"[\s\-.'’·()]", "", plain(text).casefold())


def sources_of(pairs: Iterable[tuple[str, Iterable[str]]], order: list[str]) -> list[Source]:
    """One Source per article, in the digest's article order, segment ids without repeats."""
    found: dict[str, list[str]] = {}
    for article, segments in pairs:
        kept = found.setdefault(article, [])
        for segment in segments:
            if segment and segment not in kept:
                kept.append(segment)
    return [Source(a, found[a]) for a in order if a in found]


def _script_fits(text: str, language: str) -> bool:
    return is_hangul(text) == (language == "ko") and not text.startswith("[")


def _local(options: list[tuple[Item, Localized]], language: str) -> str:
    """A text in `language`: as an article in that language writes it, else a form in that
    language's script from another article, else any."""
    for item, texts in options:
        if item.language == language and texts.get(language):
            return texts[language]
    for _, texts in options:
        text = texts.get(language, "")
        if text and _script_fits(text, language):
            return text
    for item, texts in options:
        text = texts.get(language) or texts.get(item.language, "")
        if text:
            return text
    return ""


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(b)] = self.find(a)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())


# ----------------------------------------------------------------------------- people


@dataclass
class _Mention:
    item: Item
    index: int  # the fact's place in its document's list
    written: set[str]  # loose forms as the article writes them
    derived: set[str]  # loose forms the names work (or the glossary) gives
    hangul: list[str]  # Korean names in Hangul as written
    latin: list[str]  # Latin forms as written


def _person_mention(item: Item, index: int, person: Person) -> _Mention:
    written = {person.name}
    derived = {f for f in person.names.values() if f}
    forms, _ = person_forms(person, item.language, "plain")
    derived |= set(forms.values())
    return _Mention(
        item,
        index,
        {loose(f) for f in written},
        {loose(f) for f in derived} - {loose(f) for f in written},
        [f for f in written if is_hangul(f) and korean.split_name(f)],
        [f for f in written if not is_hangul(f)],
    )


def _same_person(a: _Mention, b: _Mention) -> bool:
    if a.item is b.item:
        return False
    if a.written & (b.written | b.derived) or b.written & (a.written | a.derived):
        return True
    pairs = [(x, y) for x in a.latin for y in b.hangul] + [
        (x, y) for x in b.latin for y in a.hangul
    ]
    if any(korean.could_be(latin, name) for latin, name in pairs):
        return True
    return any(
        _near_transcription(x, y)
        for x, y in [(x, y) for x in a.written for y in b.derived]
        + [(x, y) for x in b.written for y in a.derived]
    )


def _near_transcription(written: str, derived: str) -> bool:
    """A Vietnamese name as a Korean article writes it against its transcription by the
    standard, one sound apart in one syllable (`응우옌홍디엔` for `응우옌홍지엔`: the press does
    not always follow the standard): the same number of syllables, three at least, the
    surname's the same, and the one syllable that differs shares two of its three parts.
    Never a name that reads as Korean."""
    if not (is_hangul(written) and is_hangul(derived)) or len(written) != len(derived):
        return False
    if len(written) < 3 or not written.isalpha() or not derived.isalpha():
        return False
    if len(written) <= 3 and korean.split_name(written) is not None:
        return False  # a Korean name: 박형준 and 박영준 are two people
    differ = [(x, y) for x, y in zip(written, derived, strict=True) if x != y]
    if len(differ) != 1 or written[0] != derived[0]:
        return False
    x, y = differ[0]
    return sum(p == q for p, q in zip(jamo(x), jamo(y), strict=True)) >= 2


def _role_keys(item: Item, person: Person) -> frozenset[str]:
    """The ranks a role names, in English without their bodies (`Deputy Minister`,
    `Chairman` for both `Chủ tịch UBND tỉnh` and `인민위원장`), one per post of a role
    that lists several (`Phó Bí thư Thành ủy, Chủ tịch UBND thành phố`, `… 겸 …`); empty
    where the table reads none."""
    role = person.role.get(item.language, "")
    keys = set()
    for post in re.split(r",\s*|\s+겸\s+|\s*·\s*", role):
        entry = position(post, item.language) if post.strip() else None
        if entry is not None:
            keys.add(rank(entry.forms["en"]))
    return frozenset(keys)


def rank(position_en: str) -> str:
    """`Chairman of the People's Committee` → `chairman`; `Vice Minister` → `deputy minister`."""
    head = re.split(r"\s+of\s+|,", position_en, maxsplit=1)[0].strip().casefold()
    return re.sub(r"^vice\b", "deputy", head)


def merge_people(
    items: list[Item], order: list[str]
) -> tuple[list[DigestPerson], list[Conflict], list[list[_Mention]]]:
    """Merge the articles' people into one entry each, with the roles they disagree on as
    conflicts; returns the people, the conflicts and each person's mentions."""
    mentions = [
        _person_mention(item, i, p)
        for item in items
        for i, p in enumerate(item.document.facts.people)
    ]
    union = _Union(len(mentions))
    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            if _same_person(a, mentions[j]):
                union.join(i, j)
    people, conflicts, groups = [], [], []
    for group in union.groups():
        found = [mentions[i] for i in group]
        persons = [m.item.document.facts.people[m.index] for m in found]
        pairs = list(zip([m.item for m in found], persons, strict=True))
        names = {lang: _local([(it, p.names or {it.language: p.name}) for it, p in pairs], lang)
                 for lang in LANGUAGES}  # fmt: skip
        forms = list(dict.fromkeys(f for p in persons for f in (p.name, *p.names.values()) if f))
        roles = [(it, p.role) for it, p in pairs if p.role]
        titles = [(it, p.titles or ({it.language: p.title} if p.title else {})) for it, p in pairs]
        person = DigestPerson(
            names=names,
            forms=forms,
            role={lang: _local(roles, lang) for lang in LANGUAGES} if roles else {},
            title={lang: _local(titles, lang) for lang in LANGUAGES}
            if any(t for _, t in titles)
            else {},
            sources=sources_of(((it.article, p.segment_ids) for it, p in pairs), order),
        )
        people.append(person)
        groups.append(found)
        conflict = _role_conflict(pairs, person, order)
        if conflict is not None:  # every role the articles give, none chosen
            conflicts.append(conflict)
            person.role = {
                lang: " / ".join(
                    dict.fromkeys(v.text[lang] for v in conflict.values if v.text.get(lang))
                )
                for lang in LANGUAGES
            }
    return people, conflicts, groups


def _role_conflict(
    pairs: list[tuple[Item, Person]], person: DigestPerson, order: list[str]
) -> Conflict | None:
    # roles that share a rank agree ("Phó Bí thư Thành ủy, Chủ tịch UBND thành phố" and
    # "Chủ tịch UBND thành phố Hải Phòng"); groups of roles with no rank in common differ
    ranked = [(item, p, keys) for item, p in pairs if (keys := _role_keys(item, p))]
    union = _Union(len(ranked))
    for i, (_, _, a) in enumerate(ranked):
        for j in range(i + 1, len(ranked)):
            if a & ranked[j][2]:
                union.join(i, j)
    by_position = [[(ranked[i][0], ranked[i][1]) for i in group] for group in union.groups()]
    if len(by_position) < 2:
        return None
    values = []
    for members in by_position:
        first_item, first = members[0]
        values.append(
            ConflictValue(
                text={
                    lang: _local([(it, p.role) for it, p in members], lang) for lang in LANGUAGES
                },
                value=None,
                sources=sources_of(((it.article, p.segment_ids) for it, p in members), order),
                written=first.role.get(first_item.language, ""),
            )
        )
    return Conflict("role", dict(person.names), values)


# ----------------------------------------------------------------------------- organisations


COUNTRY_LEAD = re.compile(r"^(?:베트남|한국|Việt Nam|Hàn Quốc)\s+")
COUNTRY_TAIL = re.compile(r"\s+(?:of Viet ?Nam|of Korea|Việt Nam|Hàn Quốc)$")


@cache
def _countries_of_forms() -> dict[str, frozenset[str]]:
    """Every reference form (loosely) → the countries whose institutions it names."""
    from briefing.names import reference

    out: dict[str, set[str]] = {}
    for name in reference.FILES:
        for row in reference.rows(name):
            for form in (*row.vi, *reference.korean_forms(row), *row.ko, row.en):
                out.setdefault(loose(form), set()).add(row.country)
    return {k: frozenset(v) for k, v in out.items()}


def _bare(form: str) -> set[str]:
    """A name without its country (`베트남 산업무역부` → `산업무역부`), unless the bare name
    is also another country's (`외교부`, `문화체육관광부` are Korea's and Viet Nam's both)."""
    out = set()
    for bare in (COUNTRY_LEAD.sub("", form), COUNTRY_TAIL.sub("", form)):
        if bare != form and len(_countries_of_forms().get(loose(bare), frozenset())) < 2:
            out.add(bare)
    return out


ACRONYM = re.compile(r"\b[A-Z][A-Za-z0-9&]*[A-Z0-9](?:-[A-Z0-9]+)?\b")
SMALL_WORDS = {"of", "and", "the", "for", "in", "on"}


def _acronyms(form: str) -> set[str]:
    """The acronym a form is, gives in brackets (`KOTRA`, `… (VCCI)`), or its English words'
    initials make (Ministry of Industry and Trade: MOIT and MIT)."""
    out = {m for m in re.findall(r"\(([A-Z][A-Z0-9&\-]{1,9})\)", form)}
    if re.fullmatch(r"[A-Z][A-Z0-9&\-]{1,9}", form.strip()):
        out.add(form.strip())
    words = re.findall(r"[A-Za-z]+", form)
    if len(words) >= 3 and form.isascii():
        out.add("".join(w[0] for w in words).upper())
        out.add("".join(w[0] for w in words if w.lower() not in SMALL_WORDS).upper())
    return {a for a in out if len(a) >= 3}


def _org_mention(item: Item, index: int, org: Organisation) -> _Mention:
    source_form = org.name.get(item.language) or next(iter(org.name.values()), "")
    written = {source_form, re.sub(r"\s*\([^)]*\)\s*$", "", source_form)}
    written |= {b for f in written for b in _bare(f)}
    derived: set[str] = set()
    for lang, form in org.name.items():
        if not form or form.startswith("["):
            continue
        derived.add(form)
        derived |= equivalents(form, lang)
    for form in list(derived | written):
        derived |= {a for a in _acronyms(form)} | _short_and_long(form) | _government_keys(form)
    derived |= {b for f in derived for b in _bare(f)}
    written_keys = {loose(f) for f in written if f}
    return _Mention(item, index, written_keys, {loose(f) for f in derived} - written_keys, [], [])


_COMMITTEE = re.compile(r"Ủy ban nhân dân|UBND|인민위원회|People's Committee", re.I)
_CITY_WORDS = re.compile(
    r"^(?:thành phố|tỉnh|TP\.?|city of|province of)\s*|\s*(?:시|성|도|city|province)$", re.I
)


def _government_keys(form: str) -> set[str]:
    """What names a city's or province's government in any language: its people's committee
    (`UBND thành phố Hải Phòng`, `하이퐁시 인민위원회`) and the city named as a body
    (`thành phố Ulsan`, `울산시`), keyed by the reference glossary's English city name."""
    cities = _cities(form)
    if len(cities) != 1:
        return set()
    city = next(iter(cities))
    if _COMMITTEE.search(form):
        return {f"people's committee of {city}"}
    from briefing.names import reference

    bare = _CITY_WORDS.sub("", form.strip())
    forms = {f for f, row in reference.places().items() if row.en == city}
    return {f"government of {city}"} if bare in forms and bare != form.strip() else set()


def merge_organisations(items: list[Item], order: list[str]) -> list[DigestOrganisation]:
    """Merge the organisations that two articles name in a shared form into one entry each."""
    mentions = [
        _org_mention(item, i, o)
        for item in items
        for i, o in enumerate(item.document.facts.organisations)
    ]
    union = _Union(len(mentions))
    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            b = mentions[j]
            if a.item is not b.item and (
                a.written & (b.written | b.derived) or b.written & (a.written | a.derived)
            ):
                union.join(i, j)
    out = []
    for group in union.groups():
        pairs = [
            (mentions[i].item, mentions[i].item.document.facts.organisations[mentions[i].index])
            for i in group
        ]
        forms = list(dict.fromkeys(f for _, o in pairs for f in o.name.values() if f))
        out.append(
            DigestOrganisation(
                name={lang: _local([(it, o.name) for it, o in pairs], lang) for lang in LANGUAGES},
                forms=forms,
                sources=sources_of(((it.article, o.segment_ids) for it, o in pairs), order),
            )
        )
    return out


# ----------------------------------------------------------------------------- figures


@cache
def _concepts() -> list[tuple[str, dict[str, tuple[str, ...]]]]:
    """(concept, language -> its words), in the table's order."""
    out = []
    path = DATA / "digest" / "measures.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, *columns = line.split("\t")
        words = {
            lang: tuple(w.strip() for w in cell.split("|") if w.strip())
            for lang, cell in zip(LANGUAGES, columns, strict=False)
        }
        out.append((concept.strip(), words))
    return out


def concept_names(concept: str) -> Localized:
    """A concept named in each language (`đại biểu`, `참석자`, `delegates`)."""
    for name, words in _concepts():
        if name == concept:
            return {lang: (words.get(lang) or (concept,))[0] for lang in LANGUAGES}
    return {}


def concepts_in(text: str) -> list[str]:
    """The measures a text names, in the table's order."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return [
        c
        for c, words in _concepts()
        if any(w.casefold() in folded for ws in words.values() for w in ws)
    ]


def concept_of(text: str) -> str:
    """The measure a label names (`delegates` for `đại biểu tham dự`), or ""."""
    return next(iter(concepts_in(text)), "")


def _unit(unit: str | None) -> str:
    """A unit compared across languages: USD, 달러 and đô la are one."""
    from briefing.numbers import CURRENCIES, DURATION_FORMS, UNIT_FORMS

    text = (unit or "").strip().lower()
    return CURRENCIES.get(text) or DURATION_FORMS.get(text) or UNIT_FORMS.get(text, text)


YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")


@dataclass
class _FigureMention:
    item: Item
    figure: Figure
    concept: str
    years: frozenset[str]
    context: frozenset[str]  # every measure its sentence names
    unsure: bool = False  # a number its reader left to check (no label): see _unsure_mentions

    @property
    def family(self) -> str:
        return "count" if self.figure.kind in {"count", "number"} else self.figure.kind


def _figure_mention(item: Item, figure: Figure) -> _FigureMention:
    label = figure.measure.get(item.language, "")
    concept = concept_of(label)
    if not concept:  # the other languages' labels: a reviewed or table one may name it
        concept = next((c for c in map(concept_of, figure.measure.values()) if c), "")
    if not concept:  # the sentence, where it states no other figure (`기록`: 교역액 …)
        others = [
            f
            for f in item.document.facts.figures
            if f.segment_id == figure.segment_id and f.kind != "year" and f is not figure
        ]
        if not others:
            try:
                concept = concept_of(item.document.segment(figure.segment_id).text)
            except KeyError:
                concept = ""
    years = frozenset(m.group(0) for m in YEAR.finditer(label))
    try:
        context = frozenset(concepts_in(item.document.segment(figure.segment_id).text))
    except KeyError:
        context = frozenset()
    return _FigureMention(item, figure, concept, years, context | {concept} - {""})


# Two values of one measure further apart than this are taken for two figures (a target and
# a result, this year and last), not a disagreement over one: 600 against 700 delegates, 86,4
# against 86 tỷ USD are disputes; 86,4 against 150 tỷ USD are not.
RATIO = 1.5
NEAR = 12  # characters between a number and the word that says what it counts


def _unsure_mentions(item: Item) -> list[_FigureMention]:
    """The numbers an article's reader left to check for want of a label (`thu hút 500 đại
    biểu` in a headline-like clause, `투자허가서 12건`), where a measure's word stands right
    beside the number: such a number can corroborate another article's figure of that
    value and measure, or dispute it. Alone it is never stated."""
    from briefing.numbers import quantities

    out = []
    for check in item.document.facts.to_check:
        if check.kind != "figure":
            continue
        try:
            text = item.document.segment(check.evidence.segment_id).text
        except KeyError:
            continue
        found = [q for q in quantities(text, item.language) if q.text == check.text]
        if len(found) != 1 or found[0].kind not in {"number", "money", "percent"}:
            continue
        quantity = found[0]
        concept = _adjacent_concept(text, quantity.start, quantity.end)
        if not concept:
            continue
        kind = "count" if quantity.kind == "number" else quantity.kind
        figure = Figure(
            segment_id=check.evidence.segment_id,
            text=quantity.text,
            value=quantity.value,
            kind=kind,  # type: ignore[arg-type]
            unit=quantity.unit,
            high=quantity.high,
        )
        names = concept_names(concept)
        figure.measure = {item.language: names.get(item.language, concept)}
        out.append(
            _FigureMention(item, figure, concept, frozenset(), frozenset({concept}), unsure=True)
        )
    return out


def _adjacent_concept(text: str, start: int, end: int) -> str:
    """The concept whose word stands nearest the number, within NEAR characters."""
    folded = unicodedata.normalize("NFC", text).casefold()
    best: tuple[int, str] | None = None
    for concept, words in _concepts():
        for word in (w.casefold() for ws in words.values() for w in ws):
            for match in re.finditer(re.escape(word), folded):
                gap = match.start() - end if match.start() >= end else start - match.end()
                if 0 <= gap <= NEAR and (best is None or gap < best[0]):
                    best = (gap, concept)
    return best[1] if best else ""


def _same_value(a: Figure, b: Figure) -> bool:
    return abs(a.value - b.value) <= 1e-9 * max(1.0, abs(a.value)) and a.high == b.high


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold()))


def _similar_labels(a: _FigureMention, b: _FigureMention) -> bool:
    """Unconceptualised labels naming one measure: in a language both have, most words shared."""
    for lang in LANGUAGES:
        x, y = a.figure.measure.get(lang, ""), b.figure.measure.get(lang, "")
        if x and y and not x.startswith("[") and not y.startswith("["):
            wx, wy = _words(x), _words(y)
            if wx and wy and len(wx & wy) >= 0.5 * max(len(wx), len(wy)):
                return True
    return False


COUNTRIES = {
    "vietnam": ("việt nam", "viet nam", "vietnam", "베트남"),
    "korea": ("hàn quốc", "korea", "한국"),
}


def _countries(mention: _FigureMention) -> set[str]:
    """The countries a figure's label is of (`doanh nghiệp Hàn Quốc`, `베트남 기업`)."""
    labels = " ".join(t for t in mention.figure.measure.values() if not t.startswith("["))
    folded = unicodedata.normalize("NFC", labels).casefold()
    return {c for c, words in COUNTRIES.items() if any(w in folded for w in words)}


def _other_countries(a: _FigureMention, b: _FigureMention) -> bool:
    """Whether the two labels name one country each, not the same (Korean against
    Vietnamese companies): two measures, however alike."""
    x, y = _countries(a), _countries(b)
    return len(x) == 1 and len(y) == 1 and x != y


def _same_measure(a: _FigureMention, b: _FigureMention) -> bool:
    """Whether two figures of one value measure the same thing: one concept, or the one's
    concept named in the other's sentence (`35 양해각서` labelled `양국 기업들`), or, with no
    concept either side, labels that share most words."""
    if _other_countries(a, b):
        return False
    if a.concept and a.concept == b.concept:
        return True
    if a.family == "money" and not (a.concept and b.concept):
        return True  # the same sum in the same currency, one label says nothing to set it apart
    if a.concept in b.context or b.concept in a.context:
        return True
    return not a.context and not b.context and _similar_labels(a, b)


def merge_figures(
    items: list[Item], order: list[str]
) -> tuple[
    list[DigestFigure], list[Conflict], list[list[_FigureMention]], list[list[list[_FigureMention]]]
]:
    """Figures once each, and the conflicts between values of one measure. Years and ranks
    (`năm 2030`, `1위 투자국`) are context, not figures: left out of the digest."""
    from briefing.render import format_figure, labels_for

    mentions = [
        _figure_mention(item, f)
        for item in items
        for f in item.document.facts.figures
        if f.kind not in {"year", "rank"}
    ]
    mentions += [m for item in items for m in _unsure_mentions(item)]
    # Clusters: one value of one measure, from any number of articles.
    clusters: list[list[_FigureMention]] = []
    for m in mentions:
        for cluster in clusters:
            head = cluster[0]
            if (
                head.family == m.family
                and _unit(head.figure.unit) == _unit(m.figure.unit)
                and _same_value(head.figure, m.figure)
                and (head.years == m.years or not head.years or not m.years)
                and _same_measure(head, m)
            ):
                cluster.append(m)
                break
        else:
            clusters.append([m])

    def articles(cluster: list[_FigureMention]) -> set[str]:
        return {m.item.article for m in cluster}

    def disagree(a: list[_FigureMention], b: list[_FigureMention]) -> bool:
        x, y = a[0], b[0]
        if not x.concept or x.concept != y.concept or x.family != y.family:
            return False
        if x.family not in {"count", "money", "percent"}:
            return False
        if _unit(x.figure.unit) != _unit(y.figure.unit):
            return False
        if x.years and y.years and x.years != y.years:
            return False
        if _other_countries(x, y):
            return False
        if articles(a) & articles(b):  # one article states both: two figures, not a dispute
            return False
        low, high = sorted((abs(x.figure.value), abs(y.figure.value)))
        return low > 0 and high <= RATIO * low

    # A disagreement: values of one measure, each from other articles than the rest (two
    # values one article gives are two figures, whatever a third article says).
    disputes: list[list[int]] = []
    for i, cluster in enumerate(clusters):
        for group in disputes:
            if all(not articles(clusters[j]) & articles(cluster) for j in group) and any(
                disagree(clusters[j], cluster) for j in group
            ):
                group.append(i)
                break
        else:
            disputes.append([i])
    figures: list[DigestFigure] = []
    conflicts: list[Conflict] = []
    figure_groups: list[list[_FigureMention]] = []
    conflict_groups: list[list[list[_FigureMention]]] = []

    def texts(figure: Figure) -> Localized:
        return {lang: format_figure(figure, lang, labels_for()[lang]) for lang in LANGUAGES}

    def measure(cluster: list[_FigureMention]) -> Localized:
        return {
            lang: _local([(m.item, m.figure.measure) for m in cluster], lang) for lang in LANGUAGES
        }

    def sources(cluster: list[_FigureMention]) -> list[Source]:
        return sources_of(((m.item.article, [m.figure.segment_id]) for m in cluster), order)

    for group in disputes:
        members = [clusters[i] for i in group]
        if all(m.unsure for c in members for m in c):
            continue  # numbers no article states for sure
        if len(members) == 1:
            cluster = [m for m in members[0] if not m.unsure] + [m for m in members[0] if m.unsure]
            first = cluster[0].figure
            figures.append(
                DigestFigure(
                    value=first.value,
                    kind=first.kind,
                    unit=first.unit,
                    text=texts(first),
                    measure=measure(cluster),
                    concept=cluster[0].concept,
                    high=first.high,
                    sources=sources(cluster),
                )
            )
            figure_groups.append(cluster)
            continue
        members.sort(key=lambda c: min(order.index(m.item.article) for m in c))
        concept = members[0][0].concept
        years = sorted({y for c in members for m in c for y in m.years})
        about = {lang: " ".join([name, *years]) for lang, name in concept_names(concept).items()}
        values = [
            ConflictValue(
                text=texts(c[0].figure),
                value=c[0].figure.value,
                sources=sources(c),
                written=c[0].figure.text,
            )
            for c in members
        ]
        conflicts.append(Conflict("figure", about, values, concept))
        conflict_groups.append(members)
    return figures, conflicts, figure_groups, conflict_groups


# ----------------------------------------------------------------------------- event


def _iso(item: Item) -> str | None:
    date = item.document.facts.event.date
    if date is None:
        return None
    year = date.year
    if year is None:
        stamp = item.input.date or ""
        year = int(stamp[:4]) if stamp[:4].isdigit() else None
    return f"{year or '????'}-{date.month:02d}-{date.day:02d}"


KOREAN_DAY = re.compile(r"(?<![\d월/.])(\d{1,2})일")


def _day_only(item: Item, known: dict[str, list[Item]]) -> tuple[str, str] | None:
    """A Korean article that gives only the day (`20일 … 개막했다`): the date the other
    articles give with that day, where exactly one has it; (iso date, segment id)."""
    if item.language != "ko" or not known:
        return None
    for segment in item.document.segments[:4]:
        days = {int(d) for d in KOREAN_DAY.findall(segment.text)}
        if len(days) != 1:
            continue
        day = days.pop()
        fits = [iso for iso in known if iso[-2:].isdigit() and int(iso[-2:]) == day]
        if len(fits) == 1:
            return fits[0], segment.id
    return None


def _place_text(item: Item) -> str:
    place = item.document.facts.event.place or {}
    return place.get(item.language, "")


def _reliable(item: Item, language: str) -> str:
    """The event place in `language` where it is not a machine translation."""
    place = item.document.facts.event.place or {}
    if language == item.language:
        return place.get(language, "")
    state = item.document.labels.get("event.place", {}).get(language)
    if state is None or (state.origin.startswith("mt:") and state.status == "machine"):
        return ""
    return place.get(language, "")


def _fold_place(text: str) -> str:
    return " ".join(re.sub(r"[,.;:()\"'“”‘’]", " ", plain(text).casefold()).split())


def _cities(text: str) -> set[str]:
    """The Vietnamese and Korean provinces and cities a venue names, in any language, by
    the reference glossary (`Hà Nội` and `하노이` are one)."""
    from briefing.names import reference

    squeezed = text.replace(" ", "")
    found = set()
    for form, row in reference.places().items():
        if row.country == "countries" or len(form) < 2:
            continue
        if is_hangul(form):
            hit = form.replace(" ", "") in squeezed
        else:
            hit = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None
        if hit:
            found.add(row.en)
    return found


_COUNTRY_WORDS = re.compile(r"Hàn Quốc|Việt Nam|Korea|Vietnam|Viet Nam|한국|베트남|대한민국", re.I)


def _city_only(city: str, venue: str) -> bool:
    """`city` names only a city (and its country) that `venue` also names: the two agree,
    one says less."""
    cities = _cities(city)
    if not cities or not cities & _cities(venue):
        return False
    from briefing.names import reference

    rest = _COUNTRY_WORDS.sub(" ", city)
    for form, row in reference.places().items():
        if row.en in cities and len(form) >= 2:
            rest = rest.replace(form, " ")
    return len(re.sub(r"[\W\d_]+", "", rest)) <= 2


def _same_place(a: Item, b: Item) -> bool:
    """False only where the two venues are known to differ: in a language both have (not
    by machine translation), or across languages by the city each names."""
    for lang in LANGUAGES:
        x, y = _fold_place(_reliable(a, lang)), _fold_place(_reliable(b, lang))
        if not x or not y:
            continue
        if x in y or y in x:
            return True
        shared = set(re.findall(r"\b[A-Z]{3,}\b", _reliable(a, lang))) & set(
            re.findall(r"\b[A-Z]{3,}\b", _reliable(b, lang))
        )
        if shared:
            return True  # "Trung tâm Hội chợ … Sài Gòn (SECC)" and "SECC (quận 7 cũ)"
        if _city_only(_reliable(a, lang), _reliable(b, lang)) or _city_only(
            _reliable(b, lang), _reliable(a, lang)
        ):
            return True  # "Seoul (Hàn Quốc)" and "Khách sạn Lotte Seoul": the city, the venue
        vx, vy = (
            _fold_place(_reliable(a, lang).split(",")[0]),
            _fold_place(_reliable(b, lang).split(",")[0]),
        )
        return len(vx) > 3 and len(vy) > 3 and (vx in y or vy in x)
    x_cities, y_cities = _cities(_place_text(a)), _cities(_place_text(b))
    if x_cities and y_cities and not x_cities & y_cities:
        return False
    x_kind, y_kind = _venue_kind(_place_text(a)), _venue_kind(_place_text(b))
    # no language in which both are known: two kinds of building differ ("trụ sở UBND"
    # against "컨벤션센터"), anything else is no disagreement
    return not (x_kind and y_kind and x_kind != y_kind)


# Kinds of building a venue is, in Vietnamese and Korean: two venues of different kinds in
# one city are two places, whatever the languages they are written in.
_VENUE_KINDS = (
    (
        "committee",
        re.compile(r"UBND|Ủy ban nhân dân|인민위원회|시청|도청|trụ sở (?:UBND|Ủy ban)", re.I),
    ),
    (
        "exhibition",
        re.compile(r"Hội chợ|Triển lãm|전시장|전시컨벤션|박람회장|SECC|BEXCO|KINTEX|COEX", re.I),
    ),
    (
        "convention",
        re.compile(r"Trung tâm Hội nghị|Cung Hội nghị|컨벤션센터|회의센터|국제회의장", re.I),
    ),
    ("hotel", re.compile(r"Khách sạn|호텔|Hotel", re.I)),
    ("university", re.compile(r"Đại học|Trường|대학교|대학", re.I)),
)


def _venue_kind(text: str) -> str:
    """The kind of building a venue names (`khách sạn`, `호텔`: hotel), "" where none."""
    return next((kind for kind, pattern in _VENUE_KINDS if pattern.search(text)), "")


def merge_event(
    items: list[Item], order: list[str]
) -> tuple[DigestEvent, list[Conflict], dict[tuple[str, str], set[str]]]:
    """The event as the articles state it, the dates (and other details) they disagree on
    as conflicts, and the segments that carry each value."""
    with_event = [(it, it.document.facts.event) for it in items]
    carried: dict[tuple[str, str], set[str]] = {}
    event = DigestEvent(
        name={lang: _local([(it, e.name) for it, e in with_event], lang) for lang in LANGUAGES},
        theme={lang: _local([(it, e.theme) for it, e in with_event], lang) for lang in LANGUAGES},
    )
    if not any(event.name.values()):
        event.name = {}
    if not any(event.theme.values()):
        event.theme = {}
    organisers = next((e.organisers for _, e in with_event if e.organisers), [])
    event.organisers = [dict(o) for o in organisers]
    event.sources = sources_of(
        ((it.article, [ev.segment_id for ev in e.evidence.values()]) for it, e in with_event
         if e.evidence),
        order,
    )  # fmt: skip
    conflicts: list[Conflict] = []
    # dates
    # One date is one day and month: an article that gives no year agrees with one that does.
    by_day: dict[tuple[int, int], list[tuple[Item, str]]] = {}
    years: dict[tuple[int, int], str] = {}
    for item, e in with_event:
        iso = _iso(item)
        if iso is not None and e.date is not None:
            day = (e.date.month, e.date.day)
            by_day.setdefault(day, []).append((item, e.date.segment_id or ""))
            if iso[:4].isdigit():
                years.setdefault(day, iso[:4])
    dates = {f"{years.get(d, '????')}-{d[0]:02d}-{d[1]:02d}": v for d, v in by_day.items()}
    for item, e in with_event:
        if e.date is None:
            found = _day_only(item, {k: [i for i, _ in v] for k, v in dates.items()})
            if found is not None:
                dates[found[0]].append((item, found[1]))
    if dates:
        ranked = sorted(dates, key=lambda d: (-len(dates[d]), order.index(dates[d][0][0].article)))
        event.date = ranked[0]
        if len(dates) > 1:
            values = [
                ConflictValue(
                    text={lang: iso for lang in LANGUAGES},
                    value=None,
                    sources=sources_of(((it.article, [s]) for it, s in dates[iso]), order),
                    written=iso,
                )
                for iso in sorted(dates, key=lambda d: order.index(dates[d][0][0].article))
            ]
            conflicts.append(Conflict("date", {"vi": "Ngày", "ko": "일시", "en": "Date"}, values))
            for number, value in enumerate(values):
                for source in value.sources:
                    for segment in source.segments:
                        carried.setdefault((source.article, segment), set()).add(
                            f"conflict:date:{number}"
                        )
    # places
    placed = [it for it, _ in with_event if _place_text(it)]
    groups: list[list[Item]] = []
    for item in placed:
        for group in groups:
            if _same_place(group[0], item):
                group.append(item)
                break
        else:
            groups.append([item])
    if groups:
        first = groups[0]
        event.place = {
            lang: _local([(it, it.document.facts.event.place or {}) for it in first], lang)
            for lang in LANGUAGES
        }
    if len(groups) > 1:
        values = []
        for group in groups:
            values.append(
                ConflictValue(
                    text={
                        lang: _local(
                            [(it, it.document.facts.event.place or {}) for it in group], lang
                        )
                        for lang in LANGUAGES
                    },
                    value=None,
                    sources=sources_of(
                        (
                            (
                                it.article,
                                [ev.segment_id]
                                if (ev := it.document.facts.event.evidence.get("place"))
                                else [],
                            )
                            for it in group
                        ),
                        order,
                    ),
                    written=_place_text(group[0]),
                )
            )
        conflicts.append(Conflict("place", {"vi": "Địa điểm", "ko": "장소", "en": "Venue"}, values))
    return event, conflicts, carried


# ----------------------------------------------------------------------------- named elsewhere


def _searchable(forms: Iterable[str], organisation: bool) -> set[str]:
    """The forms worth looking for in an article's text: whole names (two words or more,
    three Hangul syllables or more), an organisation's also without its country
    (`베트남 산업무역부` is `산업무역부` in a Korean article) and its acronym (KOTRA)."""
    out: set[str] = set()
    for form in forms:
        form = " ".join(form.split())
        if not form or form.startswith("["):
            continue
        variants = {form}
        if organisation:
            variants |= _bare(form) | _short_and_long(form)
            variants |= set(re.findall(r"\(([A-Z][A-Z0-9&\-]{2,9})\)", form))
            variants = {re.sub(r"\s*\([^)]*\)\s*$", "", v) or v for v in variants} | variants
        for variant in variants:
            if is_hangul(variant):
                if len(variant.replace(" ", "")) >= 3:
                    out.add(variant)
            elif re.fullmatch(r"[A-Z][A-Z0-9&\-]{2,9}", variant) or len(variant.split()) >= 2:
                out.add(variant)
    return out


def _short_and_long(form: str) -> set[str]:
    """A Vietnamese organisation's name with its abbreviations written out and its long
    words abbreviated (vi/long-forms): `Ủy ban nhân dân thành phố Hải Phòng` is also
    `UBND thành phố Hải Phòng`, and the other way round."""
    from briefing.data import table

    out = set()
    for short, long in table("vi/long-forms").items():
        if long.casefold() in form.casefold():
            out.add(re.sub(re.escape(long), short, form, flags=re.I))
        if re.search(rf"(?<!\w){re.escape(short)}(?!\w)", form):
            out.add(re.sub(rf"(?<!\w){re.escape(short)}(?!\w)", long, form))
    return {v for v in out if v != form}


def _named_in(item: Item, forms: set[str]) -> list[str]:
    """The segments of `item` that name one of `forms`: Latin forms as whole words, Hangul
    ones whatever the spacing (응우옌홍지엔, 응우옌 홍 지엔)."""
    found = []
    for segment in item.document.segments:
        text = unicodedata.normalize("NFC", segment.text)
        squeezed = text.replace(" ", "")
        for form in forms:
            if is_hangul(form):
                hit = form.replace(" ", "") in squeezed
            else:
                hit = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None
            if hit:
                found.append(segment.id)
                break
    return found


def add_named_sources(
    entries: list[Any], items: list[Item], order: list[str], organisation: bool
) -> None:
    """An article that names a person or organisation its reader did not list (a name in a
    headline, a ministry inside a role) is one of its sources too."""
    for entry in entries:
        have = {s.article for s in entry.sources}
        forms = _searchable(entry.forms, organisation)
        found = [(s.article, s.segments) for s in entry.sources]
        for item in items:
            if item.article in have:
                continue
            segments = _named_in(item, forms)
            if segments:
                found.append((item.article, segments))
        entry.sources = sources_of(found, order)


# ----------------------------------------------------------------------------- all


def merge(items: list[Item]) -> Merged:
    """Every article's facts merged, with the conflicts between them."""
    order = [item.article for item in items]
    event, event_conflicts, carried = merge_event(items, order)
    people, role_conflicts, person_groups = merge_people(items, order)
    organisations = merge_organisations(items, order)
    add_named_sources(people, items, order, organisation=False)
    add_named_sources(organisations, items, order, organisation=True)
    figures, figure_conflicts, figure_groups, conflict_groups = merge_figures(items, order)
    conflicts = [*figure_conflicts, *role_conflicts, *event_conflicts]
    for number, group in enumerate(person_groups):
        for m in group:
            person = m.item.document.facts.people[m.index]
            for segment in person.segment_ids:
                carried.setdefault((m.item.article, segment), set()).add(f"person:{number}")
    for number, cluster in enumerate(figure_groups):
        for f in cluster:
            carried.setdefault((f.item.article, f.figure.segment_id), set()).add(f"figure:{number}")
    for number, members in enumerate(conflict_groups):
        for value, cluster in enumerate(members):
            for f in cluster:
                carried.setdefault((f.item.article, f.figure.segment_id), set()).add(
                    f"conflict:figure{number}:{value}"
                )
    return Merged(event, people, organisations, figures, conflicts, carried)
