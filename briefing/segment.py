"""Reading an article, normalising its text, and splitting it into segments.

`read_article` accepts `.txt`, `.md` (both with optional front matter) and
`.html` (article text only). `segment` turns the text into paragraphs and
sentences with stable ids (`p3s2`).
"""

from __future__ import annotations

import hashlib
import html.parser
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import regex as re

from briefing.bylines import is_page_line, take_out
from briefing.document import Article, Change, Document, Paragraph, Segment
from briefing.errors import InputError

FORMATS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
FRONT_MATTER_KEYS = ("title", "date", "place", "source", "url")


@dataclass
class RawArticle:
    """The article as read: metadata and paragraphs of normalised text."""

    paragraphs: list[str]
    metadata: dict[str, str]
    changes: list[Change] = field(default_factory=list)


# --------------------------------------------------------------------------- reading


def read_article(path: Path, *, max_bytes: int = 1_000_000, title: str | None = None) -> Article:
    """Read and check `path`; see `load` for the article with its paragraphs."""
    return load(path, max_bytes=max_bytes, title=title)[0]


def load(
    path: Path, *, max_bytes: int = 1_000_000, title: str | None = None, language: str = "auto"
) -> tuple[Article, list[str]]:
    """The article and its normalised paragraphs; its language detected (or `language`
    forced), an article in a language briefing does not read refused by name."""
    from briefing.languages import source_language

    data = _read_bytes(path, max_bytes)
    text = _decode(path, data)
    fmt = FORMATS.get(path.suffix.lower(), "text")
    raw = parse_html(text) if fmt == "html" else parse_text(text, markdown=fmt == "markdown")
    paragraphs, changes = normalise_paragraphs(raw.paragraphs)
    paragraphs, page = take_out(paragraphs)
    changes = raw.changes + changes + page.changes
    if not any(p.strip() for p in paragraphs):
        raise InputError(f"{path}: no article text found; the file has markup or metadata only")
    detected = source_language("\n".join(paragraphs), language, where=str(path))
    meta = raw.metadata
    inferred = False
    if title:
        final_title = normalise_text(title)[0]
    elif meta.get("title"):
        final_title = normalise_text(meta["title"])[0]
    else:
        final_title = infer_title(paragraphs, detected)
        inferred = True
    article = Article(
        title=final_title,
        title_inferred=inferred,
        path=str(path),
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
        date=meta.get("date"),
        place=meta.get("place"),
        source=meta.get("source") or page.source,
        url=meta.get("url"),
        changes=changes,
        language=detected,
        posted=page.posted,
        dateline=page.city,
    )
    return article, paragraphs


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file; give the path of a .txt, .md or .html article")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give the path of one article file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit; "
            "split the article or raise BRIEFING_MAX_INPUT_BYTES"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    if not data.strip():
        raise InputError(f"{path}: is empty; it needs the article text")
    return data


def _decode(path: Path, data: bytes) -> str:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(head) >= 16
        and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4)
    ):
        raise InputError(
            f"{path}: is UTF-16 text; re-save it as UTF-8 (in most editors: Save as… › Encoding › UTF-8)"
        )
    if b"\x00" in head:
        raise InputError(f"{path}: looks like a binary file, not text; save the article as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: is not UTF-8 (bad byte at offset {exc.start}); re-save it as UTF-8"
        ) from None
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise InputError(f"{path}: looks like a binary file, not text; save the article as UTF-8")
    if not text.strip():
        raise InputError(f"{path}: has only whitespace; it needs the article text")
    return text


_SENTENCE_MARKS = re.compile(r"[.!?…。](?:\s|$)")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")


def parse_text(text: str, *, markdown: bool = False) -> RawArticle:
    metadata: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip().lower() in FRONT_MATTER_KEYS:
                metadata[key.strip().lower()] = value.strip().strip("\"'")
        text = text[match.end() :]
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs = []
    for block in blocks:
        block = block.strip()
        if not block:
            continue
        if markdown:
            block = _MD_IMAGE.sub("", block)
            block = _MD_LINK.sub(r"\1", block)
            block = _MD_EMPHASIS.sub(r"\2", block)
            heading = re.match(r"#{1,6}\s+(.*)", block)
            if heading:
                if "title" not in metadata and block.startswith("# "):
                    metadata["title"] = heading.group(1).strip()
                    continue
                block = heading.group(1)
            block = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", block, flags=re.M)
            block = re.sub(r"^>\s?", "", block, flags=re.M)
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        joined = " ".join(lines)
        if len(joined) > 1000 and len(lines) > 1 and not _SENTENCE_MARKS.search(joined):
            paragraphs += lines  # no sentence punctuation: its line breaks are all it has
        elif len(lines) > 1 and any(is_page_line(line) for line in lines):
            paragraphs += lines  # "충청남도 보도자료\n배포일시: …": the stamp is a line of its own
        elif joined:
            paragraphs.append(joined)
    return RawArticle(paragraphs=paragraphs, metadata=metadata)


