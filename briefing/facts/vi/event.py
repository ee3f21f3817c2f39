"""The event a Vietnamese article reports: its name, theme, date, place and organisers.

Read from the lead (the first three body sentences), the dateline (`Hải Phòng, ngày
10/10/2026 –`), the headline and the front matter. Each field is read by the first of its
rules that is sure; a venue (`Trung tâm Hội nghị Quốc gia`) is a place, never the event.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex as re

from briefing.data import words
from briefing.document import (
    Document,
    Event,
    EventDate,
    Evidence,
    Organisation,
    Person,
    Segment,
)
from briefing.facts.base import (
    EventPart,
    Found,
    acronym_of,
    fill_year,
    inside_body,
    read_event,
    rule,
    with_dateline,
    with_name,
)
from briefing.facts.vi.lexicon import (
    EVENT_NOUNS,
    EVENT_VERBS,
    PLACE_RE,
    PLACES,
    VENUE_WORDS,
    alternation,
)
from briefing.facts.vi.organisations import organisations_in, tidy
from briefing.facts.vi.people import appositive, cue_before, position_before

_THEME = re.compile(r"chủ đề\s*[“\"]([^”\"]+)[”\"]")
DATELINE = re.compile(
    r"^(?:\([^)]{1,40}\)\s*[–—-]?\s*)?(?P<place>\p{Lu}[\w.\p{L} ]{1,30}?),\s*(?:ngày\s+)?"
    # "Bắc Ninh, 12/11/2026 (TTXVN) - …": the agency after the date
    r"(?:(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}))?"
    # "Đà Nẵng, ngày 19 tháng 11 năm 2026 – …": a release's date in words
    r"|(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})(?:\s+năm\s+(?P<year>\d{4}))?)"
    r"\s*(?:\([^()]{2,20}\)\s*)?[–—-]"
)
_DATE_IN_TEXT = re.compile(
    # "từ ngày 22-3 đến 9-4-2027": across months
    r"(?:từ\s+)?ngày\s+(?P<xd1>\d{1,2})[-/.](?P<xm1>\d{1,2})\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?"
    r"(?P<xd2>\d{1,2})[-/.](?P<xm2>\d{1,2})(?:[-/.](?P<xy>\d{4}))?(?!\d)|"
    r"(?:(?:từ\s+)?(?:ngày\s+)?(?P<d1>\d{1,2})\s*(?:–|-|—|đến|tới|và)\s*(?:ngày\s+)?)?"
    r"(?<![\d/])(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}))?(?![\d/])"
    # "Ngày 8.4", "trong hai ngày 8 và 9.4", "Ngày 17-6": dots or hyphens after a day word
    r"|(?<=(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s(?:(?P<d1b>\d{1,2})\s*(?:–|-|—|đến|và)\s*)?)"
    r"(?P<dayb>\d{1,2})[.-](?P<monthb>\d{1,2})(?:[.-](?P<yearb>\d{4}))?(?![\d.]\d|\s*%)"
    # in words: "ngày 12 tháng 3 năm 2026", "từ ngày 27 đến ngày 30 tháng 8"
    r"|(?:từ\s+)?[Nn]gày\s+(?:(?P<d1w>\d{1,2})\s*(?:–|-|—|đến|tới|và)\s*(?:hết\s+)?(?:ngày\s+)?)?"
    r"(?P<dayw>\d{1,2})\s+tháng\s+(?P<monthw>\d{1,2})(?:\s+năm\s+(?P<yearw>\d{4}))?(?!\d)"
)
# A place may open with a lower-case unit or venue word: "tại thành phố Hạ Long", "tại
# công viên Thống Nhất (Hà Nội)".
_LOWER_OPENING = (
    r"(?:số\s+\d+[\w/]*\s+(?:đường|phố)\s+)?"  # "tại số 125 đường Nguyễn Văn Linh"
    # "tại phòng hội nghị tầng 3, Khách sạn Lotus Grand": a room, then its building
    # ("tại hội trường tầng 5 Bệnh viện …": a numbered room, the building's name right after)
    r"(?:(?:phòng|hội trường|sảnh)"
    r"(?:(?:\s+(?:\p{Ll}+|\d+)){1,4},\s+|(?:\s+\p{Ll}+)?\s+\d+\w*\s+(?=\p{Lu})))?"
    # "tại Phòng Đại yến, khách sạn Lotus Grand Hà Nội": a named room, then its building
    r"(?:(?:Phòng|Hội trường|Sảnh)(?:\s+(?:\p{L}+|\d+)){1,4},\s+(?=(?i:"
    + "|".join(re.escape(w) for w in VENUE_WORDS)
    + r"|Đại học|Trường)\s))?"
    r"(?:(?:thành phố|thủ đô|tỉnh|huyện|quận|thị xã|xã|điểm thi|cơ sở|"
    + "|".join(re.escape(w.lower()) for w in VENUE_WORDS)
    + r")\s+)?"
)
# A date's month (and year) in words after its days: "27 đến ngày 30 tháng 8 năm 2026"
_IN_WORDS = r"(?:\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)?"
# "…, Hà Nội", "…, tỉnh Phú Thọ": the city after a venue
_CITY_AFTER = r"(?:,\s*(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?(?:" + alternation(PLACES) + r"))?"
_PLACE = re.compile(
    # "thăm và làm việc tại", not "đi làm việc tại Hàn Quốc" (going there to work)
    r"(?:"
    + EVENT_VERBS
    + r"|(?:thăm và|đã|có buổi|buổi) làm việc|hội đàm|ký kết)"
    # "diễn ra trong hai ngày 9 và 10-4 tại Hà Nội"
    + r"(?:\s+(?:(?:sáng|chiều|tối|trưa)\s+)?(?:trong\s+(?:hai|ba|bốn|năm|\d)\s+ngày\s+)?(?:từ\s+)?"
    r"(?:ngày\s+)?[\d/.\s–-]+(?:(?:đến|và)\s+(?:ngày\s+)?[\d/.-]+)?"
    + _IN_WORDS
    + r")?"
    # "tổ chức hội nghị tại …": the event said by its noun alone, between
    + r"(?:\s+(?:"
    + alternation([n.lower() for n in EVENT_NOUNS])
    + r"))?\s+tại\s+"
    r"(?P<place>" + _LOWER_OPENING + r"\p{Lu}[^,.;]*(?:\.[A-Z]+)?" + _CITY_AFTER + r")"
)
# "tại Trung tâm Hội nghị tỉnh (TP. Quy Nhơn),": the venue and, in brackets, its city
_PLACE_LEAD = re.compile(
    # "…, sáng nay tại Trung tâm Hội nghị thành phố Cần Thơ, …": a time of the day may come first
    r"(?:^|,\s*)(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm) nay\s+)?[Tt]ại\s+(?P<place>"
    + _LOWER_OPENING
    # "I.C.E Hà Nội": a dot between capitals is an acronym's
    + r"\p{Lu}(?:[^,.;()]|\([A-Z0-9]{2,8}\)|(?<=\b\p{Lu})\.(?=\p{Lu}\b))*?(?:\.[A-Z]+)?"
    r"(?:\s*\([^()]{2,80}\))?)"
    # "…, tại Bệnh viện … (thành phố Huế) đã khai mạc": a verb of the sentence ends it too
    r"(?:,|(?=\s+(?:đã|sẽ|vừa)\s+(?:khai mạc|diễn ra|tổ chức|ký kết|khánh thành|khởi công)))"
)
_PLACE_AFTER_NAME = (
    # "… 2027 (Vietnam–Korea Business Summit 2027) tại …": its name in brackets first
    r"[”\"]?(?:\s*\([^()]{2,80}\))?\s+(?:được\s+)?(?:diễn ra\s+|khai mạc\s+)?(?:(?:sáng|chiều|tối|trưa|hôm) nay\s+)?"
    # "… lần thứ 5” từ ngày 12 đến ngày 13/11/2027 tại …": the days it is held, then where
    r"(?:(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:từ\s+)?(?:ngày\s+)?\d[\d/.–-]*"
    r"(?:\s+(?:đến|và)\s+(?:ngày\s+)?\d[\d/.–-]*)?" + _IN_WORDS + r"\s+)?"
    r"(?:tại|ở)\s+(?P<place>" + _LOWER_OPENING + r"\p{Lu}[^,.;]*(?:\.[A-Z]+)?" + _CITY_AFTER + ")"
)
_STARTS_WITH_EVENT = re.compile(r"(?i:" + alternation(EVENT_NOUNS) + r")\b")
# (not "Ban tổ chức", the organising committee: see _STANDING)
_ORGANISED = re.compile(r"(?<![Bb]an )(?:phối hợp |đồng |cùng )?tổ chức\b")
# "Sở … là cơ quan thường trực (của) Ban tổ chức": the body that runs the committee
_STANDING = re.compile(
    r"(?:^|[.;]\s+)(?P<body>\p{Lu}[^.;]{3,120}?) là (?:cơ quan|đơn vị) thường trực (?:của )?Ban tổ chức"
)
# "ký kết", "ký biên bản ghi nhớ (MOU)", "ký thỏa thuận": the parties sign, and host it
_SIGNED = re.compile(
    r"\b(?:đã )?ký(?: kết\b|(?= (?:biên bản|bản ghi nhớ|thỏa thuận|thoả thuận|hợp đồng|văn kiện"
    r"|hiệp định|MOU|MoU)\b))"
)
# "chính thức khánh thành nhà máy …": who opens what they built holds the opening
_OPENED_OWN = re.compile(r"\b(?:chính thức\s+)?(?:khánh thành|khởi công|khai trương)\b")
# "khánh thành nhà máy sản xuất mì ăn liền tại Khu công nghiệp Thạnh Đức, tỉnh Tây Ninh"
_OPENED_AT = re.compile(
    r"\b(?:khánh thành|khởi công|khai trương)\s+[^,.;:]{3,120}?\s+tại\s+(?P<place>"
    + _LOWER_OPENING
    + r"\p{Lu}[^,.;]*(?:\.[A-Z]+)?"
    + _CITY_AFTER
    + r")"
)


def _with_defined_short_forms(found: list[Found], span: str, document: Document) -> list[Found]:
    """`found`, with the short forms in `span` that the article defines in brackets after a
    body's name (`KoCham`, from `Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam (KoCham)`)."""
    added = list(found)
    for m in re.finditer(r"(?<![\p{L}\d])\p{Lu}[\p{L}&]{1,9}(?![\p{L}\d])", span):
        short = m.group(0)
        if not re.search(r"\p{Lu}.*\p{Lu}", short) or any(
            o.start <= m.start() < o.end for o in added
        ):
            continue  # "Sự", "Bộ": no short form; a word inside a body already read
        defined = any(
            acronym_of(next(iter(o.fact.name.values()))) == short  # type: ignore[union-attr]
            for segment in document.segments
            if f"({short})" in segment.text
            for o in organisations_in(segment.text)
        )
        if defined:
            added.append(Found(Organisation(name={"vi": short}), m.start(), m.end()))
    return sorted(added, key=lambda o: o.start)


