"""The forum's glossary: reading it (CSV or TBX-Basic), finding its terms in a text,
and protecting them through machine translation.

Before a sentence goes to the model, each glossary term and person name in it is
replaced by a placeholder (`XQ1`, `XQ2`, …: short upper-case tokens that NLLB-family
models copy through like an acronym); after translation the canonical target form
is put where the placeholder came out. A placeholder the model dropped is put back
at the matching position and the segment is flagged for review, so a canonical
form is never silently lost.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.document import TermHit
from briefing.errors import InputError

COLUMNS = ("vi", "ko", "en")


@dataclass(frozen=True)
class Term:
    """A glossary entry: its canonical form per language, the forms that match, its kind,
    and where it came from."""

    forms: dict[str, str]  # canonical form per language
    variants: tuple[str, ...]  # Vietnamese forms that match (the canonical one first)
    kind: str = "term"
    note: str = ""
    row: int = 0
    origin: str = "glossary"  # glossary (the forum's), reference (shipped data), transcription
    alternates: tuple[str, ...] = ()  # further Korean forms that match in a Korean article


def fold(text: str) -> str:
    """Matching key: NFC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@dataclass
class Glossary:
    """The terms enforced on a run, looked up by the forms that match in the source language."""

    terms: list[Term] = field(default_factory=list)
    path: str = ""
    source: str = "vi"  # the column matched in the article

    def __post_init__(self) -> None:
        if self.source == "vi":
            self._by_variant = {fold(v): t for t in self.terms for v in t.variants}
        else:
            self._by_variant = {}
            for t in reversed(self.terms):  # the first term that claims a form keeps it
                for form in (t.forms.get(self.source, ""), *t.alternates):
                    if form:
                        self._by_variant[fold(form)] = t
        variants = sorted(self._by_variant, key=len, reverse=True)
        # Korean nouns take particles (과학기술정보통신부는): no word boundary after Hangul.
        after = r"(?!\w)" if self.source != "ko" else r"(?![A-Za-z0-9])"
        self._pattern = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(v) for v in variants) + r")" + after, re.I)
            if variants
            else None
        )

    def for_source(self, source: str) -> Glossary:
        """The same glossary matched in `source`'s column (used in reverse for Korean)."""
        return self if source == self.source else Glossary(self.terms, self.path, source)

    def __len__(self) -> int:
        return len(self.terms)

    def lookup(self, text: str) -> Term | None:
        """The term that `text` is a form of, or None."""
        return self._by_variant.get(fold(text))

    def find(self, text: str) -> list[tuple[int, int, Term]]:
        """Non-overlapping matches, longest first at each position. In a Korean text a
        shipped (reference or transcribed) form must end the word or be followed by a
        particle: 서울 is not read inside 서울대학교."""
        if self._pattern is None:
            return []
        normalised = unicodedata.normalize("NFC", text)
        found: list[tuple[int, int, Term]] = []
        for m in self._pattern.finditer(normalised):
            term = self._by_variant[fold(m.group(1))]
            shipped = self.source == "ko" and term.origin != "glossary"
            if shipped and not ends_korean_word(normalised, m.end()):
                continue
            if found and found[-1][2] is term and _bracketed(normalised, found[-1][1], m):
                continue  # `Cơ quan Xúc tiến … (KOTRA)`: the short form stays as written
            found.append((m.start(), _with_own_gloss(normalised, m.end(), term), term))
        return found

    def merged(self, extra: Iterable[Term], path: str | None = None) -> Glossary:
        """This glossary's terms first, then `extra` where no term of this one claims the
        same source form: the forum's glossary wins over what is shipped."""
        claimed = set(self._by_variant)
        terms = list(self.terms)
        for term in extra:
            source_forms = (
                term.variants
                if self.source == "vi"
                else (term.forms.get(self.source, ""), *term.alternates)
            )
            if not any(fold(form) in claimed for form in source_forms if form):
                terms.append(term)
                claimed.update(fold(form) for form in source_forms if form)
        return Glossary(terms, self.path if path is None else path, self.source)


def _with_own_gloss(text: str, end: int, term: Term) -> int:
    """The end of a match that the article glosses with the term's own other form in
    brackets (`팜 티 응옥 마이(Phạm Thị Ngọc Mai)`): the brackets go with the name, so a
    translation does not write the name twice."""
    gloss = re.match(r"\s?\(([^()]{2,60})\)", text[end:])
    if gloss and fold(gloss.group(1)) in {fold(f) for f in term.forms.values()}:
        return end + gloss.end()
    return end


