"""`make eval-digest`: precision and recall of a digest's merged facts against answer keys.

A key set is a folder of events, `<event>/NN-outlet.<vi|ko>.txt` and `<event>/key.json`
(people, organisations, figures and conflicts, each with the articles it is stated in;
see docs/digest.md). Each event's articles are read and briefed in memory with the fake
translator (no model: the facts, names and summaries are the real ones, the translations
are tagged copies, which the merging does not rely on), then digested.

What counts as right:
- people: a digest person one of whose forms equals one of a key person's names (NFC,
  case, spaces and hyphens ignored) and whose source articles are the key's, no more, no fewer;
- organisations: likewise, any form against any of the key's names;
- figures: the key's value, its unit where both give one, a label (in any language) holding
  one of the key's `must` words, and the same source articles;
- conflicts: the same kind and as many values, each key value matched by a value equal to
  it (a figure's by value; a date's by its ISO text; a role's or venue's text holding the
  key's, or the other way round) with the same source articles.
Precision: right entries / entries the digest states; recall: key entries matched / key
entries. Each entry matches once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.digest.build import assemble, input_of
from briefing.digest.merge import Item
from briefing.digest.model import Conflict, Digest, DigestFigure
from briefing.document import Document
from briefing.errors import InputError
from briefing.evaluate import same_unit

KINDS = ("people", "organisations", "figures", "conflicts")
ARTICLE = re.compile(r".+\.(vi|ko)\.txt$")


@dataclass
class Score:
    """Precision and recall of one kind of merged fact against the key, with the misses
    and extras."""

    expected: int = 0
    found: int = 0
    correct: int = 0
    matched: int = 0  # key entries matched (recall's numerator)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Correct among found (1.0 when nothing was found)."""
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Key entries matched among expected (1.0 when nothing was expected)."""
        return self.matched / self.expected if self.expected else 1.0

    def add(self, other: Score) -> None:
        """Add another score's counts, misses and extras to this one."""
        self.expected += other.expected
        self.found += other.found
        self.correct += other.correct
        self.matched += other.matched
        self.misses += other.misses
        self.extras += other.extras


def norm(text: str) -> str:
    """NFC, case, spaces and hyphens ignored."""
    return re.sub(r"[\s\-‐–]", "", unicodedata.normalize("NFC", text).casefold())


def fold(text: str) -> str:
    """Text compared loosely: NFC, case-folded, punctuation as spaces, spaces squeezed."""
    return " ".join(
        re.sub(r"[,.;:()\"“”]", " ", unicodedata.normalize("NFC", text).casefold()).split()
    )


def _articles(entry: Any) -> set[str]:
    if isinstance(entry, Conflict):
        return {s.article for v in entry.values for s in v.sources}
    return {s.article for s in entry.sources}


def _match(
    found: list[Any],
    expected: list[dict[str, Any]],
    right: Callable[[Any, dict[str, Any]], bool],
    name: Callable[[Any], str],
    where: str,
) -> Score:
    score = Score(expected=len(expected), found=len(found))
    left = list(found)
    for key in expected:
        hit = next((f for f in left if right(f, key)), None)
        if hit is None:
            score.misses.append(f"{where} {_key_name(key)} {sorted(key.get('sources', []))}")
        else:
            left.remove(hit)
            score.matched += 1
            score.correct += 1
    score.extras += [f"{where} {name(f)} {sorted(_articles(f))}" for f in left]
    return score


def _key_name(key: dict[str, Any]) -> str:
    if "names" in key:
        return str(key["names"][0])
    if "values" in key:
        return f"{key.get('kind')} {key.get('about')}: " + " / ".join(
            str(v.get("text")) for v in key["values"]
        )
    return f"{key.get('value')} {key.get('unit') or ''}".strip()


def _named(forms: Iterable[str], names: Iterable[str]) -> bool:
    return bool({norm(f) for f in forms if f} & {norm(n) for n in names if n})


def _figure_right(figure: DigestFigure, key: dict[str, Any]) -> bool:
    value = float(key["value"])
    if abs(figure.value - value) > 1e-9 * max(1.0, abs(value)):
        return False
    if key.get("unit") and figure.unit and not same_unit(figure.unit, key["unit"]):
        return False
    labels = [fold(m) for m in figure.measure.values() if m]
    must = [fold(w) for w in key.get("must", [])]
    if must and not any(w in label for w in must for label in labels):
        return False
    return _articles(figure) == set(key.get("sources", []))


def _value_right(kind: str, found: Any, key: dict[str, Any]) -> bool:
    if {s.article for s in found.sources} != set(key.get("sources", [])):
        return False
    if kind == "figure":
        return found.value is not None and abs(found.value - float(key["value"])) <= 1e-9 * max(
            1.0, abs(float(key["value"]))
        )
    if kind == "date":
        return found.written == key.get("text")
    texts = [fold(t) for t in (found.written, *found.text.values()) if t]
    wanted = fold(str(key.get("text", "")))
    if kind == "role":  # the position a role names, in the titles table's languages
        from briefing.names.titles import position

        keyed = position(str(key.get("text", "")), "ko" if re.search("[가-힣]", wanted) else "vi")
        if keyed is not None and any(fold(keyed.forms["en"]) == fold(t) for t in texts):
            return True
    return bool(wanted) and any(wanted in t or t in wanted for t in texts)


