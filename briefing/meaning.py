"""Checks of meaning a figure or glossary check cannot see: a negation added or lost, a
position's rank or post changed, a clause of the source left untranslated.

- Polarity: the negation markers of each language (`data/checks/negation-*.txt`: vi
  không, chưa, chẳng …; ko 않, 못, 없 …; en not, never, n't, without …) are counted in the
  source and the translation, set phrases that only look negative left out (vi `không
  chỉ … mà còn`, `hàng không`; ko `없이`; en `not only`); a different count is flagged.
- Roles: the positions the titles table lists are found in the source; each must come out
  as the table's form in the translation, and the rank words (Phó, Thứ trưởng; 부-, 차관;
  Deputy, Vice) are counted apart, so 차관 → 장관 and Director → Deputy Director are seen.
- Untranslated clauses: three or more words of the source language in a row inside a
  translation (outside the locked names and terms) are a clause the model left alone.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.data import by_length, words
from briefing.document import Flag
from briefing.glossary import fold

_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_VIETNAMESE_LETTER = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]")


@cache
def _negation(language: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(markers, set phrases that only look negative) of `language`."""
    markers = [m.replace("_", " ") for m in by_length(words(f"checks/negation-{language}"))]
    phrases = by_length(words(f"checks/not-negation-{language}"))
    if language == "ko":  # inside a word: 하지 않았다, 못했다, 없다
        marker = re.compile("|".join(re.escape(m) for m in markers))
    else:
        marker = re.compile(
            r"(?<!\w)(" + "|".join(re.escape(m) for m in markers) + r")(?!\w)", re.I
        )
    phrase = re.compile("|".join(re.escape(p) for p in phrases), re.I) if phrases else None
    return marker, phrase


def negations(text: str, language: str) -> int:
    """How many negation markers `text` has, set phrases left out."""
    marker, phrase = _negation(language)
    if phrase is not None:
        text = phrase.sub(" ", text)
    if language == "en":
        text = re.sub(r"n['’]t\b", " not", text, flags=re.I)
    return len(marker.findall(text))


def polarity_flags(source: str, text: str, source_language: str, target: str) -> list[Flag]:
    """An error flag when the translation has more or fewer negations than the source."""
    found, expected = negations(text, target), negations(source, source_language)
    if found == expected:
        return []
    if found > expected:
        message = f"the translation has a negation the source does not ({found} against {expected})"
    else:
        message = f"the translation lost a negation of the source ({found} against {expected})"
    return [Flag("polarity", "error", message, target)]


# ----------------------------------------------------------------------------- roles


@cache
def _positions(language: str) -> list[tuple[str, dict[str, tuple[str, ...]]]]:
    """(form, the entry's forms per language) for every position form of `language`,
    longest first."""
    from briefing.names.titles import entries

    out = []
    for entry in entries():
        if entry.kind != "position":
            continue
        for form in entry.matches[language]:
            out.append((form, entry.matches))
    return sorted(out, key=lambda kv: -len(kv[0]))


@cache
def _position_pattern(
    language: str,
) -> tuple[re.Pattern[str], dict[str, dict[str, tuple[str, ...]]]]:
    """One alternation of every position form of `language`, longest first, and the
    entry of each (folded) form."""
    entries: dict[str, dict[str, tuple[str, ...]]] = {}
    for form, forms in _positions(language):
        key = form if language == "ko" else fold(form)
        if len(key) >= 2:
            entries.setdefault(key, forms)
    alternation = "|".join(re.escape(k) for k in sorted(entries, key=len, reverse=True))
    if language == "ko":
        return re.compile(alternation), entries
    return re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)"), entries


def positions_in(text: str, language: str) -> list[dict[str, tuple[str, ...]]]:
    """The positions the table lists that `text` names, longest match first, no overlaps."""
    pattern, entries = _position_pattern(language)
    haystack = text if language == "ko" else fold(text)
    return [entries[m.group(0)] for m in pattern.finditer(haystack)]


DEPUTY = {
    "vi": re.compile(r"(?<!\w)(Phó|Thứ trưởng)(?!\w)", re.I),
    "en": re.compile(r"(?<!\w)(Deputy|Vice|Vice-)(?!\w)", re.I),
    "ko": re.compile(
        r"부(?:총리|위원장|원장|총장|시장|지사|회장|사장|대표|국장|총영사|대사|장관|주석|의장|청장|소장|센터장|법인장|부장)|차관"
    ),
}


