"""Segmenting: an article's paragraphs into sentences with stable ids (`p3s2`), photo
captions and their credits apart, headings marked.

Reading the file (every format), normalising and splitting sentences are
`briefing.reading`; `load`, `read_article` and `split_sentences` are re-exported here for
the callers that import them from this module.
"""

from __future__ import annotations

import regex as re

from briefing.document import Article, Document, Paragraph, Segment
from briefing.layout import (
    BULLETED,
    ITEM_NUMBER,
    LABELLED_FIELD,
    LIST_LINE,
    MARKED_ITEM,
    is_table_row,
)
from briefing.reading import load, read_article
from briefing.reading.clauses import split_long
from briefing.reading.sentences import split_sentences
from briefing.reading.titles import is_headline

__all__ = ["load", "read_article", "segment", "split_credit", "split_overlong", "split_sentences"]

_CREDIT = re.compile(r"\s*(?:Ảnh|Nguồn ảnh|Ảnh minh họa|Video)\s*:\s*([^.:]{1,60}?)\s*\.?\s*$")


# Korean photo captions: "사진: 연합뉴스", "(사진=과기정통부 제공)", "… /연합뉴스".
_CREDIT_KO = re.compile(
    r"\s*(?:[(\[]\s*사진\s*[=:]\s*([^)\]]{1,40})[)\]]|사진\s*[:=]\s*([^.]{1,40}?)|/\s*([가-힣A-Za-z ]{2,20})"
    # "… 2026.9.17 [주베트남 한국대사관 제공. 재판매 및 DB 금지]": a news agency's photo caption
    r"|(?:\s(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}\.?)?\s*\[([^\]]{2,40}?)\s*제공[^\]]*\])\s*\.?\s*$"
)


# A broadcast's speaker line: "[인터뷰] 강태욱 / 현성중공업 상무", "◀ INT ▶ 박정우 소장 / 국군의무사령관".
_SPEAKER_LINE = re.compile(r"\s*(?:\[(?:인터뷰|INT|녹취|현장음)\]|◀\s*INT\s*▶)")


def split_credit(paragraph: str, language: str = "vi") -> tuple[str, str | None]:
    """'… Ảnh: Hải Danh' -> ('…', 'Hải Danh'); '… /연합뉴스' -> ('…', '연합뉴스'); the
    caption text keeps its own end."""
    pattern = _CREDIT_KO if language == "ko" else _CREDIT
    if language == "ko" and _SPEAKER_LINE.match(paragraph):
        return paragraph, None  # "[인터뷰] 강태욱 / 현성중공업 상무": who speaks, no credit
    match = pattern.search(paragraph)
    if not match:
        return paragraph, None
    credit = next(g for g in match.groups() if g)
    return paragraph[: match.start()].rstrip(), credit.strip()


MAX_SEGMENT_CHARS = 1000


def split_overlong(sentence: str, limit: int = MAX_SEGMENT_CHARS) -> list[str]:
    """A sentence over `limit` characters (an article without punctuation) cut at clause
    boundaries, else between words, into pieces of at most `limit` characters."""
    return split_long(sentence, len, limit)


def segment(article: Article, paragraphs: list[str]) -> Document:
    """Paragraphs into sentences with ids `p<paragraph>s<sentence>`, counting from 1."""
    out_paragraphs: list[Paragraph] = []
    segments: list[Segment] = []
    headline = is_headline(paragraphs)
    language = article.language
    overlong = 0
    for number, text in enumerate(paragraphs, start=1):
        body, credit = split_credit(text, language)
        kind: str = "caption" if credit is not None else "body"
        table = "\n" in text and is_table_row(text.split("\n", 1)[0])
        # "Thủy sản: 1.120": a figure, no heading; "▲ 총사업비: 1,850만 달러": a field, no heading
        # "- 작년 대베트남 농식품 수출은 7억 8천만 달러, 전년 대비 9.6% 증가": a list's item
        # that states figures, written without a sentence's end, is no heading either
        item = ITEM_NUMBER.match(text)
        listed = bool(
            LIST_LINE.match(text)
            or LABELLED_FIELD.match(text)
            or ((BULLETED.match(text) or MARKED_ITEM.match(text)) and re.search(r"\d", text))
            # "2. 음료 1,480만 달러": a numbered item that states a figure
            or bool(item and re.search(r"\d", text[item.end() :]))
            # "설비용량: 태양광 350MW, ESS 140MW/560MWh": a field with figures after its name
            or bool(re.match(r"[^:：\d]{1,30}[:：]\s", text) and re.search(r"\d", text))
        )
        if (
            kind == "body"
            and len(text) < 120
            and not re.search(r"[.!?…:;,][\"'”’)\]」』]*$", text)  # '"150명이다."': a sentence
            and not table
            and not listed
        ):
            kind = "heading" if number > 1 and len(text.split()) <= 14 else "body"
        if number == 1 and headline:
            kind = "heading"
        ids = []
        sentences = []
        for sentence in [body] if table else split_sentences(body, language) if body else []:
            pieces = split_overlong(sentence)
            overlong += len(pieces) > 1
            sentences += pieces
        for index, sentence in enumerate(sentences, start=1):
            seg_id = f"p{number}s{index}"
            ids.append(seg_id)
            segments.append(Segment(id=seg_id, paragraph=number, text=sentence, kind=kind))  # type: ignore[arg-type]
        out_paragraphs.append(Paragraph(number=number, kind=kind, segment_ids=ids, credit=credit))  # type: ignore[arg-type]
    if overlong:
        article.warnings.append(
            f"{overlong} sentence(s) over {MAX_SEGMENT_CHARS:,} characters (the article has "
            "little or no sentence punctuation) were cut at clause boundaries or between "
            "words; check the segments in the draft"
        )
    return Document(
        article=article, paragraphs=out_paragraphs, segments=segments, source_language=language
    )