def _conflict_right(conflict: Conflict, key: dict[str, Any]) -> bool:
    if conflict.kind != key.get("kind") or len(conflict.values) != len(key.get("values", [])):
        return False
    left = list(conflict.values)
    for value in key["values"]:
        hit = next((v for v in left if _value_right(conflict.kind, v, value)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def score_digest(digest: Digest, key: dict[str, Any], where: str = "") -> dict[str, Score]:
    """The digest's counts against one event's key."""
    return {
        "people": _match(
            digest.people,
            key.get("people", []),
            lambda p, k: (
                _named(p.forms + list(p.names.values()), k["names"])
                and _articles(p) == set(k.get("sources", []))
            ),
            lambda p: p.names.get("vi") or p.forms[0],
            where,
        ),
        "organisations": _match(
            digest.organisations,
            key.get("organisations", []),
            lambda o, k: (
                _named(o.forms + list(o.name.values()), k["names"])
                and _articles(o) == set(k.get("sources", []))
            ),
            lambda o: o.name.get("vi") or o.forms[0],
            where,
        ),
        "figures": _match(
            digest.figures,
            key.get("figures", []),
            _figure_right,
            lambda f: f"{f.text.get('en', f.value)} ({f.measure.get('vi') or f.concept})",
            where,
        ),
        "conflicts": _match(
            digest.conflicts,
            key.get("conflicts", []),
            _conflict_right,
            lambda c: f"{c.kind} " + " / ".join(v.written for v in c.values),
            where,
        ),
    }


# ----------------------------------------------------------------------------- running


def brief_in_memory(path: Path, settings: Any, translators: Any, summarizer: Any) -> Document:
    """An article read, its facts and names locked, translated by the fake translator and
    summarised, as `briefing brief --backend fake --memory none` does, but nothing written."""
    from briefing import names
    from briefing.facts import extract
    from briefing.pipeline import (
        SilentReporter,
        Timer,
        apply_glossary,
        find_glossary,
        for_source,
        summarize,
        translate_all,
    )
    from briefing.qa import check
    from briefing.segment import load, segment

    article, paragraphs = load(path, max_bytes=settings.max_input_bytes)
    document = extract(segment(article, paragraphs))
    source = document.source_language
    document.title = {source: article.title}
    glossary = names.lock(document, find_glossary(path, settings, source))
    if glossary is not None:
        document = apply_glossary(document, glossary)
        names.record(document, glossary)
    document = translate_all(
        document, for_source(translators, source), glossary, None, SilentReporter(), Timer()
    )
    return check(summarize(document, summarizer, settings.summary_sentences))


def events(folder: Path) -> list[Path]:
    """The event folders under `folder` that hold a key.json."""
    return sorted(p.parent for p in folder.glob("*/key.json"))


def evaluate(folder: Path) -> dict[str, dict[str, Score]]:
    """Scores per event (folder name) and kind."""
    from briefing.config import load_settings
    from briefing.pipeline import build_summarizer, build_translators

    found = events(folder)
    if not found:
        raise InputError(f"{folder}: no <event>/key.json with its articles; see docs/digest.md")
    settings = load_settings({"backend": "fake", "memory": "none"})
    translators = build_translators(settings, ("vi", "ko"))
    summarizer = build_summarizer(settings)
    results: dict[str, dict[str, Score]] = {}
    for event in found:
        key = json.loads((event / "key.json").read_text(encoding="utf-8"))
        listed = key.get("articles") or {}
        paths = sorted(
            p
            for p in event.iterdir()
            if ARTICLE.fullmatch(p.name) and (not listed or p.name in listed)
        )
        missing = [name for name in listed if not (event / name).is_file()]
        if missing:
            raise InputError(f"{event / missing[0]}: listed in key.json but not in the folder")
        items = []
        for path in paths:
            document = brief_in_memory(path, settings, translators, summarizer)
            items.append(Item(input_of(document, None), document))
        digest = assemble(items)
        results[event.name] = score_digest(digest, key, event.name)
    return results


def table(results: dict[str, dict[str, Score]]) -> str:
    """One row per kind over every event, then one per event and kind."""
    lines = [
        "| event | kind | expected | found | correct | precision | recall |",
        "|---|---|---|---|---|---|---|",
    ]

    def row(event: str, kind: str, s: Score) -> str:
        return (
            f"| {event} | {kind} | {s.expected} | {s.found} | {s.correct} | "
            f"{s.precision:.0%} | {s.recall:.0%} |"
        )

    for kind in KINDS:
        total = Score()
        for scores in results.values():
            total.add(scores[kind])
        lines.append(row("all", kind, total))
    for event, scores in results.items():
        for kind in KINDS:
            lines.append(row(event, kind, scores[kind]))
    return "\n".join(lines)
