"""The contract of a fact reader, its named rules, and what every language shares.

A source language's reader (`briefing.facts.vi`, `briefing.facts.ko`) is a `Reader`: named
rules for people, organisations, figures and the event, each a function with its own
example sentences. The examples are test rows (`tests/test_fact_rules.py` runs every rule on
its sentences), so a linguist adds a rule and the sentences it must read, and those it must
leave alone, in one place. Word lists are data files (`briefing/data`).

    @rule("vi.person.position-before", "person",
          ("Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân cho biết.",
           "Nguyễn Sinh Nhật Tân | Thứ trưởng Bộ Công Thương"),
          ("Bộ trưởng cho biết.", None))
    def position_before(segment: Segment) -> Iterator[Found]: ...

A rule yields `Found` facts with the span they were read from; what it is not sure of
carries a `doubt` (why), and goes to `Facts.to_check`: shown to the translators in the draft
and the review page, never stated in a delegate's brief. Every fact keeps the rule that found
it and its evidence (segment id, span) in document.json.

`extract(document)` (in `briefing.facts`) runs the reader of the source language; merging
people and organisations across mentions is shared here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from briefing.bylines import is_contact_line, is_page_line
from briefing.document import (
    Document,
    Event,
    EventDate,
    Evidence,
    Facts,
    Figure,
    Localized,
    Organisation,
    Person,
    Segment,
    ToCheck,
)
from briefing.layout import CAPTION_UNIT, LIST_LINE, is_table_row

Kind = Literal["person", "organisation", "figure", "label", "event"]


@dataclass
class EventPart:
    """One field of the event as a rule read it: `name`, `theme`, `date`, `place`,
    `organiser` (one per organiser)."""

    field: Literal["name", "theme", "date", "place", "organiser"]
    value: str | EventDate


Fact = Person | Organisation | Figure | EventPart


@dataclass
class Found:
    """A fact a rule read, where it read it, and why it is unsure of it ("" when sure)."""

    fact: Fact
    start: int
    end: int
    doubt: str = ""
    segment_id: str = ""  # set by rules that read several segments (the event's)
    evidence: Evidence | None = None  # set when the rule's output is stamped


@dataclass(frozen=True)
class Example:
    """A sentence (paragraphs separated by blank lines) and what the rule reads in it, each
    as `describe` writes it; an empty tuple: the rule reads nothing there. A label rule's
    figure is marked with brackets: `Xuất khẩu đạt [86,4 tỷ USD].`"""

    text: str
    expect: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    """A named reading rule: its name, the kind of fact it reads, its description and the
    example sentences that are its test rows."""

    name: str  # "<language>.<kind>.<what it reads>"
    kind: Kind
    read: Callable[..., Any]
    examples: tuple[Example, ...]
    doc: str


RULES: dict[str, Rule] = {}


def rule(
    name: str, kind: Kind, *examples: tuple[str, str | list[str] | None]
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a rule under `name` with its examples: (text, what it reads), where what it
    reads is one description, a list of them, or None for nothing."""

    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        if name in RULES:
            raise ValueError(f"two fact rules are named {name}")
        rows = []
        for text, expect in examples:
            if expect is None:
                wanted: tuple[str, ...] = ()
            elif isinstance(expect, str):
                wanted = (expect,)
            else:
                wanted = tuple(expect)
            rows.append(Example(text, wanted))
        doc = (function.__doc__ or "").strip().split("\n\n")[0]
        RULES[name] = Rule(name, kind, function, tuple(rows), " ".join(doc.split()))
        function.rule_name = name  # type: ignore[attr-defined]
        return function

    return register


def label_rule(
    name: str, doc: str, figures: Callable[..., Any], *examples: tuple[str, str | None]
) -> None:
    """Register a label rule: one way of reading what a figure measures, applied inside the
    language's figure rule `figures`. Its examples mark the figure with brackets and give
    the label this rule reads for it (`("Xuất khẩu đạt [86,4 tỷ USD].", "Xuất khẩu")`)."""
    if name in RULES:
        raise ValueError(f"two fact rules are named {name}")
    rows = tuple(Example(text, () if label is None else (label,)) for text, label in examples)
    RULES[name] = Rule(name, "label", figures, rows, " ".join(doc.split()))


def describe(found: Found) -> str:
    """A fact as a rule's examples write it: `name | role`, `name = other script | role`,
    `text → label`, `field: value`; `? ` in front of a doubt."""
    fact = found.fact
    if isinstance(fact, Person):
        others = [n for n in dict.fromkeys(fact.names.values()) if n != fact.name]
        name = " = ".join([fact.name, *others])
        text = f"{name} | {next(iter(fact.role.values()), '')}"
        if fact.title:
            text += f" | {fact.title}"
    elif isinstance(fact, Organisation):
        text = next(iter(fact.name.values()), "")
    elif isinstance(fact, Figure):
        unit = f" {fact.unit}" if fact.unit else ""
        text = f"{fact.text} = {fact.value:g}{unit} → {next(iter(fact.measure.values()), '')}"
    else:
        value = fact.value
        if isinstance(value, EventDate):
            value = f"{value.year or '????'}-{value.month:02d}-{value.day:02d}" + (
                f"/{value.end_month or value.month:02d}-{value.end_day:02d}"
                if value.end_day
                else ""
            )
        text = f"{fact.field}: {value}"
    return f"? {text}" if found.doubt else text


def run(rules: Iterable[Callable[..., Iterable[Found]]], *args: Any) -> list[Found]:
    """Every rule on `args` (a segment; the event's context), each fact stamped with its
    rule and evidence."""
    segment_id = args[0].id if args and isinstance(args[0], Segment) else ""
    out = []
    for function in rules:
        for found in function(*args):
            stamp(found, function, segment_id)
            out.append(found)
    return out


def stamp(found: Found, function: Callable[..., Any], segment_id: str = "") -> None:
    """Record the rule and the span on the fact (and on `found`)."""
    evidence = Evidence(
        getattr(function, "rule_name", function.__name__),
        found.segment_id or segment_id,
        found.start,
        found.end,
    )
    found.segment_id, found.evidence = evidence.segment_id, evidence
    fact = found.fact
    if isinstance(fact, Person | Organisation | Figure):
        fact.evidence.insert(0, evidence)
        if isinstance(fact, Person | Organisation) and evidence.segment_id not in fact.segment_ids:
            fact.segment_ids.append(evidence.segment_id)


