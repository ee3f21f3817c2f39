"""Names, titles and institutions locked in every language before translation.

The stage between the fact readers and translation (DESIGN.md: `names`). Each person,
place and institution the article names gets one form per language, from the first that
has it: the forum's glossary (approved), the reference glossary shipped in
`data/reference/` (origin `reference`), a transcription by rule (origin `transcription`:
Vietnamese → Hangul by the Korean standard, Korean → Latin with the customary surname).
Those forms are protected through the model like glossary terms, so the QA check flags a
translation that writes them otherwise. What no rule can give (a Hangul name with two
Vietnamese readings) is kept as the source writes it and listed for the translators to
check, never guessed in a delegate's brief.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.data import table, word_set
from briefing.document import Document, Evidence, Person, ToCheck, Translation
from briefing.glossary import Glossary, Term
from briefing.labels import labels_of
from briefing.languages import targets_of
from briefing.names import hangul, korean, reference, titles

# The origins of forms that are not the forum's approved glossary.
SHIPPED = {"reference", "transcription"}


def is_korean_latin(name: str) -> bool:
    """A Latin name that is Korean (`Kim Young-soo`, `Park Jin`, `Choi Young Sam`): Korean
    reading and either a hyphen, or no Vietnamese reading at all."""
    if korean.hangul(name) is None and not _korean_surname(name):
        return False
    return "-" in name or hangul.vietnamese(name) is None


def _korean_surname(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    return first.lower() in {s.lower() for v in korean.surnames().values() for s in v} and (
        hangul.vietnamese(name) is None
    )


def is_vietnamese_hangul(name: str) -> bool:
    """A Hangul name that is Vietnamese: written with spaces (응우옌 반 토), or with a
    Vietnamese reading and no Korean one (팜민찐)."""
    if " " in name.strip():
        return True
    if korean.split_name(name) is not None and len(name) <= 3:
        return False
    return hangul.vietnamese_latin(name, tones=False) is not None or len(name) > 4


def person_forms(person: Person, source: str, english: str) -> tuple[dict[str, str], str]:
    """The person's name per language and, where one could not be written, why."""
    name = person.name
    given = dict(person.names)
    doubt = ""
    if source == "vi":
        if is_korean_latin(name):
            written = korean.hangul(name)
            if written is None:
                doubt = "no single Hangul reading of this Korean name: kept in Latin letters"
            return {"vi": name, "ko": written or name, "en": name}, doubt
        written = hangul.vietnamese(name)
        if written is None:
            doubt = "not a Vietnamese name the Korean standard transcribes: kept in Latin"
        en = hangul.plain(name) if english == "plain" else name
        return {"vi": name, "ko": written or name, "en": en}, doubt
    # A Korean article: the Latin form it gives in brackets wins.
    latin = given.get("vi") if given.get("vi") and given["vi"] != name else None
    if latin:
        vietnamese = not korean.hangul(latin) or hangul.vietnamese(latin) is not None
        en = hangul.plain(latin) if english == "plain" and vietnamese else latin
        return {"vi": latin, "ko": name, "en": en}, doubt
    if is_vietnamese_hangul(name):
        # Hangul does not write tones, and a syllable list cannot promise them (Đông and
        # Đồng are both 동): the reading is given without diacritics, and checked.
        bare = hangul.vietnamese_latin(name, tones=False)
        if bare is None:
            doubt = "a Vietnamese name in Hangul with more than one reading: check its Latin form"
        else:
            doubt = f"read back from Hangul as {bare}, without tones: check its Vietnamese form"
        return {"vi": bare or name, "ko": name, "en": bare or name}, doubt
    written = korean.latin(name)
    if written is None:
        doubt = "not a name whose Latin form a rule gives: kept in Hangul"
    return {"vi": written or name, "ko": name, "en": written or name}, doubt


def place_forms(text: str, english: str = "plain") -> tuple[dict[str, str], str] | None:
    """A Vietnamese place in three languages and where the forms come from: the reference
    glossary's (Bắc Ninh → 박닌), or a transcription by the standard with its generic word
    (vịnh Hạ Long → 할롱만, Ha Long Bay; Đà Lạt → 달랏); None for what is not a place name."""
    text = " ".join(text.split()).strip(" ,.")
    row = reference.places().get(text)
    if row is not None:
        korean = reference.korean_forms(row)
        ko = min(korean, key=len) if row.country == "korea" else korean[0]
        return {"vi": text, "ko": ko, "en": row.en}, "reference"
    lead, suffix, generic = "", "", ""
    folded = text.casefold()
    for word, (ko, en) in _place_words().items():
        if folded.startswith(word + " "):
            # Capitalised, the word may be the name's own (Chợ Lớn, Hồ Chí Minh): generic
            # only before a name of two words or more that is not a surname's.
            capital = text[:1].isupper()
            rest = text[len(word) :].split()
            if capital and (len(rest) < 2 or text.split()[0] in word_set("vi/surnames")):
                break
            lead, suffix, generic = text[: len(word)], ko, en
            break
    name = text[len(lead) :].strip()
    if not name or not all(w[:1].isupper() for w in name.split()):
        return None
    row = reference.places().get(name) if lead else None
    if row is not None and row.country == "vietnam":  # tỉnh Bắc Ninh: 박닌 from the reference
        ko = reference.korean_forms(row)[0]
        ko = ko if ko.endswith(suffix) else ko + (" " if len(suffix) > 1 else "") + suffix
        return {"vi": text, "ko": ko, "en": f"{row.en} {generic}"}, "reference"
    written = hangul.vietnamese(name, place=True)
    if written is None:
        return None
    latin = hangul.plain(name) if english == "plain" else name
    en = f"{latin} {generic}" if generic else latin
    joined = written + (" " if len(suffix) > 1 else "") + suffix  # 할롱만; 노이바이 국제공항
    return {"vi": text, "ko": joined, "en": en}, "transcription"