# "Sự kiện do …", "Hội nghị năm nay do …": the event, by whom
_EVENT_DONE_BY = re.compile(
    r"(?:^|[.;]\s+)(?:Sự kiện|Chương trình|Hội nghị|Hội thảo|Diễn đàn|Lễ hội|Triển lãm|Hội chợ)"
    r"(?:\s+(?:năm nay|lần này|này))?\s+(?:được\s+)?do\s"
)
# "Đây là Chương trình khám chữa bệnh … 2026 do Sở Y tế phối hợp với Quỹ … tổ chức": the
# event named, then who organises it, says it better than a sentence before it
# ("đoàn y bác sĩ của Bệnh viện X tổ chức khám bệnh": who does the work)
_THIS_IS_DONE_BY = re.compile(
    r"(?:^|[.;]\s+)Đây là (?:một\s+)?(?:sự kiện|chương trình|hội nghị|hội thảo|diễn đàn|lễ hội"
    r"|triển lãm|hội chợ|tuần lễ|ngày hội)\b[^.;]{0,160}?\s(?:được\s+)?do\s[^.;]+\stổ chức\b",
    re.IGNORECASE,
)
# What a body is, after its name and a comma: "công ty con của Tập đoàn Hanwon (Hàn Quốc)"
_ASIDE = re.compile(r"\s*(?:công ty con|đơn vị|thành viên|chủ đầu tư|nhà đầu tư)\b")
# "A chủ trì, phối hợp với B, C và D tổ chức": words of hosting around a listed organiser
_HOSTING_WORDS = re.compile(
    r"^\s*(?:phối hợp(?:\s+với)?|cùng(?:\s+với)?)\s+|\s+(?:đồng\s+)?chủ trì\s*$"
)
# "… được tổ chức dưới sự chủ trì của A, phối hợp với B và C": who chairs it, said after the
# verb (up to who attends or sponsors it)
_CHAIRED_BY = re.compile(
    r"(?:dưới|với) sự chủ trì của\s+(?P<hosts>(?:(?!với sự (?:tham dự|tham gia|tài trợ|đồng hành)"
    r"|\btài trợ\b)[^.;])+)"
)
# "UBND thành phố Hải Phòng và Đại sứ quán … đồng chủ trì hội nghị": bodies that chair it host it
_CHAIRED = re.compile(r"\b(?:đồng )?chủ trì\b")
# "A phối hợp (với) B và C khai mạc …": bodies that together open the event host it
_OPENS = r"(?:khai mạc|khai giảng|khánh thành|khởi công|phát động|ra mắt)"
_OPENED = re.compile(
    # "TP.Hải Phòng", "TP. Hồ Chí Minh": an abbreviation's dot goes on
    r"\bphối hợp (?:với )?(?:[^.;]|\.(?=\S)|(?<=(?<![\p{L}])(?:TP|Tp))\.\s){3,200}? "
    + _OPENS
    + r"\b"
)
_OPENING = re.compile(r"\b" + _OPENS + r"\b")
_HELD = re.compile(
    r"\b(?:tổ chức|diễn ra|khai mạc|ký kết|đã ký|khởi công|khánh thành|hội đàm|"
    r"ký(?= (?:biên bản|bản ghi nhớ|thỏa thuận|thoả thuận|hợp đồng|văn kiện|MOU|MoU)\b)|"
    r"tiếp(?=\s+(?:\p{Lu}|ông\s|bà\s|đoàn\s))|"  # "đã tiếp ông Seo Dong-wook": a reception
    r"(?:tham )?dự (?:hội nghị|hội thảo|diễn đàn|lễ|buổi)|"  # "300 doanh nghiệp dự hội nghị …"
    r"làm việc|đồng chủ trì|chủ trì)\b"
)
EVENT_NAME = re.compile(
    r"((?<![\w])(?:"
    + alternation(EVENT_NOUNS)
    # "TP.HCM": an abbreviation's dot, with no space after it, ends no name
    + r")(?![\w])(?:\s*\([A-Z0-9][A-Z0-9-]*\)|(?<=\b(?:TP|Tp))\.(?=\p{Lu})|[^,.;:“”\"(])*?)"
    # "sáng 18/9" is a time of day, "sáng tạo", "hai chiều", "tối ưu" words of the name
    r"(?=\s+(?:(?:sáng|chiều|tối)(?!\s+(?:tạo|ưu|đa)\b)(?<!hai\s+chiều)|với|nhằm|do|tại|vào|"
    r"diễn ra|khai mạc|được|đã|sẽ|thu hút|là|"
    r"kéo dài|có|sẽ|từ|chính thức|bắt đầu|ở|dự kiến|"
    # "Hội thảo … lần thứ 7 và ra mắt Viện …": a second deed of the day, not the name's
    r"và\s+(?:ra mắt|công bố))\b|[,;:“”\"]|\.(?!(?<=\b(?:TP|Tp)\.)\p{Lu})"
    r"|\s*\((?![A-Z0-9][A-Z0-9-]*\))|$)"
)
# The same names opened by a lower-case event noun inside a sentence ("tổ chức lễ khởi công
# dự án Nhà máy …"): a name only when a capitalised word follows the noun in it.
EVENT_NAME_LOWER = re.compile(
    EVENT_NAME.pattern.replace(
        "(?:" + alternation(EVENT_NOUNS) + ")",
        "(?:" + alternation(n.lower() for n in EVENT_NOUNS) + ")",
        1,
    )
)
# "Hội nghị Xúc tiến đầu tư tỉnh Nghệ An tại Hàn Quốc năm 2026", "… Hàn Quốc vào Bắc Ninh
# 2026", "Hội nghị kết nối doanh nghiệp cung ứng với doanh nghiệp FDI Hàn Quốc năm 2026":
# where, into where and with whom are the name's own when the year or the edition closes
# it ("Lễ hội … tại Đà Nẵng lần thứ 5 năm 2026").
_NAME_TAIL = re.compile(
    # "… vào tỉnh Bắc Ninh năm 2026": a unit of government may come before the place
    r"\s+(?:(?:tại|vào)\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?\p{Lu}[\p{L} ]{1,30}?"
    r"|với\s+(?!sự\b)[\p{L} ]{3,40}?)\s+"
    r"(?:(?:năm\s+)?\d{4}\b|lần thứ\s+(?:\d+|[IVX]+)\b(?:\s+(?:năm\s+)?\d{4}\b)?)"
)
# An anniversary's "where and whose": "Lễ kỷ niệm 20 năm hoạt động tại Việt Nam của Quỹ
# Văn hóa Hàn – Việt Saebit (…)"
_WHOSE_YEARS = re.compile(
    r"(?:\s+tại\s+\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,3})?\s+của\s+\p{Lu}[^,.;()]{2,80}?(?=\s*[(,.;]|$)"
)
# "… đầu tư vào Khu kinh tế Đình Vũ – Cát Hải": where the investment goes, a name in
# capitals, is the name's own
_INVESTED_IN = re.compile(
    r"\s+vào\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?\p{Lu}\p{L}*(?:(?:\s+\p{Ll}+){1,3}(?=\s+\p{Lu}))?"
    r"(?:\s+(?:[–-]\s+)?\p{Lu}\p{L}*)*"
)
# "… Việt Nam tại Hàn Quốc": the other country, where a country's festival or week is held
_ABROAD = re.compile(r"\s+tại\s+(?P<country>Hàn Quốc|Việt Nam)\b")
_OTHER_COUNTRY = {"Hàn Quốc": "Việt Nam", "Việt Nam": "Hàn Quốc"}
# A Vietnamese province or city named inside an event's name ("… tỉnh Bắc Ninh", "… TP.HCM")
_VIETNAMESE_UNIT = re.compile(r"\b(?:tỉnh|thành phố|TP\.?)\s*\p{Lu}")
# A list of fields inside a name, after a comma, up to the name's end: "Hội nghị Xúc tiến
# thương mại, đầu tư Thanh Hóa - Gyeongbuk."
_FIELDS_TAIL = re.compile(
    r",\s+(?:(?:"
    + alternation(words("vi/fields"))
    + r")(?:,\s+|\s+và\s+))*(?:"
    + alternation(words("vi/fields"))
    # "… xuất khẩu nông, thủy sản sang thị trường Hàn Quốc,": where it goes, to its comma
    # "… Tây Ninh – Hàn Quốc năm 2026 tại Trung tâm Hội nghị …": the venue after it is none
    + r")(?:\s+\p{Lu}(?:(?!\s+tại\s+(?i:"
    + alternation(VENUE_WORDS)
    + r"))[^,.;:()])*|\s+(?:sang|tại|vào|với|cho)\s+[^,.;:()]{2,40}?)?"
    + r"(?=[.;,]|$|\s+tại\s+(?i:"
    + alternation(VENUE_WORDS)
    + r"))"
)


def find_event_name(text: str) -> str | None:
    """The first event named in `text`: an event noun (Diễn đàn, Hội nghị …) and its name
    up to a verb or a preposition."""
    match = EVENT_NAME.search(text)
    if match:
        name = match.group(1).strip()
        if 2 <= len(name.split()) <= 30:
            return name
    return None


def parse_date(value: str) -> EventDate | None:
    """`2026-10-29` or `29/10[/2026]` as a date; None for anything that is no real date."""
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value.strip())
    if iso:
        year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
    else:
        match = re.search(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])", value)
        if not match:
            return None
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3)) if match.group(3) else None  # type: ignore[assignment]
    try:
        datetime.date(year or 2024, month, day)
    except ValueError:
        return None
    return EventDate(day=day, month=month, year=year)


# A broadcast script's report: "Phóng viên: …", "PV: …" opening a paragraph
_REPORTER = re.compile(r"^(?:Phóng viên|PV|BTV)\s*:\s+\S")


@dataclass
class Lead:
    """What the event rules read: the lead, the dateline, the headline, the front matter,
    and the fields already read."""

    document: Document
    lead: list[Segment]
    body: list[Segment]
    dateline: re.Match[str] | None
    name: str = ""
    evidence: dict[str, Evidence] = field(default_factory=dict)

    @staticmethod
    def of(document: Document) -> Lead:
        """The lead of `document`: its first body sentences, its dateline, its headline."""
        body = [s for s in document.segments if s.kind == "body"]
        dateline = DATELINE.match(body[0].text) if body else None
        # a broadcast: the anchor's words, then the reporter's ("Phóng viên: Lễ khánh thành
        # … được tổ chức sáng 28/11 tại …"), which say what was held
        report = next((i for i, s in enumerate(body) if _REPORTER.match(s.text)), None)
        lead = body[:3]
        if report is not None and report >= 3:
            lead = [*lead, *body[report : report + 2]]
        elif not dateline and not any(_held_on(s.text) for s in lead):
            # a feature's scene first ("Tối nay, khu vực quảng trường … chật kín người."),
            # then what was held ("Đó là đêm khai mạc …, diễn ra từ ngày 27/11 đến 1/12/2026")
            later = next((i for i in range(3, min(len(body), 10)) if _held_on(body[i].text)), None)
            if later is not None:
                lead = [*lead, *body[later : later + 2]]
        return Lead(document, lead, body, dateline)


def _held_on(text: str) -> bool:
    """A sentence says something was held (or signed, opened …) on a date."""
    return bool(_HELD.search(text) and _DATE_IN_TEXT.search(text))


def _part(name: str, value: str | EventDate, segment: Segment, start: int, end: int) -> Found:
    if isinstance(value, str) and not re.search(r"[“\"‘]", value):
        # “Diễn đàn Du lịch Việt Nam-Hàn Quốc 2026”: the quote closes, it is no part of the name
        trimmed = value.rstrip('”"’')
        end -= len(value) - len(trimmed)
        value = trimmed
    return Found(EventPart(name, value), start, end, segment_id=segment.id)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- name


_VENUE_BEFORE = re.compile(r"(?i:" + alternation(VENUE_WORDS) + r")\s*$")


# An event's noun, then its name in quotes: `Hội nghị "Kết nối xuất khẩu …"`, `đêm nhạc
# "K-Wave Friendship Concert 2026"`.
_QUOTED_EVENT = re.compile(
    r"(?P<noun>(?:"
    + alternation(EVENT_NOUNS)
    + r")|(?i:"
    + alternation([n.lower() for n in EVENT_NOUNS])
    + r")|(?i:đêm nhạc|đêm diễn|chương trình|sự kiện|giải chạy|giải đấu|trận đấu|trận giao hữu|"
    r"cuộc thi))"
    # "Trận đấu mang tên "Giao hữu Huyền thoại Việt - Hàn 2026"": the name it is given
    r"(?:\s+(?P<called>mang tên|có tên gọi|có tên|với tên gọi)|(?:\s+\p{Ll}+){1,4}(?=\s+[“\"]))?"
    r"\s+[“\"](?P<name>[^”\"]{3,150})[”\"]"
)


# "… “Cầu nối Việt – Hàn” năm 2026", "… “…” lần thứ 3": the year or the edition after a quoted name
_EDITION_AFTER = re.compile(
    r"\s+(?P<edition>năm 20\d\d|20\d\d|lần thứ \d{1,2}|lần thứ [IVX]+)(?![\p{L}\d/])"
)


# A thing whose own name follows it in quotes, at the end of an event's name: "Lễ khởi động
# Dự án "…"", "Lễ ra mắt Chương trình "…""
_NAMED_THING = re.compile(r"(?:Dự án|dự án|Chương trình|chương trình|Đề án|đề án|Sáng kiến)$")
_QUOTED_TAIL = re.compile(r"\s*[“\"][^”\"]{3,150}[”\"]")


def _is_venue(text: str, start: int) -> bool:
    """`Trung tâm Hội nghị Quốc gia`: an event noun inside a venue's name."""
    return bool(_VENUE_BEFORE.search(text[:start]))


def _noun_end(text: str, start: int) -> int:
    """Where the event noun that opens the name at `start` ends."""
    match = _STARTS_WITH_EVENT.match(text, start)
    return match.end() if match else start


def _names_in(text: str, lower: bool) -> Iterator[tuple[int, int]]:
    """Spans of the event names in `text` that say more than their noun (`Lễ đón` alone is
    none): opened by a capitalised event noun, or (`lower`) by a lower-case one that a
    capitalised word follows; a closing `tại X năm YYYY` kept."""
    for m in (EVENT_NAME_LOWER if lower else EVENT_NAME).finditer(text):
        start, end = m.span(1)
        rest = text[_noun_end(text, start) : end]
        if not rest.strip() or (lower and not re.search(r"\p{Lu}", rest)):
            continue
        parties = text.find(" giữa ", start, end)
        if parties > 0 and re.search(r"\p{Lu}", text[_noun_end(text, start) : parties]):
            # "Lễ ký kết Thỏa thuận … LNG Hải Thịnh giữa A và B": named without its
            # parties; "Lễ ký kết hợp tác đầu tư giữa thành phố … và …" says who or nothing
            yield start, parties
            continue
        quoted = _QUOTED_TAIL.match(text, end)
        if quoted and _NAMED_THING.search(text[start:end].rstrip()):
            # "Lễ khởi động Dự án "Nâng cao năng lực …"": the project's own name is the event's
            yield start, quoted.end()
            continue
        tail = _NAME_TAIL.match(text, end) or _FIELDS_TAIL.match(text, end)
        if tail is None and re.search(r"kỷ niệm \d+ năm", text[start:end]):
            tail = _WHOSE_YEARS.match(text, end)  # "… 20 năm hoạt động tại Việt Nam của Quỹ …"
        if tail is None and text[start:end].endswith("đầu tư"):
            tail = _INVESTED_IN.match(text, end)  # "… cơ hội đầu tư vào Khu kinh tế Đình Vũ"
        abroad = _ABROAD.match(text, end)
        if (
            tail is None
            and abroad
            and (
                _OTHER_COUNTRY[abroad["country"]] in text[start:end]
                # "Hội nghị Xúc tiến đầu tư tỉnh Bắc Ninh tại Hàn Quốc": a Vietnamese
                # province's or city's event held in Korea
                or (abroad["country"] == "Hàn Quốc" and _VIETNAMESE_UNIT.search(text[start:end]))
            )
        ):
            tail = abroad  # "Lễ hội Văn hóa Việt Nam tại Hàn Quốc": one country's week in the other
        yield start, tail.end() if tail else end