def pick(
    rules: Iterable[Callable[..., Iterable[Found]]], doubts: list[Found], *args: Any
) -> Found | None:
    """The first sure fact the rules read, in their order; doubts met before it are kept."""
    for function in rules:
        for found in function(*args):
            stamp(found, function)
            if found.doubt:
                doubts.append(found)
                continue
            return found
    return None


def check_of(found: Found) -> ToCheck:
    """A doubtful fact as the translators see it."""
    fact = found.fact
    kind: Literal["event", "person", "organisation", "figure"] = (
        "person"
        if isinstance(fact, Person)
        else "organisation"
        if isinstance(fact, Organisation)
        else "figure"
        if isinstance(fact, Figure)
        else "event"
    )
    evidence = found.evidence or Evidence("", found.segment_id, found.start, found.end)
    return ToCheck(kind, shown(fact), found.doubt, evidence)


def shown(fact: Fact) -> str:
    """A fact as a translator reads it in the "to check" list: `40% — lên`, `Nguyễn Văn
    An (Giám đốc …)`, `event name: Hội nghị Quốc gia`."""
    if isinstance(fact, Person):
        role = next(iter(fact.role.values()), "")
        return f"{fact.name} ({role})" if role else fact.name
    if isinstance(fact, Organisation):
        return next(iter(fact.name.values()), "")
    if isinstance(fact, Figure):
        label = next(iter(fact.measure.values()), "")
        return f"{fact.text} — {label}" if label else fact.text
    value = fact.value
    if isinstance(value, EventDate):
        value = describe(Found(fact, 0, 0)).split(": ", 1)[1]
    return f"event {fact.field}: {value}"


# ----------------------------------------------------------------------------- merging


def exclusive(found: list[Found]) -> list[Found]:
    """Facts of one segment in the rules' order, each dropped where it overlaps one an
    earlier rule read (a name read after a position is not read again after `ông`); one
    rule may read overlapping facts (`전남대학교` and `전남대학교 한국어교육센터`)."""
    kept: list[Found] = []
    for item in found:
        rule_ = item.evidence.rule if item.evidence else ""
        clashes = [
            k
            for k in kept
            if k.start < item.end
            and item.start < k.end
            and (k.evidence.rule if k.evidence else "") != rule_
        ]
        if not clashes:
            kept.append(item)
        elif len(clashes) == 1 and _says_more(item, clashes[0]):
            # "보꽝민(Võ Quang Minh)/껀터대학교 … 교수": the same person, read again with a
            # position the first rule did not read; the forms of the name read first stay
            earlier = clashes[0].fact
            assert isinstance(earlier, Person) and isinstance(item.fact, Person)
            item.fact.names = {**earlier.names, **item.fact.names}
            kept[kept.index(clashes[0])] = item
    return kept


def _says_more(item: Found, earlier: Found) -> bool:
    """`item` reads the same person as `earlier`, which has no role, with a role."""
    a, b = item.fact, earlier.fact
    return (
        isinstance(a, Person)
        and isinstance(b, Person)
        and a.name == b.name
        and bool(a.role)
        and not b.role
    )


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def _before_others(role: str, others: set[str]) -> str:
    """A role up to the list's separator before another person's name in it (`Giám đốc
    Đại học Huế và GS. Shin Dong-hoon` -> `Giám đốc Đại học Huế`); "" where the name opens
    the role's clause (`Tham tán Park So-yeon và …`: the next person's post and name)."""
    at = min((i for n in others if (i := role.find(n)) >= 0), default=-1)
    if at < 0:
        return role
    head = role[:at]
    ends = [m.start() for m in re.finditer(r"\s+(?:và|cùng|với|과|와|및)\s+|,\s+|\s[–—-]\s", head)]
    return head[: ends[-1]].strip() if ends else ""


def roles_of_their_own(
    people: list[Person], roles: dict[int, list[Localized]], language: str
) -> None:
    """Each person's longest role that holds no other person's name: `Từ trái qua: NSND Lê
    Thu Cúc, Tham tán Park So-yeon và Phó Chủ tịch …` (a caption's next people) gives way to
    the body's `Giám đốc Nhà hát …`; one cut before the other's name where a list's separator
    stands there (`Giám đốc Đại học Huế và GS. Shin Dong-hoon`)."""
    names = {p.name for p in people if " " in p.name}
    for person in people:
        others = names - {person.name}
        whole, cut = [], []
        for role in roles.get(id(person), []):
            said = role.get(language, "")
            if not said:
                continue
            kept = _before_others(said, others)
            if kept == said:
                whole.append(role)
            elif kept:
                cut.append({**role, language: kept})
        chosen = max(whole or cut, key=lambda r: len(r.get(language, "")), default=None)
        current = person.role.get(language, "")
        own = _before_others(current, others)  # the current role, before others' names
        if chosen is not None and own != current:
            person.role = chosen
        elif chosen is None and current and own == "":
            person.role = {}


def merge_people(
    found: Iterable[Found], language: str, roles: dict[int, list[Localized]] | None = None
) -> list[Person]:
    """One person per name: mentions of the same name, or of a name given in two scripts
    (`응우옌 반 토(Nguyễn Văn Thọ)` and later `Nguyễn Văn Thọ`), are one; the longest role
    and the first title win; segment ids and evidence are kept from every mention. Every
    role read goes into `roles`, by the person's id, for `roles_of_their_own` to choose from
    once the readers have kept only real people."""
    merged: list[Person] = []
    roles = {} if roles is None else roles  # every role read for a person, by its id
    for item in found:
        person = item.fact
        assert isinstance(person, Person)
        keys = {_folded(person.name), *(_folded(n) for n in person.names.values())}
        known = next(
            (
                p
                for p in merged
                if keys & {_folded(p.name), *(_folded(n) for n in p.names.values())}
            ),
            None,
        )
        if known is None:
            merged.append(person)
            roles[id(person)] = [person.role]
            continue
        known.segment_ids += [s for s in person.segment_ids if s not in known.segment_ids]
        known.evidence += person.evidence
        for lang, name in person.names.items():
            known.names.setdefault(lang, name)
        roles[id(known)].append(person.role)
        if len(person.role.get(language, "")) > len(known.role.get(language, "")):
            known.role = person.role
        known.title = known.title or person.title
    # "팜 꾸옥 바오 메디코 사이공 회장" where "팜 꾸옥 바오(Phạm Quốc Bảo)" is named: the name
    # in two scripts, then the first word of the body's name, read as one longer name
    for person in list(merged):
        known = next(
            (
                p
                for p in merged
                if p is not person
                and person.name.startswith(p.name + " ")
                and len(person.name.split()) == len(p.name.split()) + 1
                and len(p.names.get("vi", "").split()) == len(p.name.split())
            ),
            None,
        )
        if known is not None:
            rest = person.name[len(known.name) + 1 :]
            said = f"{rest} {person.role.get(language, '')}".strip()
            if len(said) > len(known.role.get(language, "")):
                known.role = {**known.role, language: said}
            known.segment_ids += [s for s in person.segment_ids if s not in known.segment_ids]
            known.evidence += person.evidence
            merged.remove(person)
    # "도안", "하이" read alone where "도안 꾸옥 하이" is named: parts of a name, no people
    whole = [set(p.name.split()) for p in merged if " " in p.name]
    return [p for p in merged if " " in p.name or not any(p.name in words for words in whole)]


