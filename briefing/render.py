"""Jinja2 → HTML → WeasyPrint: the delegation briefs and the translators' draft.

Rendering reads only the Document (and the manifest's signature): no model is
loaded here. Every character is checked against the bundled fonts before a PDF
is written, and WeasyPrint may fetch nothing but the project's own templates
and fonts.
"""

from __future__ import annotations

import dataclasses
import errno
import logging
import mimetypes
import re
import threading
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import jinja2

from briefing import labels as reviewable
from briefing import numbers
from briefing.document import Document, EventDate, Figure, Flag, Person, Suggestion, ToCheck
from briefing.errors import RenderError

# The bundled fonts (NotoSansKR; DejaVu Sans for the symbols Noto Sans CJK KR does not draw:
# ∼, ☎, some arrows and operators) and the characters they draw live in briefing.fonts.
from briefing.fonts import covered_characters
from briefing.names.hangul import is_hangul
from briefing.paths import templates_dir

# What is drawn in place of a character no bundled font has: reported, never an abort.
REPLACEMENT = "□"
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "ko": "한국어", "en": "English"}


# ----------------------------------------------------------------------------- contexts


@dataclass
class FigureRow:
    """A key figure as a brief shows it: value, what it measures, and its segment."""

    value: str
    measure: str
    segment_id: str


@dataclass
class PersonRow:
    """A person as a brief shows them: name, role, title and the name as written."""

    name: str
    role: str
    title: str = ""
    original: str = ""  # the name as the article writes it, where the brief's script differs


@dataclass
class AnnexParagraph:
    """A paragraph of the full-text annex in one language."""

    kind: str
    sentences: list[str]
    credit: str | None


@dataclass
class BriefContext:
    """Everything the brief template shows in one language."""

    lang: str
    labels: dict[str, str]
    title: str
    event_name: str
    theme: str
    date: str
    place: str
    organisers: list[str]
    key_points: list[str]
    figures: list[FigureRow]
    people: list[PersonRow]
    organisations: list[str]
    annex: list[AnnexParagraph]
    source: str
    model: str
    signature: str
    css: str
    unreviewed: bool
    source_language: str = "vi"


@dataclass
class DraftRow:
    """One segment of the translators' draft: its text in each language, status and flags."""

    id: str
    kind: str
    texts: dict[str, str]
    status: dict[str, str]
    flags: list[Flag]
    suggestions: dict[str, list[Suggestion]] = field(default_factory=dict)


@dataclass
class DraftContext:
    """Everything the translators' draft template shows."""

    lang: str
    labels: dict[str, str]
    title: str
    languages: list[str]
    language_names: dict[str, str]
    rows: list[DraftRow]
    signature: str
    css: str
    for_pdf: bool
    models: dict[str, str] = field(default_factory=dict)
    source_language: str = "vi"
    fonts: str = ""  # @font-face rules with the bundled font embedded (draft.html)
    max_flags: int = 6  # flags a PDF row shows; draft.html shows them all
    to_check: list[ToCheck] = field(default_factory=list)  # facts not stated in the briefs
    locked: list[LockedRow] = field(default_factory=list)  # names and terms not from the model
    flagged_labels: list[DraftRow] = field(default_factory=list)  # label texts that fail a check


@dataclass
class LockedRow:
    """A name, place, institution or role whose forms came from shipped data or a rule, not
    the model (origin reference or transcription): shown so translators check them."""

    source: str
    forms: dict[str, str]
    origin: str
    kind: str


# ----------------------------------------------------------------------------- formatting


def format_date(date: EventDate | None, lang: str, labels: dict[str, str]) -> str:
    """An event's date (and last day) as each language writes it: 19–21/9/2026,
    2026년 9월 19~21일, 19–21 September 2026."""
    if date is None:
        return ""
    if date.end_day is None:
        return numbers.format_date(date.day, date.month, date.year, lang)
    end_month = date.end_month or date.month
    if end_month == date.month:
        if lang == "ko":
            text = f"{date.month}월 {date.day}~{date.end_day}일"
            return f"{date.year}년 {text}" if date.year else text
        last = numbers.format_date(date.end_day, end_month, date.year, lang)
        return f"{date.day}–{last}"
    first = numbers.format_date(date.day, date.month, None, lang)
    last = numbers.format_date(date.end_day, end_month, date.year, lang)
    return f"{first} ~ {last}" if lang == "ko" else f"{first} – {last}"