def deputies(text: str, language: str) -> int:
    """How many deputy ranks `text` names (Phó …, Thứ trưởng; 부…, 차관; Deputy, Vice)."""
    return len(DEPUTY[language].findall(text))


def role_flags(source: str, text: str, source_language: str, target: str) -> list[Flag]:
    """Error flags when the translation changes how many deputy ranks the source names, or
    renders a position it names as another position."""
    flags = []
    expected, found = deputies(source, source_language), deputies(text, target)
    if expected != found:
        flags.append(
            Flag(
                "role-rank",
                "error",
                f"the source names {expected} deputy rank(s), the translation {found}",
                target,
            )
        )
    wanted = positions_in(source, source_language)
    present = positions_in(text, target)
    present_forms = {fold(f) for forms in present for f in forms[target]}
    for forms in wanted:
        if not _distinct(forms):
            continue
        options = forms[target]
        if any(fold(option) in present_forms or _has(text, option, target) for option in options):
            continue
        family = _family(forms)
        others = [
            p
            for p in present
            if p is not forms
            and _distinct(p)
            and _family(p) != family  # a minister's deputy is a rank, not another post
            and not set(p[target]) & set(options)
        ]
        if others:
            flags.append(
                Flag(
                    "role-changed",
                    "error",
                    f"the position “{forms[source_language][0]}” should read “{options[0]}”, "
                    f"not “{others[0][target][0]}”",
                    target,
                )
            )
    return flags


def _family(forms: dict[str, tuple[str, ...]]) -> str:
    """The post a position belongs to (Minister, Ambassador, Chairman …: the words of
    `checks/distinct-posts`), or "" for one whose name varies with the institution it heads
    (Director, President). Rank within a post is checked apart."""
    english = forms["en"][0]
    return next(
        (
            w
            for w in words("checks/distinct-posts")
            if re.search(r"(?<!\w)" + w + r"(?!\w)", english)
        ),
        "",
    )


def _distinct(forms: dict[str, tuple[str, ...]]) -> bool:
    """A post a translation must keep (a minister, an ambassador)."""
    return bool(_family(forms))


def _has(text: str, form: str, language: str) -> bool:
    if language == "ko":
        return form in text
    return re.search(r"(?<!\w)" + re.escape(fold(form)) + r"(?!\w)", fold(text)) is not None


# ----------------------------------------------------------------------------- untranslated


def untranslated_flags(
    text: str, source_language: str, target: str, locked: list[str]
) -> list[Flag]:
    """A run of source-language words left inside a translation, locked forms set aside."""
    rest = text
    for form in sorted(locked, key=len, reverse=True):
        if form:
            rest = rest.replace(form, " ")
    run = ""
    if source_language == "vi" and target in {"ko", "en"}:
        run = _vietnamese_run(rest)
    elif source_language == "ko" and target in {"vi", "en"}:
        words_found = _HANGUL_WORD.findall(rest)
        run = " ".join(words_found) if len(words_found) >= 2 else ""
    if not run:
        return []
    return [Flag("untranslated-part", "error", f"left in the source language: “{run}”", target)]


def _vietnamese_run(text: str) -> str:
    """Three or more Vietnamese words in a row, at least one with a Vietnamese letter."""
    tokens = re.findall(r"[^\W\d_]+", text)
    best: list[str] = []
    current: list[str] = []
    for token in tokens:
        if _looks_vietnamese(token):
            current.append(token)
        else:
            current = []
        if len(current) >= 3 and any(_VIETNAMESE_LETTER.search(t) for t in current):
            best = list(current) if len(current) > len(best) else best
    return " ".join(best)


@cache
def _vietnamese_words() -> frozenset[str]:
    return frozenset(words("checks/vietnamese-plain-words"))


def _looks_vietnamese(token: str) -> bool:
    if _HANGUL_WORD.fullmatch(token):
        return False
    return bool(_VIETNAMESE_LETTER.search(token)) or token.lower() in _vietnamese_words()