class _HTMLText(html.parser.HTMLParser):
    """Collects the text of block elements; scripts, styles and embeds are dropped."""

    SKIP: ClassVar[set[str]] = {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "object",
        "head",
        "nav",
    }
    BLOCKS: ClassVar[set[str]] = {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "figcaption",
        "div",
    }
    BLOCKS |= {"article", "section", "header", "footer", "main", "br", "tr", "td", "pre"}
    VOID: ClassVar[set[str]] = {
        "br",
        "img",
        "hr",
        "meta",
        "link",
        "input",
        "source",
        "wbr",
        "area",
        "base",
        "col",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title = ""
        self.h1 = ""
        self._buffer: list[str] = []
        self._skip = 0
        self._in_title = False
        self._in_h1 = False
        self._in_article = 0
        self.article_paragraphs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            if tag not in self.VOID:
                self._skip += 1
            if tag == "head":
                self._skip -= 1  # <title> lives in head; head itself is not skipped
            return
        if tag == "title":
            self._in_title = True
        if tag in self.BLOCKS:
            self._flush()
        if tag == "h1":
            self._in_h1 = True
        if tag == "article":
            self._in_article += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and tag != "head":
            self._skip = max(0, self._skip - 1)
            return
        if tag == "title":
            self._in_title = False
        if tag in self.BLOCKS:
            self._flush()
        if tag == "h1":
            self._in_h1 = False
        if tag == "article":
            self._in_article = max(0, self._in_article - 1)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title += data
            return
        if self._in_h1:
            self.h1 += data
        self._buffer.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        self._buffer = []
        if text:
            self.paragraphs.append(text)
            if self._in_article:
                self.article_paragraphs.append(text)

    def close(self) -> None:
        super().close()
        self._flush()

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """`<![CDATA[`, `<![if …]>` and the like; one with an unknown keyword (`<![SD`), on
        which Python 3.11's parser raises AssertionError, is a bogus comment up to the next
        `>`, as browsers read it."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return self.parse_bogus_comment(i, report)


def parse_html(text: str) -> RawArticle:
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    paragraphs = parser.article_paragraphs or parser.paragraphs
    metadata = {}
    title = " ".join((parser.h1 or parser.title).split())
    if title:
        metadata["title"] = title
        if paragraphs and paragraphs[0] == title:
            paragraphs = paragraphs[1:]
    return RawArticle(paragraphs=paragraphs, metadata=metadata)


# --------------------------------------------------------------------------- normalising

# Letters that look like Vietnamese ones but are not: they break search, glossary
# matching and fonts. Latin Eth (Ð, Icelandic) for Đ is the classic one.
_LOOKALIKES = {
    "\u00d0": "\u0110",  # Ð -> Đ
    "\u00f0": "\u0111",  # ð -> đ
    "\u0189": "\u0110",  # Ɖ -> Đ
}
_INVISIBLE = {"\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": ""}
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
# Old-style tone placement (hoà, thuý) -> the style Vietnamese press and
# dictionaries use today (hòa, thúy), only at the end of a syllable.
_TONE_MOVES = {}
for _plain, _marks in (("a", "àáảãạ"), ("e", "èéẻẽẹ"), ("y", "ỳýỷỹỵ")):
    _first = {"a": "o", "e": "o", "y": "u"}[_plain]
    _first_marked = {"o": "òóỏõọ", "u": "ùúủũụ"}[_first]
    for _m, _fm in zip(_marks, _first_marked, strict=True):
        _TONE_MOVES[_first + _m] = _fm + _plain
        _TONE_MOVES[(_first + _m).capitalize()] = _fm.upper() + _plain
_TONE_RE = re.compile(
    r"(?<![qQ])(" + "|".join(map(re.escape, _TONE_MOVES)) + r")(?![\wạ-ỹ])", re.UNICODE
)
# "Al" (lower-case L) typed for "AI": not a Vietnamese word; kept before a
# capitalised word, where it can be a name (Al Gore).
_AL_FOR_AI = re.compile(r"\bAl\b(?!\s+\p{Lu}\p{Ll})")
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
_QUOTE_PAIRS = re.compile(r"(^|[\s(])['\"‘]([^'\"‘’“”]{2,}?)[”\"’]")


def normalise_text(text: str) -> tuple[str, list[Change]]:
    """NFC, whitespace and glyph confusions; returns the text and what changed."""
    changes: list[Change] = []

    def apply(kind: str, pattern: re.Pattern[str], repl: str, text: str) -> str:
        found: Counter[tuple[str, str]] = Counter(
            (m.group(0), m.expand(repl)) for m in pattern.finditer(text)
        )
        for (before, after), count in found.items():
            changes.append(Change(kind, before, after, count))
        return pattern.sub(repl, text) if found else text

    controls = _CONTROLS.findall(text)
    if controls:  # C0 controls break XML (XLIFF) and PDFs: never part of an article
        changes.append(Change("control", "C0 control characters", "", len(controls)))
        text = _CONTROLS.sub("", text)
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        decomposed = sum(1 for c in text if unicodedata.combining(c))
        changes.append(Change("unicode-nfc", "decomposed characters", "composed", decomposed))
    text = nfc
    for bad, good in {**_LOOKALIKES, **_INVISIBLE}.items():
        if bad in text:
            kind = "lookalike" if bad in _LOOKALIKES else "invisible"
            changes.append(Change(kind, bad, good, text.count(bad)))
            text = text.replace(bad, good)
    spaces = len(_SPACES.findall(text))
    if spaces:
        changes.append(Change("whitespace", "non-breaking or wide space", " ", spaces))
        text = _SPACES.sub(" ", text)
    collapsed = re.sub(r" {2,}", " ", text).strip()
    if collapsed != text:
        changes.append(Change("whitespace", "repeated or edge spaces", " ", 1))
        text = collapsed
    text = apply("glyph", _AL_FOR_AI, "AI", text)
    found = Counter(m.group(1) for m in _TONE_RE.finditer(text))
    if found:
        text = _TONE_RE.sub(lambda m: _TONE_MOVES[m.group(1)], text)
        for before, count in found.items():
            changes.append(Change("tone-placement", before, _TONE_MOVES[before], count))
    text = apply("dash", _SPACED_HYPHEN, " – ", text)
    text = apply("quotes", _QUOTE_PAIRS, r"\1“\2”", text)
    text = _compatibility(text, changes)
    return text, changes


# Blocks whose characters are written by their Unicode compatibility mapping (NFKC) when
# an article is read: ① → 1, ㈜ → (주), ㎞ → km, ㎡ → m², ™ → TM, Ⅻ → XII, Ａ → A. The
# model and the figure reader know the plain forms; the meaning survives.
COMPATIBILITY_BLOCKS = (
    (0x2100, 0x214F),  # letterlike symbols
    (0x2150, 0x218F),  # number forms
    (0x2460, 0x24FF),  # enclosed alphanumerics
    (0x3200, 0x32FF),  # enclosed CJK letters and months
    (0x3300, 0x33FF),  # CJK compatibility (units)
    (0xFF01, 0xFF5E),  # full-width ASCII
)
_SUPERSCRIPT = {"2": "²", "3": "³"}


def _compatibility(text: str, changes: list[Change]) -> str:
    """Characters of the compatibility blocks, and any other no bundled font draws, written
    by their NFKC mapping where it exists (and, outside those blocks, where the fonts draw
    it); a squared or cubed unit keeps its superscript (㎡ → m²). What has no mapping is
    left to the renderer's fallback font."""
    from briefing.render import covered_characters

    covered = covered_characters()
    found: Counter[tuple[str, str]] = Counter()
    out = []
    for char in text:
        code = ord(char)
        listed = any(start <= code <= end for start, end in COMPATIBILITY_BLOCKS)
        if char.isspace() or (code in covered and not listed):
            out.append(char)
            continue
        mapped = unicodedata.normalize("NFKC", char)
        name = unicodedata.name(char, "")
        if mapped[-1:] in _SUPERSCRIPT and ("SQUARED" in name or "CUBED" in name):
            mapped = mapped[:-1] + _SUPERSCRIPT[mapped[-1]]
        if mapped != char and all(ord(c) in covered for c in mapped):
            found[(char, mapped)] += 1
            out.append(mapped)
        else:
            out.append(char)
    for (before, after), count in found.items():
        changes.append(Change("compatibility", before, after, count))
    return "".join(out) if found else text


def normalise_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[Change]]:
    merged: dict[tuple[str, str, str], Change] = {}
    out = []
    for paragraph in paragraphs:
        text, changes = normalise_text(paragraph)
        if text:
            out.append(text)
        for change in changes:
            key = (change.kind, change.before, change.after)
            if key in merged:
                merged[key].count += change.count
            else:
                merged[key] = change
    return out, list(merged.values())