@cache
def _place_words() -> dict[str, tuple[str, str]]:
    rows = table("names/vi-place-words")
    return {k: tuple(v.split("\t", 1)) for k, v in rows.items()}  # type: ignore[misc]


@cache
def _equivalents() -> dict[str, list[reference.Row]]:
    """Every form of every reference row (in any language) → the rows that have it."""
    out: dict[str, list[reference.Row]] = {}
    for name in reference.FILES:
        for row in reference.rows(name):
            for form in (
                *row.vi,
                *reference.korean_forms(row),
                row.en,
                reference.english_form(row),
            ):
                out.setdefault(_loose(form), []).append(row)
    return out


def _loose(text: str) -> str:
    """A form compared loosely: case, spaces, hyphens, dots and diacritics ignored."""
    return re.sub(r"[\s\-.'’·]", "", hangul.plain(text).casefold())


def equivalents(form: str, language: str) -> set[str]:
    """The forms a reference row accepts in `language` besides `form` (Viet Nam, Vietnam;
    TP. Hồ Chí Minh, Thành phố Hồ Chí Minh; the form without its country)."""
    out = {form}
    for row in _equivalents().get(_loose(form), []):
        if language == "vi":
            out.update(row.vi)
        elif language == "ko":
            out.update((*reference.korean_forms(row), *row.ko))
        else:
            out.update((row.en, reference.english_form(row)))
        # an acronym the row gives in any language (KOTRA) is right in every language
        out |= {f for f in (*row.vi, *row.ko) if re.fullmatch(r"[A-Z][A-Z0-9&\-]{1,9}", f)}
    for qualifier in (" of Viet Nam", " of Korea"):
        out |= {f.removesuffix(qualifier) for f in list(out)}
    out |= {f.removeprefix("베트남 ").removeprefix("한국 ") for f in list(out)}
    out |= {m for m in map(minister_of, list(out)) if m}
    out |= {f.removesuffix(" Province") + " Provincial" for f in out if f.endswith(" Province")}
    return {f for f in out if f}


def minister_of(form: str) -> str | None:
    """A ministry as its minister's title names it (Ministry of Industry and Trade of Viet
    Nam → Minister of Industry and Trade), or None for what is no ministry. A translation
    that writes "Deputy Minister of Industry and Trade" keeps the ministry's name."""
    if not form.startswith("Ministry of "):
        return None
    core = re.sub(r" of (Viet ?Nam|Korea)$", "", form.removeprefix("Ministry of "))
    return f"Minister of {core}"


def written_as(text: str, source: str, form: str, language: str, kind: str) -> bool:
    """Whether a translation writes a shipped (reference or transcribed) form: the form or
    an equivalent of it, loosely compared; the source's own Latin form (an acronym, a name
    kept as written); for a Korean name, any customary spelling of it."""
    loose = _loose(text)
    candidates = equivalents(form, language)
    if re.fullmatch(r"[A-Za-z0-9&.\- ]+", source):
        candidates.add(source)
    if any(_loose(c) in loose for c in candidates):
        return True
    if kind == "person" and hangul.is_hangul(source) and language in {"vi", "en"}:
        tokens = re.findall(r"[A-Za-z]+", text)
        return any(
            korean.could_be(" ".join(tokens[i : i + n]), source.replace(" ", ""))
            for i in range(len(tokens))
            for n in (2, 3, 4)
            if i + n <= len(tokens)
        )
    return False


PLACE_IN_TEXT = re.compile(
    r"(?<!\w)((?:sân bay quốc tế|sân bay|vịnh|sông|hồ|núi|đảo|chợ|cảng|tỉnh|thành phố)"
    r"(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,4})(?!\w)"
)