# "(EVN)", "(aT)", "(한수원)", and an acronym with Vina, a company's Vietnamese arm: "(DIP Vina)"
_ACRONYM_TAIL = re.compile(
    r"\s*\(([A-ZĐ0-9&][A-ZĐa-z0-9&.\-]*(?: Vina)?|[a-z][A-Z][A-Za-z]*|[가-힣]{2,5})\)$"
)


def acronym_of(name: str) -> str:
    """'Tập đoàn Điện lực Việt Nam (EVN)' -> 'EVN', '한국수력원자력(한수원)' -> '한수원'; ''
    without one."""
    match = _ACRONYM_TAIL.search(name)
    return match.group(1) if match else ""


def bare(name: str) -> str:
    """The name without an acronym in brackets at its end."""
    return _ACRONYM_TAIL.sub("", name)


def organisers_missing(
    event: Event,
    organisations: list[Organisation],
    language: str,
    canonical: Callable[[str, list[str]], str],
) -> list[Organisation]:
    """The event's organisers that no organisation rule read (`… 청수엔텍이 공동 주최`): an
    organiser is an organisation too, unless it is a short form of one (`해수부`)."""
    names = [name for o in organisations for name in o.name.values() if name]
    known = [_folded(_bare_company(name)) for name in names]
    missing = []
    for number, organiser in enumerate(event.organisers, 1):
        name = organiser.get(language, "")
        folded = _folded(_bare_company(name))  # "(주)누리에코텍" is "누리에코텍(Nuri …)" read
        if not name or any(folded in k or k in folded for k in known):
            continue
        if canonical(name, [*names, name]) != name or any(
            canonical(n, [*names, name]) == name for n in names
        ):
            continue  # a short form of one read, or one read is this one's (부산시, 부산광역시)
        aliases = institution_aliases([*names, name], language)
        if name in aliases or name in aliases.values():
            continue  # "코이카": another form of an organisation read (한국국제협력단)
        where = event.evidence.get(f"organiser.{number}")
        missing.append(
            Organisation(
                name={language: name},
                segment_ids=[where.segment_id] if where and where.segment_id else [],
                evidence=[where] if where else [],
            )
        )
        known.append(folded)
    return missing


def _unspaced(name: str) -> str:
    """A name as the reference glossary's forms are looked up: folded, spaces left out
    (`주베트남한국상공인연합회` is `주베트남 한국상공인연합회`)."""
    return "".join(name.split()).casefold()


@cache
def _institution_forms(language: str) -> dict[str, int]:
    """Each form of an institution the reference glossary gives in `language`, folded, with
    its row's number (places are not institutions; a form two rows share is left out)."""
    from briefing.names.reference import FILES, PLACES, korean_forms, rows

    found: dict[str, set[int]] = {}
    number = 0
    for file in FILES:
        for row in rows(file):
            number += 1
            if row.kind in PLACES:
                continue
            forms = korean_forms(row) if language == "ko" else row.vi if language == "vi" else ()
            for form in forms:
                found.setdefault(_unspaced(form), set()).add(number)
    # "국방부" is Korea's and Viet Nam's: a form of two rows names neither
    return {form: next(iter(numbers)) for form, numbers in found.items() if len(numbers) == 1}


def institution_aliases(names: list[str], language: str) -> dict[str, str]:
    """Names that are other forms of one institution the reference glossary lists
    (`코이카`, `KOICA` and `한국국제협력단`), each mapped to the longest of them."""
    forms = _institution_forms(language)
    groups: dict[int, list[str]] = {}
    for name in names:
        row = forms.get(_unspaced(name)) or forms.get(_unspaced(bare(name)))
        if row is not None:
            groups.setdefault(row, []).append(name)
    out: dict[str, str] = {}
    for group in groups.values():
        longest = max(group, key=len)
        out.update({name: longest for name in group if name != longest})
    return out


def _bare_company(name: str) -> str:
    """A company's name without its legal mark or its Latin form in brackets: `(주)누리에코텍`,
    `누리에코텍(Nuri Ecotech Co., Ltd.)` and `누리에코텍` are one."""
    name = re.sub(r"\s?\((?![A-Z0-9&]{2,10}\))[A-Za-z][^()]*\)$", "", name)  # not an acronym
    return re.sub(r"^(?:\(주\)|㈜|주식회사)\s?", "", name).strip()


