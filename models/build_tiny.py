"""Build the tiny test models, deterministically and without network.

    python models/build_tiny.py [--out models/tiny]

- `nllb/`: the NLLB architecture (M2M100ForConditionalGeneration) with d_model 32 and
  one layer each side, random weights from a fixed seed, and a real NllbTokenizer
  whose BPE vocabulary is trained on the seed article, the glossary and
  `models/corpus.tsv`, so Vietnamese, Korean and English round-trip and the
  FLORES-200 language codes are single tokens.
- `mt5-sum/`: the mT5 architecture (MT5ForConditionalGeneration) with a Unigram
  T5 tokenizer trained on the same text: a stand-in for
  csebuetnlp/mT5_multilingual_XLSum.

Transformers 5's NllbTokenizer is BPE-based: a sentencepiece file passed as
`vocab_file` is ignored and every word becomes <unk>, so the vocabulary is
trained here with `tokenizers` and handed over as `vocab` + `merges`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import shutil
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261126
VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)


def corpus() -> list[str]:
    lines: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.vi.txt")):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for path in sorted((ROOT / "seeds").glob("*.glossary.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                lines += [row.get("vi", ""), row.get("ko", ""), row.get("en", "")]
    with (ROOT / "models" / "corpus.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            lines += [row["vi"], row["ko"], row["en"]]
    return [line for line in lines if line]


def alphabet(lines: list[str]) -> list[str]:
    letters = (
        set(string.printable.strip()) | set(VIETNAMESE_LETTERS) | set(VIETNAMESE_LETTERS.upper())
    )
    letters |= set("“”‘’–—…%·")
    for line in lines:
        letters |= {c for c in line if not c.isspace()}
    return sorted(letters)


def train_bpe(lines: list[str], vocab_size: int) -> tuple[dict[str, int], list[tuple[str, str]]]:
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE(unk_token="<unk>"))
    tokenizer.normalizer = normalizers.NFC()
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=["<s>", "<pad>", "</s>", "<unk>"],
        initial_alphabet=alphabet(lines),
        show_progress=False,
    )
    tokenizer.train_from_iterator(lines, trainer=trainer)
    data = json.loads(tokenizer.to_str())
    merges = [
        tuple(m.split(" ", 1)) if isinstance(m, str) else tuple(m) for m in data["model"]["merges"]
    ]
    return data["model"]["vocab"], merges


def build_nllb(out: Path, lines: list[str]) -> None:
    from transformers import NllbTokenizer

    from briefing.bench import random_nllb

    vocab, merges = train_bpe(lines, vocab_size=1600)
    tokenizer = NllbTokenizer(vocab=vocab, merges=merges, src_lang="vie_Latn", tgt_lang="kor_Hang")
    model = random_nllb(
        tokenizer,
        SEED,
        vocab_size=len(tokenizer),
        d_model=32,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=128,
    )
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)


def build_mt5(out: Path, lines: list[str]) -> None:
    import torch
    from transformers import MT5Config, MT5ForConditionalGeneration, T5Tokenizer

    # The Unigram trainer is not deterministic (ties and float sums vary between runs),
    # so the pieces come from the deterministic BPE training, each with the same score:
    # the segmentation then uses the fewest pieces.
    bpe_vocab, _ = train_bpe(lines, vocab_size=1200)
    pieces = sorted(
        (p for p in bpe_vocab if p not in {"<s>", "<pad>", "</s>", "<unk>"}),
        key=bpe_vocab.__getitem__,
    )
    vocab = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0)] + [(p, -1.0) for p in pieces]
    tokenizer = T5Tokenizer(vocab=vocab, extra_ids=0)
    config = MT5Config(
        vocab_size=len(tokenizer),
        d_model=32,
        d_kv=8,
        d_ff=64,
        num_layers=1,
        num_decoder_layers=1,
        num_heads=4,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.pad_token_id,
    )
    torch.manual_seed(SEED)
    model = MT5ForConditionalGeneration(config).eval()
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)


def fingerprint(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "tiny")
    args = parser.parse_args(argv)
    lines = corpus()
    for name, build in (("nllb", build_nllb), ("mt5-sum", build_mt5)):
        target = args.out / name
        staging = args.out / f".{name}.building"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        build(staging, lines)
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
        print(
            f"built {target} ({sum(p.stat().st_size for p in target.iterdir()) // 1024} KB, "
            f"sha256 {fingerprint(target)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