def format_figure(figure: Figure, lang: str, labels: dict[str, str]) -> str:
    """A figure's value as `lang` writes it: percent, rank, year, money, period or number."""
    if figure.kind == "period" and figure.high is not None:
        return f"{int(figure.value)}–{int(figure.high)}"
    if figure.kind == "percent":
        value = numbers.format_percent(figure.value, lang)
        if figure.high is not None:
            return f"{numbers.format_number(figure.value, lang)}–{numbers.format_percent(figure.high, lang)}"
        return value
    if figure.kind == "rank":
        return labels["rank"].format(n=numbers.format_number(figure.value, lang))
    if figure.kind == "year":
        return labels["year"].format(n=int(figure.value))
    if figure.kind == "money" and figure.unit:
        text = numbers.format_money(figure.value, figure.unit, lang)
        if figure.high is not None:
            text += " – " + numbers.format_money(figure.high, figure.unit, lang)
        return text
    text = numbers.format_number(figure.value, lang)
    if figure.high is not None:
        text += "–" + numbers.format_number(figure.high, lang)
    if figure.unit:  # a unit of measure: 2.400 MW, 40.000 tấn, 3 năm
        count = figure.high if figure.high is not None else figure.value
        name = numbers.unit_name(figure.unit, lang, count)
        joined = name == "배" or name.startswith("%")  # "1.5배", "14%포인트", as Korean writes it
        text += name if joined else " " + name
    return text


def signature_line(signature: dict[str, str]) -> str:
    """The run's signature as one `key:value|key:value` line."""
    return "|".join(f"{key}:{value}" for key, value in signature.items())


def display_model(model: str) -> str:
    """What a page says about the model: a hub id as it is, a local folder by its name
    (the full path and the technical signature stay in the PDF's metadata)."""
    from briefing.translate.base import model_label

    return model_label(model)


# ----------------------------------------------------------------------------- templates


@cache
def labels_for() -> dict[str, dict[str, str]]:
    """The headings and labels per language, from templates/labels.toml."""
    path = templates_dir() / "labels.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {lang: {k: str(v) for k, v in table.items()} for lang, table in data.items()}


@cache
def environment() -> jinja2.Environment:
    """The Jinja environment over the templates: autoescape on, undefined names an error."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def stylesheet() -> str:
    """The briefs' CSS."""
    return (templates_dir() / "style.css").read_text(encoding="utf-8")


def person_row(person: Person, lang: str, role: str) -> PersonRow:
    """A person as the `lang` brief shows them: the name in the brief's own form, the
    title in its language, and the article's form beside a name in another script
    (팜민찐 with Phạm Minh Chính; Park Yun-gyu with 박윤규)."""
    name = person.names.get(lang) or person.name
    original = person.name if is_hangul(name) != is_hangul(person.name) else ""
    return PersonRow(name, role, person.titles.get(lang) or person.title, original)


# A press release's or a list's mark before a sentence: "□ 부산광역시는 …", "ㅇ (재원) …", "- …"
# ("-5%" keeps its sign: a dash or a plus is a mark only with a space after it)
_POINT_MARK = re.compile(r"^\s*(?:[□■○◦●•▪▲△◆◇▶▷※]\s*|(?:ㅇ|[*+–-])\s+)+(?=\S)")


def point_text(text: str) -> str:
    """A key point as a brief's bullet shows it: without the list mark the source put before
    the sentence (the bullet is the mark)."""
    return _POINT_MARK.sub("", text)