def merge_organisations(
    found: Iterable[Found],
    document: Document,
    language: str,
    canonical: Callable[[str, list[str]], str],
) -> list[Organisation]:
    """One organisation per name: `Name (ACR)`, `ACR` alone once defined, and whatever the
    language's `canonical(name, all names)` folds together (short forms, owners)."""
    seen: dict[str, Organisation] = {}
    for item in found:
        org = item.fact
        assert isinstance(org, Organisation)
        name = org.name[language]
        if not name:
            continue  # tidied away by the language's reader
        known = seen.get(name)
        if known is None:
            seen[name] = org
        else:
            known.segment_ids += [s for s in org.segment_ids if s not in known.segment_ids]
            known.evidence += org.evidence
    acronyms = {acronym_of(n): n for n in seen if acronym_of(n)}
    # "NATIF" alone, once defined in brackets: its mentions count for the full name
    for acronym, name in acronyms.items():
        entry = seen[name]
        for segment in document.segments:
            if re.search(rf"(?<![\w(]){re.escape(acronym)}(?![\w)])", segment.text) and (
                segment.id not in entry.segment_ids
            ):
                entry.segment_ids.append(segment.id)
    # "Tập đoàn Dược phẩm Hanul (Hanul Pharmaceutical, Hàn Quốc)": a name in plain Latin
    # letters in brackets after another's, sharing a word of it (or after a Korean one), a
    # comma or the bracket's end after it, is that body's other form; "Cục … (Bộ Công
    # Thương)" is its ministry
    text = "\n".join(segment.text for segment in document.segments)
    aliases = {
        other: name
        for other in seen
        for name in seen
        if other != name
        and (
            (
                re.fullmatch(r"[A-Za-z0-9&.,\- ]+", other)
                and (
                    set(other.split()) & set(name.split())
                    or re.search(r"[가-힣]", name)
                    # "Công ty CP Thiết bị Y tế Trường An (TAMED JSC)": a registered English name
                    or re.search(r"(?:\bJSC|Co\., ?Ltd\.?|Ltd\.|Corp\.|Inc\.)$", other)
                )
            )
            # "Ban Quản lý dự án … thành phố Hà Nội (Ban QLDA Giao thông Hà Nội)": its short
            # form, the same head word and an abbreviation
            or (
                other.split()[0] == name.split()[0]
                and bool(re.search(r"(?<!\w)[A-ZĐ]{3,}(?!\w)", other))
                and len(other) < len(name)
            )
        )
        and re.search(re.escape(name) + r"\s?\(" + re.escape(other) + r"\s*[,;)]", text)
    }
    # "NEV" after "누리전자 베트남 법인(Nuri Electronics Vietnam, NEV)": an acronym given last
    # in the brackets after a name, beside the name's other form, is that body's
    for short in seen:
        if short in aliases or not re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", short):
            continue
        owner = next(
            (
                name
                for name in seen
                if name != short
                and re.search(re.escape(name) + r"\s?\([^()]*,\s*" + re.escape(short) + r"\)", text)
            ),
            None,
        )
        if owner is not None:
            aliases[short] = owner
    # "누리에코텍(Nuri Ecotech Co., Ltd.)" beside "누리에코텍": the name with its Latin form
    for name in seen:
        bracketed = re.fullmatch(r"(?P<bare>.+?)\s?\((?P<latin>[A-Za-z][^()]*)\)", name)
        if not bracketed or not re.search(r"[가-힣]", bracketed["bare"]) or name in aliases:
            continue
        other = next(
            (o for o in seen if o != name and _bare_company(o) == _bare_company(name)), None
        )
        if other is not None:
            aliases[name] = other
    # "한국국제협력단(KOICA) 베트남사무소" beside "KOICA 베트남사무소": an office named once with
    # its owner's short form in brackets, then by the short form (or the long one) alone
    for name in seen:
        inside = re.fullmatch(r"(?P<long>.+?)\s?\((?P<short>[^()]+)\)\s(?P<rest>\S.*)", name)
        if inside:
            forms = {f"{inside['short']} {inside['rest']}", f"{inside['long']} {inside['rest']}"}
            aliases.update({o: name for o in seen if o in forms and o not in aliases})
    names = [acronyms.get(n, n) for n in seen if n not in aliases]
    targets: dict[str, str] = {}
    for name in seen:
        target = canonical(acronyms.get(aliases.get(name, name), aliases.get(name, name)), names)
        for full in acronyms.values():
            if bare(full) == target:
                target = full
        targets[name] = target
    # "한국국제협력단, 코이카", "KOICA": one agency's forms in the reference glossary
    same = institution_aliases(list(dict.fromkeys(targets.values())), language)
    merged: dict[str, Organisation] = {}
    for name, org in seen.items():
        target = same.get(targets[name], targets[name])
        entry = merged.setdefault(target, Organisation(name={language: target}))
        entry.segment_ids += [s for s in org.segment_ids if s not in entry.segment_ids]
        entry.evidence += [e for e in org.evidence if e not in entry.evidence]
    return list(merged.values())


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def fill_year(date: EventDate, sources: Iterable[str | None]) -> None:
    """A date with no year takes the first year written in `sources` (the dateline, the
    front matter, the posting stamp, the event's name, the headline, in the order given)."""
    if date.year is not None:
        return
    for source in sources:
        year = _YEAR.search(source or "")
        if year:
            date.year = int(year.group(0))
            return


def with_name(
    context: Any, rules: Iterable[Callable[..., Iterable[Found]]], doubts: list[Found]
) -> Found | None:
    """Read the event's name first (the date and place rules look for it) and set it on
    the language's `context` (its `name`)."""
    found = pick(rules, doubts, context)
    if found is not None:
        context.name = str(found.fact.value)  # type: ignore[union-attr]
    return found


def with_dateline(event: Event, document: Document, language: str, places: re.Pattern[str]) -> None:
    """A venue with no place in it (`Khách sạn Lotte`, `웨스틴조선호텔`) gets the city of the
    agency's dateline (`Seoul (TTXVN) –`, `(부산=연합뉴스)`), which the reader took out of
    the text: `Khách sạn Lotte, Seoul`, `부산 웨스틴조선호텔`; not when the sentence that says
    where names another place, where the event may be."""
    city = (document.article.dateline or "").strip()
    place = (event.place or {}).get(language, "")
    if (
        not city
        or not place
        or event.place is None
        or places.search(place)
        or city.casefold() in place.casefold()
    ):
        return
    if city.isupper():
        city = city.title()  # "HÀ NỘI (TTXVN)"
    read = event.evidence.get("place")
    sentence = next((s.text for s in document.segments if read and s.id == read.segment_id), "")
    elsewhere = {m.group(0) for m in places.finditer(sentence)} - {city}
    if any(not city.startswith(p) and not p.startswith(city) for p in elsewhere):
        return  # "(서울=연합뉴스) … 하노이에 있는 롯데호텔에서": the sentence names another city
    event.place[language] = f"{city} {place}" if language == "ko" else f"{place}, {city}"


def read_event(
    language: str,
    context: Any,
    named: Found | None,
    doubts: list[Found],
    *,
    themes: Iterable[Callable[..., Iterable[Found]]] = (),
    dates: Iterable[Callable[..., Iterable[Found]]] = (),
    places: Iterable[Callable[..., Iterable[Found]]] = (),
    organisers: Iterable[Callable[..., Iterable[Found]]] = (),
    complete: Callable[[EventDate], bool] = lambda date: True,
) -> Event:
    """The event from a language's field rules on its `context` (the lead, with the name
    already read as `named`): the first sure reading of each field, every organiser, and
    the rule and evidence of each. `complete` fills a date in (its year, its last day)
    and says whether it is a real date."""
    event = Event()

    def keep(found: Found | None, field: str) -> Found | None:
        if found is not None and found.evidence is not None:
            event.evidence[field] = found.evidence
        return found

    if keep(named, "name") is not None:
        event.name = {language: str(named.fact.value)}  # type: ignore[union-attr]
    found = keep(pick(themes, doubts, context), "theme")
    if found is not None:
        event.theme = {language: str(found.fact.value)}  # type: ignore[union-attr]
    found = keep(pick(dates, doubts, context), "date")
    if found is not None:
        date = found.fact.value  # type: ignore[union-attr]
        assert isinstance(date, EventDate)
        date.segment_id = date.segment_id or found.segment_id or None
        if complete(date):
            event.date = date
    found = keep(pick(places, doubts, context), "place")
    if found is not None:
        event.place = {language: str(found.fact.value)}  # type: ignore[union-attr]
    for number, item in enumerate(run(organisers, context), 1):
        keep(item, f"organiser.{number}")
        event.organisers.append({language: str(item.fact.value)})  # type: ignore[union-attr]
    return event


