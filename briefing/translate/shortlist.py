"""A target-language shortlist for CTranslate2: decode over the pieces the target
languages can use, not over all 256k of a 200-language vocabulary.

At every decoding step the output projection scores every vocabulary entry; for a
600M NLLB model that is 256,206 × 1024 weights, more than half the work of a step.
CTranslate2 can restrict it to a subset (its "vocabulary map", `vmap.txt` beside the
model, used when `translate_batch(use_vmap=True)`).

The list is one fixed set of candidates, the same for every batch. CTranslate2 4.8 can
also switch candidates on per batch from the source's pieces, but its decoder keeps the
id map of the first candidate list it saw (`Decoder::update_output_layer` emplaces into
`_to_output_word_id` without clearing it): with a different list in a later batch the
forced language code is looked up at a stale position. Measured on the tiny model: 19 of
22 hypotheses then started with another language's code (`rus_Cyrl`, `oci_Latn`), and a
second article in a long-running process failed with `vector::_M_range_check`. A fixed
list keeps every position valid.

The rule needs no data, only the vocabulary:
- always: pieces written entirely in the target languages' scripts (Hangul for Korean;
  Vietnamese letters for Vietnamese; ASCII, Latin-1 signs, general punctuation and
  symbols for all), at most `DEFAULT_SIZE` of them, taken in vocabulary order (most
  frequent first); the special tokens, the language codes and every single character of
  those scripts and of Vietnamese (so a Vietnamese name can still be spelled letter by
  letter in a Korean or English translation) are kept whatever the cap;
- never: CTranslate2's padding entries (`madeupword…`), which no tokenizer produces, and
  every other piece.

Two forms decode over the list, with the same outputs (tests/test_vocab_cut.py checks
it, greedy and beam 2): where briefing converts the model, a second conversion whose
decoder embeddings and output projection hold only the list's rows, with its own
`target_vocabulary.json` (`ct2.convert_cut`, cached under models/ct2/ by languages, size
and `RULE`; targets outside its languages load the full conversion); for a CTranslate2
directory given as it is, this `vmap.txt` beside it and `use_vmap`. The cut form saves
the per-batch gather of the 64,000 output rows: on the 600M bench model, see
docs/speed.md (Speed IV) for its time, load and memory against the vmap.

The cap fixes the cost: decoding time depends on how many pieces are scored, not which,
so `make bench` times the shortlist at this size. What is left out: Cyrillic, Arabic,
Han, Devanagari, …; multi-letter pieces with accented Latin letters (French, German,
or Vietnamese words when Vietnamese is not a target), which are then spelled with
single letters; and, past the cap, the rarest pieces, whose words are spelled with
shorter ones.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing import defaults

VMAP = "vmap.txt"
VMAP_SIDECAR = "briefing-vmap.json"
RULE = 2  # bump when the rule changes: cached maps are rebuilt
SPACE = "\u2581"  # SentencePiece's word-start marker

# Code point ranges (inclusive) of what each language writes.
COMMON: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00BF),  # Latin-1 signs: ° · « » ½
    (0x00D7, 0x00D7),  # ×
    (0x00F7, 0x00F7),  # ÷
    (0x2000, 0x206F),  # general punctuation: – — ‘ ’ “ ” …
    (0x20A0, 0x20CF),  # currency: € ₫ ₩
    (0x2100, 0x218F),  # letterlike, number forms: ℃ № Ⅲ
    (0x2581, 0x2581),  # the word-start marker
)
SCRIPTS: dict[str, tuple[tuple[int, int], ...]] = {
    "en": (),
    "ko": (
        (0x1100, 0x11FF),  # Hangul jamo
        (0x3000, 0x303F),  # CJK punctuation: 「 」 〈 〉
        (0x3130, 0x318F),  # compatibility jamo
        (0x3200, 0x32FF),  # enclosed: ㈜
        (0xA960, 0xA97F),  # jamo extended A
        (0xAC00, 0xD7FF),  # syllables, jamo extended B
        (0xFF00, 0xFFEF),  # full-width forms
    ),
    "vi": (
        (0x00C0, 0x00FF),  # Latin-1 letters: à á â ã è é
        (0x0100, 0x024F),  # Latin extended A and B: đ ơ ư
        (0x0300, 0x036F),  # combining marks
        (0x1EA0, 0x1EFF),  # Latin extended additional: ạ ế ộ
    ),
}
# Letters kept only as single-character pieces: enough to spell José, Müller or Nguyễn,
# without the thousands of French, Spanish, German or Vietnamese pieces built from them.
SPELLING: tuple[tuple[int, int], ...] = (
    (0x00C0, 0x00FF),
    (0x0100, 0x017F),
    (0x01A0, 0x01B0),  # ơ ư
    (0x0300, 0x036F),
    (0x1EA0, 0x1EFF),  # ạ ế ộ
)
PADDING = re.compile(r"madeupword\d+")


# Special tokens (<s>, <unk>) and language codes are always kept, wherever the vocabulary
# puts them: FLORES-200 kor_Hang (NLLB), ko_KR (mBART-50), >>kor<< (Marian).
SPECIAL = re.compile(r"<[^<>]+>|>>[^<>]+<<|__[a-z]{2,3}__|[a-z]{2,3}_[A-Z][A-Za-z]{1,3}")
DEFAULT_SIZE = defaults.SHORTLIST_SIZE


@dataclass(frozen=True)
class Shortlist:
    """The vocabulary pieces CTranslate2 decodes over for some target languages."""

    languages: tuple[str, ...]
    always: list[str]  # the candidates, at every step
    vocabulary: int  # entries in the model's vocabulary
    in_script: int = 0  # pieces the script rule accepts, before the size cap

    def summary(self) -> str:
        """The shortlist in words: its size, share of the vocabulary and languages."""
        share = len(self.always) / max(self.vocabulary, 1)
        capped = (
            f", the first {len(self.always):,} of {self.in_script:,} written in their scripts"
            if self.in_script > len(self.always)
            else ""
        )
        return (
            f"{len(self.always):,} of {self.vocabulary:,} pieces ({share:.0%}) candidates "
            f"for {'+'.join(self.languages)}{capped}"
        )


def _ranges(languages: Iterable[str]) -> list[tuple[int, int]]:
    ranges = list(COMMON)
    for language in languages:
        ranges += SCRIPTS.get(language, ())
    return ranges


@functools.cache
def _pattern(ranges: tuple[tuple[int, int], ...]) -> re.Pattern[str]:
    return re.compile("[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges) + "]*")


def written_in(piece: str, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether a vocabulary piece is written in the given script ranges."""
    core = piece.removeprefix(SPACE)
    if len(core) == 1:
        ranges = [*ranges, *SPELLING]
    return _pattern(tuple(ranges)).fullmatch(core) is not None


