"""Seq2seq translation through transformers' Auto classes (NLLB, M2M-100, mBART-50, Marian)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from briefing.errors import ModelError
from briefing.modelstore import resolve
from briefing.translate.base import (
    BackendOptions,
    Piece,
    Progress,
    Seq2SeqBackend,
    language_code,
    model_label,
    translate_in_batches,
)


def quiet_transformers() -> None:
    """Our progress bars report the work; transformers' own loading bars and notices go."""
    from transformers.utils import logging

    logging.set_verbosity_error()
    logging.disable_progress_bar()


def detect_family(tokenizer: Any, config: Any) -> str:
    """Which language-code convention a loaded model follows."""
    name = type(tokenizer).__name__.lower()
    model_type = getattr(config, "model_type", "")
    vocab = tokenizer.get_vocab()
    if "nllb" in name or "vie_Latn" in vocab:
        return "nllb"
    if model_type == "marian":
        return "marian"
    if "mbart" in name or "vi_VN" in vocab:
        return "mbart50"
    if model_type == "m2m_100":
        return "m2m100"
    raise ModelError(
        f"cannot tell the language codes of a {model_type} model with {type(tokenizer).__name__}; "
        "supported: NLLB, M2M-100, mBART-50, Marian"
    )


class TransformersTranslator(Seq2SeqBackend):
    """Translation through transformers' seq2seq models (NLLB, M2M-100, mBART-50, Marian)
    in float32."""

    backend = "transformers"

    def __init__(self, options: BackendOptions | str | None = None, **fields: Any) -> None:
        super().__init__(options, **fields)
        self._model: Any = None

    @property
    def loaded(self) -> bool:
        """Whether the model is loaded."""
        return self._model is not None

    def _load(self) -> None:
        import time

        started = time.perf_counter()
        path = resolve(self.model, self.models_dir, what="translation model")
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        torch.set_num_threads(self.threads)
        quiet_transformers()
        try:
            tokenizer = AutoTokenizer.from_pretrained(path)
            model = AutoModelForSeq2SeqLM.from_pretrained(path)
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"{path}: cannot load a seq2seq model ({exc})") from None
        model.eval().to(self.device)
        self.family = detect_family(tokenizer, model.config)
        self._tokenizer, self._model, self.path = tokenizer, model, path
        self._positions = int(getattr(model.config, "max_position_embeddings", None) or 1024)
        self.load_seconds = time.perf_counter() - started

    def translate(
        self,
        texts: Sequence[str],
        source: str,
        target: str,
        progress: Progress | None = None,
    ) -> list[str]:
        """The translations of `texts` into `target`, batched by length."""
        self.load()
        import torch

        tokenizer, model = self._tokenizer, self._model
        src_code = language_code(self.family, source)
        tgt_code = language_code(self.family, target)
        generate: dict[str, Any] = {"num_beams": self.beam_size}
        prefix = ""
        if self.family == "marian":
            # One-pair Marian models need no code; multilingual ones take >>xxx<< first.
            if tgt_code in tokenizer.get_vocab():
                prefix = tgt_code + " "
        else:
            tokenizer.src_lang = src_code
            tgt_id = tokenizer.convert_tokens_to_ids(tgt_code)
            if tgt_id is None or tgt_id == tokenizer.unk_token_id:
                raise ModelError(f"{self.model}: its tokenizer has no {tgt_code} token")
            generate["forced_bos_token_id"] = tgt_id

        limit = self.limit

        def run_batch(batch: list[Piece]) -> list[str]:
            encoded = tokenizer(
                [prefix + p.text for p in batch],
                return_tensors="pt",
                padding=True,
                truncation=True,
                max_length=limit + 8,
            ).to(self.device)
            longest = max(p.tokens for p in batch)
            options = dict(generate)
            if self.decode_length is not None:
                options["min_new_tokens"] = options["max_new_tokens"] = self.decode_length(longest)
            else:
                options["max_new_tokens"] = self.max_new_tokens(longest)
            with torch.inference_mode():
                generated = model.generate(**encoded, **options)
            return list(tokenizer.batch_decode(generated, skip_special_tokens=True))

        def later(batch: list[Piece]) -> Callable[[], list[str]]:
            return lambda: run_batch(batch)  # one batch at a time, in order

        return translate_in_batches(
            texts, self.count_tokens, limit, self.batch_tokens, later, progress
        )

    def signature(self) -> dict[str, str]:
        """The backend, model, device, beam and library versions."""
        import torch
        import transformers

        return {
            "backend": self.backend,
            "model": model_label(self.model),
            "family": self.family,
            "compute_type": "float32",
            "device": self.device,
            "beam": str(self.beam_size),
            "transformers": transformers.__version__,
            "torch": torch.__version__,
        }