# A time a label says its figure is of: "10 tháng", "năm 2025", "2025년", "3분기"
_WHEN = re.compile(r"\d+\s?(?:tháng|năm|quý|개월|년|월|분기)|(?:năm|quý)\s\d+")


def restated(
    figure: Figure, known: list[Figure], language: str, years_once: bool = False
) -> Figure | None:
    """The figure already read that `figure` states again: the same value, kind, unit and
    range, and labels that share half the shorter one's words (`50.000 chuyên gia kỹ sư AI`,
    `50.000 kỹ sư AI`), or a word where one is a fact box's line,
    or no label on either (a headline's `230만 달러` is the body's `230만 달러 규모의 수출
    계약`), or a table's cell (the table sums up the text); with `years_once`, any target
    year said twice (a press release's summary bullet and its body)."""
    words = set(figure.measure.get(language, "").lower().split())
    tabled = label_rule_of(figure).endswith(".table-column")
    for other in known:
        if (other.value, other.kind, other.unit, other.high) != (
            figure.value,
            figure.kind,
            figure.unit,
            figure.high,
        ):
            continue
        unlabelled = not other.measure.get(language, "")
        if (years_once and figure.kind == "year") or not words or unlabelled or tabled:
            return other  # a table's cell sums up what the text says: the same figure
        if figure.kind == "money" and _precise(figure.value):
            return other  # "8,350만 달러" in the summary line and the body: one sum
        said = set(other.measure.get(language, "").lower().split())
        # a fact box's line (`- Giá trị mỗi suất: 15 triệu đồng`) sums up the text: a word in
        # common will do; elsewhere half the shorter label's words (`새우` alone is not)
        boxed = any(label_rule_of(f).endswith(".before-colon") for f in (figure, other))
        if words & said and (boxed or 2 * len(words & said) >= min(len(words), len(said))):
            return other
    return None


# An edition before an event's name: the event is a meeting of the body it names.
_EDITION = re.compile(r"^(?:제\s?\d+\s?[차회]|Kỳ họp|Phiên họp|Hội nghị lần thứ)|lần thứ \d+")


def is_the_meeting(organiser: Localized, name: Localized | str) -> bool:
    """The organiser is the numbered meeting itself (`베트남 산업협력위원회` read from `제13차
    한-베트남 산업협력위원회 개최`): its name ends the meeting's."""
    named = name if isinstance(name, str) else next(iter(name.values()), "") if name else ""
    said = next(iter(organiser.values()), "")
    return bool(named and said and named.endswith(said.split()[-1]) and said in named) and bool(
        _EDITION.search(named)
    )


def _meeting_of(organisation: Organisation, event: Event) -> bool:
    """The organisation's name is inside the event's, a numbered meeting (`제5차 한-베트남
    FTA 공동위원회`, `Kỳ họp lần thứ 12 Ủy ban hỗn hợp`): the meeting, not a body that acts."""
    named = next(iter(event.name.values()), "") if event.name else ""
    name = next(iter(organisation.name.values()), "")
    return bool(named and name and name != named and name in named and _EDITION.search(named))


def captioned(figure: Figure, document: Document, language: str) -> None:
    """A bare figure in a list's line or a table's cell takes the unit its caption gives
    (`Kim ngạch … (triệu USD):` over `Thủy sản: 1.120`; `(단위: 억 달러, %)` over a table):
    1.120 is 1,12 billion dollars, not 1,120 of something. A rate's column (증감률, tỷ lệ)
    keeps its percent."""
    from briefing.numbers import quantities

    if (
        figure.unit
        or figure.kind not in {"count", "number"}
        or not re.fullmatch(r"[\d.,]+", figure.text)
    ):
        return
    segments = document.segments
    index = next((i for i, s in enumerate(segments) if s.id == figure.segment_id), None)
    if index is None:
        return
    text = segments[index].text
    table = is_table_row(text.split("\n", 1)[0])
    if not (table or LIST_LINE.match(text)):
        return
    if re.search(r"률|율|비중|%|tỷ lệ|tăng trưởng|tỷ trọng", figure_label(figure)):
        figure.kind = "percent"  # "증감률 | 4.8": a rate beside the sums
        return
    while index > 0 and LIST_LINE.match(segments[index - 1].text) and not table:
        index -= 1  # up the list to the line before it
    # "금액(억 달러) | … 612": the column's own unit (the first of its brackets that is one:
    # not "(MOU)"), else the caption's over the table
    units = (
        [m.group("unit") for m in re.finditer(r"\((?P<unit>[^()\d]{1,16})\)", figure_label(figure))]
        if table
        else []
    )
    if index > 0 and (caption := CAPTION_UNIT.search(segments[index - 1].text)):
        units.append(caption.group("unit"))
    for unit in (u.strip() for u in units):
        one = quantities(f"1 {unit}" if language != "ko" else f"1{unit}", language)
        if len(one) != 1 or one[0].unit is None:
            continue
        # "(tấn/ha)": per hectare; a sum keeps its own currency
        per = re.search(r"/\S+$", unit) if one[0].kind != "money" else None
        figure.value *= one[0].value
        figure.unit = one[0].unit + (per.group(0) if per and "/" not in one[0].unit else "")
        for lang, label in figure.measure.items():  # "수출상담 금액(만 달러)": the unit is shown
            figure.measure[lang] = " ".join(label.replace(f"({unit})", " ").split())
        figure.kind = "money" if one[0].kind == "money" else "number"
        return


def _summary_line(text: str) -> bool:
    """A summary's line, which states again what the body says: a bullet or a headline's
    break (`- 현장 230만 달러…향후 …`, `◈ …`)."""
    return bool(re.match(r"\s*[-–•·◈■▲□○ㅇ▶◆*]", text)) or "…" in text


