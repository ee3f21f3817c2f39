"""`make eval-names`: how the locked forms of names compare with what publications print.

The answer keys in `tests/data/names/` were written by someone who had not seen these
rules, from what Korean media and the English-language press print (see its README):

    vi-hangul.tsv     latin, hangul, kind (person/place), source: Vietnamese names and
                      places as Korean media write them
    ko-latin.tsv      hangul, latin, source: Korean people as the English-language press
                      spells them
    articles/*.txt    five articles with no glossary, each with a `.key.tsv`
                      (source, vi, ko, en, kind): how an editor writes each person, role,
                      title and place of it in the three languages

Rates are exact matches with spaces ignored (팜민찐 = 팜 민 찐); a reading back into the
other script counts only where the rule gives one (it refuses where the reading is not
unique) and then must be right.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.glossary import fold
from briefing.names import hangul, korean


def same(found: str | None, expected: str) -> bool:
    """Equal with spaces and case ignored (팜민찐 = 팜 민 찐; Da Nang City = Da Nang city)."""
    return (
        found is not None
        and "".join(found.split()).casefold() == "".join(expected.split()).casefold()
    )


@dataclass
class Rate:
    """How many names of one kind came out right, with the misses."""

    name: str
    total: int = 0
    right: int = 0
    answered: int = 0  # for readings that may refuse: how many got an answer
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str, answered: bool = True) -> None:
        """Count one name, right or not, and whether a reading was given at all."""
        self.total += 1
        self.answered += answered
        self.right += ok
        if not ok:
            self.misses.append(what)

    def row(self) -> str:
        """The rate as a row of the Markdown table."""
        rate = f"{self.right / self.total:.0%}" if self.total else "—"
        answered = f"{self.answered}/{self.total}" if self.answered != self.total else ""
        return f"| {self.name} | {self.right}/{self.total} | {rate} | {answered} |"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def place_form(latin: str) -> str | None:
    """The Korean form a brief gives a Vietnamese place: the reference glossary's, else
    the transcription with its generic word."""
    from briefing.names import place_forms

    found = place_forms(latin)
    return found[0]["ko"] if found else None


def score_tables(folder: Path) -> list[Rate]:
    """Rates of the transcription tables: Vietnamese names and places into Hangul, Korean
    names into Latin letters, and both back."""
    vi_person = Rate("Vietnamese person → Hangul")
    vi_place = Rate("Vietnamese place → Hangul")
    back = Rate("Hangul → Vietnamese person, no tones (where unique)")
    for row in _rows(folder / "vi-hangul.tsv"):
        latin, expected, kind = row["latin"], row["hangul"], row["kind"]
        if kind == "person":
            found = hangul.vietnamese(latin)
            vi_person.add(same(found, expected), f"{latin}: {found} (key {expected})")
            reading = hangul.vietnamese_latin(expected, tones=False)
            if reading is not None:
                right = reading == hangul.plain(latin)
                back.add(right, f"{expected}: {reading} (key {latin})")
            else:
                back.add(False, f"{expected}: no unique reading (key {latin})", answered=False)
        else:
            found = place_form(latin)
            vi_place.add(same(found, expected), f"{latin}: {found} (key {expected})")
    ko_person = Rate("Korean person → Latin")
    ko_surname = Rate("Korean person → Latin, surname")
    ko_back = Rate("Latin → Korean person (where unique)")
    for row in _rows(folder / "ko-latin.tsv"):
        written, expected = row["hangul"], row["latin"]
        found = korean.latin(written)
        ko_person.add(same(found, expected), f"{written}: {found} (key {expected})")
        surname = (found or "").split(" ")[:1] == expected.split(" ")[:1]
        ko_surname.add(surname, f"{written}: {found} (key {expected})")
        reading = korean.hangul(expected)
        ko_back.add(
            reading == written,
            f"{expected}: {reading} (key {written})",
            answered=reading is not None,
        )
    return [vi_person, vi_place, back, ko_person, ko_surname, ko_back]


def score_articles(folder: Path) -> list[Rate]:
    """The five articles, run through the fact readers and the names stage (no model):
    each keyed person's name and each keyed role as the briefs would print them."""
    from briefing import names
    from briefing.facts import extract
    from briefing.languages import targets_of
    from briefing.pipeline import apply_glossary
    from briefing.segment import load, segment

    rates = {
        key: Rate(label)
        for key, label in (
            ("person", "article people, other languages"),
            ("role", "article roles, other languages (answered: read by the table)"),
            ("place", "article places, other languages"),
        )
    }
    for article in sorted(folder.glob("*.txt")):
        source = article.stem.split("-")[0]
        loaded, paragraphs = load(article, language=source)
        document = extract(segment(loaded, paragraphs))
        locked = names.lock(document, None)
        assert locked is not None
        document = apply_glossary(document, locked)
        names.record(document, locked)
        people = {fold(p.name): p for p in document.facts.people}
        roles = {fold(p.role.get(source, "")): p.role for p in document.facts.people}
        for key in _rows(article.with_suffix(".key.tsv")):
            kind, text = key["kind"], key["source"]
            for target in targets_of(source):
                what = f"{article.name} {text} → {target}: "
                if kind == "person":
                    person = people.get(fold(text))
                    found = person.names.get(target) if person else None
                    rates["person"].add(
                        same(found, key[target]), what + f"{found} (key {key[target]})"
                    )
                elif kind == "role" and fold(text) in roles:
                    found = roles[fold(text)].get(target)
                    rates["role"].add(
                        same(found, key[target]),
                        what + f"{found} (key {key[target]})",
                        answered=found is not None,
                    )
                elif kind == "place":
                    term = locked.lookup(text)
                    found = term.forms[target] if term else None
                    if source == "vi":
                        place = names.place_forms(text)
                        found = place[0][target] if place else found
                    rates["place"].add(
                        same(found, key[target]), what + f"{found} (key {key[target]})"
                    )
    return list(rates.values())


def table(rates: Iterable[Rate]) -> str:
    """The rates as a Markdown table."""
    lines = ["| kind | right | rate | answered |", "|---|---|---|---|"]
    return "\n".join([*lines, *(rate.row() for rate in rates)])