@rule(
    "vi.event.name-in-lead",
    "event",
    # a venue after a list of fields is no part of the name
    ("Ngày 12/11, Sở Công Thương tổ chức Hội nghị giao thương nông sản, thực phẩm Tây Ninh – Hàn Quốc năm 2026 tại Trung tâm Hội nghị và Triển lãm tỉnh Tây Ninh.",
     ["name: Hội nghị giao thương nông sản, thực phẩm Tây Ninh – Hàn Quốc năm 2026",
      "? name: Hội nghị và Triển lãm tỉnh Tây Ninh"]),
    ("Sáng 10/10, Diễn đàn Năng lượng sạch Việt Nam – Hàn Quốc đã khai mạc tại Hải Phòng.",
     "name: Diễn đàn Năng lượng sạch Việt Nam – Hàn Quốc"),
    # a Vietnamese province's event held in Korea: "tại Hàn Quốc" is the name's
    ("Chiều 11/6, tại Seoul, UBND tỉnh tổ chức Hội nghị Xúc tiến đầu tư tỉnh Bắc Ninh tại Hàn Quốc.",
     "name: Hội nghị Xúc tiến đầu tư tỉnh Bắc Ninh tại Hàn Quốc"),
    # the larger event it is held within is a doubt; its own name comes after
    ("Trong khuôn khổ Tuần lễ Đổi mới sáng tạo Việt Nam 2026, chiều 2/10, NIC tổ chức Tọa đàm hợp tác nhân lực bán dẫn Việt – Hàn.",
     ["name: Tọa đàm hợp tác nhân lực bán dẫn Việt – Hàn", "name: Tuần lễ Đổi mới sáng tạo Việt Nam 2026"]),
    # where none other is named in full, the larger event is the event
    ("Ngày 8/4, trong khuôn khổ Hội nghị Ghép tạng Việt Nam – Hàn Quốc lần thứ 5, hai bệnh viện đã ký kết thỏa thuận.",
     "name: Hội nghị Ghép tạng Việt Nam – Hàn Quốc lần thứ 5"),
    # a time of day ends a name; "sáng tạo" (creative) is a word of it
    ("TP.HCM, 18/9 - Diễn đàn Đổi mới sáng tạo Việt Nam – Hàn Quốc đã khai mạc.",
     "name: Diễn đàn Đổi mới sáng tạo Việt Nam – Hàn Quốc"),
    ("Sáng 25/3, Hội nghị đối thoại giữa lãnh đạo TP.HCM và doanh nghiệp Hàn Quốc năm 2027 diễn ra tại khách sạn Riverside Palace.",
     "name: Hội nghị đối thoại giữa lãnh đạo TP.HCM và doanh nghiệp Hàn Quốc năm 2027"),
    # what it is about and whom it is for are the name's own
    ("Sáng 8/1, Hội thảo khoa học Việt – Hàn về ghép tạng và phẫu thuật robot lần thứ 3 khai mạc tại Huế.",
     "name: Hội thảo khoa học Việt – Hàn về ghép tạng và phẫu thuật robot lần thứ 3"),
    # a second deed of the day after và is not the name's
    ("Ngày 13/11, Đại học Duyên Hải khai mạc Hội thảo quốc tế Hàn Quốc học lần thứ 7 và ra mắt Viện Nghiên cứu Đông Bắc Á.",
     "name: Hội thảo quốc tế Hàn Quốc học lần thứ 7"),
    ("Ngày 5/3, tại Trung tâm Hội nghị Quốc gia, hai bộ trưởng đã gặp nhau.",
     "? name: Hội nghị Quốc gia"),
    # an anniversary, where and whose
    ("Nhân Lễ kỷ niệm 20 năm hoạt động tại Việt Nam của Quỹ Văn hóa Saebit (Saebit Foundation), tổ chức tối 28/11 tại Hà Nội, bà Park trao quà.",
     "name: Lễ kỷ niệm 20 năm hoạt động tại Việt Nam của Quỹ Văn hóa Saebit"),
    # a project named in quotes after the ceremony that starts it
    ('Sáng 5/3, KOICA tổ chức Lễ khởi động Dự án "Nâng cao năng lực y tế cơ sở" tại Huế.',
     "name: Lễ khởi động Dự án “Nâng cao năng lực y tế cơ sở”"),
    ("Sáng 13/3, UBND tỉnh tổ chức Lễ xuất khẩu lô thanh long đầu tiên sang Hàn Quốc.",
     "name: Lễ xuất khẩu lô thanh long đầu tiên sang Hàn Quốc"),
    ("Ngày 8/4, UBND tỉnh tổ chức Hội nghị Xúc tiến thương mại, đầu tư Thanh Hóa - Gyeongbuk.",
     "name: Hội nghị Xúc tiến thương mại, đầu tư Thanh Hóa – Gyeongbuk"),
    ("Sáng 12/3, Sở Nội vụ tổ chức Hội nghị tuyên truyền, tư vấn Chương trình EPS năm 2026.",
     "name: Hội nghị tuyên truyền, tư vấn Chương trình EPS năm 2026"),
    ("Số liệu được công bố tại Diễn đàn xúc tiến xuất khẩu nông, thủy sản sang thị trường Hàn Quốc, diễn ra sáng 19/11.",
     "name: Diễn đàn xúc tiến xuất khẩu nông, thủy sản sang thị trường Hàn Quốc"),
    ("Sở Công Thương tổ chức Chương trình kết nối giao thương nông sản, thủy sản Việt Nam – Hàn Quốc năm 2027.",
     "name: Chương trình kết nối giao thương nông sản, thủy sản Việt Nam – Hàn Quốc năm 2027"),
    ("Tối 13-11, Tuần lễ Văn hóa Hàn Quốc tại Đà Nẵng 2026 khai mạc tại Công viên Biển Đông.",
     "name: Tuần lễ Văn hóa Hàn Quốc tại Đà Nẵng 2026"),
    ("Ngày 17/9, Cục Du lịch tổ chức “Diễn đàn Du lịch Việt Nam-Hàn Quốc 2026” với 120 doanh nghiệp.",
     "name: Diễn đàn Du lịch Việt Nam-Hàn Quốc 2026"),
    ("Hội nghị Xúc tiến đầu tư Hàn Quốc vào Quảng Ninh 2027 do UBND tỉnh tổ chức sáng 3/4.",
     "name: Hội nghị Xúc tiến đầu tư Hàn Quốc vào Quảng Ninh 2027"),
    ("Sáng 12/11, Hội nghị Xúc tiến đầu tư Hàn Quốc vào tỉnh Bắc Ninh năm 2026 do UBND tỉnh tổ chức.",
     "name: Hội nghị Xúc tiến đầu tư Hàn Quốc vào tỉnh Bắc Ninh năm 2026"),
    ("Sáng 9/9, Ban Quản lý tổ chức Hội nghị giới thiệu cơ hội đầu tư vào Khu kinh tế Đình Vũ – Cát Hải.",
     "name: Hội nghị giới thiệu cơ hội đầu tư vào Khu kinh tế Đình Vũ – Cát Hải"),
    ("Ngày 18/6, Bộ tổ chức Hội nghị đánh giá kết quả xuất khẩu nông, lâm, thủy sản sang thị trường Hàn Quốc.",
     "name: Hội nghị đánh giá kết quả xuất khẩu nông, lâm, thủy sản sang thị trường Hàn Quốc"),
    ("Trong hai ngày 7-8/11, Lễ hội Văn hóa Việt Nam tại Hàn Quốc đã diễn ra tại Seoul.",
     "name: Lễ hội Văn hóa Việt Nam tại Hàn Quốc"),
    ("Sáng 23/2, Trung tâm Lao động ngoài nước tổ chức Phiên giao dịch việc làm chuyên đề tuyển chọn lao động đi Hàn Quốc.",
     "name: Phiên giao dịch việc làm chuyên đề tuyển chọn lao động đi Hàn Quốc"),
    # where is the name's own when its edition closes it
    ("Tối 28/11, thành phố khai mạc Lễ hội Văn hóa Hàn Quốc tại Đà Nẵng lần thứ 5 năm 2026.",
     "name: Lễ hội Văn hóa Hàn Quốc tại Đà Nẵng lần thứ 5 năm 2026"),
    ("Ngày 8/5, Sở Công Thương tổ chức Hội nghị kết nối nhà cung ứng với doanh nghiệp Hàn Quốc năm 2027.",
     "name: Hội nghị kết nối nhà cung ứng với doanh nghiệp Hàn Quốc năm 2027"),
    ('Tối 15-8, đêm nhạc "K-Wave Friendship Concert 2026" diễn ra tại TP.HCM.',
     "name: K-Wave Friendship Concert 2026"),
    # a closing quote ends the name: "… lần thứ 5” ngày 12/11/2027"
    ('Bộ sẽ tổ chức "Diễn đàn Hợp tác lần thứ 5" ngày 12/11/2027 tại Hà Nội.',
     "name: Diễn đàn Hợp tác lần thứ 5"),
    ('Cục Xúc tiến thương mại tổ chức Hội nghị "Kết nối xuất khẩu sầu riêng sang Hàn Quốc".',
     "name: Hội nghị “Kết nối xuất khẩu sầu riêng sang Hàn Quốc”"),
    ('Sáng 5/12, công ty tổ chức lễ khởi công dự án "Nhà máy linh kiện Hanwon – giai đoạn 2" tại Hải Phòng.',
     "name: lễ khởi công dự án “Nhà máy linh kiện Hanwon – giai đoạn 2”"),
    ('Quỹ tổ chức Lễ trao học bổng "Cầu nối Việt – Hàn" năm 2026 tại Đà Nẵng.',
     "name: Lễ trao học bổng “Cầu nối Việt – Hàn” năm 2026"),
    ('Trận đấu mang tên "Cúp Hữu nghị Việt - Hàn 2026" diễn ra tối 5/6 tại Đà Nẵng.',
     "name: Cúp Hữu nghị Việt – Hàn 2026"),
    ('Ngày 9-4, trường tổ chức hội thảo khoa học quốc tế "Hợp tác Việt - Hàn trong đào tạo bán dẫn".',
     "name: Hợp tác Việt – Hàn trong đào tạo bán dẫn"),
    ("Chiều 26/11, Phó Thủ tướng chứng kiến Lễ ký kết Thỏa thuận hợp tác Dự án Nhà máy LNG giữa Công ty HTE và Tập đoàn Hanseong.",
     "name: Lễ ký kết Thỏa thuận hợp tác Dự án Nhà máy LNG"),
)  # fmt: skip
def name_in_lead(lead: Lead) -> Iterator[Found]:
    """The first event named in the lead (`Hội nghị "Kết nối …"`, `đêm nhạc "K-Wave …"`:
    a name in quotes after its noun goes first); an event noun inside a venue's name
    (`Trung tâm Hội nghị Quốc gia`) is a doubt, never the event."""
    for segment in lead.lead:
        quoted = _QUOTED_EVENT.search(segment.text)
        if quoted and not _is_venue(segment.text, quoted.start()):
            noun, name = quoted.group("noun"), quoted.group("name").strip()
            proper = noun[:1].isupper() and not quoted.group("called")
            opening = segment.text[quoted.start() : quoted.start("name")].rstrip(' “"')
            if not proper and _NAMED_THING.search(opening):
                # "lễ khởi công dự án "Nhà máy …"": the project's name, with what is done to it
                proper, noun = True, opening
            # "Lễ trao học bổng "Cầu nối Việt – Hàn" năm 2026": the words between the noun
            # and the quotes, and the year or edition after them, are the name's own
            shown = f"{opening if proper and opening.startswith(noun) else noun} “{name}”"
            end = quoted.end("name")
            edition = _EDITION_AFTER.match(segment.text, quoted.end())
            if proper and edition:
                shown, end = f"{shown} {edition.group('edition')}", edition.end()
            if not proper:
                shown = name
            start = quoted.start() if proper else quoted.start("name")
            yield _part("name", shown, segment, start, end)
            return
    seen: list[tuple[str, int, int]] = []
    named: list[Found] = []
    frames: list[Found] = []
    for lower, segment in [(lower, s) for lower in (False, True) for s in lead.lead]:
        for start, end in _names_in(segment.text, lower):
            name = segment.text[start:end].strip()
            if not 2 <= len(name.split()) <= 30:
                continue
            if any(i == segment.id and a <= start < b for i, a, b in seen):
                continue  # "lễ Văn hóa …" inside "Tuần lễ Văn hóa …"
            seen.append((segment.id, start, end))
            found = _part("name", name, segment, start, start + len(name))
            if _is_venue(segment.text, start):
                found.doubt = "an event noun inside a venue's name"
            (frames if _HELD_WITHIN.search(segment.text[:start]) else named).append(found)
    if frames:
        # "Trong khuôn khổ Tuần lễ …, NIC tổ chức Tọa đàm …": an event named in full goes
        # before the larger one it is held within, which is the event where none is
        first = [f for f in named if not f.doubt and _named_in_full(str(f.fact.value))]  # type: ignore[union-attr]
        named = [*first, *frames, *(f for f in named if f not in first)]
    yield from named


def _named_in_full(name: str) -> bool:
    """Whether an event's name says more than its noun and edition (`Diễn đàn lần thứ 3`
    does not): a capitalised word or a quote after the noun."""
    rest = name[_noun_end(name, 0) :]
    return bool(re.search(r"[\p{Lu}“\"]", rest))


# "Trong khuôn khổ Tuần lễ …, … tổ chức Tọa đàm …", "bên lề Diễn đàn …": the larger event
# the article's own is held within
_HELD_WITHIN = re.compile(
    r"(?:(?i:trong) khuôn khổ|(?i:bên) lề|trong chuỗi (?:các )?(?:hoạt động|sự kiện)(?: của)?"
    r"|(?i:nằm) trong (?:khuôn khổ|chuỗi (?:các )?hoạt động|chương trình)(?: của)?)\s+$"
)


# The same, before a larger event's capitalised name: "trong khuôn khổ Triển lãm …"
_WITHIN_NAMED = re.compile(
    r"(?:(?i:trong) khuôn khổ|(?i:bên) lề|(?i:nằm) trong (?:khuôn khổ|chương trình)(?: của)?)"
    r"\s+\p{Lu}"
)


# "- Tên chương trình: …": a notice's line that names the event
_NAME_LABELLED = re.compile(
    r"^(?:[-–•·▪●*+]|\d{1,2}[.)])?\s*Tên (?:sự kiện|chương trình|hội nghị|hội thảo|diễn đàn|"
    r"hoạt động)\s*:\s*(?P<name>\S.*?)\s*$"
)


@rule(
    "vi.event.labelled-name",
    "event",
    ("THÔNG BÁO\n\n1. Tên chương trình: Ngày hội việc làm Việt – Hàn 2027\n\n2. Thời gian: ngày 5/4/2027",
     "name: Ngày hội việc làm Việt – Hàn 2027"),
)  # fmt: skip
def labelled_name(lead: Lead) -> Iterator[Found]:
    """The name on a notice's line labelled `Tên chương trình:` (`Tên sự kiện:` …)."""
    for segment in lead.document.segments:
        m = _NAME_LABELLED.match(segment.text)
        name = m.group("name").strip().rstrip(".;").strip('“”"') if m else ""
        if m and name:
            start = segment.text.index(name, m.start("name"))
            yield _part("name", name, segment, start, start + len(name))
            return


# "Vietnam–Korea Startup Day", "K-Beauty Expo Vietnam 2027": a name in English, its last
# capitalised words an event's
_LATIN_EVENT = re.compile(
    r"(?<![\p{L}\d])(?P<name>(?:[A-Z][\w&.]*(?:[–-][A-Z][\w&.]*)?\s){1,6}"
    r"(?:Day|Days|Forum|Summit|Expo|Week|Fair|Festival|Conference|Show|Awards|Fest|Concert|Cup|"
    r"Camp|Conference|Symposium|Meetup)(?:\s(?:Vietnam|Korea|20\d{2}))*)(?![\p{L}\d])"
)


@rule(
    "vi.event.latin-name",
    "event",
    ("Thứ Bảy vừa rồi mình ngồi trọn một ngày ở Vietnam–Korea Startup Day mùa thứ 4, tổ chức tại TP.HCM.",
     "name: Vietnam–Korea Startup Day"),
    ("Công ty Samsung Display tổ chức hội nghị.", None),
    # the English name in brackets after the Vietnamese one in quotes: the quoted one
    ('Nhân dịp "Ngày Doanh nghiệp Hàn Quốc 2026" (KoCham Business Day 2026) sẽ diễn ra ngày 10/12.',
     "name: Ngày Doanh nghiệp Hàn Quốc 2026"),
)  # fmt: skip
def latin_name(lead: Lead) -> Iterator[Found]:
    """An event the lead names in English (`… Startup Day`, `… Expo 2027`), where no
    Vietnamese name was read; where that English name is in brackets after a name in
    quotes, the quoted name (`"Ngày Doanh nghiệp …" (KoCham Business Day 2026)`)."""
    for segment in lead.lead:
        m = _LATIN_EVENT.search(segment.text)
        if m:
            quoted = _QUOTED_BEFORE.search(segment.text, 0, m.start("name"))
            if quoted:
                start, end = quoted.span("name")
                yield _part("name", quoted.group("name").strip(), segment, start, end)
                return
            yield _part("name", m.group("name"), segment, m.start("name"), m.end("name"))
            return