def _subtitle(text: str) -> bool:
    """A subtitle's line under a headline (`- 현장 계약 5건 230만 달러…`, `◈ …`), which sums up
    the body in few words; not a press release's body paragraph (`□ …`, `ㅇ …`)."""
    return bool(re.match(r"\s*[-–◈]", text)) or "…" in text


def _summed_up(figure: Figure, known: list[Figure], document: Document) -> Figure | None:
    """The figure already read that `figure` states again where one of the two stands on a
    summary's line (`- … 사업에 4천500만 달러 규모 협력 추진`, then the body's `전체 사업 규모는
    약 4천500만 달러`): the summary says again what the body says, in other words."""

    def summary(f: Figure) -> bool:
        return _subtitle(document.segment(f.segment_id).text)

    def counter(f: Figure) -> str:  # "4천200여 가구" and "4천200여 대" are two counts
        if f.kind != "count":
            return ""
        place = f.evidence[0]
        after = document.segment(place.segment_id).text[place.end :]
        return re.match(r"\s*(?:여\s*)?(\w*)", after).group(1)  # type: ignore[union-attr]

    return next(
        (
            other
            for other in known
            if _same_figure(other) == _same_figure(figure)
            # "명" and "명이": one counter, its particle after it
            and (
                counter(other).startswith(counter(figure))
                or counter(figure).startswith(counter(other))
            )
            and (summary(figure) or summary(other))
        ),
        None,
    )


def figure_run(text: str, after: list[Found], joined: Callable[[str], object]) -> list[Found]:
    """The figures of `after` (in order) said one after another, each joined to the one
    before by what `joined` accepts (`22% và 17%`, `12%, 18%, 24%`): the run that a
    `lần lượt` or `각각` (respectively) pairs with a list; [] for fewer than two."""
    run = after[:1]
    for found in after[1:]:
        if not joined(text[run[-1].end : found.start]):
            break
        run.append(found)
    return run if len(run) > 1 else []


def label_each(run: list[Found], labels: list[str], rule_name: str, language: str) -> None:
    """Each figure of `run` labelled by the label in its place, read by `rule_name`, sure."""
    for found, label in zip(run, labels, strict=False):
        figure = found.fact
        assert isinstance(figure, Figure)
        figure.measure = {language: label}
        figure.evidence = [Evidence(rule_name, figure.segment_id)]
        found.doubt = ""


def _names_someone(label: str, people: list[Person]) -> bool:
    """Whether a label holds the name of a person the article names (`쩐 반 뚜언 센터장`,
    `ông Park Ji-hoon cho biết`): who speaks or acts, not what a figure measures."""
    if not label:
        return False
    padded = f" {re.sub(r'[()（）,]', ' ', label)} "  # "뚜언(Tran Van Tuan) 센터장"
    return any(
        f" {name} " in padded
        for person in people
        for name in {person.name, *person.names.values()}
        if len(name) >= 3 and " " in name.strip()
    )


def _same_figure(figure: Figure) -> tuple[float, str, str | None, float | None]:
    return figure.value, figure.kind, figure.unit, figure.high


def _precise(value: float) -> bool:
    """A sum written to three significant digits or more (83.5 million, not 100 million):
    two such sums of the same amount in one article are one."""
    digits = f"{abs(value):.0f}".rstrip("0")
    return len(digits) >= 3


def table_column(text: str, position: int) -> str:
    """What a figure at `position` in a flattened table measures: its column's heading,
    after the row's own heading when that is words (`수출액 2026년`); "" outside a table.
    A table is a segment of rows on lines of their own, cells between `|`, the first row
    its headings (`구분 | 참가기업 | 상담액` / `2026년 | 132개사 | 8,350만 달러`)."""
    offset, rows = 0, []
    for line in text.split("\n"):
        if is_table_row(line):
            rows.append((offset, line))
        offset += len(line) + 1
    if len(rows) < 2:
        return ""
    heads = [cell.strip() for cell in rows[0][1].split("|")]
    for start, line in rows[1:]:
        if not start <= position < start + len(line):
            continue
        cells = line.split("|")
        if len(cells) != len(heads):
            return ""
        column = line[: position - start].count("|")
        if column == 0 or not heads[column]:
            return ""
        # the row's heading: its first cell of words ("1 | Điện thoại và linh kiện | …": the
        # row's number is none; "Giai đoạn 1" names the row, "180 triệu USD" is a figure),
        # before this column
        first = next(
            (
                c.strip()
                for c in cells[:column]
                if re.search(r"[^\W\d_]{2,}", c)
                # "1인당 GDP": a row named per head, no figure
                and (not re.match(r"\s*[\d(+\-–]", c) or re.match(r"\s*1인당\s", c))
            ),
            "",
        )
        if heads[column] in _HOLLOW_HEADS:
            # "구분 | 수치 | 비고" over "1인당 GDP | 5,100달러 | 전년 대비 9.6% 증가": the
            # row's heading says what, with the change the cell says after the figure
            cell = cells[column]
            change = _CELL_CHANGE.search(cell)
            if first and change:
                since = f" ({change['base']} 대비)" if change["base"] else ""
                return f"{first} {change['change']}{since}"
            return first
        return f"{first} {heads[column]}" if first else heads[column]
    return ""


# Column headings that say nothing of what their figures measure
_HOLLOW_HEADS = {"수치", "비고", "내용", "값", "참고", "현황", "Số liệu", "Giá trị", "Ghi chú"}
# A change in a table's cell: "전년 대비 9.6% 증가"
_CELL_CHANGE = re.compile(
    r"(?:(?P<base>[^\s|]+)\s대비\s+)?\d[\d.,]*(?:%p|%포인트|%)?\s*(?P<change>증가|감소|상승|하락)"
)


# "- Sản lượng hàng hóa thông qua cảng năm 2025: 15,2 triệu tấn", "□ 참가 기업: 45개사": a
# list's line names what its figure measures before a colon.
_BEFORE_COLON = re.compile(
    # "- 노후 관로 교체(총 64km): 1,000만 달러": a bracket inside the field, left out of it
    r"(?:^|[\n;]|[-–•·□○▪*ㅇ◦]\s)\s*(?P<label>[^\d\s:;.()\n](?:[^:;.()\n]|\([^():;\n]{1,30}\)){1,59}?)"
    r"\s*:\s*"
    r"(?:khoảng|gần|hơn|trên|đạt|gồm|약|총|최대|최장|최소|평균)?\s*$"
)


# Spaces and the marks that open a list's line ("- ", "□ ", "▲"), stripped off its field
LIST_MARKS = " -–•·□○▪*ㅇ◦▲△■◆●▶►"


