"""pyvi's words and part-of-speech tags, mapped back onto the text's characters."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any


@dataclass(frozen=True)
class Token:
    """A pyvi word with its span in the sentence."""

    text: str  # as written (with spaces, not pyvi's underscores)
    key: str  # pyvi's word, lower-cased: "kim_ngạch"
    tag: str  # pyvi's part of speech: N, Np, V, E, M, …
    start: int
    end: int


@cache
def _pyvi() -> Any:
    from pyvi import ViPosTagger, ViTokenizer

    return ViTokenizer, ViPosTagger


@lru_cache(maxsize=256)
def tokens_of(text: str) -> tuple[Token, ...]:
    """pyvi's words and tags for `text`, each with its span."""
    tokenizer, tagger = _pyvi()
    words, tags = tagger.postagging(tokenizer.tokenize(text))
    out: list[Token] = []
    position = 0
    for word, tag in zip(words, tags, strict=True):
        parts = word.split("_")
        start = text.find(parts[0], position)
        if start < 0:
            continue
        end = start
        for part in parts:
            found = text.find(part, end)
            if found < 0:
                break
            end = found + len(part)
        # pyvi glues a sentence's last full stop to its word ("USD."): split it off.
        if len(word) > 1 and word.endswith(".") and word[:-1].upper() not in {"TP", "TS", "GS"}:
            out.append(Token(text[start : end - 1], word[:-1].lower(), tag, start, end - 1))
            out.append(Token(".", ".", "F", end - 1, end))
        else:
            out.append(Token(text[start:end], word.lower(), tag, start, end))
        position = end
    return _hyphenated(_refixed(out, text), text)


def _refixed(tokens: list[Token], text: str) -> list[Token]:
    """Two words pyvi joined wrongly, split as data/vi/token-fixes.tsv says (`giảm_phát
    thải` -> `giảm phát_thải`); or one (`trở_thành_thị_trường` -> `trở_thành thị_trường`);
    or three it read apart (`không hoàn lại` -> `không_hoàn_lại`)."""
    from briefing.data import table

    fixes = table("vi/token-fixes")
    lower = text.lower()  # the same length: Vietnamese letters lower-case one for one
    out: list[Token] = []
    for token in tokens:
        fix = fixes.get(f"{out[-2].key} {out[-1].key} {token.key}") if len(out) > 1 else None
        if fix is not None:  # "không hoàn lại": three words pyvi reads apart
            out.pop()
            first = out.pop()
        elif (fix := fixes.get(f"{out[-1].key} {token.key}") if out else None) is not None:
            first = out.pop()
        elif (fix := fixes.get(token.key)) is not None:
            first = token  # one token joined wrongly
        else:
            out.append(token)
            continue
        position = first.start
        for item in fix.split():
            word, _, tag = item.rpartition("/")
            start = lower.find(word.split("_")[0], position)
            end = start
            for part in word.split("_"):
                end = lower.find(part, end) + len(part)
            out.append(Token(text[start:end], word, tag, start, end))
            position = end
    return out


def _hyphenated(tokens: list[Token], text: str) -> tuple[Token, ...]:
    """pyvi splits a hyphenated loanword ("tua-bin", "ki-lô-gam") at its hyphens: one noun
    again, where the hyphen is written with no space around it."""
    out: list[Token] = []
    for token in tokens:
        if (
            len(out) >= 2
            and out[-1].text == "-"
            and out[-1].start == out[-2].end
            and token.start == out[-1].end
            and out[-2].text[-1:].isalpha()
            and token.text[:1].isalpha()
            and out[-2].text[:1].islower()
        ):
            first = out[-2]
            out[-2:] = [Token(text[first.start : token.end], f"{first.key}-{token.key}", "N",
                              first.start, token.end)]  # fmt: skip
            continue
        out.append(token)
    return tuple(out)


def index_at(tokens: tuple[Token, ...], position: int) -> int:
    """The first token that ends after `position`."""
    for i, token in enumerate(tokens):
        if token.end > position:
            return i
    return len(tokens)


def words(tokens: list[Token] | tuple[Token, ...], text: str) -> str:
    """The text the tokens cover, without edge punctuation."""
    if not tokens:
        return ""
    return text[tokens[0].start : tokens[-1].end].strip(" ,.;:")