def places_in(document: Document, english: str) -> list[Term]:
    """Places a Vietnamese article names after a generic word (tỉnh Bắc Ninh, sân bay quốc
    tế Nội Bài, vịnh Hạ Long), each locked in the three languages."""
    found: dict[str, Term] = {}
    for segment in document.segments:
        for match in PLACE_IN_TEXT.finditer(segment.text):
            words = match.group(1).split()
            lead = next(
                (
                    len(w.split())
                    for w in _place_words()
                    if " ".join(words).casefold().startswith(w + " ")
                ),
                1,
            )
            # The place the generic word names: the longest known one (tỉnh Bắc Ninh, not
            # tỉnh Bắc Ninh Lê Xuân, where a name follows), else two words at most, and
            # none where more capitalised words follow (whose they are is not known).
            known = [
                n
                for n in range(len(words), lead, -1)
                if " ".join(words[lead:n]) in reference.places()
            ]
            if known:
                words = words[: known[0]]
            elif len(words) - lead > 2:
                continue
            text = " ".join(words)
            if text in found:
                continue
            place = place_forms(text, english)
            if place is None or not any(w[:1].isupper() for w in words[1:]):
                continue
            forms, origin = place
            found[text] = Term(forms, (text,), "place", f"{origin}: place", 0, origin)
    return list(found.values())


def lock(
    document: Document,
    glossary: Glossary | None,
    *,
    english: str = "plain",
    shipped: bool = True,
) -> Glossary | None:
    """The glossary the run enforces: the forum's, then the reference glossary, then the
    people's transcribed names; doubts go to the facts' to-check list. None where there
    is no forum glossary and the shipped data is off: nothing is enforced."""
    source = document.source_language
    if glossary is None and not shipped:
        return None
    base = glossary or Glossary([], "", source)
    extra: list[Term] = list(reference.terms()) if shipped else []
    if shipped and source == "vi":
        extra = places_in(document, english) + extra
    for person in document.facts.people:
        if base.lookup(person.name) is not None:
            continue
        forms, doubt = person_forms(person, source, english)
        if doubt:
            where = person.evidence[0] if person.evidence else Evidence("names", "")
            document.facts.to_check.append(ToCheck("name", person.name, doubt, where))
        if not shipped or (doubt and all(f == person.name for f in forms.values())):
            continue
        variants = (forms["vi"],)
        extra.append(Term(forms, variants, "person", "transcribed", 0, "transcription"))
    return base.merged(extra)


def home_province(document: Document) -> str:
    """The one Vietnamese province or centrally run city the article names, if only one:
    the province a bare `Phó Chủ tịch UBND tỉnh` belongs to."""
    found = {
        reference.places()[hit.source].vi[0]
        for segment in document.segments
        for hit in segment.terms
        if hit.kind == "place"
        and hit.source in reference.places()
        and reference.places()[hit.source].country == "vietnam"
        and reference.places()[hit.source].kind in {"province", "city"}
    }
    return found.pop() if len(found) == 1 else ""


def with_home(role: str, home: str) -> str:
    """A role of a province's own bodies that names no province, given the article's one
    (`Phó Chủ tịch UBND tỉnh` → `… UBND tỉnh Bắc Ninh`)."""
    if not home:
        return role
    if re.search(r"(?i)(UBND|Ủy ban nhân dân) (tỉnh|thành phố)$|(Tỉnh|Thành) ủy$", role):
        return f"{role} {home}"
    if re.search(r"(?i)(UBND|Ủy ban nhân dân)$", role):
        row = reference.places().get(home)
        lead = "tỉnh" if row is not None and row.kind == "province" else "thành phố"
        return f"{role} {lead} {home}"
    return role


def record(
    document: Document, glossary: Glossary, *, shipped: bool = True, english: str = "plain"
) -> None:
    """After the glossary is applied: titles and roles from the table, and the review state
    of every label whose text came from shipped data: origin `reference`, not approved."""
    source = document.source_language
    targets = targets_of(source)
    from_table: dict[int, str] = {}  # the label dicts written here, and their origin
    home = home_province(document)
    if shipped:
        for person in document.facts.people:
            if person.title:
                person.titles = titles.title_forms(person.title, source) or {}
            role = person.role.get(source, "")
            listed = glossary.lookup(role) is not None  # the forum's own form of it
            if role and not listed and not any(t in person.role for t in targets):
                found = titles.role_forms(with_home(role, home), source, glossary)
                if found:
                    person.role.update({t: found[t] for t in targets})
                    from_table[id(person.role)] = "reference"
    for label in labels_of(document):
        if shipped and label.kind in {"organisation", "event"} and label.id != "event.name":
            made = titles.institution_forms(label.source(document), source, glossary)
            if made and not any(t in label.holder for t in targets):
                label.holder.update({t: made[t] for t in targets})
                from_table[id(label.holder)] = "reference"
        if shipped and label.id == "event.place" and source == "vi":
            place = place_forms(label.source(document), english)
            if place and not any(t in label.holder for t in targets):
                label.holder.update({t: place[0][t] for t in targets})
                from_table[id(label.holder)] = place[1]
        term = glossary.lookup(label.source(document))
        origin = from_table.get(id(label.holder)) or (term.origin if term else "")
        if origin not in SHIPPED:
            continue
        for target in targets:
            text = label.holder.get(target)
            if text:
                document.labels.setdefault(label.id, {})[target] = Translation(
                    text, origin, "machine"
                )
