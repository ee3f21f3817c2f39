"""`make eval-facts`: precision and recall of the facts against hand-made answer keys.

Two sets are scored:

- the tuned set, `tests/data/facts`: the articles the rules were written against (a
  regression set: its score is a ceiling, not a measure);
- the frozen sets, `tests/data/frozen` and `tests/data/frozen-2`: articles written and
  keyed by someone who had not seen the rules, before the rules that read them; scored and
  reported, never tuned to (each README records its first contact).

Each article `NAME.<lang>.txt` has an answer key `NAME.key.json`, made by hand from the text
alone:

    event          name, date (ISO), end_date, place, organisers (null / [] when not stated)
    people         name, names (the other forms the article gives, e.g. in the other
                   script), role ("" when none), title (GS.TS, NSND …)
    organisations  one list per organisation: its accepted names (full name, acronym)
    figures        text, value, kind, unit (USD, MW, TEU …; null for none), and `must`:
                   the words a label needs to say what the figure measures

What counts as right (each fact once); only what a brief states is counted as found (the
"to check" list is not stated, and is counted apart):
- event: the name when one contains the other's words (80% of the key's); the date with
  its year and last day; the place when one contains the other; each organiser, by any name
  the key's organisations give it.
- people: the name, or another form of it, exactly. roles: the role of a found person,
  when one contains the other's words (80% of the key's; an acronym in brackets is a word;
  a body named by any form the key's organisations give it). titles: equal after folding.
- organisations: a found name equal to one of the key's names, or to `Name (ACR)`.
- figures: a found figure with the key's value (a range by its first end) and, where the
  key gives one, its unit (a price per unit, `USD/m²`, matches a sum in its currency whose
  label says what it is per: `(mỗi m²)`). labels: a matched figure's label holds every
  `must` word.

A found fact that the key does not hold counts against precision: a false fact is worse
than a missing one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.document import Evidence, Facts, Figure
from briefing.numbers import CURRENCIES, DURATION_FORMS, PER_FORMS, UNIT_FORMS

KINDS = ("event", "people", "roles", "titles", "organisations", "figures", "labels")


def same_unit(found: str | None, expected: str | None) -> bool:
    """Whether two units are the same once currencies, durations and unit spellings are
    read alike."""

    def one(text: str) -> str:
        return (
            CURRENCIES.get(text)
            or DURATION_FORMS.get(text)
            or PER_FORMS.get(text)
            or UNIT_FORMS.get(text, text)
        )

    def norm(unit: str | None) -> str:
        text = (unit or "").strip().lower()
        whole = one(text)
        # "tấn/ha" is "t/ha": each part of a rate spelt alike
        if whole != text or "/" not in text:
            return whole
        return "/".join(one(part) for part in text.split("/"))

    a, b = norm(found), norm(expected)
    # "80.000 tấn/năm" read as t/year, keyed by some writers as tấn: the same quantity
    return a == b or a.removesuffix("/year") == b or b.removesuffix("/year") == a


def _per_unit(figure: Figure, unit: str) -> bool:
    """A key's price per unit (`USD/m²`, `đồng/kWh`, `달러/m²`) and a sum in its currency
    whose label ends with what it is per (`… (mỗi m²)`, `… (m²당)`)."""
    currency, _, per = unit.partition("/")
    label = next(iter(figure.measure.values()), "")
    said = re.search(r"\((\S+)당\)$", label)  # "임대료 (m²당)": a Korean label's per
    return (
        bool(per)
        and same_unit(figure.unit, currency)
        and (
            label.endswith(f"(mỗi {per.replace('/', ' mỗi ')})")
            or (said is not None and same_unit(said.group(1), per))
        )
    )


def _counter(unit: str) -> bool:
    """A Korean classifier a key may give as a count's unit (`명`, `개사`, `건`, `곳`)."""
    from briefing.facts.ko.lexicon import COUNTERS

    return unit.strip() in COUNTERS


