"""Extractive summary over aligned segments: no model needed.

The source is ranked (TextRank over TF-IDF sentence similarity, with a small
lead bonus for news), the lead sentence always opens the key points, sentences that
lean on the one before ("Chẳng hạn, …", "Ông đề nghị …") are passed over, and the
same segments are taken for every language, so every delegation's brief states the
same points. Machine output takes no part in the choice.
"""

from __future__ import annotations

import math
from collections import Counter

from briefing.document import Document, Summary, SummarySentence
from briefing.summarize.base import candidates, lead
from briefing.summarize.tokens import content_words


def tfidf_vectors(token_lists: list[list[str]]) -> list[dict[str, float]]:
    """A normalised TF-IDF vector per token list."""
    df: Counter[str] = Counter()
    for tokens in token_lists:
        df.update(set(tokens))
    n = len(token_lists)
    vectors = []
    for tokens in token_lists:
        tf = Counter(tokens)
        vec = {t: (1 + math.log(c)) * math.log((1 + n) / (1 + df[t])) + 1e-9 for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items()})
    return vectors


def textrank(
    token_lists: list[list[str]], damping: float = 0.85, iterations: int = 50
) -> list[float]:
    """TextRank scores of the token lists, over their TF-IDF cosine similarities."""
    vectors = tfidf_vectors(token_lists)
    n = len(vectors)
    if n == 0:
        return []
    weights = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            small, large = sorted((vectors[i], vectors[j]), key=len)
            sim = sum(v * large.get(t, 0.0) for t, v in small.items())
            weights[i][j] = weights[j][i] = sim
    totals = [sum(row) or 1.0 for row in weights]
    scores = [1.0 / n] * n
    for _ in range(iterations):
        scores = [
            (1 - damping) / n
            + damping * sum(weights[j][i] / totals[j] * scores[j] for j in range(n))
            for i in range(n)
        ]
    return scores


def rank(scores: list[float]) -> list[float]:
    """0 for the best score, 1 for the worst."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    ranks = [0.0] * len(scores)
    for position, index in enumerate(order):
        ranks[index] = position / max(len(scores) - 1, 1)
    return ranks


class ExtractiveSummarizer:
    """Key points chosen from the article: the lead, then the best-ranked source
    sentences, shown in every language."""

    method = "extractive"

    def __init__(self, lead_weight: float = 0.15) -> None:
        self.lead_weight = lead_weight

    def select(self, document: Document, sentences: int) -> list[str]:
        """The lead, then the best-ranked other sentences, in article order. Only the
        source is ranked: machine translations (and the glossary that shapes them) never
        change which sentences are chosen."""
        ids = candidates(document)
        if not ids or sentences < 1:
            return []
        language = document.source_language
        tokens = [content_words(document.segment(i).text, language) for i in ids]
        combined = rank(textrank(tokens))
        paragraphs = [document.segment(i).paragraph for i in ids]
        first, last = min(paragraphs), max(paragraphs)
        for k, p in enumerate(paragraphs):
            combined[k] += self.lead_weight * (p - first) / max(last - first, 1)
        order = sorted(range(len(ids)), key=lambda k: (combined[k], k))
        opening = lead(document)
        chosen = [ids.index(opening)] if opening is not None else []
        chosen += [k for k in order if k not in chosen][: sentences - len(chosen)]
        return [ids[k] for k in sorted(chosen)]

    def summarize(self, document: Document, sentences: int) -> dict[str, Summary]:
        """The chosen sentences in every language, each linked to its segment."""
        chosen = self.select(document, sentences)
        return {
            language: Summary(
                language=language,
                method=self.method,
                sentences=[
                    SummarySentence(document.text(document.segment(i), language), [i])
                    for i in chosen
                ],
            )
            for language in document.languages()
        }

    def signature(self) -> dict[str, str]:
        """The method and lead weight, for the run's signature."""
        return {"summarizer": self.method, "lead_weight": str(self.lead_weight)}
