"""Facts from the Vietnamese source: figures, people with roles, organisations, the event.

Only what the article states is extracted; nothing is guessed (the seed names no
place, so the briefs show none). Labels are extracted in Vietnamese; the
pipeline translates them with the same translator as the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.document import (
    Document,
    Event,
    EventDate,
    Facts,
    Figure,
    Organisation,
    Person,
    Segment,
)
from briefing.numbers import vi_quantities
from briefing.segment import find_event_name

# ----------------------------------------------------------------------------- numbers

_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")
_YEAR_WORD = re.compile(r"\b(?:năm|cuối năm|đầu năm|giữa năm)\s+$", re.IGNORECASE)
_PHRASE_STOP = {
    "và", "đã", "sẽ", "đang", "được", "là", "cho", "để", "nhằm", "với", "thì", "mà", "của",
    "trong", "so", "nhưng", "hoặc", "có", "thuộc", "vào", "đến", "tại",
}  # fmt: skip


_DANGLING = {"tại", "về", "ở", "trên", "dưới", "từ", "sử", "hỗ"}


def _phrase_after(text: str, limit: int = 7) -> str:
    words = []
    for raw in text.split():
        word = raw.strip("“”\"'()")
        if not word or word.lower() in _PHRASE_STOP or word[0].isdigit():
            break
        words.append(word.rstrip(",.;:!?"))
        if raw.rstrip("”\"')").endswith((",", ".", ";", ":", "!", "?")) or len(words) >= limit:
            break
    while words and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(w for w in words if w)


def _phrase_before(text: str, limit: int = 6) -> str:
    clause = re.split(r"[,;:.!?]\s", text)[-1]
    return " ".join(clause.split()[-limit:])


def figures_in(segment: Segment) -> list[Figure]:
    """The segment's figures, read by the Vietnamese normaliser (dates are not figures),
    each with what it measures: the words after it, or for years and sums of money the
    words before it."""
    text = segment.text
    out = []
    for quantity in vi_quantities(text):
        if quantity.kind == "date":
            continue
        start, end = quantity.start, quantity.start + len(quantity.text)
        before, after = text[:start], text[end:]
        number = quantity.text.split()[0].rstrip("%")
        kind: str = quantity.kind
        if kind == "percent":
            measure = _phrase_after(after)
        elif kind == "money":
            measure = _phrase_before(before)
        elif re.search(r"\btop\s+$", before, re.IGNORECASE):
            kind, measure = "rank", _phrase_after(after)
            start -= len(before) - len(re.sub(r"\btop\s+$", "", before, flags=re.IGNORECASE))
        elif (
            re.fullmatch(r"\d{4}", number)
            and 1900 <= quantity.value <= 2100
            and not _phrase_after(after, 1).lower().startswith(("người", "doanh", "chuyên"))
        ):
            kind, measure = "year", _phrase_before(before)
            year_word = _YEAR_WORD.search(before)
            if year_word:
                measure = _phrase_before(before[: year_word.start()])
            measure = measure or _phrase_after(after)
        else:
            measure = _phrase_after(after)
            kind = "count" if measure else "number"
        out.append(
            Figure(
                segment_id=segment.id,
                text=text[start:end].strip(),
                value=quantity.value,
                kind=kind,  # type: ignore[arg-type]
                unit=quantity.unit,
                measure={"vi": measure} if measure else {},
            )
        )
    return out


# ----------------------------------------------------------------------------- people

TITLES = (
    "Phó Thủ tướng", "Thủ tướng", "Phó Chủ tịch", "Chủ tịch", "Bộ trưởng", "Thứ trưởng",
    "Đại sứ", "Tổng Giám đốc", "Phó Giám đốc", "Giám đốc", "Viện trưởng", "Phó Viện trưởng",
    "Tổng thư ký", "Trưởng ban", "Hiệu trưởng", "Giáo sư", "Tiến sĩ", "GS.TS", "PGS.TS",
    "TS.", "GS.", "Ông", "ông", "Bà", "bà",
)  # fmt: skip
HONORIFICS = {"Ông", "ông", "Bà", "bà"}
PLACES = (
    "Việt Nam", "Hàn Quốc", "Nhật Bản", "Trung Quốc", "Hoa Kỳ", "Đông Nam Á", "Hà Nội",
    "TP.HCM", "Seoul", "Thành phố Hồ Chí Minh",
)  # fmt: skip
ORG_HEADS = (
    "Bộ", "Viện", "Quỹ", "Cơ quan", "Tập đoàn", "Công ty", "Ủy ban", "Hiệp hội", "Trường",
    "Đại học", "Ngân hàng", "Tổng cục", "Cục", "Sở", "Văn phòng", "Trung tâm", "Phòng",
)  # fmt: skip
_TITLE_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in TITLES) + r")(?!\w)")
_APPOSITIVE = re.compile(r"^\s*(?:,|–|-|—)\s*")


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_name_word(word: str) -> bool:
    return bool(word) and word[0].isupper() and not _is_acronym(word) and word.isalpha()


def _strip_prefixes(words: list[str], prefixes: Iterable[str]) -> list[str]:
    changed = True
    while changed:
        changed = False
        for prefix in prefixes:
            parts = prefix.split()
            if words[: len(parts)] == parts and len(words) > len(parts):
                words = words[len(parts) :]
                changed = True
    return words


def _until_clause_end(text: str) -> str:
    """Text up to the first comma, full stop or semicolon outside parentheses."""
    depth = 0
    for i, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and char in ",.;" and (i + 1 == len(text) or text[i + 1] == " "):
            return text[:i].strip()
    return text.strip()


def people_in(segment: Segment) -> list[Person]:
    text = segment.text
    found: list[Person] = []
    for match in _TITLE_RE.finditer(text):
        title = match.group(1)
        rest = text[match.end() :]
        run: list[str] = []
        consumed = 0
        for token in re.finditer(r"\S+", rest):
            raw = token.group(0)
            word = raw.rstrip(",.;:!?”\"')")
            ok = word and (
                word[0].isupper() or _is_acronym(word) or (word in {"tại", "của"} and run)
            )
            if not ok:
                break
            run.append(word)
            consumed = token.start() + len(word)
            if word != raw:
                break
        while run and run[-1] in {"tại", "của"}:
            run.pop()
        name_words: list[str] = []
        for word in reversed(run):
            if not _is_name_word(word):
                break
            name_words.insert(0, word)
        name_words = _strip_prefixes(name_words, PLACES + ORG_HEADS)
        if not 2 <= len(name_words) <= 4:
            continue
        name = " ".join(name_words)
        qualifier = run[: len(run) - len(name_words)]
        role = ""
        if title not in HONORIFICS:
            role = " ".join([title, *qualifier])
        else:
            after = rest[consumed:]
            appositive = _APPOSITIVE.match(after)
            if appositive:
                clause = _until_clause_end(after[appositive.end() :])
                if _TITLE_RE.match(clause) and clause.split()[0] not in HONORIFICS:
                    role = clause
        found.append(Person(name=name, role={"vi": role} if role else {}, segment_ids=[segment.id]))
    return found


def merge_people(people: Iterable[Person]) -> list[Person]:
    merged: dict[str, Person] = {}
    for person in people:
        known = merged.get(person.name)
        if known is None:
            merged[person.name] = person
            continue
        for seg_id in person.segment_ids:
            if seg_id not in known.segment_ids:
                known.segment_ids.append(seg_id)
        if len(person.role.get("vi", "")) > len(known.role.get("vi", "")):
            known.role = person.role
    return list(merged.values())


# ----------------------------------------------------------------------------- organisations

_ORG_STOP = {
    "phối", "tổ", "đã", "sẽ", "đang", "cho", "là", "có", "để", "tại", "với", "trên", "cam",
    "thông", "phát", "nhấn", "đề", "kêu", "hỗ", "dành", "cùng", "được", "của", "về", "theo",
    "nhằm", "từ", "đến", "trong", "thì", "mà", "này", "đó", "các", "những",
}  # fmt: skip
_ORG_START = re.compile(r"(?<!\w)(" + "|".join(re.escape(h) for h in ORG_HEADS) + r")(?= [A-ZĐ])")


def organisations_in(segment: Segment) -> list[str]:
    text = segment.text
    out = []
    for match in _ORG_START.finditer(text):
        words = [match.group(1)]
        lowercase_run = 0
        for token in re.finditer(r"\S+", text[match.end() :]):
            raw = token.group(0)
            word = raw.rstrip(",.;:!?”\"')(").lstrip('(“"')
            if not word or raw.startswith(("(", "“", '"')):
                break
            if word in _ORG_STOP:
                break
            if word == "và":
                nxt = text[match.end() + token.end() :].split(maxsplit=1)
                if not nxt or not nxt[0][:1].isupper() or _ORG_START.match(nxt[0] + " X"):
                    break
            if word[0].isupper() or _is_acronym(word):
                lowercase_run = 0
            else:
                lowercase_run += 1
                if lowercase_run > 5:
                    break
            words.append(word)
            if word != raw:
                break
        if len(words) >= 2 and any(w[0].isupper() for w in words[1:]):
            out.append(" ".join(words))
    return out


# ----------------------------------------------------------------------------- event

_THEME = re.compile(r"chủ đề\s*[“\"]([^”\"]+)[”\"]")
_PLACE = re.compile(r"(?:tổ chức|diễn ra|khai mạc)\s+tại\s+([A-ZĐ][^,.;]*)")
_ORGANISED = re.compile(r"(?:phối hợp |đồng |cùng )?tổ chức\b")


def parse_date(value: str) -> EventDate | None:
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value.strip())
    if iso:
        return EventDate(day=int(iso.group(3)), month=int(iso.group(2)), year=int(iso.group(1)))
    match = _DATE.search(value)
    if match:
        year = int(match.group(3)) if match.group(3) else None
        return EventDate(day=int(match.group(1)), month=int(match.group(2)), year=year)
    return None


def event_of(document: Document) -> Event:
    body = [s for s in document.segments if s.kind == "body"]
    first = body[0] if body else None
    event = Event()
    if first is not None:
        name = find_event_name(first.text)
        if name:
            event.name = {"vi": name}
        theme = _THEME.search(first.text)
        if theme:
            event.theme = {"vi": theme.group(1).strip()}
        organised = _ORGANISED.search(first.text)
        if organised:
            before = Segment(first.id, first.paragraph, first.text[: organised.start()])
            event.organisers = [{"vi": org} for org in organisations_in(before)]
    article = document.article
    date = parse_date(article.date) if article.date else None
    if date is None and first is not None:
        date = parse_date(first.text)
        if date is not None:
            date.segment_id = first.id
    if date is not None and date.year is None and article.date:
        year = re.search(r"\b(19|20)\d{2}\b", article.date)
        date.year = int(year.group(0)) if year else None
    event.date = date
    if article.place:
        event.place = {"vi": article.place}
    elif first is not None and (place := _PLACE.search(first.text)):
        event.place = {"vi": place.group(1).strip()}
    return event


def extract(document: Document) -> Document:
    """Facts stated in the source; captions contribute people but no figures."""
    figures: list[Figure] = []
    seen: set[tuple[float, str, str]] = set()
    people: list[Person] = []
    organisations: dict[str, Organisation] = {}
    for segment in document.segments:
        if segment.kind == "body":
            for figure in figures_in(segment):
                key = (figure.value, figure.kind, figure.measure.get("vi", "").split(" ")[-1])
                if key not in seen:
                    seen.add(key)
                    figures.append(figure)
        people.extend(people_in(segment))
        for name in organisations_in(segment):
            org = organisations.setdefault(name, Organisation(name={"vi": name}))
            if segment.id not in org.segment_ids:
                org.segment_ids.append(segment.id)
    people = merge_people(people)
    for org in organisations.values():
        for person in people:  # "Bộ KH&CN Hoàng Minh": the name is not part of the ministry
            org.name["vi"] = org.name["vi"].removesuffix(" " + person.name)
    merged: dict[str, Organisation] = {}
    for org in organisations.values():
        known = merged.setdefault(org.name["vi"], Organisation(name=org.name))
        known.segment_ids += [s for s in org.segment_ids if s not in known.segment_ids]
    document.facts = Facts(
        event=event_of(document),
        figures=figures,
        people=people,
        organisations=list(merged.values()),
    )
    return document