def _bracketed(text: str, previous_end: int, match: re.Match[str]) -> bool:
    return text[previous_end : match.start()].strip() == "(" and text[match.end() :][:1] == ")"


# Particles and endings that may follow a Korean noun (longest first where it matters).
PARTICLES = (
    "에서는",
    "에서도",
    "으로서",
    "으로는",
    "에서",
    "에게",
    "으로",
    "까지",
    "부터",
    "과의",
    "와의",
    "에는",
    "에도",
    "이며",
    "이고",
    "이다",
    "이라",
    "보다",
    "처럼",
    "만",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "와",
    "과",
    "도",
    "로",
    "측",
    "께",
    "랑",
)


def ends_korean_word(text: str, end: int) -> bool:
    """Whether a Korean noun ending at `end` ends its word (space, punctuation, a particle)."""
    rest = text[end:]
    if not rest or not ("\uac00" <= rest[0] <= "\ud7a3"):
        return True
    word = rest.split(maxsplit=1)[0] if rest.strip() else ""
    word = word.rstrip(".,;:!?)”’\"'")
    return word in PARTICLES or any(word.startswith(p) for p in PARTICLES if len(p) > 1)


# ----------------------------------------------------------------------------- reading


def load_glossary(path: Path) -> Glossary:
    """Read a glossary file (.csv or .tbx); an `InputError` says what is wrong with it."""
    if not path.is_file():
        raise InputError(f"{path}: no such glossary file; give a .csv (vi,ko,en,kind,note) or .tbx")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: the glossary is not UTF-8; re-save it as UTF-8") from None
    if path.suffix.lower() in {".tbx", ".xml"}:
        return Glossary(parse_tbx(text, str(path)), str(path))
    return Glossary(parse_csv(text, str(path)), str(path))


