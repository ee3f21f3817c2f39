"""The Translator contract, the language-code table, and what every backend shares:
splitting sentences longer than the model's limit at clause boundaries, and
batching by length.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from briefing import defaults
from briefing.errors import ModelError
from briefing.reading.clauses import split_long
from briefing.translate.shortlist import DEFAULT_SIZE as SHORTLIST_SIZE

Progress = Callable[[int], None]


def model_label(model: str) -> str:
    """How a model is named wherever a person sees it (origins, signatures, pages): a
    catalog id (`facebook/nllb-200-distilled-600M`) as it is, a local model by its folder's
    name, never the server's path to it."""
    if not model:
        return ""
    path = Path(model).expanduser()
    if model.startswith(("/", ".", "~")) or (os.sep in model.rstrip(os.sep) and path.exists()):
        return path.name or model
    return model


@runtime_checkable
class Translator(Protocol):
    """Translates a list of sentences from `source` to `target` (ISO 639-1 codes)."""

    model: str  # the model id or directory it was given
    backend: str

    def translate(
        self,
        texts: Sequence[str],
        source: str,
        target: str,
        progress: Progress | None = None,
    ) -> list[str]:
        """The translations of `texts`, in order, reporting progress as it goes."""

    def signature(self) -> dict[str, str]:
        """What affects the output: engine, compute type, beam, versions."""
        ...


# One table for every family's language-code convention. NLLB uses FLORES-200
# codes, M2M-100 bare ISO codes, mBART-50 locale codes, multilingual Marian
# models a `>>xxx<<` target token in the source, one-pair Marian models nothing.
LANGUAGE_CODES: dict[str, dict[str, str]] = {
    "nllb": {"vi": "vie_Latn", "ko": "kor_Hang", "en": "eng_Latn"},
    "m2m100": {"vi": "vi", "ko": "ko", "en": "en"},
    "mbart50": {"vi": "vi_VN", "ko": "ko_KR", "en": "en_XX"},
    "marian": {"vi": ">>vie<<", "ko": ">>kor<<", "en": ">>eng<<"},
}


def language_code(family: str, language: str) -> str:
    """The model family's code for `language` (`vie_Latn` for NLLB's vi); a `ModelError`
    if there is none."""
    try:
        return LANGUAGE_CODES[family][language]
    except KeyError:
        raise ModelError(f"no {language!r} language code known for {family} models") from None


@dataclass(frozen=True)
class Piece:
    """A part of an input text small enough for the model, and which text it belongs to."""

    index: int  # which input text it belongs to
    text: str
    tokens: int


def pieces_for(texts: Sequence[str], count: Callable[[str], int], limit: int) -> list[Piece]:
    """The pieces to translate: each non-empty text, split at clauses where it is over
    `limit` tokens."""
    out = []
    for index, text in enumerate(texts):
        if not text.strip():
            continue
        for part in split_long(text, count, limit):
            out.append(Piece(index, part, count(part)))
    return out


def batches_by_length(pieces: Sequence[Piece], batch_tokens: int) -> Iterator[list[Piece]]:
    """Pieces sorted by length and grouped so each batch pads to at most `batch_tokens`."""
    batch: list[Piece] = []
    for piece in sorted(pieces, key=lambda p: p.tokens):
        # Sorted ascending, so the padded size of a batch is its last piece times its size.
        if batch and piece.tokens * (len(batch) + 1) > batch_tokens:
            yield batch
            batch = []
        batch.append(piece)
    if batch:
        yield batch


def spread(batches: list[list[Piece]], workers: int) -> list[list[Piece]]:
    """Split the largest batches until there are at least `workers` of them (when there
    are enough pieces), so that every worker thread has a batch to decode."""
    batches = [b for b in batches if b]
    while len(batches) < workers:
        largest = max(batches, key=len, default=[])
        if len(largest) < 2:
            break
        batches.remove(largest)
        half = len(largest) // 2
        batches += [largest[:half], largest[half:]]
    return batches


def join_pieces(texts: Sequence[str], pieces: Sequence[Piece], outputs: Sequence[str]) -> list[str]:
    """Each text's translation: its pieces' outputs joined with spaces ("" for an empty text)."""
    joined: list[list[str]] = [[] for _ in texts]
    for piece, output in zip(pieces, outputs, strict=True):
        joined[piece.index].append(output.strip())
    return [" ".join(p for p in parts if p) for parts in joined]


def translate_in_batches(
    texts: Sequence[str],
    count: Callable[[str], int],
    limit: int,
    batch_tokens: int,
    submit: Callable[[list[Piece]], Callable[[], list[str]]],
    progress: Progress | None = None,
    workers: int = 1,
) -> list[str]:
    """What every backend does around its engine: split long texts, batch by length
    (at least `workers` batches when there are enough pieces), submit every batch, then
    collect each one's outputs in turn, reporting texts as they finish, and rejoin the
    pieces in order. `submit` returns what collects the batch's outputs: an engine that
    decodes batches in parallel starts the work there, a serial one can start it late."""
    pieces = pieces_for(texts, count, limit)
    position = {id(p): i for i, p in enumerate(pieces)}
    outputs: dict[int, str] = {}
    done: set[int] = set()
    batches = spread(list(batches_by_length(pieces, batch_tokens)), workers)
    pending = [(batch, submit(batch)) for batch in batches]
    for batch, collect in pending:
        for piece, text in zip(batch, collect(), strict=True):
            outputs[position[id(piece)]] = text
        if progress:
            finished = {p.index for p in batch} - done
            done |= finished
            progress(len(finished))
    if progress:
        progress(len(texts) - len(done))
    return join_pieces(texts, pieces, [outputs[i] for i in range(len(pieces))])


