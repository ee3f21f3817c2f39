"""NLLB's tokenizer without transformers (and so without torch) for the CTranslate2 path.

`transformers.AutoTokenizer` imports torch: 241 MB of resident memory measured here for a
process that never runs a torch model. NLLB's tokenizer is a `tokenizers` BPE model with a
post-processor that puts the source language code first and `</s>` last; this class reads
the same `tokenizer.json` with the `tokenizers` library and does that framing itself, with
the small part of the transformers tokenizer's interface the backend uses. A test checks
that it gives the same tokens and the same decoded text as transformers on Vietnamese,
Korean and English. Other families (M2M-100, mBART, Marian) keep transformers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def is_nllb(model_dir: Path) -> bool:
    """Whether `model_dir` holds an NLLB tokenizer with its fast tokenizer.json."""
    config = model_dir / "tokenizer_config.json"
    if not (model_dir / "tokenizer.json").is_file() or not config.is_file():
        return False
    data = json.loads(config.read_text(encoding="utf-8"))
    return str(data.get("tokenizer_class", "")).startswith("Nllb")


class NllbTokens:
    """Just enough of NllbTokenizer: call, ids <-> tokens, decode, src_lang."""

    def __init__(self, model_dir: Path) -> None:
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tokenizer.post_processor = None  # the framing is ours: code, text, </s>
        config = json.loads((model_dir / "tokenizer_config.json").read_text(encoding="utf-8"))
        self.model_max_length = int(config.get("model_max_length") or 1024)
        self.src_lang = str(config.get("src_lang") or "eng_Latn")
        self.eos_token = str(config.get("eos_token") or "</s>")
        self._special = {
            token.content for token in self._tokenizer.get_added_tokens_decoder().values()
        }
        self.name_or_path = str(model_dir)

    def __call__(self, text: str, add_special_tokens: bool = True) -> dict[str, list[int]]:
        ids = self._tokenizer.encode(text, add_special_tokens=False).ids
        if add_special_tokens:
            code = self._tokenizer.token_to_id(self.src_lang)
            eos = self._tokenizer.token_to_id(self.eos_token)
            if code is None or eos is None:
                raise KeyError(f"{self.src_lang} or {self.eos_token} is not in the vocabulary")
            ids = [code, *ids, eos]
        return {"input_ids": ids}

    def convert_ids_to_tokens(self, ids: list[int]) -> list[str]:
        """The tokens of `ids` (`<unk>` for an unknown id)."""
        return [self._tokenizer.id_to_token(i) or "<unk>" for i in ids]

    def convert_tokens_to_ids(self, tokens: list[str]) -> list[int | None]:
        """The ids of `tokens` (None for an unknown token)."""
        return [self._tokenizer.token_to_id(t) for t in tokens]

    def decode(self, ids: list[int], skip_special_tokens: bool = True) -> str:
        """The text of `ids`."""
        return str(self._tokenizer.decode(ids, skip_special_tokens=skip_special_tokens))

    def get_vocab(self) -> dict[str, int]:
        """Token → id for the whole vocabulary, added tokens included."""
        vocabulary: dict[str, int] = self._tokenizer.get_vocab(with_added_tokens=True)
        return vocabulary

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(f"NllbTokens has no {name}; use transformers for this model")