# A name in quotes right before a bracket: `"Ngày Doanh nghiệp …" (`
_QUOTED_BEFORE = re.compile(r"[“\"](?P<name>[^”\"]{3,150})[”\"]\s*\(\s*$")


@rule(
    "vi.event.name-in-headline",
    "event",
    ("Hội thảo hợp tác giáo dục Việt – Hàn khai mạc\n\nHai bên trao đổi kinh nghiệm.",
     "name: Hội thảo hợp tác giáo dục Việt – Hàn"),
)  # fmt: skip
def name_in_headline(lead: Lead) -> Iterator[Found]:
    """The event the headline names, when the lead names none."""
    title = lead.document.article.title
    name = find_event_name(title) if title else None
    if name:
        start = title.find(name)
        first = lead.document.segments[0] if lead.document.segments else None
        yield Found(
            EventPart("name", name),
            start,
            start + len(name),
            segment_id=first.id if first and first.text == title else "",
        )


@rule(
    "vi.event.theme",
    "event",
    ('Diễn đàn có chủ đề "Kinh tế số cho tăng trưởng".', "theme: Kinh tế số cho tăng trưởng"),
)
def theme(lead: Lead) -> Iterator[Found]:
    """The theme in quotes after `chủ đề`."""
    for segment in lead.lead:
        match = _THEME.search(segment.text)
        if match:
            yield _part("theme", match.group(1).strip(), segment, match.start(1), match.end(1))


# ----------------------------------------------------------------------------- date


def _date_of(m: re.Match[str]) -> EventDate:
    if m.group("xd1"):
        year = int(m.group("xy")) if m.group("xy") else None
        return EventDate(
            int(m.group("xd1")),
            int(m.group("xm1")),
            year,
            end_day=int(m.group("xd2")),
            end_month=int(m.group("xm2")),
        )
    day = int(m.group("day") or m.group("dayb") or m.group("dayw"))
    month = int(m.group("month") or m.group("monthb") or m.group("monthw"))
    year_text = m.group("year") or m.group("yearb") or m.group("yearw")
    year = int(year_text) if year_text else None
    first = m.group("d1") or m.group("d1b") or m.group("d1w")
    if first and int(first) < day:
        return EventDate(int(first), month, year, end_day=day, end_month=month)
    return EventDate(day, month, year)


@rule(
    "vi.event.date-tied-to-name",
    "event",
    ("Ngày 2/12, ban tổ chức cho biết Hội chợ Hàng Việt Nam sẽ diễn ra từ ngày 14 đến ngày 18/12.",
     "date: ????-12-14/12-18"),
    # the month in words
    ("Tuần phim Hàn Quốc lần thứ 7 sẽ diễn ra từ ngày 27 đến ngày 30 tháng 8 tại Trung tâm Chiếu phim Quốc gia.",
     "date: ????-08-27/08-30"),
    ("Diễn đàn Kinh tế Việt – Hàn diễn ra ngày 12 tháng 3 năm 2026 tại Hà Nội.", "date: 2026-03-12"),
    # its noun as a clause's subject, after a press conference's own date
    ("Sáng 28/7, Sở Công Thương tổ chức họp báo công bố Triển lãm Công nghiệp hỗ trợ 2026.\n\n"
     "Theo Ban Tổ chức, triển lãm sẽ diễn ra từ ngày 16 đến 18/9/2026 tại SECC.", "date: 2026-09-16/09-18"),
    ("Sáng 28/7, Sở Công Thương tổ chức Triển lãm Công nghiệp hỗ trợ 2026.\n\n"
     "Theo kế hoạch, triển lãm tiếp theo sẽ diễn ra từ ngày 16 đến 18/9/2027.", None),
    ("Sáng thứ Sáu, ngày 15/10/2027, Hội thảo Hàn Quốc học lần thứ 3 đã khai mạc. Hội thảo kéo dài đến hết thứ Bảy, ngày 16/10.",
     None),
    # the days of the larger event it is held within are not its own
    ("Sáng 5/12, Bộ Công Thương tổ chức Diễn đàn Kết nối chuỗi cung ứng 2026. Diễn đàn là hoạt động trong khuôn khổ "
     "Triển lãm Quốc tế Công nghiệp hỗ trợ (VSIE 2026), diễn ra từ ngày 4 đến 6/12.", None),
)  # fmt: skip
def date_tied_to_name(lead: Lead) -> Iterator[Found]:
    """A date after the event's name with a verb of holding before it: `Hội chợ … diễn ra
    từ ngày 14 đến ngày 18/12`."""
    if not lead.name:
        return
    noun = _STARTS_WITH_EVENT.match(lead.name)
    for segment in lead.lead:
        text = segment.text
        # the name, or its noun opening the sentence ("Kỳ thi dự kiến diễn ra từ ngày …")
        named = lead.name in text or bool(noun and text.lstrip().startswith(noun.group(0)))
        at = text.find(lead.name) if lead.name in text else 0
        # "Theo Ban Tổ chức, triển lãm sẽ diễn ra từ ngày 16 đến 18/9": its noun as the
        # subject of a clause that says it is held (not "hội nghị tiếp theo")
        held = (
            re.search(_HELD_AS_NOUN.format(noun=re.escape(noun.group(0).lower())), text)
            if noun and not named
            else None
        )
        if held:
            named, at = True, held.start()
        for m in _DATE_IN_TEXT.finditer(text):
            tied = re.search(EVENT_VERBS + r"[^.;]{0,25}$", text[: m.start()])
            if _last_day_only(text, m):
                continue  # "kéo dài đến hết ngày 17-11": the last day, not the first
            if named and at < m.start() and _WITHIN_NAMED.search(text, at, m.start()):
                continue  # "Diễn đàn là hoạt động trong khuôn khổ Triển lãm …, diễn ra từ
                # ngày 4 đến 6/12": the larger event's days
            if named and at < m.start() and tied:
                yield _part("date", _date_of(m), segment, m.start(), m.end())
                return


# The event's noun opening a clause, this edition's, then a verb of holding
_HELD_AS_NOUN = (
    r"(?:^|[,:]\s+)(?i:{noun})(?:\s+(?:năm nay|lần này|này))?"
    r"(?:\s+(?:sẽ|dự kiến|được|đã|chính thức))*\s+" + EVENT_VERBS
)


# "- Hà Nội: thứ Năm, ngày 22/4/2027, tại khách sạn Hồ Tây Palace": one stop of an event
# held in turn in several cities, a line each
_STOP = re.compile(
    r"^(?:[-–•·▪●*+]\s*)?(?P<city>(?:TP\.?\s*|[Tt]hành phố\s+|[Tt]ỉnh\s+)?(?:"
    + alternation(PLACES)
    + r"))\s*:\s*(?P<rest>.+)$"
)


def _stops(lead: Lead) -> list[tuple[Segment, EventDate, str]]:
    """The stops of an event held in turn in several cities, a line each with its city, a
    date and `tại` a venue: two or more, or none."""
    found = []
    for segment in lead.document.segments[:40]:
        m = _STOP.match(segment.text)
        dated = _DATE_IN_TEXT.search(m["rest"]) if m else None
        at = re.search(r"\btại\s+(?P<place>[^;]+)", m["rest"]) if m else None
        if m and dated and at:
            place = _trim_place(at["place"])
            found.append((segment, _date_of(dated), f"{place}, {m['city']}"))
    return found if len(found) >= 2 else []


@rule(
    "vi.event.stops",
    "event",
    ("Roadshow\n\nChương trình sẽ diễn ra tại hai thành phố.\n\n- Hà Nội: thứ Năm, ngày 22/4/2027, tại "
     "khách sạn Hồ Tây Palace.\n\n- TP. Hồ Chí Minh: thứ Bảy, ngày 24/4/2027, tại Trung tâm Hội nghị Sen Vàng.",
     "date: 2027-04-22/04-24"),
    ("Lịch trình\n\n- Sáng 12/11: phiên toàn thể tại Hội trường Sen.\n\n- Chiều 12/11: tọa đàm tại Phòng 201.",
     None),
)  # fmt: skip
def stops(lead: Lead) -> Iterator[Found]:
    """An event held in turn in several cities, a line each (`- Hà Nội: ngày 22/4/2027, tại
    …`): from the first stop's day to the last's."""
    found = _stops(lead)
    if found:
        (first_at, first, _), (_, last, _) = found[0], found[-1]
        date = EventDate(first.day, first.month, first.year or last.year, first_at.id)
        date.end_day, date.end_month = last.end_day or last.day, last.end_month or last.month
        yield _part("date", date, first_at, 0, len(first_at.text))


@rule(
    "vi.event.stop-places",
    "event",
    ("Roadshow\n\nChương trình sẽ diễn ra tại hai thành phố.\n\n- Hà Nội: thứ Năm, ngày 22/4/2027, tại "
     "khách sạn Hồ Tây Palace.\n\n- TP. Hồ Chí Minh: thứ Bảy, ngày 24/4/2027, tại Trung tâm Hội nghị Sen Vàng.",
     "place: khách sạn Hồ Tây Palace, Hà Nội; Trung tâm Hội nghị Sen Vàng, TP. Hồ Chí Minh"),
)  # fmt: skip
def stop_places(lead: Lead) -> Iterator[Found]:
    """The venues of an event held in turn in several cities (`vi.event.stops`), each with
    its city, in order."""
    found = _stops(lead)
    if found:
        first_at = found[0][0]
        yield _part("place", "; ".join(p for _, _, p in found), first_at, 0, len(first_at.text))


@rule(
    "vi.event.dateline",
    "event",
    ("Hải Phòng, ngày 10/10/2026 – Sáng nay, hội nghị khai mạc.", "date: 2026-10-10"),
    (
        "Bắc Ninh, 12/11/2026 (TTXVN) - Chiều 12/11, 14 dự án được trao giấy chứng nhận.",
        "date: 2026-11-12",
    ),
    (
        "Bắc Ninh, 19/3/2027 (TTXVN) - Ngày hôm qua (18/3), diễn đàn đã diễn ra tại Bắc Ninh.",
        "date: ????-03-18",
    ),
    ("Huế, 2/3/2027 (TTXVN) - Tối qua, lễ hội đã khai mạc.", "date: 2027-03-01"),
    (
        "Đà Nẵng, ngày 19 tháng 11 năm 2026 – Quỹ Hanbit tổ chức lễ trao học bổng.",
        "date: 2026-11-19",
    ),
)
def dateline_date(lead: Lead) -> Iterator[Found]:
    """The dateline's date: `Hải Phòng, ngày 10/10/2026 –`; the day before where the lead
    opens with `hôm qua`; none where the lead opens with a day of its own (`Bắc Ninh, 19/3
    (TTXVN) - Ngày hôm qua (18/3), …`: the report's date is not the event's)."""
    m = lead.dateline
    if m:
        date = EventDate(
            int(m.group("day")),
            int(m.group("month")),
            int(m.group("year")) if m.group("year") else None,
        )
        text = lead.body[0].text
        # a release's date in words is the day it was issued: a date its lead gives is the
        # event's ("Đồng Nai, ngày 25 tháng 11 năm 2026 – … ngày 24/11/2026 đã tổ chức …")
        opening = text[m.end() : m.end() + (400 if "tháng" in m.group(0) else 40)]
        own = _DATE_IN_TEXT.search(opening)
        if own and (_date_of(own).day, _date_of(own).month) != (date.day, date.month):
            at = m.end() + own.start()
            yield _part("date", _date_of(own), lead.body[0], at, at + len(own.group(0)))
            return
        if _YESTERDAY.match(opening):
            when = datetime.date(date.year or 2001, date.month, date.day)
            when -= datetime.timedelta(days=1)
            date = EventDate(when.day, when.month, date.year and when.year)
        yield _part("date", date, lead.body[0], m.start("day"), m.end())


# The lead's first words: the day before the dateline's
_YESTERDAY = re.compile(r"\s*(?:[Nn]gày\s+)?(?:[Hh]ôm qua|[Tt]ối qua|[Cc]hiều qua|[Ss]áng qua)\b")


# "… đã về đây dự Hội nghị …": the event's sentence points back to the place (and the
# time) the sentence before it set the scene in
_HERE = re.compile(r"\b(?:đến|về|tại|ở) đây\b")


def _scene_of(lead: Lead, segment: Segment) -> Segment | None:
    """`Sáng 14/5, Trung tâm Hội nghị tỉnh Bắc Ninh chật kín khách từ sớm. Hơn 350 đại biểu
    đã về đây dự Hội nghị …`: the sentence before in the paragraph, which `đây` (here) in the
    event's sentence points back to; None when it points nowhere."""
    if not _HERE.search(segment.text) or segment not in lead.lead:
        return None
    at = lead.lead.index(segment)
    before = lead.lead[at - 1] if at else None
    return before if before is not None and before.paragraph == segment.paragraph else None