@dataclass
class Score:
    """Precision and recall of one kind of fact against the keys, with misses, extras and
    counts per rule."""

    expected: int = 0
    found: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    # per rule that stated a fact: [found, correct] (`eval-facts --rules`)
    rules: dict[str, list[int]] = field(default_factory=dict)

    def tally(self, rule: str, correct: bool) -> None:
        """Count one fact stated by `rule`, and whether it was correct."""
        counts = self.rules.setdefault(rule or "(no rule)", [0, 0])
        counts[0] += 1
        counts[1] += bool(correct)

    @property
    def precision(self) -> float:
        """Correct among found (1.0 when nothing was found)."""
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Correct among expected (1.0 when nothing was expected)."""
        return self.correct / self.expected if self.expected else 1.0


def fold(text: str) -> str:
    """Text compared loosely: NFC, compatibility characters as an article is read (㈜ as
    (주)), lower case, dashes alike, punctuation as spaces."""
    from briefing.reading.normalise import plain_form

    text = "".join(plain_form(c) for c in unicodedata.normalize("NFC", text)).lower()
    text = re.sub(r"[–—-]", "-", text)
    return " ".join(re.sub(r"[\"“”'‘’「」『』《》〈〉,.;:]", " ", text).split())


def _words(text: str) -> set[str]:
    """The words of `text` as roles and names are compared: an acronym in brackets is a word
    of its own (`베트남 중앙은행(SBV) 호찌민지점` holds `베트남 중앙은행 호찌민지점`)."""
    return set(re.sub(r"[()]", " ", fold(text)).split())


def _org_names(names: Iterable[str]) -> set[str]:
    out = set()
    for name in names:
        # "(주)대성섬유", "㈜한결식품", "(사)한베교류협회": a Korean legal mark is no part of the name
        unmarked = re.sub(r"^(?:\((?:주|사|재|유)\)|㈜)\s*|\s*(?:\(주\)|㈜)$", "", name)
        for form in {
            name,
            unmarked,
            re.sub(r"^(?:베트남|한국|Việt Nam|Hàn Quốc)\s+", "", name),
            re.sub(r"^(?:베트남|한국|Việt Nam|Hàn Quốc)\s+", "", unmarked),
        }:
            out.add(fold(form))  # "베트남 박닌성 인민위원회" is "박닌성 인민위원회"
            bare = re.sub(r"\s*\([^)]*\)\s*$", "", form)
            out.add(fold(bare))
            # "Ủy ban nhân dân (UBND) thành phố Hải Phòng": without the bracket, and with its
            # short form for the words it shortens ("UBND thành phố Hải Phòng")
            inside = re.match(r"^(?P<long>.+?)\s*\((?P<short>[^()]+)\)\s+(?P<rest>\S.*)$", form)
            if inside:
                out.add(fold(f"{inside['long']} {inside['rest']}"))
                out.add(fold(f"{inside['short']} {inside['rest']}"))
    return out


def _same_place(found: str, expected: str) -> bool:
    """One holds the other, or the key's venue (before its comma: `Khách sạn Lotte, Seoul`)
    is in the place found (`Khách sạn Lotte ở thủ đô Seoul`), or the words of one are all
    words of the other in another order (`서울 코엑스` and the key's `코엑스, 서울`)."""
    a, b = fold(found), fold(expected)
    venue = fold(expected.split(",")[0])
    # a Hangul venue of three syllables is a name (벡스코); a Latin one of three letters not
    shortest = 3 if re.search(r"[가-힣]", venue) else 4
    words_a, words_b = set(re.sub(r"[()]", " ", a).split()), set(re.sub(r"[()]", " ", b).split())
    reordered = len(words_a) >= 2 and (words_a <= words_b or words_b <= words_a)
    return bool(a) and (a in b or b in a or (len(venue) >= shortest and venue in a) or reordered)


def _one_form(role: str, groups: list[list[str]]) -> str:
    """A role with each body it names written in the shortest form its key group gives
    (`중진공 이사장` and `중소벤처기업진흥공단 이사장` alike, when the key lists both forms of
    the one body)."""
    first = {
        form: min(group, key=len) for group in groups if len(group) > 1 for form in group if form
    }
    if not first:
        return role
    pattern = "|".join(re.escape(f) for f in sorted(first, key=len, reverse=True))
    return re.sub(pattern, lambda m: first[m.group(0)], role)


def _same_name(found: str, expected: str) -> bool:
    a, b = _words(found), _words(expected)
    return bool(a) and (a <= b or b <= a) and len(a & b) >= 0.8 * len(b)


def score_article(facts: Facts, key: dict[str, Any], scores: dict[str, Score], where: str) -> None:
    """Add one article's counts to `scores`."""
    event = facts.event
    expected_event = key.get("event", {})
    ev = scores["event"]
    # name
    name = event.name.get(facts_language(facts, event.name), "") if event.name else ""
    key_name = expected_event.get("name")
    right = bool(name and key_name and _same_name(name, key_name))
    _count(ev, bool(name), bool(key_name), right, f"{where} name {name!r} / {key_name!r}")
    if name:
        ev.tally(_rule_of(event.evidence.get("name")), right)
    # date
    date = event.date
    found_date = None
    if date is not None:
        found_date = f"{date.year or '????'}-{date.month:02d}-{date.day:02d}"
        if date.end_day:
            found_date += f"/{date.end_month or date.month:02d}-{date.end_day:02d}"
    key_date = expected_event.get("date")
    if key_date and expected_event.get("end_date"):
        key_date += "/" + expected_event["end_date"][5:]
    _count(ev, found_date is not None, bool(key_date), found_date == key_date,
           f"{where} date {found_date} / {key_date}")  # fmt: skip
    if found_date is not None:
        ev.tally(_rule_of(event.evidence.get("date")), found_date == key_date)
    # place
    place = next(iter(event.place.values()), "") if event.place else ""
    key_place = expected_event.get("place")
    right = bool(place and key_place and _same_place(place, key_place))
    _count(ev, bool(place), bool(key_place), right, f"{where} place {place!r} / {key_place!r}")
    if place:
        ev.tally(_rule_of(event.evidence.get("place")), right)
    # organisers
    found_orgs = [next(iter(o.values()), "") for o in event.organisers]
    rules = [_rule_of(event.evidence.get(f"organiser.{i}")) for i in range(1, len(found_orgs) + 1)]
    # an organiser is any name the key gives its organisation ("KOTRA" is "Cơ quan Xúc tiến
    # Thương mại và Đầu tư Hàn Quốc (KOTRA)" where the key's organisations say so)
    groups = [[str(n) for n in group] for group in key.get("organisations", [])]
    expected_orgs = [
        next((g for g in groups if fold(o) in {fold(n) for n in g}), [o])
        for o in expected_event.get("organisers", [])
    ]
    _match_sets(ev, found_orgs, expected_orgs, where, "organiser", rules)
    # people, roles, titles
    expected_people = key.get("people", [])
    sp, sr, st = scores["people"], scores["roles"], scores["titles"]
    sp.found += len(facts.people)
    sp.expected += len(expected_people)
    matched: set[int] = set()
    for person in expected_people:
        forms = {fold(n) for n in [person["name"], *person.get("names", [])]}
        found = next(
            (
                p
                for i, p in enumerate(facts.people)
                if i not in matched and forms & {fold(n) for n in [p.name, *p.names.values()]}
            ),
            None,
        )
        if found is None:
            sp.misses.append(f"{where} {person['name']}")
            continue
        matched.add(facts.people.index(found))
        sp.correct += 1
        sp.tally(_rule_of(found.evidence), True)
        role = next(iter(found.role.values()), "") if found.role else ""
        right = bool(role) and _same_name(
            _one_form(role, groups), _one_form(person.get("role", ""), groups)
        )
        _count(sr, bool(role), bool(person.get("role")), right,
               f"{where} role of {person['name']}: {role!r} / {person.get('role')!r}")  # fmt: skip
        if role:
            sr.tally(_rule_of(found.evidence), right)
        _count(st, bool(found.title), bool(person.get("title")),
               bool(found.title) and fold(found.title) == fold(person.get("title", "")),
               f"{where} title of {person['name']}: {found.title!r} / {person.get('title')!r}")  # fmt: skip
    for i, p in enumerate(facts.people):
        if i not in matched:
            sp.extras.append(f"{where} {p.name}")
            sp.tally(_rule_of(p.evidence), False)
            if p.role:
                sr.tally(_rule_of(p.evidence), False)
    # organisations
    org_names = [next(iter(o.name.values()), "") for o in facts.organisations]
    _match_sets(scores["organisations"], org_names, key.get("organisations", []), where, "org",
                [_rule_of(o.evidence) for o in facts.organisations])  # fmt: skip
    # figures and labels
    sf, sl = scores["figures"], scores["labels"]
    remaining = list(facts.figures)
    sf.found += len(remaining)
    for expected in key.get("figures", []):
        sf.expected += 1
        sl.expected += 1
        hit = next(
            (
                f
                for f in remaining
                if abs(f.value - expected["value"]) <= 1e-9 * max(1.0, abs(f.value))
                and (
                    not expected.get("unit")
                    or same_unit(f.unit, expected["unit"])
                    or _per_unit(f, expected["unit"])
                    # "5,2%/năm": a yearly rate is a percentage all the same
                    or (
                        expected["unit"] in {"%", "%/năm", "%/year", "%/년"} and f.kind == "percent"
                    )
                    # a key that writes a count's classifier as its unit (명, 개사, 건)
                    or (not f.unit and f.kind in {"count", "number"} and _counter(expected["unit"]))
                )
            ),
            None,
        )
        if hit is None:
            sf.misses.append(f"{where} {expected['text']} ({expected.get('unit') or ''})")
            sl.misses.append(f"{where} {expected['text']} (not found)")
            continue
        remaining.remove(hit)
        sf.correct += 1
        label = next(iter(hit.measure.values()), "") if hit.measure else ""
        sl.found += bool(label)
        right = bool(label) and all(fold(word) in fold(label) for word in expected["must"])
        if label:
            sl.tally(_rule_of(hit.evidence[1:]), right)
        if right:
            sl.correct += 1
        else:
            by = f" [{_rule_of(hit.evidence[1:])}]" if label else ""
            sl.misses.append(f"{where} {expected['text']}: {label!r} lacks {expected['must']}{by}")
    sf.extras += [f"{where} {f.text} ({next(iter(f.measure.values()), '')})" for f in remaining]
    checks = scores.setdefault("to check", Score())
    checks.found += len(facts.to_check)
    checks.extras += [f"{where} {c.kind}: {c.text} ({c.reason})" for c in facts.to_check]


def facts_language(facts: Facts, texts: dict[str, str]) -> str:
    """The language of the texts the facts are compared in: the first of `texts`, else vi."""
    return next(iter(texts), "vi")


def _count(score: Score, found: bool, expected: bool, correct: bool, what: str) -> None:
    score.found += found
    score.expected += expected
    score.correct += correct and found and expected
    if expected and not (correct and found):
        score.misses.append(what)
    if found and not (correct and expected):
        score.extras.append(what)


def _match_sets(
    score: Score,
    found: list[str],
    expected: list[list[str]],
    where: str,
    what: str,
    rules: list[str] | None = None,
) -> None:
    score.found += len(found)
    score.expected += len(expected)
    rule_of = dict(zip(found, rules or [], strict=False))
    left = list(found)
    for names in expected:
        accepted = _org_names(names)
        hit = next((f for f in left if _org_names([f]) & accepted), None)
        if hit is None:
            score.misses.append(f"{where} {what} {names[0]}")
        else:
            left.remove(hit)
            score.correct += 1
            score.tally(rule_of.get(hit, ""), True)
    score.extras += [
        f"{where} {what} {f}" + (f" [{rule_of[f]}]" if rule_of.get(f) else "") for f in left
    ]
    for f in left:
        score.tally(rule_of.get(f, ""), False)


def _rule_of(evidence: Evidence | list[Evidence] | None) -> str:
    """The rule that stated a fact: its evidence's (the first, for a list)."""
    if isinstance(evidence, list):
        evidence = evidence[0] if evidence else None
    return evidence.rule if evidence is not None else ""


def rule_table(results: dict[str, dict[str, Score]]) -> str:
    """Per kind and rule: how many facts the rule stated and how many were right (the
    measure a rule's doubt is set by: a rule right less often than the brief must be
    sends what it reads to the translators)."""
    lines = ["| language | kind | rule | stated | right | precision |", "|---|---|---|---|---|---|"]
    for language, scores in sorted(results.items(), reverse=True):
        for kind in KINDS:
            for rule, (stated, right) in sorted(scores[kind].rules.items()):
                lines.append(
                    f"| {language} | {kind} | {rule} | {stated} | {right} | {right / stated:.0%} |"
                )
    return "\n".join(lines)


def articles(directory: Path) -> list[tuple[Path, Path]]:
    """(article, key) pairs in `directory`: each `*.key.json` with its article `*.txt`."""
    pairs = []
    for key in sorted(directory.glob("*.key.json")):
        stem = key.name.removesuffix(".key.json")
        article = next(iter(sorted(directory.glob(f"{stem}.*.txt"))), None)
        if article is not None:
            pairs.append((article, key))
    return pairs


def language_of(path: Path) -> str:
    """The language in an article's file name (`ko-01.ko.txt` is ko); vi by default."""
    suffixes = path.name.split(".")
    return suffixes[-2] if len(suffixes) >= 3 else "vi"


def evaluate(directory: Path) -> dict[str, dict[str, Score]]:
    """Scores per source language and kind of fact over every keyed article."""
    from briefing.facts import extract
    from briefing.segment import load, segment

    results: dict[str, dict[str, Score]] = {}
    for article_path, key_path in articles(directory):
        language = language_of(article_path)
        scores = results.setdefault(language, {kind: Score() for kind in (*KINDS, "to check")})
        article, paragraphs = load(article_path)
        document = segment(article, paragraphs)
        facts = extract(document).facts
        key = json.loads(key_path.read_text(encoding="utf-8"))
        score_article(facts, key, scores, article_path.name.split(".")[0])
    return results


def total(scores: dict[str, Score]) -> Score:
    """Every kind of fact together (the event's fields, people, roles, titles,
    organisations, figures and labels)."""
    out = Score()
    for kind in KINDS:
        out.expected += scores[kind].expected
        out.found += scores[kind].found
        out.correct += scores[kind].correct
    return out


def table(results: dict[str, dict[str, Score]]) -> str:
    """One row per language and kind, an `all` row per language, and how many things each
    language's briefs left to the translators to check."""
    lines = [
        "| language | kind | expected | found | correct | precision | recall |",
        "|---|---|---|---|---|---|---|",
    ]
    for language, scores in sorted(results.items(), reverse=True):
        for kind, s in [*((k, scores[k]) for k in KINDS), ("all", total(scores))]:
            lines.append(
                f"| {language} | {kind} | {s.expected} | {s.found} | {s.correct} | "
                f"{s.precision:.0%} | {s.recall:.0%} |"
            )
        lines.append(f"| {language} | to check | | {scores['to check'].found} | | | |")
    return "\n".join(lines)