def _split_variants(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def parse_csv(text: str, name: str = "glossary") -> list[Term]:
    """The terms of a glossary CSV (header vi,ko,en,kind,note); an `InputError` names the
    bad row."""
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise InputError(
            f"{name}: the header lacks column(s) {', '.join(missing)}; "
            "the first row must be vi,ko,en,kind,note"
        )
    reader.fieldnames = header
    rows = []
    for number, row in enumerate(reader, start=2):
        if row.get(None):
            raise InputError(f"{name}: row {number} has more cells than the header")
        cells = {k: (v or "").strip() for k, v in row.items() if k}
        if not any(cells.values()):
            continue
        empty = [c for c in COLUMNS if not cells.get(c)]
        if empty:
            raise InputError(f"{name}: row {number} has an empty {', '.join(empty)} term")
        kind = cells.get("kind") or "term"
        variants = _split_variants(cells["vi"])
        forms = {"vi": variants[0], "ko": cells["ko"], "en": cells["en"]}
        rows.append(Term(forms, tuple(variants), kind, cells.get("note", ""), number))
    return _check_conflicts(rows, name)


def _check_conflicts(terms: Iterable[Term], name: str) -> list[Term]:
    seen: dict[str, Term] = {}
    out = []
    for term in terms:
        for variant in term.variants:
            other = seen.get(fold(variant))
            if other is None:
                seen[fold(variant)] = term
                continue
            if (other.forms["ko"], other.forms["en"]) != (term.forms["ko"], term.forms["en"]):
                raise InputError(
                    f"{name}: row {term.row} gives {variant!r} other targets than row {other.row} "
                    f"({term.forms['ko']} / {term.forms['en']} against "
                    f"{other.forms['ko']} / {other.forms['en']}); keep one"
                )
            break
        else:
            out.append(term)
    return out


def parse_tbx(text: str, name: str = "glossary") -> list[Term]:
    """TBX-Basic (TBX 2 `termEntry/langSet/tig/term` or TBX 3 `conceptEntry/langSec/termSec`)."""
    import defusedxml.ElementTree as ET
    from defusedxml import DefusedXmlException

    try:
        root = ET.fromstring(text)
    except (ET.ParseError, DefusedXmlException) as exc:
        raise InputError(f"{name}: not a well-formed TBX file ({exc})") from None
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    terms = []
    entries = [e for e in root.iter() if local(e.tag) in {"termEntry", "conceptEntry"}]
    for number, entry in enumerate(entries, start=1):
        by_lang: dict[str, list[str]] = {}
        kind, note = "term", ""
        for element in entry.iter():
            tag = local(element.tag)
            if tag in {"langSet", "langSec"}:
                lang = (element.get(xml_lang) or element.get("lang") or "").lower()[:2]
                by_lang.setdefault(lang, []).extend(
                    (t.text or "").strip()
                    for t in element.iter()
                    if local(t.tag) == "term" and (t.text or "").strip()
                )
            elif tag == "descrip" and element.get("type") in {"subjectField", "kind"}:
                kind = (element.text or kind).strip()
            elif tag == "note":
                note = (element.text or "").strip()
        empty = [c for c in COLUMNS if not by_lang.get(c)]
        if empty:
            raise InputError(f"{name}: entry {number} has no {', '.join(empty)} term")
        terms.append(
            Term({c: by_lang[c][0] for c in COLUMNS}, tuple(by_lang["vi"]), kind, note, number)
        )
    return _check_conflicts(terms, name)


def beside(article: Path) -> Path | None:
    """`seeds/x.vi.txt` → `seeds/x.glossary.csv` (or .tbx), if it exists."""
    stem = article.name.split(".")[0]
    for candidate in (f"{stem}.glossary.csv", f"{stem}.glossary.tbx", "glossary.csv"):
        path = article.with_name(candidate)
        if path.is_file():
            return path
    return None


# ----------------------------------------------------------------------------- hits and protection


def term_hits(text: str, glossary: Glossary, names: Iterable[str] = ()) -> list[TermHit]:
    """Glossary terms and the given (unlisted) person names found in `text`."""
    hits = [
        TermHit(text[s:e], s, e, dict(t.forms), t.kind, True, t.origin)
        for s, e, t in glossary.find(text)
    ]
    taken = [(h.start, h.end) for h in hits]
    for name in sorted(set(names), key=len, reverse=True):
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            forms = {"vi": name, "ko": name, "en": name}
            hits.append(TermHit(name, match.start(), match.end(), forms, "person", False, ""))
    return sorted(hits, key=lambda h: h.start)


PLACEHOLDER = "XQ{}"
_PLACEHOLDER = re.compile(r"X\s?Q\s?0*(\d{1,3})(?!\d)", re.I)


def protect(text: str, hits: list[TermHit]) -> str:
    """`text` with each glossary hit replaced by a numbered placeholder the model keeps."""
    out = []
    position = 0
    for number, hit in enumerate(hits, start=1):
        out.append(text[position : hit.start])
        out.append(PLACEHOLDER.format(number))
        position = hit.end
    out.append(text[position:])
    return "".join(out)


def restore(
    translated: str, source: str, hits: list[TermHit], target: str
) -> tuple[str, list[str]]:
    """Canonical target forms where the placeholders came out; returns the text and the
    forms that had to be put back because the model dropped their placeholder."""
    found: set[int] = set()

    def put(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if 1 <= number <= len(hits):
            found.add(number)
            return hits[number - 1].forms[target]
        return ""

    text = _PLACEHOLDER.sub(put, translated)
    reinserted = []
    for number, hit in enumerate(hits, start=1):
        if number in found:
            continue
        form = hit.forms[target]
        at = _insertion_point(text, source, hits, number, found, target)
        text = (text[:at].rstrip() + " " + form + " " + text[at:].lstrip()).strip()
        found.add(number)
        reinserted.append(form)
    return " ".join(text.split()), reinserted


def _insertion_point(
    text: str, source: str, hits: list[TermHit], number: int, found: set[int], target: str
) -> int:
    """Beside the neighbouring term that did come through (after the one before it in
    the source, else before the one after it); else at the same relative position."""
    before = [n for n in found if n < number]
    if before:
        form = hits[max(before) - 1].forms[target]
        if form in text:
            return text.index(form) + len(form)
    after = [n for n in found if n > number]
    if after:
        form = hits[min(after) - 1].forms[target]
        if form in text:
            return text.index(form)
    at = round(len(text) * hits[number - 1].start / max(len(source), 1))
    while 0 < at < len(text) and not text[at - 1].isspace():
        at += 1
    return at