@rule(
    "vi.event.first-date-in-lead",
    "event",
    # a scene's day, which the event's sentence points back to (về đây: here)
    (
        "Sáng 14/5, Trung tâm Hội nghị tỉnh Bắc Ninh chật kín khách từ sớm. Hơn 350 đại biểu đã về "
        "đây dự Hội nghị Xúc tiến đầu tư Bắc Ninh – Hàn Quốc 2026.",
        "date: ????-05-14",
    ),
    (
        "Chiều 12/9, UBND tỉnh Quảng Ninh tổ chức buổi làm việc với đoàn công tác.",
        "date: ????-09-12",
    ),
    (
        "Trong khuôn khổ chuyến công tác tại Hàn Quốc từ ngày 1 đến 5/12, ngày 2/12, đoàn đã làm việc tại Ulsan.",
        "date: ????-12-02",
    ),
    (
        "(Vietnam+) Trong khuôn khổ Tuần lễ Đổi mới sáng tạo diễn ra từ ngày 1 đến 5/10, chiều 2/10, NIC tổ chức tọa đàm.",
        "date: ????-10-02",
    ),
    (
        "Tối 13-11, Tuần lễ Văn hóa khai mạc tại Công viên Biển Đông và kéo dài đến hết ngày 17-11.",
        "date: ????-11-13",
    ),
    ("Triển lãm do KOTRA tổ chức tại SECC, kéo dài đến 21/11.", None),
    (
        "Lễ hội do Sở Văn hóa tổ chức từ ngày 28 đến 30-8, với nhiều hoạt động.",
        "date: ????-08-28/08-30",
    ),
    (
        "Sau ba ngày diễn ra, Lễ hội Ẩm thực đã bế mạc tối 30-8. Lễ hội diễn ra từ ngày 28 đến 30-8.",
        "date: ????-08-28/08-30",
    ),
    # held today: the series it belongs to, dated in a later sentence, gives no date
    (
        "Kết nối\n\nThứ Năm, 16/9/2027, 17:05 (GMT+7)\n\nSáng nay, Hội nghị kết nối giao thương đã "
        "diễn ra tại Đà Nẵng. Đây là một hoạt động thuộc chuỗi Tuần lễ Hàn Quốc, diễn ra từ ngày 14 "
        "đến 19/9.",
        None,
    ),
)
def first_date_in_lead(lead: Lead) -> Iterator[Found]:
    """The lead's first date, when the lead names an event or its sentence says something
    was held or signed (`Chiều 12/9, … UBND tỉnh Quảng Ninh tổ chức buổi làm việc`,
    `Chiều 21/8, … đã ký kết Biên bản ghi nhớ`); none after a sentence that says the event
    is held today (`vi.event.today` reads that)."""
    for segment in lead.lead:
        m = next(
            (
                d
                for d in _DATE_IN_TEXT.finditer(segment.text)
                if not _last_day_only(segment.text, d)
            ),
            None,
        )  # "kéo dài đến 21/11": the last day, no date of the event's start
        held = _HELD.search(segment.text) or (lead.name and lead.name in segment.text)
        scene = _scene_of(lead, segment) if m is None and held else None
        if scene is not None and lead.document.article.posted and _TODAY.search(scene.text):
            return  # "Tối nay, sân khấu … kín chỗ. Khán giả đã đến đây …": today's (vi.event.today)
        if scene is not None:
            m = _DATE_IN_TEXT.search(scene.text)
            if m:  # "Sáng 14/5, Trung tâm … chật kín. … đã về đây dự Hội nghị …": the scene's day
                yield _part("date", _date_of(m), scene, m.start(), m.end())
                return
        if m is None and held and lead.document.article.posted and _TODAY.search(segment.text):
            return  # "Sáng nay, Hội nghị … đã diễn ra": today's, not a later sentence's date
        if m and held:
            frame = _FRAME.match(segment.text)
            later = _DATE_IN_TEXT.search(segment.text, frame.end()) if frame else None
            if frame and m.start() < frame.end() and later:
                m = later  # "Trong khuôn khổ chuyến công tác từ ngày 1 đến 5/12, ngày 2/12, …"
            yield _part("date", _date_of(m), segment, m.start(), m.end())
            return


# A notice's labelled lines: "- Thời gian: 8h30 – 17h00, ngày 26–27/11/2026", "Địa điểm: …"
# The mark a notice's numbered or bulleted line opens with: "-", "3.", "b)"
_ITEM_MARK = r"^(?:[-–•·▪●*+]|\d{1,2}[.)]|[a-h][.)])?\s*"
_LABELLED = re.compile(
    _ITEM_MARK + r"(?P<label>Thời gian(?: diễn ra| tổ chức)?|Ngày tổ chức"
    r"|Địa điểm(?: tổ chức)?|Nơi tổ chức)\s*:\s*(?P<value>\S.*)$"
)
# "3. Đơn vị tổ chức: Sở Công Thương … chủ trì, phối hợp với …": who organises it (not
# "Đơn vị tài trợ", a sponsor)
_LABELLED_HOSTS = re.compile(
    _ITEM_MARK + r"(?:Đơn vị|Cơ quan|Ban) (?:tổ chức|chủ trì|phối hợp"
    r"(?: tổ chức)?|đồng tổ chức)\s*:\s*(?P<value>\S.*)$"
)


def _labelled(lead: Lead, place: bool) -> Iterator[tuple[Segment, re.Match[str]]]:
    """The lines of the article labelled with the event's time (or its place)."""
    for segment in lead.document.segments:
        m = _LABELLED.match(segment.text)
        if m and m.group("label").startswith(("Địa điểm", "Nơi")) == place:
            yield segment, m


@rule(
    "vi.event.labelled-date",
    "event",
    ("THÔNG CÁO BÁO CHÍ\n\nITPC tổ chức chương trình kết nối.\n\n- Thời gian: 8h30 – 17h00, "
     "ngày 26–27/11/2026\n\n- Địa điểm: Trung tâm Hội nghị và Triển lãm Sài Gòn (SECC)",
     "date: 2026-11-26/11-27"),
    ("Thời gian thực hiện: 2027–2030.", None),
    ("THÔNG BÁO\n\n1. Thời gian: từ ngày 26/3 đến hết ngày 28/3/2027 (Thứ Sáu – Chủ Nhật).",
     "date: 2027-03-26/03-28"),
)  # fmt: skip
def labelled_date(lead: Lead) -> Iterator[Found]:
    """The date on a notice's line labelled `Thời gian:` (`Ngày tổ chức:`): what the
    organisers state as the event's time."""
    for segment, m in _labelled(lead, place=False):
        found = next((d for d in _DATE_IN_TEXT.finditer(segment.text, m.start("value"))), None)
        if found:
            yield _part("date", _date_of(found), segment, found.start(), found.end())
            return


@rule(
    "vi.event.labelled-place",
    "event",
    ("ITPC tổ chức chương trình kết nối.\n\n- Địa điểm: Trung tâm Hội nghị và Triển lãm Sài Gòn "
     "(SECC), số 799 Nguyễn Văn Linh, TP. Hồ Chí Minh",
     "place: Trung tâm Hội nghị và Triển lãm Sài Gòn (SECC), số 799 Nguyễn Văn Linh, TP. Hồ Chí Minh"),
)  # fmt: skip
def labelled_place(lead: Lead) -> Iterator[Found]:
    """The place on a notice's line labelled `Địa điểm:` (`Nơi tổ chức:`)."""
    for segment, m in _labelled(lead, place=True):
        place = m.group("value").strip().rstrip(".;")
        if place:
            yield _part("place", place, segment, m.start("value"), m.start("value") + len(place))
            return


def _later(last: EventDate, first: EventDate) -> bool:
    """`last` falls after `first` within a few weeks (across a year's end too)."""
    gap = (last.month - first.month) % 12 * 31 + last.day - first.day
    return 0 < gap <= 62


# "đến hết ngày", "tới", "đến hết thứ Bảy, ngày", "đến hết Chủ nhật (": the words before an
# event's last day.
_UNTIL = re.compile(
    r"(?:đến|tới)\s+(?:hết\s+)?(?:(?:[Tt]hứ\s+\p{L}+|[Cc]hủ\s+[Nn]hật)(?:,?\s+|\s*\(\s*))?(?:ngày\s+)?$"
)


def _last_day_only(text: str, m: re.Match[str]) -> bool:
    """The date `m` is only an event's last day (`kéo dài đến hết ngày 17-11`), not a range
    read whole (`từ ngày 28 đến 30-8`, whose first day the match holds)."""
    ranged = m.group("d1") or m.group("d1b") or m.group("xd1")
    before = text[: m.start()]
    return not ranged and bool(_UNTIL.search(before) or _CLOSED.search(before))


# "đã bế mạc tối 30-8", "kết thúc ngày 5/6": the day an event closed
_CLOSED = re.compile(r"(?:bế mạc|kết thúc|khép lại|bế giảng)\s+(?:vào\s+)?(?:\S+\s+){0,2}$")
# A lead's opening frame, the wider programme the event is part of, to its first comma
# after a date: "Trong khuôn khổ chuyến công tác tại Hàn Quốc từ ngày 1 đến 5/12,".
_FRAME = re.compile(
    # "(Vietnam+) Trong khuôn khổ …": a source in brackets may open it
    r"^(?:[\p{Lu}.]{2,12}\s*[-–]\s*|\([^()]{2,20}\)\s*)?(?:Trong khuôn khổ|Trong chương trình|Trong chuyến|Nhân chuyến|Nhân dịp)\b[^,]*?"
    r"\d{1,2}/\d{1,2}(?:/\d{4})?[^,]*,"
)


_TODAY = re.compile(r"\b(?:(?:sáng|chiều|tối|trưa) nay|hôm nay|hôm qua)\b", re.IGNORECASE)
# "Thứ Bảy vừa rồi", "Chủ nhật tuần trước": a day of the week before the page was posted
_WEEKDAYS = ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật")
_LAST_WEEKDAY = re.compile(
    r"\b(?P<day>[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ [Nn]hật)\s+"
    r"(?:vừa rồi|vừa qua|tuần trước|tuần rồi)\b"
)
# "… và tại TP.HCM vào Chủ nhật": a later day of the same week, said bare
_THEN_WEEKDAY = re.compile(
    r"\bvào\s+(?P<day>[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ [Nn]hật)\b"
    r"(?!\s+(?:tuần|tới|vừa|này))"
)
# "thứ Bảy tuần này", "thứ Năm tới", "Chủ nhật tuần sau": a day of the week ahead
_COMING_WEEKDAY = re.compile(
    r"\b(?P<day>[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ [Nn]hật)\s+"
    r"(?P<when>tuần này|tuần tới|tuần sau|tới|này)\b"
)


@rule(
    "vi.event.today",
    "event",
    ('Bán dẫn\n\nThứ năm, 3/12/2026, 17:20 (GMT+7)\n\nThông tin được đưa ra tại hội thảo "Kết nối '
     'chuỗi cung ứng bán dẫn" chiều nay ở TP Bắc Ninh.', "date: 2026-12-03"),
    ("Đầu tư\n\nThứ Sáu, 16/10/2026 - 07:45\n\nHôm qua, tại Seoul, UBND tỉnh Bắc Ninh tổ chức hội "
     "nghị xúc tiến đầu tư.", "date: 2026-10-15"),
    # the scene set tonight, which the event's sentence points back to (đến đây: here)
    ("Văn hóa\n\nThứ Năm, 24/09/2026 - 22:10\n\nTối nay, sân khấu ngoài trời kín chỗ ngồi. Khoảng "
     "2.500 khán giả đã đến đây xem đêm khai mạc Tuần lễ Văn hóa Hàn Quốc.", "date: 2026-09-24"),
    ("Startup Day\n\nĐăng ngày 22/2/2027 bởi Minh Triết\n\nThứ Bảy vừa rồi mình dự Startup Day, "
     "tổ chức tại Saigon Innovation Hub.", "date: 2027-02-20"),
    ("Du học\n\nThứ Ba, 15/9/2026, 08:00 (GMT+7)\n\nTriển lãm Du học Hàn Quốc 2026 sẽ diễn ra tại "
     "Hà Nội vào thứ Bảy tuần này.", "date: 2026-09-19"),
    ("Du học\n\nThứ Ba, 15/9/2026, 08:00 (GMT+7)\n\nTriển lãm sẽ diễn ra tại Hà Nội vào thứ Bảy "
     "tuần này và tại TP.HCM vào Chủ nhật.", "date: 2026-09-19/09-20"),
    ("Du học\n\nThứ Ba, 15/9/2026, 08:00 (GMT+7)\n\nHội thảo sẽ diễn ra vào thứ Hai tới tại Hà Nội.",
     "date: 2026-09-21"),
)  # fmt: skip
def today(lead: Lead) -> Iterator[Found]:
    """`Hội thảo "…" chiều nay ở TP Bắc Ninh`: an event the lead says is held today, on the
    day the page was posted."""
    posted = lead.document.article.posted
    if not posted:
        return
    for segment in lead.lead:
        m = (
            _TODAY.search(segment.text)
            or _LAST_WEEKDAY.search(segment.text)
            or _COMING_WEEKDAY.search(segment.text)
        )
        named = lead.name is not None and lead.name in segment.text
        scene = _scene_of(lead, segment) if m is None else None
        if scene is not None and (named or _HELD.search(segment.text)):
            m = _TODAY.search(scene.text)  # "Tối nay, sân khấu … Khán giả đã đến đây xem …"
            segment = scene if m else segment
        if m and (named or _HELD.search(segment.text) or scene is not None):
            when = datetime.date.fromisoformat(posted)
            if m.group(0).lower() == "hôm qua":  # "Hôm qua, tại khách sạn Lotte …": the day before
                when -= datetime.timedelta(days=1)
            if m.re is _LAST_WEEKDAY:  # "Thứ Bảy vừa rồi": the last such day before posting
                day = _WEEKDAYS.index(m.group("day").lower())
                when -= datetime.timedelta(days=(when.weekday() - day) % 7 or 7)
            then = None
            if m.re is _COMING_WEEKDAY:
                day = _WEEKDAYS.index(m.group("day").lower())
                if m.group("when") == "tới":  # "thứ Năm tới": the next such day after posting
                    when += datetime.timedelta(days=(day - when.weekday()) % 7 or 7)
                else:  # that day of the posting week ("tuần này", "này"), or of the next
                    later = 7 if m.group("when") in {"tuần tới", "tuần sau"} else 0
                    when += datetime.timedelta(days=day - when.weekday() + later)
                # "… vào thứ Bảy tuần này và tại TP.HCM vào Chủ nhật": a later day that week
                second = _THEN_WEEKDAY.search(segment.text, m.end())
                if second and _WEEKDAYS.index(second.group("day").lower()) > day:
                    then = when + datetime.timedelta(
                        days=_WEEKDAYS.index(second.group("day").lower()) - day
                    )
            date = EventDate(when.day, when.month, when.year)
            if then is not None:
                date.end_day, date.end_month = then.day, then.month
            yield _part("date", date, segment, m.start(), m.end())
            return


@rule("vi.event.front-matter-date", "event")
def front_matter_date(lead: Lead) -> Iterator[Found]:
    """The date in the article's front matter (`date: 2026-10-29`)."""
    article = lead.document.article
    front = parse_date(article.date) if article.date else None
    if front is not None:
        yield Found(EventPart("date", front), 0, 0, segment_id="")


# A release's place and date line: "Hà Nội, ngày 3 tháng 3 năm 2027"
_ISSUED = re.compile(
    r"\p{Lu}[\p{L} .]{1,30},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?P<year>\d{4})\.?$"
)


def _complete(date: EventDate, lead: Lead) -> None:
    """A range that starts on the date found (`kéo dài từ ngày 19 đến ngày 21/9`), and the
    year from the dateline, a release's place and date line (`Hà Nội, ngày 3 tháng 3 năm
    2027`), the front matter, the event's name or the headline."""
    if date.end_day is None:
        for segment in lead.lead:
            for candidate in _DATE_IN_TEXT.finditer(segment.text):
                ranged = _date_of(candidate)
                if ranged.end_day is not None and (ranged.day, ranged.month) == (
                    date.day,
                    date.month,
                ):
                    date.end_day, date.end_month = ranged.end_day, ranged.end_month
    # "khai mạc tối 13-11 và kéo dài đến hết ngày 17-11"; "… Liên hoan diễn ra đến hết ngày
    # 6/12." in the next sentence of the lead
    ordered = sorted(lead.lead, key=lambda s: s.id != date.segment_id)
    for said in [s.text for s in ordered] if date.end_day is None else []:
        last_day = next(
            (
                _date_of(c)
                for c in _DATE_IN_TEXT.finditer(said)
                if _UNTIL.search(said[: c.start()])
                and re.search(r"kéo dài|diễn ra|mở cửa", said[: c.start()])
            ),
            None,
        )
        if last_day is not None and _later(last_day, date):
            date.end_day, date.end_month = last_day.day, last_day.month
            break
    article = lead.document.article
    front = parse_date(article.date) if article.date else None
    issued = next(
        (m for s in lead.document.segments[:8] if (m := _ISSUED.match(s.text.strip()))), None
    )
    fill_year(
        date,
        (
            lead.dateline.group("year") if lead.dateline else None,
            issued.group("year") if issued else None,
            str(front.year) if front and front.year else None,
            article.posted,
            lead.name,
            article.title,
        ),
    )