def build(
    vocabulary: Sequence[str], languages: Sequence[str], size: int | None = DEFAULT_SIZE
) -> Shortlist:
    """The pieces written in `languages`' scripts, at most `size` of them: special tokens
    and single characters first (so anything can still be spelled), then the others in
    vocabulary order, which for SentencePiece and BPE vocabularies is most frequent
    first."""
    ranges = _ranges(languages)
    essential: list[str] = []
    in_script: list[str] = []
    for piece in vocabulary:
        if not piece or PADDING.fullmatch(piece) or any(c.isspace() for c in piece):
            continue  # padding never occurs; CTranslate2 splits vmap lines on spaces
        if SPECIAL.fullmatch(piece) or (
            len(piece.removeprefix(SPACE)) <= 1 and written_in(piece, ranges)
        ):
            essential.append(piece)
        elif written_in(piece, ranges):
            in_script.append(piece)
    room = len(in_script) if size is None else max(0, size - len(essential))
    always = essential + in_script[:room]
    return Shortlist(tuple(languages), always, len(vocabulary), len(essential) + len(in_script))


def model_vocabulary(model_dir: Path) -> tuple[list[str], Path] | None:
    """The target vocabulary of a CTranslate2 model directory, and the file it came from."""
    for stem in ("target_vocabulary", "shared_vocabulary", "vocabulary"):
        path = model_dir / f"{stem}.json"
        if path.is_file():
            return list(json.loads(path.read_text(encoding="utf-8"))), path
        path = model_dir / f"{stem}.txt"
        if path.is_file():
            return path.read_text(encoding="utf-8").split("\n")[:-1], path
    return None


def write_vmap(path: Path, shortlist: Shortlist) -> None:
    """CTranslate2's format: a first line with an empty key lists the fixed candidates.
    No line maps a source piece to more (see the module's note: the candidate list must
    be the same for every batch)."""
    staging = path.with_name(path.name + ".partial")
    staging.write_text("\t" + " ".join(shortlist.always) + "\n", encoding="utf-8")
    os.replace(staging, path)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def ensure_vmap(
    model_dir: Path, languages: Sequence[str], *, writable: bool, size: int | None = DEFAULT_SIZE
) -> dict[str, Any] | None:
    """The shortlist's description if `model_dir` has one for `languages` (built and
    cached when `writable`, i.e. a directory briefing converted), else None.

    A `vmap.txt` briefing did not write (no sidecar) is the user's and is used as it is,
    unless it has per-source lines, which CTranslate2 4.8 mishandles: then none is used."""
    vmap = model_dir / VMAP
    sidecar = model_dir / VMAP_SIDECAR
    if vmap.is_file() and not sidecar.is_file():
        lines = [line for line in vmap.read_text(encoding="utf-8").split("\n") if line.strip()]
        if len(lines) > 1 or not lines or not lines[0].startswith("\t"):
            return None  # per-source lines: unsafe in CTranslate2 4.8 (see above); not used
        return {"languages": list(languages), "always": None, "source": "model directory"}
    found = model_vocabulary(model_dir)
    if found is None:
        return None
    vocabulary, vocabulary_file = found
    key = {
        "rule": RULE,
        "languages": sorted(languages),
        "limit": size,
        "vocabulary": _digest(vocabulary_file),
    }
    if vmap.is_file() and sidecar.is_file():
        recorded = json.loads(sidecar.read_text(encoding="utf-8"))
        if {k: recorded.get(k) for k in key} == key:
            return dict(recorded)
    if not writable:
        return None
    shortlist = build(vocabulary, sorted(languages), size)
    write_vmap(vmap, shortlist)
    info = {
        **key,
        "always": len(shortlist.always),
        "in_script": shortlist.in_script,
        "size": shortlist.vocabulary,
        "summary": shortlist.summary(),
    }
    sidecar.write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
    return info