def brief_context(document: Document, lang: str, signature: dict[str, str]) -> BriefContext:
    """The template context of the brief in `lang`, signed with `signature`."""
    labels = labels_for()[lang]
    facts = document.facts
    event = facts.event

    def local(texts: dict[str, str] | None) -> str:
        if not texts:
            return ""
        return texts.get(lang) or texts.get(document.source_language, "")

    summary = document.summaries.get(lang)
    annex = []
    for paragraph in document.paragraphs:
        sentences = [document.text(document.segment(i), lang) for i in paragraph.segment_ids]
        annex.append(AnnexParagraph(paragraph.kind, sentences, paragraph.credit))
    figures = [
        FigureRow(format_figure(f, lang, labels), local(f.measure), f.segment_id)
        for f in facts.figures
    ]
    people = [person_row(p, lang, local(p.role)) for p in facts.people]
    unreviewed = reviewable.unreviewed(document, lang)
    return BriefContext(
        lang=lang,
        labels=labels,
        title=local(document.title) or document.article.title,
        event_name=local(event.name),
        theme=local(event.theme),
        date=format_date(event.date, lang, labels),
        place=local(event.place),
        organisers=[local(o) for o in event.organisers],
        key_points=[point_text(s.text) for s in summary.sentences] if summary else [],
        figures=figures,
        people=people,
        organisations=[local(o.name) for o in facts.organisations],
        annex=annex,
        source=document.article.source or document.article.url or Path(document.article.path).name,
        model=display_model(document.models.get(lang, "")),
        signature=signature_line(signature),
        css=stylesheet(),
        unreviewed=unreviewed,
        source_language=document.source_language,
    )


def flagged_labels(document: Document) -> list[DraftRow]:
    """The label texts (title, roles, figure labels …) that fail a check, as draft rows."""
    rows = []
    for label in reviewable.labels_of(document):
        flags = document.label_flags.get(label.id)
        if flags:
            texts = {lang: label.holder.get(lang, "") for lang in document.languages()}
            states = document.labels.get(label.id, {})
            status = {lang: f"{t.status} · {t.origin}" for lang, t in states.items()}
            rows.append(DraftRow(label.id, label.kind, texts, status, flags, {}))
    return rows


def locked_rows(document: Document) -> list[LockedRow]:
    """Every shipped or transcribed form the run used, once: the segments' locked names and
    terms, then the labels (roles, organisations, places) written from the tables."""
    rows: dict[tuple[str, str], LockedRow] = {}
    for segment in document.segments:
        for hit in segment.terms:
            if hit.listed and hit.origin in {"reference", "transcription"}:
                key = (hit.source, hit.origin)
                rows.setdefault(key, LockedRow(hit.source, dict(hit.forms), hit.origin, hit.kind))
    for label in reviewable.labels_of(document):
        states = document.labels.get(label.id, {})
        origins = {t.origin for t in states.values()}
        origin = next((o for o in ("reference", "transcription") if o in origins), "")
        if origin:
            text = label.source(document)
            forms = dict(label.holder)
            rows.setdefault((text, origin), LockedRow(text, forms, origin, label.kind))
    return list(rows.values())


def draft_context(document: Document, signature: dict[str, str], for_pdf: bool) -> DraftContext:
    """The template context of the translators' draft; `for_pdf` shows fewer flags a row."""
    languages = document.languages()
    rows = []
    for segment in document.segments:
        texts = {lang: document.text(segment, lang) for lang in languages}
        status = {
            lang: f"{t.status} · {t.origin}"
            for lang, t in segment.translations.items()
            if lang in languages
        }
        rows.append(
            DraftRow(segment.id, segment.kind, texts, status, segment.flags, segment.suggestions)
        )
    context = DraftContext(
        lang="en",
        labels=labels_for()["draft"],
        title=document.article.title,
        languages=languages,
        language_names=LANGUAGE_NAMES,
        rows=rows,
        signature=signature_line(signature),
        css=stylesheet(),
        for_pdf=for_pdf,
        models={t: display_model(m) for t, m in document.models.items()},
        source_language=document.source_language,
        to_check=document.facts.to_check,
        locked=locked_rows(document),
        flagged_labels=flagged_labels(document),
    )
    if not for_pdf:  # a page opened anywhere: it carries its own fonts, every weight
        context.css = page_stylesheet()
        # The page's strings and the templates' own words (the arrow between languages).
        context.fonts = embedded_fonts("".join(_strings(context)) + template_words())
    return context


FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")


def page_stylesheet() -> str:
    """The stylesheet for a page opened anywhere (draft.html): its @font-face rules, which
    point at font files beside the templates, left out; `embedded_fonts` brings every face
    they declare along inside the page."""
    return FONT_FACE.sub("", stylesheet()).lstrip()


def embedded_fonts(text: str) -> str:
    """@font-face rules for every face the stylesheet declares (regular and bold Hangul and
    Vietnamese, the symbols fallback), each subset to `text`'s characters and embedded as a
    data: URL, so draft.html shows bold Hangul too on a machine without CJK fonts, where a
    browser would otherwise fall back to boxes.

    HarfBuzz's subsetter (uharfbuzz) cuts each face in milliseconds, keeping its default
    layout features (those the three scripts need among them); fontTools took 1.1 s for the
    three faces of a brief here, a fifth of the rendering. The subset is embedded as the
    font file it is (OpenType CFF or TrueType): WOFF2 would make it a quarter smaller but
    its compressor took 0.4 s a face."""
    import base64

    characters = {ord(c) for c in text + " -–…·%0123456789"}
    rules = []
    for face in FONT_FACE.findall(stylesheet()):
        family = re.search(r"font-family:\s*([^;]+);", face)
        source = re.search(r"url\(\"?fonts/([^\")]+)\"?\)", face)
        weight = re.search(r"font-weight:\s*(\d+)", face)
        if family is None or source is None:
            continue
        data = font_subset(source.group(1), characters)
        mime = "font/otf" if data[:4] == b"OTTO" else "font/ttf"
        encoded = base64.b64encode(data).decode("ascii")
        rules.append(
            f"@font-face {{ font-family: {family.group(1).strip()}; "
            f"font-weight: {weight.group(1) if weight else 400}; "
            f'src: url("data:{mime};base64,{encoded}"); }}'
        )
    return "\n".join(rules)


@cache
def template_words() -> str:
    """Every character the briefs' and the draft's templates write themselves."""
    return "".join(sorted({c for p in templates_dir().glob("*.j2") for c in p.read_text("utf-8")}))


def font_subset(name: str, characters: set[int]) -> bytes:
    """The bundled font file `name` cut to the glyphs of `characters` (and what they need:
    composed forms, marks, ligatures), by HarfBuzz; the same characters give the same bytes."""
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(str(templates_dir() / "fonts" / name)))
    wanted = hb.SubsetInput()
    for code in sorted(characters):
        wanted.unicode_set.add(code)
    subset = hb.subset(face, wanted)
    if subset is None:  # HarfBuzz refuses a face it cannot read: a broken bundled font
        raise RenderError(f"HarfBuzz could not subset the bundled font {name}")
    return bytes(subset.blob.data)


def render_html(template: str, context: Any) -> str:
    """The HTML of `template` with `context`; a template error is a `RenderError`."""
    try:
        return environment().get_template(template).render(**_shallow(context))
    except jinja2.TemplateError as exc:
        raise RenderError(f"template {template}: {exc}") from None


def _shallow(context: Any) -> dict[str, Any]:
    return {f.name: getattr(context, f.name) for f in dataclasses.fields(context)}


# ----------------------------------------------------------------------------- fonts


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def preflight(context: Any, where: str = "") -> list[str]:
    """The characters that no bundled font can draw (the caller replaces them and says so)."""
    fields = [f.name for f in dataclasses.fields(context) if f.name not in {"css", "fonts"}]
    covered = covered_characters()
    missing: set[str] = set()
    for name in fields:
        for text in _strings(getattr(context, name)):
            for char in text:
                if ord(char) not in covered and not char.isspace() and ord(char) >= 0x20:
                    missing.add(char)
    return sorted(missing)


def replace_missing(html: str, missing: list[str]) -> str:
    """`html` with every character of `missing` drawn as □."""
    return html.translate({ord(c): REPLACEMENT for c in missing}) if missing else html