# ----------------------------------------------------------------------------- place


def _trim_place(place: str) -> str:
    place = re.sub(r"^(?:điểm thi|cơ sở)\s+", "", place)  # "điểm thi Trường …": the school
    place = re.split(
        # "Trung tâm Đổi mới sáng tạo Quốc gia": sáng tạo (creative) is no time of day
        r"\s+(?:với|vào|nhằm|do|từ|trong|và thu hút|thu hút|sáng(?!\s+tạo\b)|chiều|tối(?!\s+ưu\b)|"
        # "… tại Đà Nẵng lần thứ 5 năm 2026": an edition or a year closes a name, not a place
        r"ngày|lần thứ|năm\s+\d{4}|(?:và\s+)?(?:kéo dài|diễn ra|mở cửa)|có)\b",
        place,
    )[0]
    place = place.strip(" ,.;")
    if place.count("(") > place.count(")"):
        place += ")"  # "Trường … Hồng Lam (phường Trường Vinh, tỉnh Nghệ An": its bracket closed
    return place


@rule("vi.event.front-matter-place", "event")
def front_matter_place(lead: Lead) -> Iterator[Found]:
    """The place in the article's front matter (`place: Hà Nội`)."""
    if lead.document.article.place:
        yield Found(EventPart("place", lead.document.article.place), 0, 0)


def _place_rule(
    pattern: re.Pattern[str], lead: Lead, segments: list[Segment] | None = None
) -> Iterator[Found]:
    """The first place `pattern` finds in the lead (or `segments`) that is not an event's
    name (`Tại Hội nghị kết nối …, một doanh nghiệp …`: the event, not where it is)."""
    for segment in lead.lead if segments is None else segments:
        for found in pattern.finditer(segment.text):
            place = _trim_place(found.group("place"))
            if _STARTS_WITH_EVENT.match(place):
                continue
            start = found.start("place")
            yield _part("place", place, segment, start, start + len(place))
            return


@rule(
    "vi.event.place-after-verb",
    "event",
    # the event said by its noun alone between the verb and the place
    ("Chiều 18/3, UBND thành phố Hải Phòng tổ chức hội nghị tại Trung tâm Hội nghị thành phố.",
     "place: Trung tâm Hội nghị thành phố"),
    ("Hội nghị được tổ chức tại Khách sạn Pullman Hà Nội với 300 đại biểu.", "place: Khách sạn Pullman Hà Nội"),
    ("Tối 13-11, Tuần lễ Văn hóa khai mạc tại Công viên Biển Đông (TP Đà Nẵng) và kéo dài đến hết ngày 17-11.",
     "place: Công viên Biển Đông (TP Đà Nẵng)"),
    ("Triển lãm được tổ chức tại SECC (quận 7 cũ) có 500 gian hàng của 230 doanh nghiệp.",
     "place: SECC (quận 7 cũ)"),
    ("Kỳ thi dự kiến diễn ra từ ngày 22-3 đến 9-4-2027 tại điểm thi Trường Cao đẳng Nghề số 1, tỉnh Phú Thọ.",
     "place: Trường Cao đẳng Nghề số 1, tỉnh Phú Thọ"),
    ("Ngày 2/12, đoàn công tác của tỉnh đã đến thăm và làm việc tại trụ sở Tập đoàn Daesung Industrial ở thành phố Ulsan.",
     "place: trụ sở Tập đoàn Daesung Industrial ở thành phố Ulsan"),
    ("Hội thảo diễn ra trong hai ngày 9 và 10-4 tại Hà Nội.", "place: Hà Nội"),
    ("Tọa đàm diễn ra tại Trung tâm Đổi mới sáng tạo Quốc gia, cơ sở Hòa Lạc, theo hình thức trực tuyến.",
     "place: Trung tâm Đổi mới sáng tạo Quốc gia"),
)  # fmt: skip
def place_after_verb(lead: Lead) -> Iterator[Found]:
    """`diễn ra / tổ chức / khai mạc (ngày …) tại X`."""
    yield from _place_rule(_PLACE, lead)


@rule(
    "vi.event.place-opened",
    "event",
    ("Công ty TNHH Sorak Foods Việt Nam hôm nay chính thức khánh thành nhà máy sản xuất mì ăn liền tại Khu công nghiệp Thạnh Đức, tỉnh Tây Ninh.",
     "place: Khu công nghiệp Thạnh Đức, tỉnh Tây Ninh"),
)  # fmt: skip
def place_opened(lead: Lead) -> Iterator[Found]:
    """`khánh thành / khởi công / khai trương <what> tại X`: where what is opened stands,
    when the article names no other event (a week's news may open things elsewhere)."""
    if lead.name and not re.match(r"(?i)lễ (?:khánh thành|khởi công|khai trương)", lead.name):
        return
    yield from _place_rule(_OPENED_AT, lead)


@rule(
    "vi.event.place-after-name",
    "event",
    ("UBND thành phố tổ chức Hội nghị Xúc tiến đầu tư năm 2026 tại Trung tâm Hội nghị thành phố.",
     "place: Trung tâm Hội nghị thành phố"),
    ('Bộ sẽ tổ chức "Diễn đàn Hợp tác Kinh tế lần thứ 5" từ ngày 12 đến ngày 13/11/2027 tại Trung tâm Hội nghị Quốc gia, Hà Nội.',
     "place: Trung tâm Hội nghị Quốc gia, Hà Nội"),
    ("VCCI tổ chức Hội nghị Thượng đỉnh Doanh nghiệp 2027 (Business Summit 2027) tại Phòng Đại yến, khách sạn Lotus Grand Hà Nội.",
     "place: Phòng Đại yến, khách sạn Lotus Grand Hà Nội"),
    # a country after the name is the name's own ("… tại Hàn Quốc"), not where it is held
    ("Chiều 11/6, tại Khách sạn Shilla, thủ đô Seoul, UBND tỉnh Bắc Ninh tổ chức Hội nghị Xúc tiến đầu tư tỉnh Bắc Ninh tại Hàn Quốc.",
     None),
)  # fmt: skip
def place_after_name(lead: Lead) -> Iterator[Found]:
    """`tổ chức Hội nghị … năm 2026 tại Trung tâm Hội nghị thành phố`: the place right after
    the event's name."""
    if lead.name:
        for found in _place_rule(re.compile(re.escape(lead.name) + _PLACE_AFTER_NAME), lead):
            # "Hội nghị Xúc tiến đầu tư tỉnh Bắc Ninh tại Hàn Quốc": a country after the
            # name is the name's own more often than where it is held
            place = found.fact
            if not (isinstance(place, EventPart) and place.value in _COUNTRIES):
                yield found


_COUNTRIES = {*_OTHER_COUNTRY, "Đại Hàn Dân Quốc"}


@rule(
    "vi.event.place-in-lead",
    "event",
    ("Sáng 5/3, tại thành phố Hạ Long, hai bên đã ký kết.", "place: thành phố Hạ Long"),
    (
        "Chiều 20/3, tại Trung tâm Hội nghị tỉnh (TP. Quy Nhơn), hai bên ký kết biên bản ghi nhớ.",
        "place: Trung tâm Hội nghị tỉnh (TP. Quy Nhơn)",
    ),
    (
        "Kính thưa quý vị, sáng nay tại Trung tâm Hội nghị thành phố Cần Thơ, KOICA tổ chức lễ.",
        "place: Trung tâm Hội nghị thành phố Cần Thơ",
    ),
    (
        "Quỹ tổ chức Lễ trao học bổng vào sáng 21/11, tại phòng hội nghị tầng 3, Khách sạn Lotus Grand, Hà Nội.",
        "place: phòng hội nghị tầng 3, Khách sạn Lotus Grand",
    ),
    (
        "Ngày 8/1, tại Bệnh viện Đa khoa Quốc tế Hương Giang (thành phố Huế) đã khai mạc hội thảo.",
        "place: Bệnh viện Đa khoa Quốc tế Hương Giang (thành phố Huế)",
    ),
    (
        "Sáng 15/10, tại Hội trường Nguyễn Văn Đạo, Đại học Quốc gia Hà Nội, hội thảo đã khai mạc.",
        "place: Hội trường Nguyễn Văn Đạo, Đại học Quốc gia Hà Nội",
    ),
    ("Tại Hội trường Thống Nhất, Thủ tướng đã chủ trì hội nghị.", "place: Hội trường Thống Nhất"),
    (
        "Sáng 9-5, hàng nghìn sinh viên có mặt tại Trung tâm Hội nghị White Palace (TP.HCM) để tham dự Ngày hội việc làm 2026.",
        "place: Trung tâm Hội nghị White Palace (TP.HCM)",
    ),
    (
        "Ngày 12/9/2026, tại thủ đô Seoul (Hàn Quốc), UBND tỉnh Hưng Yên tổ chức hội nghị.",
        "place: thủ đô Seoul (Hàn Quốc)",
    ),
    # an acronym's dots inside the venue's name
    (
        "Sáng 5/12, tại Trung tâm Triển lãm Quốc tế I.C.E Hà Nội, Bộ Công Thương tổ chức diễn đàn.",
        "place: Trung tâm Triển lãm Quốc tế I.C.E Hà Nội",
    ),
    # a numbered room, then its building's name without a comma
    (
        "Sáng 22/10, tại hội trường tầng 5 Bệnh viện Đa khoa tỉnh Thanh Hóa, hai bệnh viện ký kết.",
        "place: hội trường tầng 5 Bệnh viện Đa khoa tỉnh Thanh Hóa",
    ),
)
def place_in_lead(lead: Lead) -> Iterator[Found]:
    """`Tại X, …` or `…, tại X, …` in the lead; else `có mặt tại X để tham dự …`, where
    people come to attend it."""
    found = list(_place_rule(_PLACE_LEAD, lead))
    yield from found or _place_rule(_TO_ATTEND, lead)


# "có mặt từ sớm tại Trung tâm Hội nghị White Palace (TP.HCM) để tham dự Ngày hội …"
_TO_ATTEND = re.compile(
    r"\btại\s+(?P<place>"
    + _LOWER_OPENING
    + r"\p{Lu}(?:[^,.;()]|\([A-Z0-9]{2,8}\))*?(?:\s*\([^()]{2,80}\))?)"
    r"\s+để\s+(?:tham dự|dự|tham gia|theo dõi|cổ vũ)\s"
)


# "Sáng 14/5, Trung tâm Hội nghị tỉnh Bắc Ninh (đường …) chật kín khách": the venue a
# scene opens with, after its time; lower-case words inside it only before a capitalised one
_SCENE_PLACE = re.compile(
    r"(?:\(?\p{Lu}[\p{Lu}.]{1,9}\)?\s*[–-]\s*)?"  # an outlet's mark: "TTDL – "
    r"(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)\s+(?:nay|\d{1,2}/\d{1,2}(?:/\d{4})?)"
    r"|(?:[Nn]gày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?),\s+"
    r"(?P<place>(?:"
    + "|".join(re.escape(w) for w in VENUE_WORDS)
    + r")(?:\s+(?:\p{Lu}[\p{L}.-]*|(?!(?:trên|ở|tại|của|đã|sẽ|vừa)\b)\p{Ll}+"
    r"(?:\s+(?!(?:trên|ở|tại|của)\b)\p{Ll}+)?(?=\s+\p{Lu})))*)"
)


@rule(
    "vi.event.scene-place",
    "event",
    ("Sáng 14/5, Trung tâm Hội nghị tỉnh Bắc Ninh (đường Lý Thái Tổ) chật kín khách từ sớm. "
     "Hơn 350 đại biểu đã về đây dự Hội nghị Xúc tiến đầu tư Bắc Ninh – Hàn Quốc 2026.",
     "place: Trung tâm Hội nghị tỉnh Bắc Ninh"),
    ("Tối 12/6, Công viên Biển Đông trên đường Võ Nguyên Giáp rực rỡ đèn lồng. Hàng nghìn người "
     "đã đến đây dự đêm khai mạc Ngày hội Du lịch Hàn Quốc tại Đà Nẵng 2026.",
     "place: Công viên Biển Đông"),
    # no "here" in the event's sentence: the scene may be anywhere
    ("Sáng 14/5, Trung tâm Hội nghị tỉnh Bắc Ninh chật kín khách. Hội nghị Xúc tiến đầu tư Bắc "
     "Ninh – Hàn Quốc 2026 khai mạc tại Hà Nội.", None),
)  # fmt: skip
def scene_place(lead: Lead) -> Iterator[Found]:
    """The venue a scene opens with (`Sáng 14/5, Trung tâm Hội nghị tỉnh Bắc Ninh … chật
    kín khách`), when the next sentence names the event there (`… đã về đây dự Hội nghị …`)."""
    for segment in lead.lead:
        scene = _scene_of(lead, segment)
        named = bool(lead.name) and lead.name in segment.text
        if scene is None or not (named or _HELD.search(segment.text)):
            continue
        # after the dateline ("TTDL – Tối 12/6, …"), matched from where the scene opens
        opens = lead.dateline.end() if lead.dateline and scene is lead.body[0] else 0
        m = _SCENE_PLACE.match(scene.text, opens)
        if m and len(m.group("place").split()) >= 3:
            yield _part("place", m.group("place"), scene, m.start("place"), m.end("place"))
            return


# "Điểm cầu chính đặt tại trụ sở Cục Bảo vệ thực vật, Hà Nội": a hybrid event's main point
_MAIN_POINT = re.compile(
    r"\b[Đđ]iểm cầu (?:chính|trung tâm)\s+(?:được\s+)?(?:đặt\s+)?(?:tại|ở)\s+(?P<place>"
    + _LOWER_OPENING
    + r"\p{Lu}[^,.;]*(?:\.[A-Z]+)?"
    + _CITY_AFTER
    + r")"
)


