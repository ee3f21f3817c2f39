"""An article's title when no file metadata gives one: its headline, else the event's
name, else its first clause."""

from __future__ import annotations

import regex as re

from briefing.reading.sentences import split_sentences


def is_headline(paragraphs: list[str]) -> bool:
    """A first paragraph that is a headline: short, no sentence end, more text after it; a
    question or an exclamation of one sentence is a headline too (`Hội thảo …: con số
    12.000 kỹ sư nói lên điều gì?`)."""
    first = paragraphs[0]
    asked = (
        first.endswith(("?", "!"))
        and len(first.split()) <= 25
        and not re.search(r"[.!?…]\s", first)
    )
    return (
        len(paragraphs) > 1
        and len(first) <= 250
        and len(first.split()) <= 35
        and (asked or not re.search(r"[.!?…;]$", first))
    )


def infer_title(paragraphs: list[str], language: str = "vi") -> str:
    """The headline where the article opens with one (whole: a brief wraps it, never cuts
    it), else the event's name in the first paragraph, else its first clause."""
    if is_headline(paragraphs):
        return paragraphs[0]
    first = paragraphs[0]
    name = None
    if language == "vi":
        from briefing.facts.vi.event import find_event_name

        name = find_event_name(first)
    if name:
        return name
    sentence = split_sentences(first, language)[0].rstrip(".")
    words = sentence.split()
    if len(words) <= 25:
        return sentence
    clause = re.split(r"(?<=[,;:–])\s", sentence)[0].rstrip(",;:– ")
    if 6 <= len(clause.split()) <= 25:
        return clause
    return " ".join(words[:20]) + " …"