# --------------------------------------------------------------------------- titles


def is_headline(paragraphs: list[str]) -> bool:
    """A first paragraph that is a headline: short, no sentence end, more text after it."""
    first = paragraphs[0]
    return (
        len(paragraphs) > 1
        and len(first) <= 250
        and len(first.split()) <= 35
        and not re.search(r"[.!?…;]$", first)
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


# --------------------------------------------------------------------------- sentences

# Abbreviations that end with a dot and do not end a sentence (lower-cased).
ABBREVIATIONS = {
    "tp", "ts", "gs", "pgs", "ths", "bs", "ks", "cn", "th.s", "gs.ts", "pgs.ts", "ts.bs",
    "ông", "bà", "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "e.g", "i.e",
    "tr", "q", "p", "h", "tt", "nxb", "jr", "sr", "co", "inc", "ltd", "corp",
}  # fmt: skip
_SENTENCE_END = re.compile(
    # a capital (\p{Lu}: "[A-ZĐÀ-Ỹ]" also holds đ, ô, ư …), a digit, or Hangul after it
    r"([.!?…]+)([\"'”’»)\]]*)(\s+)(?=[\"'“‘«(\[]?[\p{Lu}0-9\u1100-\uffdc])"
)


def split_sentences(paragraph: str, language: str = "vi") -> list[str]:
    """Split a paragraph at sentence ends, never inside abbreviations or dotted numbers;
    Korean with Kiwi's sentence splitter (`split_into_sents`)."""
    if language == "ko":
        from briefing.summarize.tokens import _kiwi

        return [s.text.strip() for s in _kiwi().split_into_sents(paragraph) if s.text.strip()]
    sentences = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end(2)
        before = paragraph[start : match.start(1)]
        last_word = before.rsplit(None, 1)[-1] if before.split() else ""
        word = last_word.lstrip("(\"'“‘").lower()
        if match.group(1) == "." and not match.group(2):
            if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
                continue
            if len(word) == 1 and word.isalpha():  # an initial: "Nguyễn V. An"
                continue
        sentences.append(paragraph[start:end].strip())
        start = match.end(3)
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


_CREDIT = re.compile(r"\s*(?:Ảnh|Nguồn ảnh|Ảnh minh họa|Video)\s*:\s*([^.:]{1,60}?)\s*\.?\s*$")


# Korean photo captions: "사진: 연합뉴스", "(사진=과기정통부 제공)", "… /연합뉴스".
_CREDIT_KO = re.compile(
    r"\s*(?:[(\[]\s*사진\s*[=:]\s*([^)\]]{1,40})[)\]]|사진\s*[:=]\s*([^.]{1,40}?)|/\s*([가-힣A-Za-z ]{2,20})"
    # "… 2026.9.17 [주베트남 한국대사관 제공. 재판매 및 DB 금지]": a news agency's photo caption
    r"|(?:\s(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}\.?)?\s*\[([^\]]{2,40}?)\s*제공[^\]]*\])\s*\.?\s*$"
)


def split_credit(paragraph: str, language: str = "vi") -> tuple[str, str | None]:
    """'… Ảnh: Hải Danh' -> ('…', 'Hải Danh'); '… /연합뉴스' -> ('…', '연합뉴스'); the
    caption text keeps its own end."""
    pattern = _CREDIT_KO if language == "ko" else _CREDIT
    match = pattern.search(paragraph)
    if not match:
        return paragraph, None
    credit = next(g for g in match.groups() if g)
    return paragraph[: match.start()].rstrip(), credit.strip()


MAX_SEGMENT_CHARS = 1000


def split_overlong(sentence: str, limit: int = MAX_SEGMENT_CHARS) -> list[str]:
    """A sentence over `limit` characters (an article without punctuation) cut at clause
    boundaries, else between words, into pieces of at most `limit` characters."""
    from briefing.translate.base import split_long

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
        if kind == "body" and len(text) < 120 and not re.search(r"[.!?…:;,]$", text):
            kind = "heading" if number > 1 and len(text.split()) <= 14 else "body"
        if number == 1 and headline:
            kind = "heading"
        ids = []
        sentences = []
        for sentence in split_sentences(body, language) if body else []:
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
