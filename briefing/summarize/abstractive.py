"""Abstractive summary with a transformers seq2seq model (mT5 XL-Sum by default).

Each language version is summarised on its own; each generated sentence is linked
to the segments it shares the most character bigrams with, so a reader can check
it against the text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from briefing.document import Document, Summary, SummarySentence
from briefing.errors import ModelError
from briefing.modelstore import resolve
from briefing.paths import default_models_dir
from briefing.summarize.base import candidates

_SENTENCE = re.compile(r"(?<=[.!?。])\s+")


def bigrams(text: str) -> set[str]:
    """The character bigrams of `text`, lower case, spaces squeezed."""
    squashed = re.sub(r"\s+", " ", text.lower())
    return {squashed[i : i + 2] for i in range(len(squashed) - 1)}


def link(
    sentence: str, document: Document, language: str, ids: list[str], top: int = 2
) -> list[str]:
    """The segments (up to `top`, in article order) whose text shares the most bigrams with
    a generated sentence; the first segment when none does."""
    grams = bigrams(sentence)
    scored = []
    for seg_id in ids:
        other = bigrams(document.text(document.segment(seg_id), language))
        overlap = len(grams & other) / (len(grams | other) or 1)
        scored.append((overlap, seg_id))
    scored.sort(key=lambda item: -item[0])
    return sorted((seg_id for score, seg_id in scored[:top] if score > 0), key=ids.index) or ids[:1]


class AbstractiveSummarizer:
    """Key points written by a seq2seq summarizer (mT5 XL-Sum by default), one summary per
    language, each sentence linked to its closest segments."""

    method = "abstractive"

    def __init__(
        self,
        model: str,
        models_dir: Path | None = None,
        beam_size: int = 2,
        max_input_tokens: int = 512,
        max_summary_tokens: int = 84,
    ) -> None:
        self.model = model
        self.models_dir = models_dir or default_models_dir()
        self.beam_size = beam_size
        self.max_input_tokens = max_input_tokens
        self.max_summary_tokens = max_summary_tokens
        self._tokenizer: Any = None
        self._model: Any = None

    def load(self) -> None:
        """Load the tokenizer and model once; a `ModelError` when they cannot be loaded."""
        if self._model is not None:
            return
        path = resolve(self.model, self.models_dir, what="summarization model")
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        from briefing.translate.hf import quiet_transformers

        quiet_transformers()
        try:
            self._tokenizer = AutoTokenizer.from_pretrained(path)
            self._model = AutoModelForSeq2SeqLM.from_pretrained(path).eval()
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"{path}: cannot load a seq2seq summarizer ({exc})") from None

    def generate(self, text: str) -> str:
        """The model's summary of `text`."""
        self.load()
        import torch

        encoded = self._tokenizer(
            [text], return_tensors="pt", truncation=True, max_length=self.max_input_tokens
        )
        with torch.inference_mode():
            output = self._model.generate(
                **encoded,
                num_beams=self.beam_size,
                max_new_tokens=self.max_summary_tokens,
                no_repeat_ngram_size=2,
            )
        return str(self._tokenizer.decode(output[0], skip_special_tokens=True)).strip()

    def summarize(self, document: Document, sentences: int) -> dict[str, Summary]:
        """A summary per language of the candidate sentences, at most `sentences` long."""
        ids = candidates(document)
        summaries = {}
        for language in document.languages():
            text = " ".join(document.text(document.segment(i), language) for i in ids)
            generated = self.generate(text) if text.strip() else ""
            parts = [p.strip() for p in _SENTENCE.split(generated) if p.strip()][:sentences]
            summaries[language] = Summary(
                language=language,
                method=f"{self.method}:{self.model}",
                sentences=[SummarySentence(p, link(p, document, language, ids)) for p in parts],
            )
        return summaries

    def signature(self) -> dict[str, str]:
        """The method and model, for the run's signature."""
        return {"summarizer": self.method, "summarizer_model": self.model}