@rule(
    "vi.event.main-point",
    "event",
    ("Hội thảo diễn ra theo hình thức trực tuyến kết hợp trực tiếp.\n\nĐiểm cầu chính đặt tại trụ "
     "sở Cục Bảo vệ thực vật, Hà Nội, kết nối với 15 điểm cầu.",
     "place: trụ sở Cục Bảo vệ thực vật, Hà Nội"),
    ("Đại biểu dự tại điểm cầu Tiền Giang.", None),
)  # fmt: skip
def main_point(lead: Lead) -> Iterator[Found]:
    """Where a hybrid event's main point is (`Điểm cầu chính đặt tại X`), in the article's
    first sentences."""
    yield from _place_rule(_MAIN_POINT, lead, lead.document.segments[:12])


@rule(
    "vi.event.dateline-city",
    "event",
    ("Cần Thơ, ngày 5/3/2026 – Hội nghị Xúc tiến đầu tư vùng Đồng bằng sông Cửu Long khai mạc sáng nay.",
     "place: Cần Thơ"),
)  # fmt: skip
def dateline_city(lead: Lead) -> Iterator[Found]:
    """The dateline's city, when the lead names an event and no other place."""
    m = lead.dateline
    if m and lead.name:
        yield _part(
            "place", m.group("place").strip(), lead.body[0], m.start("place"), m.end("place")
        )


# "diễn ra theo hình thức trực tuyến", "tổ chức trực tuyến": held on line, nowhere else
_ONLINE = re.compile(
    r"(?:diễn ra|tổ chức|được tổ chức|khai mạc)\s+(?:theo\s+)?(?:hình thức\s+)?trực tuyến(?!\s+kết hợp)"
)


@rule(
    "vi.event.online",
    "event",
    ("Hội thảo do VCCI tổ chức.\n\nHội thảo diễn ra theo hình thức trực tuyến qua Zoom.",
     "place: trực tuyến"),
    ("Hội thảo diễn ra theo hình thức trực tuyến kết hợp trực tiếp tại Hà Nội.", None),
)  # fmt: skip
def online(lead: Lead) -> Iterator[Found]:
    """An event held on line only (`diễn ra theo hình thức trực tuyến`): its place, when no
    rule read a venue."""
    for segment in lead.document.segments[:12]:
        m = _ONLINE.search(segment.text)
        if m:
            yield _part("place", "trực tuyến", segment, m.start(), m.end())
            return


# ----------------------------------------------------------------------------- organisers


@rule(
    "vi.event.organised-by",
    "event",
    ("Diễn đàn do Bộ Công Thương và Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc đồng tổ chức.",
     ["organiser: Bộ Công Thương", "organiser: Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc"]),
    # the event by its head noun said to be organised by them, over one who speaks of it before
    ("Hà Nội, 3/3 - Trung tâm Lao động ngoài nước cho biết Kỳ thi năng lực tiếng Hàn sẽ được tổ chức từ ngày 16/3. Kỳ thi do Trung tâm Lao động ngoài nước phối hợp với Cơ quan Phát triển nguồn nhân lực Hàn Quốc tổ chức.",
     ["organiser: Trung tâm Lao động ngoài nước", "organiser: Cơ quan Phát triển nguồn nhân lực Hàn Quốc"]),
    # the event said to be organised by them outweighs who does the work in the sentence before
    ("Đoàn y bác sĩ của Bệnh viện Hanmaeum Seoul tổ chức khám bệnh miễn phí. Đây là chương trình khám chữa bệnh nhân đạo do Sở Y tế tỉnh Quảng Ngãi tổ chức.",
     "organiser: Sở Y tế tỉnh Quảng Ngãi"),
    # a body said again by its kind: the one of that kind named before
    ("Ngày 8/1, tại Bệnh viện Đa khoa Quốc tế Hương Giang đã khai mạc hội thảo. Hội thảo do bệnh viện phối hợp với Bệnh viện Sejin Daejeon tổ chức.",
     ["organiser: Bệnh viện Đa khoa Quốc tế Hương Giang", "organiser: Bệnh viện Sejin Daejeon"]),
    # none said: the body whose leader receives the delegation
    ("Chiều 2/12, Chủ tịch UBND thành phố Hải Phòng Trần Hữu Nghĩa đã tiếp đoàn công tác tỉnh Gyeonggi.",
     "organiser: UBND thành phố Hải Phòng"),
    ("Chiều 22/4, tại Khách sạn Pearl River, UBND thành phố Hải Phòng và Đại sứ quán Hàn Quốc tại Việt Nam "
     "đồng chủ trì hội nghị.", ["organiser: UBND thành phố Hải Phòng",
                               "organiser: Đại sứ quán Hàn Quốc tại Việt Nam"]),
    ("THÔNG BÁO\n\n3. Đơn vị tổ chức: Sở Công Thương thành phố Cần Thơ chủ trì, phối hợp với Trung tâm "
     "Xúc tiến Thương mại và Đầu tư thành phố Cần Thơ.\n\n4. Đơn vị tài trợ: Ngân hàng Hanseong.",
     ["organiser: Sở Công Thương thành phố Cần Thơ",
      "organiser: Trung tâm Xúc tiến Thương mại và Đầu tư thành phố Cần Thơ"]),
    ("Chiều 21/8, tại Hà Nội, UBND tỉnh Thái Nguyên, Tập đoàn Samsung và Bộ Công Thương ký kết biên bản ghi nhớ.",
     ["organiser: UBND tỉnh Thái Nguyên", "organiser: Tập đoàn Samsung", "organiser: Bộ Công Thương"]),
    ("Tối 28/11, tại Trung tâm Chiếu phim Quốc gia (Hà Nội), Cục Điện ảnh (Bộ Văn hóa, Thể thao và Du lịch) phối hợp Trung tâm Văn hóa Hàn Quốc tại Việt Nam khai mạc Liên hoan phim Hàn Quốc 2026.",
     ["organiser: Cục Điện ảnh", "organiser: Trung tâm Văn hóa Hàn Quốc tại Việt Nam"]),
    ("Trường Đại học Y Hà Nội và Đại học Inje (Hàn Quốc) hợp tác đào tạo. Sáng 3/4, hai trường đã ký kết thỏa thuận.",
     ["organiser: Trường Đại học Y Hà Nội", "organiser: Đại học Inje"]),
    ("Tối 25.10, Trung tâm Văn hóa Hàn Quốc phối hợp với Sở Văn hóa, Thể thao và Du lịch TP.Đà Nẵng khai mạc Tuần lễ Văn hóa Hàn Quốc năm 2026.",
     ["organiser: Trung tâm Văn hóa Hàn Quốc", "organiser: Sở Văn hóa, Thể thao và Du lịch TP.Đà Nẵng"]),
    ("Ngày 3/4, Trường Cao đẳng Nghề số 2 phối hợp với Cơ quan Phát triển nguồn nhân lực Hàn Quốc khai giảng Khóa đào tạo tiếng Hàn 2026.",
     ["organiser: Trường Cao đẳng Nghề số 2", "organiser: Cơ quan Phát triển nguồn nhân lực Hàn Quốc"]),
    # who chairs, and those it works with, before the verb
    ("Ngày 8/12, Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ Giáo dục Hàn Quốc và Đại học Quốc gia Hà Nội tổ chức Hội thảo quốc tế.",
     ["organiser: Bộ Giáo dục và Đào tạo", "organiser: Bộ Giáo dục Hàn Quốc", "organiser: Đại học Quốc gia Hà Nội"]),
    # … its acronym in brackets, Vietnamese capitals too
    ("Ngày 12/12, Đại học Quốc gia Hà Nội (ĐHQGHN) chủ trì, phối hợp với Đại học Quốc gia Seoul (SNU) tổ chức Hội thảo quốc tế.",
     ["organiser: Đại học Quốc gia Hà Nội (ĐHQGHN)", "organiser: Đại học Quốc gia Seoul (SNU)"]),
    # what the first host is, between commas, before "phối hợp với"
    ("Sáng 5/12, Công ty TNHH Hanwon Việt Nam, công ty con của Tập đoàn Hanwon (Hàn Quốc), phối hợp với Ban Quản lý Khu kinh tế Hải Phòng tổ chức lễ khởi công.",
     ["organiser: Công ty TNHH Hanwon Việt Nam", "organiser: Ban Quản lý Khu kinh tế Hải Phòng"]),
    # the event said to be organised by them further on
    ("Nhân dịp Ngày Doanh nghiệp Hàn Quốc 2026, phóng viên trao đổi với ông Jang.\n\nBà con hỏi.\n\nCâu hỏi.\n\nTrả lời.\n\n"
     "Sự kiện do Hội Doanh nghiệp phối hợp với Bộ Tài chính tổ chức, với sự tài trợ của Ngân hàng Hana.",
     ["organiser: Hội Doanh nghiệp", "organiser: Bộ Tài chính"]),
    # who opens it, then the body that runs the organising committee
    ("Tối 28/11, UBND thành phố Đà Nẵng phối hợp với Tổng Lãnh sự quán Đại Hàn Dân Quốc tại Đà Nẵng khai mạc Lễ hội Văn hóa 2026. "
     "Sở Du lịch thành phố Đà Nẵng là cơ quan thường trực Ban tổ chức.",
     ["organiser: UBND thành phố Đà Nẵng", "organiser: Tổng Lãnh sự quán Đại Hàn Dân Quốc tại Đà Nẵng",
      "organiser: Sở Du lịch thành phố Đà Nẵng"]),
    # a short form the article defines stands for its body
    ("Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam (KoCham) họp báo.\n\nHội nghị do KoCham và Bộ Tài chính tổ chức.",
     ["organiser: KoCham", "organiser: Bộ Tài chính"]),
    # a delegation led by a person: the body in the person's role organises nothing
    ("Đoàn công tác tỉnh Bắc Ninh do đồng chí Nguyễn Văn Phong, Chủ tịch UBND tỉnh làm trưởng đoàn đã tổ chức hội nghị tại Seoul. "
     "Hội nghị do UBND tỉnh Bắc Ninh chủ trì, phối hợp với Phòng Thương mại và Công nghiệp Hàn Quốc tổ chức.",
     ["organiser: UBND tỉnh Bắc Ninh", "organiser: Phòng Thương mại và Công nghiệp Hàn Quốc"]),
    # an abbreviation's dot ("TP. Hồ Chí Minh") ends no clause
    ("Tối 5/3, Sở Du lịch phối hợp với Tổng Lãnh sự quán Hàn Quốc tại TP. Hồ Chí Minh khai mạc Ngày hội Du lịch Hàn Quốc 2027.",
     ["organiser: Sở Du lịch", "organiser: Tổng Lãnh sự quán Hàn Quốc tại TP. Hồ Chí Minh"]),
    ("Chiều 26/11, Phó Thủ tướng Chính phủ Lê Minh Khang đã chứng kiến Lễ ký kết thỏa thuận giữa Công ty cổ phần Năng lượng Hải Thịnh và Tập đoàn Hanseong Energy.",
     ["organiser: Công ty cổ phần Năng lượng Hải Thịnh", "organiser: Tập đoàn Hanseong Energy"]),
    ("(CMO) Chiều 25/2, tại Trung tâm Hành chính tỉnh, UBND tỉnh Cà Mau và Tập đoàn Hanbit Renewables (Hàn Quốc) ký biên bản ghi nhớ (MOU) về dự án điện gió.",
     ["organiser: UBND tỉnh Cà Mau", "organiser: Tập đoàn Hanbit Renewables"]),
    # who opens what it built holds the opening
    ("Công ty TNHH Sorak Foods Việt Nam, công ty con của Sorak Foods Co., Ltd. (Hàn Quốc), hôm nay chính thức khánh thành nhà máy tại Khu công nghiệp Thạnh Đức.",
     ["organiser: Công ty TNHH Sorak Foods Việt Nam"]),
    # who chairs it and with whom, said after the verb
    ("Sáng 15/10, Hội thảo Hàn Quốc học đã khai mạc tại Hà Nội. Hội thảo được tổ chức dưới sự chủ trì của Trường Đại học Khoa học Xã hội và Nhân văn, phối hợp với Quỹ Giao lưu Quốc tế Hàn Quốc và Viện Nghiên cứu Hàn Quốc học thuộc Đại học Quốc gia Seoul.",
     ["organiser: Trường Đại học Khoa học Xã hội và Nhân văn", "organiser: Quỹ Giao lưu Quốc tế Hàn Quốc",
      "organiser: Viện Nghiên cứu Hàn Quốc học"]),
    # what a body is, between dashes or commas, names no organiser and ends no clause
    ("Ngày 17/11, Công ty Cổ phần Cà phê Ea Kmar và Nuri Retail Co., Ltd. – đơn vị vận hành chuỗi Nuri Mart tại Hàn Quốc – đã tổ chức Lễ ký kết hợp đồng phân phối.",
     ["organiser: Công ty Cổ phần Cà phê Ea Kmar", "organiser: Nuri Retail Co., Ltd."]),
    ("Sáng 19/11, Công ty TNHH Daon Energy Materials Việt Nam, công ty con của Tập đoàn Daon Chemical (Hàn Quốc), tổ chức Lễ khánh thành nhà máy.",
     ["organiser: Công ty TNHH Daon Energy Materials Việt Nam"]),
)  # fmt: skip
def organised_by(lead: Lead) -> Iterator[Found]:
    """A notice's line labelled with who organises it (`Đơn vị tổ chức: A chủ trì, phối
    hợp với B và C`); else `do A và B (phối hợp) tổ chức`, `A (phối hợp với B) tổ chức`:
    the organisations before the verb, in the first sentence of the first four that has
    one; where none says who organised it, the parties that signed (`A, B và C ký kết`)."""
    labelled = False
    for segment in lead.document.segments:
        hosts = _LABELLED_HOSTS.match(segment.text)
        if hosts is None:
            continue
        for o in organisations_in(hosts.group("value")):
            name = next(iter(o.fact.name.values()))  # type: ignore[union-attr]
            at = hosts.start("value") + o.start
            yield _part("organiser", name, segment, at, hosts.start("value") + o.end)
            labelled = True
    if labelled:
        return
    for segment in lead.body[:4]:
        # "Hội thảo được tổ chức dưới sự chủ trì của A, phối hợp với B và C": who chairs it,
        # and with whom, after the verb
        chaired = _CHAIRED_BY.search(segment.text)
        if chaired is None:
            continue
        hosts = chaired.group("hosts")
        bodies = [
            o
            for o in organisations_in(hosts)
            if not hosts[: o.start].rstrip().endswith(("(", "thuộc"))  # whose unit it is
        ]
        for o in bodies:
            name = next(iter(o.fact.name.values()))  # type: ignore[union-attr]
            yield _part(
                "organiser",
                name,
                segment,
                chaired.start("hosts") + o.start,
                chaired.start("hosts") + o.end,
            )
        if bodies:
            return
    read = [*lead.body[:4], *(s for s in lead.lead if s not in lead.body[:4])]  # a later lead
    # "Sự kiện do KoCham phối hợp với Bộ Tài chính … tổ chức" further on: the event itself
    # said to be organised by them
    read += [s for s in lead.document.segments if s not in read and _EVENT_DONE_BY.search(s.text)]
    # "Kỳ thi do A phối hợp với B tổ chức": the event, by its head noun, said to be
    # organised by them, before a sentence where someone speaks of it (A cho biết … tổ chức)
    head = " ".join(lead.name.split()[:2]) if lead.name else ""
    done_by = (
        re.compile(r"(?:^|[.;]\s+)" + re.escape(head) + r"\s+(?:được\s+)?do\s") if head else None
    )
    read.sort(
        key=lambda s: (
            not (
                _THIS_IS_DONE_BY.search(s.text) or (done_by is not None and done_by.search(s.text))
            )
        )
    )  # stable: the rest in order
    verbs = (_ORGANISED, _CHAIRED, _OPENED, _SIGNED, _OPENED_OWN)
    for verb, segment in [(v, s) for v in verbs for s in read]:
        text = segment.text
        organised = verb.search(text)
        if not organised:
            continue
        if verb is _OPENED:  # "A (Bộ …) phối hợp B và C khai mạc …": the opening's hosts
            organised = _OPENING.search(text, organised.start())
            if organised is None:
                continue
        # "Nuri Retail Co., Ltd. – đơn vị vận hành chuỗi Nuri Mart – đã tổ chức": what a body
        # is, between dashes, names no organiser
        text = _DASHED_ASIDE.sub(lambda m: " " * len(m.group(0)), text)
        outside = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)  # commas in brackets
        # "TP. Hồ Chí Minh": an abbreviation's dot ends no sentence; "Co., Ltd." no clause
        outside = _ABBREVIATED.sub(lambda m: m.group(0).replace(".", " "), outside)
        outside = _LEGAL_FORM.sub(lambda m: re.sub(r"[.,]", " ", m.group(0)), outside)
        clause_start = max(
            outside.rfind(",", 0, organised.start()), outside.rfind(". ", 0, organised.start())
        )
        if clause_start > 0 and _BARE_CLAUSE.fullmatch(
            outside[clause_start + 1 : organised.start()]
        ):
            # "Công ty TNHH Daon …, công ty con của Tập đoàn Daon Chemical, tổ chức": the
            # organiser before what it is
            aside = max(outside.rfind(",", 0, clause_start), outside.rfind(". ", 0, clause_start))
            if re.match(r"\s*\p{Ll}", outside[aside + 1 : clause_start]):
                text = text[: aside + 1] + " " * (clause_start - aside) + text[clause_start + 1 :]
                clause_start = aside
        while clause_start > 0:  # "UBND tỉnh Thái Nguyên, KOICA và SEVT ký kết": a list
            piece_start = max(text.rfind(",", 0, clause_start), text.rfind(". ", 0, clause_start))
            raw = text[piece_start + 1 : clause_start]
            if _ASIDE.match(raw) and not _HOSTING_WORDS.match(raw) and piece_start > 0:
                # "Công ty A, công ty con của Tập đoàn B (Hàn Quốc), phối hợp với C tổ
                # chức": what A is, between commas, names no organiser
                text = text[: piece_start + 1] + " " * len(raw) + text[clause_start:]
                clause_start = piece_start
                continue
            # "A chủ trì, phối hợp với B, C và D tổ chức": who chairs and with whom
            piece = _HOSTING_WORDS.sub("", raw).strip()
            listed = organisations_in(piece)
            if not listed or listed[0].start > 1 or listed[-1].end < len(piece) - 1:
                break
            clause_start = piece_start
        by = text.rfind(" do ", 0, organised.start())
        start = by + 4 if by >= 0 else clause_start + 1
        span = text[start : organised.start()]
        if verb is _SIGNED and "chứng kiến" in span:
            # "Phó Thủ tướng … chứng kiến Lễ ký kết … giữa A và B": the witness signs nothing
            between = text.find(" giữa ", organised.end())
            if between < 0:
                continue
            start = between + len(" giữa ")
            stop = re.search(r"[.;]\s|[.;]$", text[start:])
            span = text[start : start + stop.start()] if stop else text[start:]
        found = _with_defined_short_forms(organisations_in(span), span, lead.document)
        names = [
            o
            for i, o in enumerate(found)
            if not span[: o.start].rstrip().endswith("(")  # "(Bộ Công Thương)": a parent
            and not (i and _parent_after(span, found[i - 1], o))
        ]
        if not names and _THE_TWO.search(span):
            yield from _the_two(lead, segment, span)
            return
        bodies = organisations_in(segment.text)
        read_people = [
            f
            for f in _people_read(segment)
            if not any(inside_body(f, b, segment.text, "vi") for b in bodies)
        ]  # "Tổng Lãnh sự quán Đại Hàn Dân Quốc": no person "Hàn Dân Quốc" inside a body
        led = min(
            (f.start for f in read_people if start <= f.start < organised.start()), default=-1
        )
        if led >= 0:
            # "đoàn công tác tỉnh … do đồng chí …, Chủ tịch UBND tỉnh làm trưởng đoàn đã tổ
            # chức": a person leads it; the bodies after the name are in the person's role
            names = [o for o in names if start + o.start < led]
        people = [f.fact for f in read_people]
        tidy(names, [p for p in people if isinstance(p, Person)])
        names = [o for o in names if next(iter(o.fact.name.values()))]  # type: ignore[union-attr]
        meant = _the_body_meant(lead, segment, span) if names else None
        if meant is not None:  # "do bệnh viện phối hợp với …": the hospital named before
            yield _part("organiser", meant, segment, start, start + len(span.split()[0]))
        for o in names:
            name = next(iter(o.fact.name.values()))  # type: ignore[union-attr]
            yield _part("organiser", name, segment, start + o.start, start + o.end)
        if names:
            named = [next(iter(o.fact.name.values())) for o in names]  # type: ignore[union-attr]
            yield from _standing_body(lead, [*named, *([meant] if meant else [])])
            return
    received = list(_receiving_body(lead))
    yield from received
    yield from _standing_body(
        lead, [str(r.fact.value) for r in received if isinstance(r.fact, EventPart)]
    )


