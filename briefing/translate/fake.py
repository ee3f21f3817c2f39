"""A translator that needs no model: for tests and dry runs.

Known sentences come from a table; anything else is tagged with the target
language (`[ko] …`), so a test can tell what was translated and how often.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from briefing.translate.base import (
    BackendOptions,
    Progress,
    join_pieces,
    model_label,
    options_of,
    pieces_for,
)


class FakeTranslator:
    """A translator with no model, for tests and dry runs: a text in its table is given
    that translation, any other comes back tagged (`[ko] …`)."""

    backend = "fake"

    def __init__(
        self,
        table: Mapping[str, Mapping[str, str]] | None = None,
        options: BackendOptions | None = None,
        **fields: Any,
    ) -> None:
        options = options_of(options, fields)
        table = table if table is not None else options.table
        self.model = options.model
        self.table = {lang: dict(entries) for lang, entries in (table or {}).items()}
        self.max_input_tokens = options.max_input_tokens
        self.calls: list[tuple[str, str, int]] = []  # (source, target, number of texts)
        self.seen: list[str] = []  # every text it was asked to translate

    def count_tokens(self, text: str) -> int:
        """Words stand for tokens."""
        return len(text.split())

    def translate(
        self,
        texts: Sequence[str],
        source: str,
        target: str,
        progress: Progress | None = None,
    ) -> list[str]:
        """The table's translation of each text, else the text tagged with the target."""
        self.calls.append((source, target, len(texts)))
        self.seen.extend(texts)
        known = self.table.get(target, {})
        unknown = [t for t in texts if t not in known]
        pieces = pieces_for(unknown, self.count_tokens, self.max_input_tokens)
        rendered = join_pieces(unknown, pieces, [f"[{target}] {p.text}" for p in pieces])
        fallback = dict(zip(unknown, rendered, strict=True))
        out = [known.get(t, fallback.get(t, "")) for t in texts]
        if progress:
            progress(len(texts))
        return out

    def signature(self) -> dict[str, str]:
        """The backend and model, for the run's signature."""
        return {"backend": self.backend, "model": model_label(self.model)}