def before_colon(text: str, position: int) -> str:
    """What a figure at `position` measures when a list's line names it before a colon
    (`Sản lượng … năm 2025: 15,2 triệu tấn`, `참가 기업: 45개사`); "" otherwise."""
    m = _BEFORE_COLON.search(text[:position])
    return re.sub(r"\s*\([^()]*\)", "", m.group("label")).strip(LIST_MARKS) if m else ""


def figure_label(figure: Figure) -> str:
    """The label a figure states, in the first language it is written in ("" for none)."""
    return next(iter(figure.measure.values()), "")


def label_evidence(figure: Figure) -> Evidence | None:
    """Where `figure`'s label was read, and by which label rule (None for no label)."""
    return next((e for e in figure.evidence if ".label." in e.rule), None)


def label_rule_of(figure: Figure) -> str:
    """The name of the label rule that read `figure`'s label ("" for none)."""
    evidence = label_evidence(figure)
    return evidence.rule if evidence else ""


def hollow(figure: Figure, why: str) -> ToCheck:
    """A figure whose label says nothing of what it measures (`부산시` for `56회`, `Việt Nam`
    for `58,3%`): the brief states the figure without a label, the translators see the
    label that was read and why it was left out, to write one."""
    label = label_evidence(figure)
    check = ToCheck("figure", shown(figure), why, label or figure.evidence[0])
    figure.measure = {}
    figure.evidence = [e for e in figure.evidence if ".label." not in e.rule]
    return check


def _wordless(figure: Figure) -> str:
    """Why `figure`'s label is no label at all, else "": it holds no letter (`–` read from
    `khoản đầu tư lớn nhất – trị giá 2,5 triệu USD –`)."""
    label = figure_label(figure)
    if label and not re.search(r"[^\W\d_]", label):
        return f"the label “{label}” holds no word, not what the figure measures"
    return ""


def names_an_organisation(
    label: str, organisations: list[Organisation], canonical: Callable[[str, list[str]], str]
) -> bool:
    """`label` is an organisation of the article: its name, its acronym, or a short form the
    language's `canonical` folds into one (`해수부`)."""
    folded = _folded(label)
    names = [n for o in organisations for n in o.name.values() if n]
    if any(folded in {_folded(n), _folded(bare(n)), _folded(acronym_of(n))} for n in names):
        return True
    return bool(names) and canonical(label, [*names, label]) != label


# ----------------------------------------------------------------------------- the reader


@dataclass(frozen=True)
class Reader:
    """A source language's fact reader: its rules, and the few choices merging leaves to it."""

    language: str
    people: tuple[Callable[[Segment], Iterable[Found]], ...]
    organisations: tuple[Callable[[Segment], Iterable[Found]], ...]
    figures: Callable[[Segment], Iterable[Found]]
    event: Callable[[Document, list[Organisation]], tuple[Event, list[Found]]]
    canonical_organisation: Callable[[str, list[str]], str]
    # people found: a hook to tidy organisations (a ministry's name that ran into a person's)
    tidy_organisations: Callable[[list[Found], list[Person], Document | None], None] = (
        lambda orgs, people, document: None
    )
    # the figure already read that a new one states again, or None
    restates: Callable[[Figure, list[Figure]], Figure | None] = field(default=lambda f, known: None)
    # why a figure's label says nothing of what it measures ("" when it says something)
    hollow_label: Callable[[Figure, list[Organisation]], str] = lambda figure, orgs: ""
    # organisations merged: people whose name is an organisation's (`국토부 2차관`) are none
    people_not_bodies: Callable[[list[Person], list[Organisation], Document], list[Person]] = field(
        default=lambda people, orgs, document: people
    )
    # organisations merged: a hook to give a bare position the body named before the person
    complete_roles: Callable[[list[Person], list[Organisation], Document], None] = (
        lambda people, orgs, document: None
    )
    # an interview's question: what it asks the number of ("" when `text` asks none)
    asked: Callable[[str], str] = lambda text: ""
    # a sentence's figures read, and those of the sentence before: a hook to label a run of
    # figures said "respectively" of the figures before (`각각 24.6%, 9.8%`)
    respectively: Callable[[Segment, list[Found], list[Found]], None] = (
        lambda segment, found, before: None
    )


# An answer that opens with its figure: `"150명이다.`, `Khoảng 31 triệu USD.`
_ANSWER_OPENING = re.compile(
    # "Bà Park Soo-min: Khoảng 31 triệu USD": who answers, then the figure
    # "◆ 정대현 > 24.6km입니다": a transcript's speaker mark
    r"^(?:[^:“\"\d]{2,40}:\s*|[◆◇■□▶▷]?\s*[^>\d]{1,20}>\s*|[-–—]\s*)?"
    r"[\s\"“'‘]*(?:약|네,?|예,?|khoảng|hơn|gần|chừng|현재|hiện)?\s*$",
    re.IGNORECASE,
)


def answered(found: Found, document: Document, segment: Segment, reader: Reader) -> None:
    """An interview's answer that opens with a figure (`― 올해 장학생은 몇 명인가.` then
    `"150명이다.`): what the question asked the number of is the figure's label."""
    figure = found.fact
    assert isinstance(figure, Figure)
    if not segment.id.endswith("s1") or not _ANSWER_OPENING.match(segment.text[: found.start]):
        return
    asking = [s.text for s in document.segments if s.paragraph == segment.paragraph - 1]
    if not asking:
        return
    topic = reader.asked(" ".join(asking))  # the question's paragraph, its mark first
    if topic:
        figure.measure = {reader.language: topic}
        figure.evidence.append(Evidence(f"{reader.language}.label.question", segment.id))
        found.doubt = ""


def inside_body(person: Found, body: Found, text: str, language: str) -> bool:
    """A person read inside an organisation's name is none: `Đoàn Ca múa nhạc Sông Hậu`, a
    troupe whose name opens like a person's; `Tổng Lãnh sự quán Đại Hàn Dân Quốc tại Đà
    Nẵng`, whose "role" is the body's own first words. A body read on into a name after
    it (`Bộ Công Thương Nguyễn Văn A`) is cut there, and the person stays."""
    if body.start == person.start:
        return body.end > person.end
    role = person.fact.role.get(language, "") if isinstance(person.fact, Person) else ""
    return (
        body.start < person.start
        and body.end > person.end
        and bool(role)
        and text[body.start : body.end].startswith(role)
    )


