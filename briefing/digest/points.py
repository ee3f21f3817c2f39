"""Key points across articles: one list per delegation language, a point several articles
make kept once with all its sources, a point only one outlet makes marked so.

Two articles' points are one point when
- both articles are in one language and their source sentences share most words (Korean
  compared by syllable pairs, which spacing does not change);
- else when they carry the same facts (a figure's value, one side of a disagreement, or two
  facts such as people: `Merged.carried`), or
  their texts in the list's language (one original, one translation) share most syllable
  pairs.
Two points that carry different values of one disputed fact (600 against 700 delegates) are
never one: the disagreement stays visible in the points too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from briefing.digest.merge import Item, Merged, sources_of
from briefing.digest.model import Point
from briefing.languages import LANGUAGES

SAME_LANGUAGE = 0.5  # share of words two source sentences have in common
TRANSLATED = 0.6  # share of syllable pairs two texts in the list's language have in common


@dataclass
class _Candidate:
    item: Item
    text: str  # in the list's language
    segments: list[str]
    source_text: str  # the segments in the article's own language
    facts: set[str]


def _tokens(text: str, language: str) -> set[str]:
    text = unicodedata.normalize("NFC", text).casefold()
    if language == "ko":
        letters = re.sub(r"\W", "", text)
        return {letters[i : i + 2] for i in range(len(letters) - 1)}
    return set(re.findall(r"\w+", text))


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _disputed(a: set[str], b: set[str]) -> bool:
    """Whether the two carry different values of one disputed fact."""
    values_a = {k.rsplit(":", 1)[0]: k for k in a if k.startswith("conflict:")}
    values_b = {k.rsplit(":", 1)[0]: k for k in b if k.startswith("conflict:")}
    return any(values_a[c] != values_b[c] for c in values_a.keys() & values_b.keys())


def _same_point(a: _Candidate, b: _Candidate, language: str) -> bool:
    if a.item is b.item or _disputed(a.facts, b.facts):
        return False
    if a.item.language == b.item.language:
        source = a.item.language
        return (
            _overlap(_tokens(a.source_text, source), _tokens(b.source_text, source))
            >= SAME_LANGUAGE
        )
    shared = a.facts & b.facts
    if any(k.startswith(("figure:", "conflict:")) for k in shared) or len(shared) >= 2:
        return True  # one value of a figure (or of a disputed fact), or two facts
    return _overlap(_tokens(a.text, "ko"), _tokens(b.text, "ko")) >= TRANSLATED


def _candidates(item: Item, merged: Merged, language: str) -> list[_Candidate]:
    summary = item.document.summaries.get(language)
    if summary is None:
        return []
    out = []
    for sentence in summary.sentences:
        source_text = " ".join(
            item.document.segment(s).text
            for s in sentence.segment_ids
            if any(seg.id == s for seg in item.document.segments)
        )
        facts: set[str] = set()
        for segment in sentence.segment_ids:
            facts |= merged.carried.get((item.article, segment), set())
        out.append(_Candidate(item, sentence.text, list(sentence.segment_ids), source_text, facts))
    return out


def key_points(items: list[Item], merged: Merged) -> dict[str, list[Point]]:
    """Per language, the points of every article, near-duplicates once."""
    order = [item.article for item in items]
    outlets = {item.article: item.input.outlet for item in items}
    out: dict[str, list[Point]] = {}
    for language in LANGUAGES:
        groups: list[list[_Candidate]] = []
        for item in items:
            for candidate in _candidates(item, merged, language):
                for group in groups:
                    if any(_same_point(candidate, member, language) for member in group):
                        group.append(candidate)
                        break
                else:
                    groups.append([candidate])
        points = []
        for group in groups:
            shown = next((c for c in group if c.item.language == language), group[0])
            sources = sources_of(((c.item.article, c.segments) for c in group), order)
            single = (
                len({outlets[s.article] for s in sources}) == 1 and len(set(outlets.values())) > 1
            )
            points.append(Point(shown.text, sources, single))
        # What several outlets report first, then in the articles' order.
        points.sort(key=lambda p: (-len(p.sources), order.index(p.sources[0].article)))
        out[language] = points
    return out