def missing_warning(missing: list[str], where: str) -> str:
    """The warning that names characters no bundled font draws, shown as the replacement."""
    listed = " ".join(f"{c} (U+{ord(c):04X})" for c in missing[:20])
    more = f" and {len(missing) - 20} more" if len(missing) > 20 else ""
    return f"{where}: no bundled font draws {listed}{more}; shown as {REPLACEMENT}"


# ----------------------------------------------------------------------------- PDF


def project_only_fetcher(root: Path) -> Any:
    """A WeasyPrint URL fetcher that serves files under `root` and refuses everything
    else: an article's file:// or http:// reference never reaches the disk or network.
    Refused URLs are kept in `.refused`."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    root = root.resolve()

    class ProjectOnlyFetcher(URLFetcher):
        def __init__(self) -> None:
            super().__init__(allowed_protocols=["file"])
            self.refused: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            parsed = urlparse(url)
            if parsed.scheme == "file" and not parsed.netloc:
                path = Path(unquote(parsed.path)).resolve()
                if path.is_relative_to(root) and path.is_file():
                    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                    if path.suffix in {".otf", ".ttf"}:
                        mime = "font/otf"
                    return URLFetcherResponse(
                        url, body=path.read_bytes(), headers={"Content-Type": mime}
                    )
            self.refused.append(url)
            raise ValueError(f"briefing fetches nothing outside its templates: {url}")

    return ProjectOnlyFetcher()


# The prewarm threads (`briefing.pipeline.prewarm_rendering`) that may still run: Pango and
# Fontconfig are not safe across threads, so no document is laid out, and no other warm-up
# starts, while one runs, even where the run that started it failed before rendering (a
# test suite's next brief would otherwise lay out beside it: a segmentation fault).
_WARMING: list[threading.Thread] = []

# WeasyPrint (Pango, Fontconfig, HarfBuzz) lays out one document at a time in a process: two
# threads laying out at once (one web job's warm-up beside another job's PDFs) crashed the
# interpreter (a segmentation fault in weasyprint.text.fonts). Held while a document is laid
# out; re-entrant, so a run's renderer holds it across its PDFs and the copy it forks.
LAYOUT = threading.RLock()


def warming(thread: threading.Thread) -> None:
    """Note a prewarm thread, waited for before the next layout (`settle_warm_up`)."""
    _WARMING.append(thread)


def settle_warm_up() -> None:
    """Wait for every prewarm thread started so far."""
    while _WARMING:
        _WARMING.pop().join()


def warm_up() -> None:
    """Render a few lines in the bundled fonts and the stylesheet, into memory: the first
    document of a process pays for setting up Fontconfig, Pango and WeasyPrint's CSS
    machinery (0.3 s of the first brief here), which the pipeline's prewarm thread pays
    instead while the model translates."""
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    root = templates_dir()
    html = (
        f"<!DOCTYPE html><html lang='vi'><head><style>{stylesheet()}</style></head><body>"
        "<h1>Diễn đàn Việt – Hàn</h1><table><tr><th>Ngày</th><td>29/10/2026</td></tr>"
        "<tr><th>포럼</th><td><b>한국어</b> English 1.234,5</td></tr></table></body></html>"
    )
    if not LAYOUT.acquire(blocking=False):
        return  # another document is being laid out: the process is warm already
    try:
        HTML(
            string=html, base_url=root.as_uri() + "/", url_fetcher=project_only_fetcher(root)
        ).write_pdf(font_config=FontConfiguration())
    finally:
        LAYOUT.release()


DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS}


def write_pdf(html: str, target: Path) -> list[str]:
    """Write the PDF; returns the URLs that were refused."""
    settle_warm_up()
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    root = templates_dir()
    fetcher = project_only_fetcher(root)
    try:
        with LAYOUT:
            document = HTML(string=html, base_url=root.as_uri() + "/", url_fetcher=fetcher)
            document.write_pdf(target, font_config=FontConfiguration(), custom_metadata=True)
    except OSError as exc:
        if exc.errno in DISK_ERRORS:  # the caller says what it kept
            raise
        raise RenderError(f"could not write {target.name}: {exc}") from None
    except ValueError as exc:
        raise RenderError(f"could not write {target.name}: {exc}") from None
    return list(fetcher.refused)