# "… Phó Chủ tịch Thường trực UBND thành phố Hải Phòng đã tiếp và làm việc với đoàn …"
_RECEIVED = re.compile(
    r"\b(?:đã\s+)?(?:tiếp và làm việc với|tiếp đón|tiếp)\s+(?:đoàn|Đoàn|ông|bà|Đại sứ|Tổng Lãnh sự|lãnh đạo)"
)
# The bodies whose leaders receive delegations as hosts
_RECEIVING_HEADS = (
    "UBND",
    "Ủy ban nhân dân",
    "Uỷ ban nhân dân",
    "Bộ ",
    "Sở ",
    "Tỉnh ủy",
    "Thành ủy",
)


def _people_read(segment: Segment) -> list[Found]:
    """The people the sentence names with their posts (before, after a cue, in apposition):
    whose names end a body's name read with them, and who leads what."""
    return [f for rule in (position_before, cue_before, appositive) for f in rule(segment)]


def _receiving_body(lead: Lead) -> Iterator[Found]:
    """Where no sentence says who organised it, a lead sentence whose person receives a
    delegation (`Chủ tịch UBND thành phố Hải Phòng Trần Hữu Nghĩa đã tiếp đoàn …`): the
    body of the receiver's post hosts the meeting."""
    for segment in lead.body[:3]:
        m = _RECEIVED.search(segment.text)
        if m is None:
            continue
        bodies = organisations_in(segment.text[: m.start()])
        people = [f.fact for f in _people_read(segment) if isinstance(f.fact, Person)]
        tidy(bodies, people)  # "UBND thành phố Hải Phòng Trần Hữu Nghĩa": the body, then who
        bodies = [
            o
            for o in bodies
            if (name := next(iter(o.fact.name.values()))).startswith(_RECEIVING_HEADS)  # type: ignore[union-attr]
            and not re.search(r"\b(?:tỉnh|thành phố)$", name)  # "UBND thành phố": which city?
        ]
        if bodies:
            o = bodies[-1]
            name = next(iter(o.fact.name.values()))  # type: ignore[union-attr]
            yield _part("organiser", name, segment, o.start, o.end)
        return


# A body said again by its kind, in lower case: "do bệnh viện phối hợp với …", "nhà trường"
_THE_BODY = {
    "bệnh viện": "Bệnh viện",
    "nhà trường": "Trường",
    "trường": "Trường",
    "viện": "Viện",
    "công ty": "Công ty",
    "tập đoàn": "Tập đoàn",
    "quỹ": "Quỹ",
}


def _the_body_meant(lead: Lead, segment: Segment, span: str) -> str | None:
    """The body a span of hosts opens with by its kind alone (`bệnh viện phối hợp với B`):
    the first body of that kind named in the lead up to `segment` (`tại Bệnh viện Đa khoa
    Quốc tế Hương Giang`); None when the span opens with no such word or none is named."""
    said = re.match(r"\s*(?P<kind>" + "|".join(_THE_BODY) + r")\s+(?:phối hợp|cùng|và|với)\b", span)
    if said is None:
        return None
    head = _THE_BODY[said["kind"]]
    for earlier in [lead.document.article.title, *(s.text for s in lead.document.segments)]:
        for o in organisations_in(earlier):
            name = next(iter(o.fact.name.values()))  # type: ignore[union-attr]
            if name.startswith(head + " "):
                return name
        if earlier is segment.text:
            break
    return None


def _standing_body(lead: Lead, named: list[str]) -> Iterator[Found]:
    """`Sở … là cơ quan thường trực Ban tổ chức`: the body that runs the organising
    committee organises too (once, and not one already named)."""
    for segment in lead.document.segments[:12]:
        m = _STANDING.search(segment.text)
        if m is None:
            continue
        for o in organisations_in(m.group("body")):
            name = next(iter(o.fact.name.values()))  # type: ignore[union-attr]
            if name not in named:
                at = m.start("body") + o.start
                yield _part("organiser", name, segment, at, m.start("body") + o.end)
        return


# A school's unit, then after its comma the school: "Khoa Ngôn ngữ …, Trường Đại học Ngoại
# ngữ" is one organiser, the unit (the school is whose it is)
_UNIT_HEADS = ("Khoa ", "Viện ", "Phòng ", "Ban ", "Trung tâm ", "Bộ môn ")
_SCHOOL_HEADS = ("Trường ", "Đại học ", "Học viện ")


def _parent_after(span: str, unit: Found, school: Found) -> bool:
    """Whether `school` follows `unit` after a bare comma as the body the unit belongs to."""
    first = next(iter(unit.fact.name.values()), "")  # type: ignore[union-attr]
    second = next(iter(school.fact.name.values()), "")  # type: ignore[union-attr]
    return (
        span[unit.end : school.start].strip() == ","
        and first.startswith(_UNIT_HEADS)
        and second.startswith(_SCHOOL_HEADS)
    )


# An aside between dashes that says what a body is: " – đơn vị vận hành chuỗi Nuri Mart –"
_DASHED_ASIDE = re.compile(r"\s[–—]\s+\p{Ll}[^–—.;]{2,120}?\s[–—](?=\s)")
# A company's legal form after a comma: "Co., Ltd.", "Co., Ltd", ", JSC"
_LEGAL_FORM = re.compile(r"\bCo\.,\s*Ltd\b\.?|,\s*(?:JSC|Inc|LLC)\b\.?")
# What is left of a clause when its subject went before an aside: "", " đã", " cùng"
_BARE_CLAUSE = re.compile(
    r"\s*(?:(?:đã|sẽ|vừa|cùng|chính thức|hôm nay|sáng nay|chiều nay|tối nay)\s+)*"
)
# A short capitalised abbreviation and its dot: "TP. Hồ Chí Minh", "Q. 1", "TS. Lê"
_ABBREVIATED = re.compile(r"(?<![\p{L}])(?:TP|Tp|Q|P|TS|ThS|PGS|GS|BS)\.(?=\s)")
# "hai bệnh viện ký kết", "hai trường đã tổ chức": the two bodies of that kind named before
_THE_TWO = re.compile(
    r"\bhai (?P<kind>bên|đơn vị|cơ quan|bệnh viện|trường|doanh nghiệp|công ty|tập đoàn|hiệp hội)\b"
)
_KIND_OPENS = {
    "bệnh viện": ("Bệnh viện",),
    "trường": ("Trường", "Đại học", "Học viện"),
    "doanh nghiệp": ("Công ty", "Tập đoàn", "Tổng công ty"),
    "công ty": ("Công ty", "Tổng công ty"),
    "tập đoàn": ("Tập đoàn",),
    "hiệp hội": ("Hiệp hội",),
}


def _the_two(lead: Lead, segment: Segment, span: str) -> Iterator[Found]:
    """`Thỏa thuận được hai bệnh viện ký kết`: the organisers are the two bodies of that kind
    the headline and the lead name up to this sentence, when they name exactly two."""
    m = _THE_TWO.search(span)
    if not m:
        return
    opens = _KIND_OPENS.get(m.group("kind"))
    upto = lead.body[: lead.body.index(segment) + 1] if segment in lead.body else [segment]
    names: list[str] = []
    for text in [lead.document.article.title, *(s.text for s in upto)]:
        for o in organisations_in(text):
            name = next(iter(o.fact.name.values()))  # type: ignore[union-attr]
            if (opens is None or name.startswith(opens)) and name not in names:
                names.append(name)
    if len(names) == 2:
        for name in names:
            start = segment.text.find(m.group(0))
            yield _part("organiser", name, segment, start, start + len(m.group(0)))


NAME_RULES = (labelled_name, name_in_lead, latin_name, name_in_headline)
DATE_RULES = (
    stops,
    labelled_date,
    date_tied_to_name,
    dateline_date,
    first_date_in_lead,
    today,
    front_matter_date,
)
PLACE_RULES = (
    stop_places,
    front_matter_place,
    labelled_place,
    place_after_verb,
    place_opened,
    place_after_name,
    place_in_lead,
    scene_place,
    main_point,
    dateline_city,
    online,
)


def context(document: Document, doubts: list[Found] | None = None) -> tuple[Lead, Found | None]:
    """What the event rules read, with the event's name read first."""
    lead = Lead.of(document)
    return lead, with_name(lead, NAME_RULES, [] if doubts is None else doubts)


def event_of(document: Document, organisations: list[Organisation]) -> tuple[Event, list[Found]]:
    """The event, and what its rules found but are not sure of."""
    doubts: list[Found] = []
    lead, named = context(document, doubts)

    def complete(date: EventDate) -> bool:
        _complete(date, lead)
        return parse_date(f"{date.day}/{date.month}/{date.year or 2024}") is not None

    event = read_event(
        "vi",
        lead,
        named,
        doubts,
        themes=[theme],
        dates=DATE_RULES,
        places=PLACE_RULES,
        organisers=[organised_by],
        complete=complete,
    )
    with_dateline(event, document, "vi", PLACE_RE)
    return event, doubts