DEFAULT_BATCH_TOKENS = defaults.BATCH_TOKENS  # measured: see briefing/defaults.py


def batch_budget(batch_tokens: int, beam_size: int) -> int:
    """Padded source tokens per batch at this beam. `batch_tokens` is the budget at beam 2;
    a wider beam takes proportionally fewer sentences, so the hypotheses in flight (and
    the attention caches they fill) stay as many. Measured on the seed brief (600M model,
    2 cores, one interleaved run, medians of 3): beam 4 took 18.1 s and 1.60 GB at 384
    tokens per batch, 19.0 s and 1.84 GB at 512, 20.8 s and 1.41 GB at 256."""
    if beam_size <= 2:
        return batch_tokens
    return max(16, batch_tokens * 2 // beam_size)


@dataclass(frozen=True)
class BackendOptions:
    """What every backend is built from: one table, so a misspelt option is an error
    (ConfigError) instead of being swallowed. An engine ignores what does not apply to
    it (compute type and shortlist are CTranslate2's; `table` is the fake's)."""

    model: str = "fake"
    models_dir: Path | None = None
    beam_size: int = defaults.BEAM_SIZE
    max_input_tokens: int = defaults.MAX_INPUT_TOKENS
    batch_tokens: int = DEFAULT_BATCH_TOKENS
    device: str = "cpu"
    threads: int | None = None
    # CTranslate2: batches decoded at once (None: one per core, each on one thread; 1: one
    # batch at a time on every core, one read of the weights per step for all of it)
    replicas: int | None = None
    # For benchmarks on random weights: force the output length from the source length.
    decode_length: Callable[[int], int] | None = None
    compute_type: str = "int8"
    shortlist: bool = True
    shortlist_size: int = SHORTLIST_SIZE
    shortlist_languages: tuple[str, ...] = ("ko", "en")
    log: Callable[[str], None] | None = None
    table: Any = None  # the fake translator's known sentences

    @classmethod
    def of(cls, **fields: Any) -> BackendOptions:
        """Options from keyword arguments; a `ConfigError` names an unknown one."""
        from dataclasses import fields as dataclass_fields

        from briefing.errors import ConfigError

        known = {f.name for f in dataclass_fields(cls)}
        unknown = sorted(set(fields) - known)
        if unknown:
            raise ConfigError(
                f"unknown translation option(s) {', '.join(unknown)}; "
                f"the options are {', '.join(sorted(known))}"
            )
        if "shortlist_languages" in fields:
            fields["shortlist_languages"] = tuple(fields["shortlist_languages"])
        return cls(**fields)


def options_of(options: BackendOptions | str | None, fields: dict[str, Any]) -> BackendOptions:
    """A backend's options from a BackendOptions, or from a model id and keyword fields."""
    if isinstance(options, BackendOptions):
        return BackendOptions.of(**{**options.__dict__, **fields}) if fields else options
    if options is not None:
        fields = {"model": options, **fields}
    return BackendOptions.of(**fields)


class Seq2SeqBackend:
    """What the model backends share: settings, token counting, the length limit.
    Subclasses load a tokenizer into `_tokenizer` and set `_positions` in `load()`."""

    backend = ""

    def __init__(self, options: BackendOptions | str | None = None, **fields: Any) -> None:
        from briefing.paths import default_models_dir

        self.options = options = options_of(options, fields)
        self.model = options.model
        self.models_dir = options.models_dir or default_models_dir()
        self.beam_size = options.beam_size
        self.max_input_tokens = options.max_input_tokens
        self.batch_tokens = batch_budget(options.batch_tokens, options.beam_size)
        self.device = options.device
        self.threads = options.threads or os.cpu_count() or 1
        self.decode_length = options.decode_length
        self.family = ""
        self.path: Path | None = None
        self.load_seconds = 0.0
        self._tokenizer: Any = None
        self._positions = 1024  # the model's maximum sequence length
        self._load_lock = threading.Lock()

    def load(self) -> None:
        """Load the model once; safe from several threads (a preload and a translation
        can ask at once, and must not load it twice)."""
        if self.loaded:
            return
        with self._load_lock:
            if not self.loaded:
                self._load()

    @property
    def loaded(self) -> bool:
        """Whether the model is loaded."""
        raise NotImplementedError

    def _load(self) -> None:
        raise NotImplementedError

    @property
    def limit(self) -> int:
        """Source tokens per piece: our setting, capped by what the model can take."""
        self.load()
        tokenizer_max = getattr(self._tokenizer, "model_max_length", 10**6) or 10**6
        return max(8, min(self.max_input_tokens, self._positions - 4, tokenizer_max - 4))

    def count_tokens(self, text: str) -> int:
        """How many tokens the model's tokenizer makes of `text`."""
        self.load()
        return len(self._tokenizer(text, add_special_tokens=False)["input_ids"])

    def max_new_tokens(self, longest: int) -> int:
        """Room for the longest translation of a batch whose longest source is `longest`."""
        return min(longest * 2 + 16, self._positions - 2)