def read(
    document: Document, reader: Reader, readers: Callable[[str], Reader] | None = None
) -> Document:
    """The reader's facts for `document`: sure ones in `facts`, the others in `to_check`.

    A sentence in the other source language (a Korean quote in a Vietnamese article) is
    read by that language's reader (`readers`), and what it finds goes to the translators:
    its labels are in a language the brief's labels are not translated from."""
    from briefing.languages import SOURCES, segment_language

    language = reader.language
    doubts: list[Found] = []
    people_found: list[Found] = []
    orgs_found: list[Found] = []
    figures: list[Figure] = []
    said_before: list[Found] = []  # the figures of the last body sentence read
    for segment in document.segments:
        written = segment_language(segment.text, language)
        if written != language and written in SOURCES and readers is not None:
            other = readers(written)
            name = SOURCES[written].name
            for found in [
                *exclusive(run(other.people, segment)),
                *exclusive(run(other.organisations, segment)),
                *(run([other.figures], segment) if segment.kind == "body" else []),
            ]:
                found.doubt = f"read in a {name} sentence of the article"
                doubts.append(found)
            continue
        bodies = exclusive(run(reader.organisations, segment))
        for found in exclusive(run(reader.people, segment)):
            if any(inside_body(found, b, segment.text, language) for b in bodies):
                continue
            (doubts if found.doubt else people_found).append(found)
        for found in bodies:
            (doubts if found.doubt else orgs_found).append(found)
        if segment.kind != "body" or is_page_line(segment.text):
            continue  # captions name people, but their figures repeat the body's; a page's
            # counters (Lượt thích: 86 | Bình luận (0)) are no facts
        found_here = run([reader.figures], segment)
        reader.respectively(segment, found_here, said_before)
        said_before = found_here
        for found in found_here:
            figure = found.fact
            assert isinstance(figure, Figure)
            if found.doubt and not figure_label(figure):
                answered(found, document, segment, reader)
            if found.doubt:
                doubts.append(found)
                continue
            same = reader.restates(figure, figures) or _summed_up(figure, figures, document)
            if same is None:
                figures.append(figure)
            elif len(figure_label(figure)) > len(figure_label(same)) or (
                figure_label(figure) and re.search(r"\d", _WHEN.sub("", figure_label(same)))
            ):  # said again, and better (the first label held another figure: `1천150만`;
                # not a time it is of: `… Việt Nam – Hàn Quốc 10 tháng`)
                kept = [e for e in same.evidence if ".label." not in e.rule]
                label = [e for e in figure.evidence if ".label." in e.rule]
                others = [e for e in figure.evidence if ".label." not in e.rule]
                # the figure's first place, then the rule of the label it now states
                same.measure = figure.measure
                same.evidence = [*kept[:1], *label, *kept[1:], *others]
    people_found += _contacts(document, reader)
    candidates: dict[int, list[Localized]] = {}
    people = merge_people(people_found, language, candidates)
    reader.tidy_organisations(orgs_found, people, document)
    organisations = merge_organisations(
        orgs_found, document, language, reader.canonical_organisation
    )
    people = reader.people_not_bodies(people, organisations, document)
    roles_of_their_own(people, candidates, language)
    reader.complete_roles(people, organisations, document)
    event, event_doubts = reader.event(document, organisations)
    organisations = [o for o in organisations if not _meeting_of(o, event)]
    # "- 제13차 한-베트남 산업협력위원회 개최": the meeting is held, it holds nothing
    event.organisers = [o for o in event.organisers if not is_the_meeting(o, event.name)]
    # "(주)누리에코텍", "누리에코텍(Nuri Ecotech Co., Ltd.)", "누리에코텍": one organiser, named
    # as first read
    firsts: dict[str, dict[str, str]] = {}
    for organiser in event.organisers:
        firsts.setdefault(_bare_company(next(iter(organiser.values()), "")), organiser)
    event.organisers = list(firsts.values())
    organisations += organisers_missing(
        event, organisations, language, reader.canonical_organisation
    )
    known_people = {_folded(p.name) for p in people}
    for figure in figures:
        captioned(figure, document, language)
    hollows = {
        id(f): why
        for f in figures
        if (why := reader.hollow_label(f, organisations) or _wordless(f))
    }
    hollows |= {
        id(f): f"the label “{figure_label(f)}” names a person, not what the figure measures"
        for f in figures
        if id(f) not in hollows
        # "… 국장 등 70여 명이 참석": who came, among them the one named, is the label
        and not label_rule_of(f).endswith("who-came")
        and _names_someone(figure_label(f), people)
    }
    labelled = {_same_figure(f) for f in figures if id(f) not in hollows and figure_label(f)}
    # a figure stated with a hollow label and again with a label that says what it measures
    # (a headline's "230만 달러…", the body's "230만 달러 규모의 수출 계약") is that one
    figures = [
        f
        for f in figures
        if id(f) not in hollows
        or _same_figure(f) not in labelled
        or not _summary_line(document.segment(f.segment_id).text)
    ]
    to_check = [hollow(f, hollows[id(f)]) for f in figures if id(f) in hollows]
    stated = {o.name.get(language) for o in organisations}
    for found in doubts + event_doubts:
        fact = found.fact
        if isinstance(fact, Person) and _folded(fact.name) in known_people:
            continue  # read surely elsewhere
        if isinstance(fact, Organisation) and fact.name.get(language) in stated:
            continue  # "KOTRA 하노이무역관장" beside "KOTRA 하노이무역관은": stated already
        to_check.append(check_of(found))
    document.facts = Facts(
        event=event,
        figures=figures,
        people=people,
        organisations=organisations,
        to_check=list({(c.kind, c.text): c for c in to_check}.values()),
    )
    return document


def _contacts(document: Document, reader: Reader) -> list[Found]:
    """The people a press release's contact lines name (`문의: ㈜세진테크 홍보팀 최유나
    매니저`), read by the language's people rules. The lines are taken out of the article's
    text (they are no sentences to translate), so their people point at no segment."""
    found: list[Found] = []
    lines = [c.before for c in document.article.changes if c.kind == "byline"]
    for line in lines:
        if not is_contact_line(line):
            continue
        for item in exclusive(run(reader.people, Segment("", 0, line))):
            person = item.fact
            assert isinstance(person, Person)
            person.segment_ids = [s for s in person.segment_ids if s]
            if not item.doubt:
                found.append(item)
    return found


def sentences_of(text: str) -> Iterator[tuple[int, str]]:
    """(paragraph number, paragraph) of an example's text."""
    for number, paragraph in enumerate(re.split(r"\n\s*\n", text.strip()), 1):
        yield number, paragraph.strip()
