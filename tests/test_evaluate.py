"""The answer keys in tests/data/facts hold: every fact a key names is found, and no extra.

The keys are where fact extraction is measured (`make eval-facts`); this keeps a change in
one reader from quietly undoing an article another rule was written for.
"""

import json
from pathlib import Path

import pytest

from briefing.evaluate import KINDS, Score, articles, evaluate, score_article
from briefing.facts import extract
from briefing.segment import load, segment

FACTS = Path(__file__).parent / "data" / "facts"


def test_every_keyed_article_is_found() -> None:
    pairs = articles(FACTS)
    names = {article.name.split(".")[0] for article, _ in pairs}
    assert len(pairs) == len(list(FACTS.glob("*.key.json")))
    assert {n.split("-")[0] for n in names} == {"vi", "ko"}


@pytest.mark.parametrize("language", ["vi", "ko"])
def test_answer_keys_are_met(language: str) -> None:
    scores = evaluate(FACTS)[language]
    wrong = {kind: s.misses + s.extras for kind, s in scores.items() if s.misses or s.extras}
    assert wrong == {}
    assert all(scores[kind].expected > 0 for kind in KINDS if kind != "titles")


def test_scorer_counts_a_wrong_answer() -> None:
    article_path, key_path = articles(FACTS)[0]
    article, paragraphs = load(article_path)
    facts = extract(segment(article, paragraphs)).facts
    key = json.loads(key_path.read_text(encoding="utf-8"))
    right = {kind: Score() for kind in KINDS}
    score_article(facts, key, right, "right")
    facts.figures = facts.figures[1:]
    if facts.people:
        facts.people[0].name = "Nguyễn Văn Không Có"
    wrong = {kind: Score() for kind in KINDS}
    score_article(facts, key, wrong, "wrong")
    assert wrong["figures"].correct == right["figures"].correct - 1
    assert wrong["figures"].recall < 1.0
    if key.get("people"):
        assert wrong["people"].misses
