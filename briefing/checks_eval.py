"""`make eval-checks`: how many single meaning-changing alterations the checks catch, and
how many flags they raise on correct translations.

The alteration set, `tests/data/checks/alterations.tsv`, was written by someone who had
not seen the checks: each row is a source sentence or label, a correct translation and a
copy with one alteration of a kind (negation, role, label, untranslated, figure, name,
term). Each row is checked as the pipeline checks it: the source read by the fact readers,
its names, places and institutions locked by the names stage with the seed forum's
glossary (the rows name its people and terms), then `briefing.qa` on the translation (a label by the label check). An
alteration is caught when the altered translation gets a flag the correct one does not; a
false flag is any flag on a correct translation.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.document import Segment, Translation


@dataclass
class KindScore:
    """How the checks did on one kind of alteration: caught, missed, and false flags on
    the correct translations."""

    kind: str
    total: int = 0
    caught: int = 0
    false_flags: int = 0  # correct translations of this kind with a flag
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)


def _flags(
    source: str, source_language: str, target: str, text: str, label: bool, glossary: Path | None
) -> set[str]:
    from briefing import names
    from briefing.facts import extract
    from briefing.glossary import load_glossary, term_hits
    from briefing.qa import check_label, check_segment
    from briefing.segment import load, segment

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"row.{source_language}.txt"
        path.write_text(source + "\n", encoding="utf-8")
        article, paragraphs = load(path, language=source_language)
    document = extract(segment(article, paragraphs))
    forum = load_glossary(glossary).for_source(source_language) if glossary else None
    locked = names.lock(document, forum)
    assert locked is not None
    unlisted = [p.name for p in document.facts.people if locked.lookup(p.name) is None]
    hits = term_hits(source, locked, unlisted)
    if label:
        forms = {hit.source: hit.forms for hit in hits if hit.listed}
        origins = {hit.source: (hit.origin, hit.kind) for hit in hits if hit.listed}
        found = check_label(source, text, target, source_language, forms, origins)
    else:
        row = Segment("x1", 1, source, terms=hits)
        row.translations[target] = Translation(text, "human", "approved")
        found = check_segment(row, target, source_language)
    return {f"{flag.code}: {flag.message}" for flag in found}


def evaluate(path: Path, glossary: Path | None = None) -> dict[str, KindScore]:
    """Run the checks on every row of the alteration set at `path` (TSV) and return a score
    per kind of alteration."""
    scores: dict[str, KindScore] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        kind = row["kind"]
        score = scores.setdefault(kind, KindScore(kind))
        args = (row["source"], row["source_lang"], row["target_lang"])
        label = kind == "label"
        correct = _flags(*args, row["correct"], label, glossary)
        altered = _flags(*args, row["altered"], label, glossary)
        score.total += 1
        codes_correct = {f.split(":")[0] for f in correct}
        if {f.split(":")[0] for f in altered} - codes_correct or altered - correct:
            score.caught += 1
        else:
            score.misses.append(f"{row['id']} {row['note']}: {row['altered'][:90]}")
        if correct:
            score.false_flags += 1
            score.false.append(f"{row['id']}: {sorted(correct)[0][:120]}")
    return scores


def table(scores: Iterable[KindScore]) -> str:
    """The scores as a Markdown table, with a total row."""
    lines = ["| kind | caught | rate | false flags on correct |", "|---|---|---|---|"]
    total = KindScore("all")
    for score in scores:
        rate = f"{score.caught / score.total:.0%}" if score.total else "—"
        lines.append(
            f"| {score.kind} | {score.caught}/{score.total} | {rate} | {score.false_flags} |"
        )
        total.total += score.total
        total.caught += score.caught
        total.false_flags += score.false_flags
    if total.total:
        lines.append(
            f"| all | {total.caught}/{total.total} | {total.caught / total.total:.0%} | "
            f"{total.false_flags} |"
        )
    return "\n".join(lines)
