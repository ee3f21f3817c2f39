"""The event a Korean article reports: `11월 5일 하노이에서 '…포럼'을 개최`, `… 열린
'…'에서`; a quoted name with an event noun (포럼, 박람회, 축제 …), its organisers (`A는 B와
함께 … 개최`, `A와 B가 공동 주최`), the place before `에서`, the date (`2026년 7월 1일`,
`8일부터 14일까지`)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass

import regex as re

from briefing.document import Document, Event, EventDate, Organisation, Segment
from briefing.facts.base import (
    EventPart,
    Found,
    fill_year,
    institution_aliases,
    is_the_meeting,
    read_event,
    rule,
    run,
    with_dateline,
    with_name,
)
from briefing.facts.ko.lexicon import (
    CITY_STEMS,
    EVENT_NOUNS,
    NOT_NAMES,
    NOT_TOPICS,
    TIME_WORDS,
    VENUE_ENDINGS,
    morphemes,
    words_of,
)
from briefing.facts.ko.organisations import (
    acronym,
    branch,
    city_government,
    common_words_only,
    company_mark,
    company_name,
    ending,
    latin_name,
    mission,
    short_form,
)
from briefing.facts.vi.event import parse_date

EVENT_VERBS = re.compile(
    r"(개최|주최|열린|열었|열렸|열려|연다|열고|여는|열리|열릴|열어(?=\s)|개막|폐막|마련|진행|운영|개장|개점|개소|개관|착공|"
    r"준공|출범|개통|취항|서명식|가졌|가진다|갖고|갖는다|면담|회담|주재|만나|만났|펼쳤|펼친|펼친다|실시|"
    # "… 호텔에서 막을 올렸다", "관계자 400여 명이 … 롯데호텔에 모여 … 논의했다"
    r"막을 올|막을 내|막이 올|모여|모였)"
)
# "… 함께 연 'K-컬처 페스티벌'", "함께 준비했다": held with others
ORGANISE = re.compile(
    r"(개최|주최|열었|연다|열고|여는|열어(?=\s)|마련|운영|파견|체결|서명|맺었|맺고|가졌|가진다|(?<=함께\s)(?:연(?=\s)|준비)"
    # "A와 B가 공동 주관했다": who runs it, said jointly
    r"|(?<=공동\s)주관|(?<=공동)주관)"
)
# Names in quotes, and in the brackets press releases use: 「…」 『…』 《…》 〈…〉.
# (a bracket inside may hold an apostrophe: "(Korea-Vietnam University Presidents' Forum)")
_QUOTED = re.compile(
    r"['‘\"“「『《〈]((?:[^'’\"”」』》〉()]|\([^()]{1,80}\)){3,100})['’\"”」』》〉]"
)
# "(Korea-Vietnam Trade Week 2026)" after a name is its English name; "(MOU)" is the name's own
_FOREIGN_NAME = re.compile(r"\s*\((?![A-Z]{2,6}\))[A-Za-z][^)]*\)\s*$")
_OPENING = re.compile(
    r"['’\"”」』》〉]?(?:이|가|은|는)?\s(?:[^\s.]+\s){0,5}?(?P<noun>개소식|개관식|준공식|착공식|기공식|출범식|개막식|체결식|서명식|착수식|발대식|선포식|제막식|기념식|협약식)(?:을|를)\s"
)
# Any event noun, the longest first ("업무협약식" before "협약식").
_EVENT_NOUN = "|".join(sorted(EVENT_NOUNS, key=len, reverse=True))
# "이날 열린 한-베 반도체 인재양성센터 개소식에는": an event named without quotes, after the
# verb that holds it.
_HELD_NAME = re.compile(
    r"(?:열린|개최된|진행된|열리는|개최되는)\s+(?P<name>(?:[^\s,.'\"“”‘’]+\s){0,6}?[^\s,.'\"“”‘’]*?(?:"
    + _EVENT_NOUN
    + r"))(?:에는|에서|은|는|이|가|을|를|의|\s|$)"
)
_DATE = re.compile(
    r"(?:(?P<year>\d{4})\s*년\s*)?(?P<month>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일"
    # a press release's "11.19.(목)", "2026. 11. 19.(목)": month and day by dots, a weekday
    r"|(?<![\d.])(?:(?P<year>\d{4})\.\s?)?(?P<month>\d{1,2})\.\s?(?P<day>\d{1,2})\.?\s?\([월화수목금토일]\)"
)
_RANGE = re.compile(
    # "9월 24일(목)부터 27일(일)까지": each day's weekday in brackets
    r"(?:(?P<month>\d{1,2})\s*월\s*)?(?P<d1>\d{1,2})\s*일(?:\s?\([월화수목금토일]\))?\s*(?:부터|~|-)\s*"
    r"(?:오는\s*)?(?:(?P<m2>\d{1,2})\s*월\s*)?(?P<d2>\d{1,2})\s*일(?:\s?\([월화수목금토일]\))?\s*까지"
    # "9월 2∼3일": a month's days joined by a tilde
    r"|(?P<month>\d{1,2})\s*월\s*(?P<d1>\d{1,2})\s*[~∼～]\s*(?:(?P<m2>\d{1,2})\s*월\s*)?"
    r"(?P<d2>\d{1,2})\s*일"
    # a press release's "7.21.(화)부터 7.25.(토)까지", "9.25.(금)~9.27.(일)"
    r"|(?<![\d.])(?P<month>\d{1,2})\.\s?(?P<d1>\d{1,2})\.?\s?\([월화수목금토일]\)\s*(?:부터|[~∼～-])\s*"
    r"(?:(?P<m2>\d{1,2})\.\s?)?(?P<d2>\d{1,2})\.?\s?\([월화수목금토일]\)"
)
# "9월 2∼3일 호찌민 …, 9월 7∼8일 하노이 …에서 차례로 개최된다": one event in turn in two places
_IN_TURN = re.compile(r"차례로|잇따라|순차적으로|이어서")
# A later stop's day without its month: "…, 23일 호찌민 …에서 차례로"
_LATER_DAY = re.compile(r"(?<![\d~∼～.-])\s(\d{1,2})\s*일(?![가-힣])")
# The first stop of an event held in turn, its days then its venue, before the next stop's
# days: "10월 20~21일 하노이 국가컨벤션센터(NCC), 23일 호찌민 …"
_FIRST_STOP = re.compile(
    r"\d{1,2}\s*일\s+(?P<place>[^\s,]+(?:\s[^\s,]+){0,3}),\s*(?:\d{1,2}\s*월\s*)?"
    r"\d{1,2}(?:\s*[~∼～]\s*\d{1,2})?\s*일\s"
)
_PLACE = re.compile(
    r"((?:[가-힣A-Za-z0-9()]+\s){0,3}[가-힣A-Za-z0-9()]+?)(?:\s?(?:일원|일대))?"
    # "… 롯데호텔에 모여": where they gathered; "… 컨벤션센터에 마련된 부스": where it is set up
    r"(?:에서(?=\s)|에(?=\s모여|\s모였|\s마련된))"
)
# "17일", "지난 9~11일": a day without its month, which the posting stamp gives.
_DAY = re.compile(
    r"(?:(?P<when>지난달|지난|오는|이달|내달|다음 달)\s*)?(?<![\d월~∼-]\s?)(?P<d1>\d{1,2})\s*"
    r"(?:(?:일\s*부터\s*(?:(?:오는|이달|내달|다음 달)\s*)?|일?\s*[~∼-]\s*)(?P<d2>\d{1,2})\s*)?"
    r"일(?!\s*(?:간|동안))"
)
# Verbs that link nouns like prepositions ("양성을 위한 협약", "협력에 관한"): no relative
# clause whose place the 에서 phrase would be.
_LINKING = ("위한", "대한", "관한", "통한", "향한", "따른", "비롯한")


# A broadcast script's report after the anchor's words, and the anchor's hand-off to it.
_REPORT_CUES = ("[리포트]", "[기자]", "[리포터]", "◀ 리포트 ▶", "◀ 기자 ▶", "◀리포트▶")
_HANDOFF = re.compile(r"기자가\s*(?:보도|전|취재)합니다|기자입니다|기자가\s*다녀왔습니다")
# A sentence ends in a verb: "…개최했다고 밝혔다.", "…참가했습니다.", "…열었는데요,".
_SENTENCE_END = re.compile(r"(?:다|요|음|함)\s*[.!?]?\s*['\"’”)]*\s*$")


# A place already named in a venue: a city or province, a country.
_NAMED_PLACE = re.compile(
    r"(?:" + "|".join(sorted(CITY_STEMS, key=len, reverse=True)) + r"|베트남|한국)"
)


@dataclass
class Lead:
    """What the Korean event rules read: the document, its lead sentences, the event's name
    once read."""

    document: Document
    lead: list[Segment]
    name: str = ""

    @staticmethod
    def of(document: Document) -> Lead:
        """The first three sentences of the body, then the lines before them that end in
        no verb (a press release's summary, `- 8일 도청서 협약…`; a broadcast's cues): read
        last, where the sentences say nothing."""
        body = [s for s in document.segments if s.kind == "body"]
        # the cue may stand as a line of its own, which the segmenter reads as a heading
        every = [s for s in document.segments if s.kind in {"body", "heading"}]
        report = next((i for i, s in enumerate(every) if s.text.startswith(_REPORT_CUES)), None)
        if report is not None:  # a broadcast: the report says what happened, the anchor sums up
            after = [s for s in every[report:] if s.kind == "body" or s is every[report]]
            said = [s for s in after if _SENTENCE_END.search(s.text)][:3]
            earlier = [s for s in every[:report] if s.kind == "body"]
            anchor = [s for s in earlier if not _HANDOFF.search(s.text)][:3]
            return Lead(document, said + anchor + _held_later(document, said + anchor))
        sentences = [s for s in body if _SENTENCE_END.search(s.text)][:3]
        summary = body[: body.index(sentences[0])] if sentences else body[:3]
        lead = sentences + summary[:3]
        later = _held_later(document, lead)
        return Lead(document, lead + later)


def _holds_event(text: str) -> bool:
    """The sentence names an event and says it is held: quoted, or an event noun before or
    after a verb of holding."""
    return bool(
        event_name(text)
        or _HELD_NAME.search(text)
        or _HOLD_OBJECT.search(text)
        or _HELD_SUBJECT.search(text)
        or _HELD_TOPIC.search(text)
    )


# "계약 서명식은 이날 … 청사에서 열렸다": the ceremony of the day, told after the news
_HELD_TOPIC = re.compile(
    r"(?:" + _EVENT_NOUN + r")(?:은|는)\s+(?:이날|(?:지난\s)?\d{1,2}일)\s+[^.]{0,60}?"
    r"(?:열렸|개최됐|진행됐|거행됐)"
)


# A photo caption that opens with the event it shows: "[사진 설명] 누리마트 안카인점
# 개점식에서 (왼쪽부터) …".
_CAPTION_EVENT = re.compile(
    r"(?:\[[^\]]{1,10}\]\s*)?(?P<name>(?:[^\s,.'\"“”‘’()]+\s){0,6}?[^\s,.'\"“”‘’()]*?(?:"
    + _EVENT_NOUN
    + r"))에서\s+\(?(?:왼쪽|오른쪽|앞줄|뒷줄)"
)


# "오늘 열린 한-베 소방안전체험관 개관식에는", "어제(20일) 토이라이사에서 열린 … 준공식은":
# the day's event, named as it is held
# The day said as a word: this day, today, yesterday, the day before the report
_THE_DAY = r"(?:이날|오늘|어제|전날)"
_HELD_TODAY = re.compile(
    _THE_DAY + r"(?:\(\d{1,2}일\))?\s+(?:\S+\s+){0,3}?(?:열린|개최된|진행된)\s+\S"
)


# A day said in a later sentence: "전날 하노이 롯데호텔에서 '…'을 열고", "지난 25일 …"
_A_DAY = re.compile(r"(?<![가-힣\d])(?:\d{1,2}일|" + _THE_DAY + r")(?=\s|\()")


def _names_event(text: str) -> bool:
    """The sentence names an event it says is held: quoted, after the verb that holds it,
    or with a word before its noun that is no time word (`어제 준공식이 열렸습니다` holds
    one but names none)."""
    if event_name(text) or _HELD_NAME.search(text) or _HELD_TOPIC.search(text):
        return True
    for m in [*_HOLD_OBJECT.finditer(text), *_HELD_SUBJECT.finditer(text)]:
        words = words_of(text)
        if any(w.start < m.start("noun") < w.end for w in words):
            return True  # "산업통상장관회의를 열고": the noun ends a word that names it
        before = [w for w in words if w.end <= m.start("noun")]
        word = before[-1] if before else None
        if (
            word is not None
            and word.end >= m.start("noun") - 1
            and not word.josa
            and not word.verbal
            and not _NOT_NAME_WORDS.match(word.text)
        ):
            return True
    return False


def _held_later(document: Document, lead: list[Segment]) -> list[Segment]:
    """Where the lead tells news (`수주했다고 9일 밝혔다`) and names no event (`어제 준공식이
    열렸습니다` names none), the first later
    sentence that says the day's event was held (`서명식은 이날 … 열렸다`), and the first
    photo caption that names one (`9일 … 청사에서 열린 … 서명식에서 (왼쪽부터) …`): what
    the event rules read after the lead."""
    if any(_names_event(s.text) for s in lead):
        return []
    rest = [s for s in document.segments if s.kind == "body" and s not in lead]
    said = next((s for s in rest if _HELD_TOPIC.search(s.text) or _HELD_TODAY.search(s.text)), None)
    # a blog's greeting first ("안녕하세요! 오늘은 … 소식을 전해 드리려고 해요."), then the
    # event, dated: "지난 11월 17일, … 대회의실에서 '… 착수식'이 열렸어요."
    said = said or next(
        (
            s
            for s in rest[:16]
            if _holds_event(s.text)
            and (_DATE.search(s.text) or _A_DAY.search(s.text))
            # "이날 오후에는 '현지화 세미나'도 열렸다": a side event, also held
            and not re.search(r"['’”」』]도\s", s.text)
        ),
        None,
    )
    captions = [s for s in document.segments if s.kind == "caption"]
    shown = next(
        (
            s
            for s in captions
            if _HELD_NAME.search(s.text) or event_name(s.text) or _CAPTION_EVENT.match(s.text)
        ),
        None,
    )
    return [s for s in (said, shown) if s is not None]


def _part(field: str, value: str | EventDate, segment: Segment, start: int, end: int) -> Found:
    return Found(EventPart(field, value), start, end, segment_id=segment.id)  # type: ignore[arg-type]


# A name that opens with its edition (제4차, 제12회) is a meeting's, whatever its last noun.
_EDITION = re.compile(r"제\s?\d{1,3}\s?(?:차|회)\s")


# After a quoted name: the event is held as part of it ("'…포럼'의 부대행사로", "… 일환으로")
_FRAME_AFTER = re.compile(
    r"[’']?\s*(?:의\s*|에서\s*)?(?:부대\s?행사|연계\s?행사|사전\s?행사|사이드\s?이벤트|일환|계기)"
)


def event_name(text: str, framed: bool = True) -> tuple[str, int, int] | None:
    """The first quoted name that ends with (or holds) an event noun, without the foreign
    name in brackets after it: (name, start, end); not (`framed` False) one the event is
    held as part of (`'제6회 하이퐁 국제투자포럼'의 부대행사로`)."""
    for m in _QUOTED.finditer(text):
        if not framed and _FRAME_AFTER.match(text, m.end(1)):
            continue
        name = _FOREIGN_NAME.sub("", m.group(1)).strip()
        core = re.sub(r"\([A-Z]{2,6}\)$", "", name)  # "… 업무협약(MOU)"
        edition = _EDITION.match(core)  # "「제4차 한-베 농업협력위원회」": the 4th meeting
        if len(name) <= 60 and (
            edition or any(core.endswith(n) or f"{n} " in core for n in EVENT_NOUNS)
        ):
            return name, m.start(1), m.start(1) + len(name)
    return None


@rule(
    "ko.event.quoted-name",
    "event",
    ("과기정통부는 5일 하노이에서 '2026 한-베 디지털 협력 포럼'을 개최했다.",
     "name: 2026 한-베 디지털 협력 포럼"),
    # a quoted name the verb of holding takes, whatever its last word
    ("중진공은 3일 호찌민에서 총영사관과 공동으로 '한-베 중소기업 글로벌 파트너링 데이'를 개최했다.",
     "name: 한-베 중소기업 글로벌 파트너링 데이"),
    ("해수부는 베트남 교통운수부와 함께 「제7차 한-베 해운협력위원회」를 개최했다.",
     "name: 제7차 한-베 해운협력위원회"),
    # an apostrophe inside the English name in brackets closes no quote
    ("대교협이 주최하는 '제3회 대학총장 포럼(University Presidents' Forum 2026)'이 25일 열린다.",
     "name: 제3회 대학총장 포럼"),
    ("코트라 주최로 열린 이번 전시회에는 120개사가 참가했다.", None),
    # a name said bare in the lead, quoted in full further on
    ("지난 주말 하노이에서 열린 유학박람회 현장을 찾았습니다.\n\n하노이 국립컨벤션센터에 마련된 '2026 한국유학박람회' 행사장.",
     "name: 2026 한국유학박람회"),
    # a trade mission is an event (data/ko/event-nouns.txt)
    ("경기도는 16일부터 19일까지 하노이와 호찌민에서 '2026 경기도 베트남 통상촉진단'을 운영했다.",
     "name: 2026 경기도 베트남 통상촉진단"),
    # an event held as part of a larger one: its own name
    ("창원시는 24일 하이퐁에서 열린 '제6회 하이퐁 국제투자포럼'의 부대행사로 '창원-하이퐁 기업 교류회'를 개최했다.",
     "name: 창원-하이퐁 기업 교류회"),
    # a project's quoted name, then the ceremony that starts it
    ("코이카는 5일 하노이에서 보건부와 '중부 모자보건 역량강화 사업' 착수식을 열었다.",
     "name: 중부 모자보건 역량강화 사업 착수식"),
)  # fmt: skip
def quoted_name(lead: Lead) -> Iterator[Found]:
    """A quoted name that ends with (or holds) an event noun, in the lead, else in the
    headline."""
    for segment in lead.lead:
        named = event_name(segment.text, framed=False)
        if named:
            yield _part("name", named[0], segment, named[1], named[2])
            return
    for segment in lead.lead:  # "'한-베 반도체 인재양성센터'가 4일 … 개소식을 열고": X's opening
        for m in _QUOTED.finditer(segment.text):
            after = _OPENING.match(segment.text, m.end())
            if after:
                name = f"{m.group(1).strip()} {after.group('noun')}"
                yield _part("name", name, segment, m.start(1), after.end("noun"))
                return
    for segment in lead.lead:  # "'한-베 중소기업 글로벌 파트너링 데이'를 개최했다": what is held
        for m in _QUOTED.finditer(segment.text):
            if _QUOTED_HELD.match(segment.text, m.end()):
                yield _part("name", m.group(1).strip(), segment, m.start(1), m.end(1))
                return
    for segment in lead.lead:
        held = _HELD_NAME.search(segment.text)
        if held and not held.group("name").startswith(("'", "‘")):
            said = held.group("name").split()
            while said and _NOT_NAME_WORDS.match(said[0]):
                said.pop(0)  # "열린 이번 전시회에는": this one, no name
            if not said or (len(said) == 1 and said[0] in EVENT_NOUNS):
                continue
            name = " ".join(said)
            start = held.end("name") - len(name)
            fuller = _quoted_in_full(lead.document, name)
            if fuller is not None:  # "열린 유학박람회" … "'2026 한국유학박람회' 행사장"
                yield _part("name", fuller[0], fuller[1], fuller[2], fuller[2] + len(fuller[0]))
                return
            yield _part("name", name, segment, start, held.end("name"))
            return
    for segment in lead.lead:  # the larger event, where no other is named
        named = event_name(segment.text)
        if named:
            yield _part("name", named[0], segment, named[1], named[2])
            return


def _quoted_in_full(document: Document, name: str) -> tuple[str, Segment, int] | None:
    """The article's quoted name that ends with `name` and says more (`'2026
    한국유학박람회'` for `유학박람회`): (name, its segment, where it starts); None."""
    for segment in document.segments:
        for m in _QUOTED.finditer(segment.text):
            quoted = _FOREIGN_NAME.sub("", m.group(1)).strip()
            if quoted.endswith(name) and len(quoted) > len(name):
                return quoted, segment, m.start(1)
    return None


# "… 차관 계약 서명식을 가졌다", "기술이전 워크숍을 열었다": an event named without quotes as
# the object of the verb that holds it
_HOLD_OBJECT = re.compile(
    r"(?P<noun>"
    + _EVENT_NOUN
    + r")(?:을|를)\s+(?:공동(?:으로)?\s+)?(?:열었|열고|연다|열어|개최했|개최하고|개최한다|개최해|가졌|갖고|가진다|"
    r"진행했|진행하고|진행한다|마련했)"
)
# "제14차 한·베트남 경제공동위원회를 열고": a numbered session of a body that meets, held
_SESSION_HELD = re.compile(
    r"(?<![가-힣])(?P<name>제\s?\d{1,3}\s?차\s+(?:[^\s'\"‘’“”]+\s){0,4}?[^\s'\"‘’“”]*?"
    r"(?:위원회|협의회|회의|회담|대화))(?:를|을)\s+(?:공동(?:으로)?\s+)?(?:열|개최|가졌|갖)"
)
# "… 정수장 준공식이 지난 1일 … 개최됐다": an event named without quotes as the subject of
# a passive verb of holding
_HELD_SUBJECT = re.compile(
    r"(?P<noun>"
    + _EVENT_NOUN
    + r")(?:이|가)\s+[^.]{0,80}?(?:개최됐|개최되었|열렸|열린다|열릴|진행됐|진행되었|거행됐)"
)
_CLOSING = ("'", "’", '"', "”", "」", "』", "》", "〉")
# A quoted name, then the verb that holds it: "'…'를 개최했다", "'…'을 열었다"
_QUOTED_HELD = re.compile(
    r"(?:을|를)\s+(?:(?:\d{1,2}일|공동으로|성황리에|처음으로)\s+)*"
    r"(?:개최했|개최하고|개최한다|개최해|개최하며|열었|열고|연다|열어|가졌|진행했)"
)
# Event nouns that say only that something took place: a quoted name before one is the name.
_GENERIC_EVENTS = {"행사", "이벤트"}
_NOT_NAME_WORDS = re.compile(
    r"^(?:이날|지난|오는|올해|현지|이번|최근|당일|오전|오후|\d+일|대규모|소규모|별도|각종|관련|공식|첫|"
    r"어제|오늘|내일|그제|모레|금일|작년|내년|지난해|전날|가운데)$"
)


@rule(
    "ko.event.hosted-topic",
    "event",
    ("한울건설은 30일 승인서를 받았다. 투자승인서 전달식과 투자협약 체결식은 떠이닌성 인민위원회 주최로 지난 28일 청사에서 열렸다.",
     "name: 투자승인서 전달식과 투자협약 체결식"),
    ("행사는 안산시가 주최했다.", None),
)  # fmt: skip
def hosted_topic(lead: Lead) -> Iterator[Found]:
    """The topic of the sentence that says who hosts the event, when it is more than an
    event noun (`투자승인서 전달식과 투자협약 체결식은 … 주최로 … 열렸다`)."""
    for segment in _hosting_sentences(lead):
        m = _HOSTS_SAID.match(segment.text)
        topic = m["topic"] if m else ""
        said = [w for w in topic.split() if re.match(r"[\w']", w)]  # "□ 협약식": a bullet
        if (
            len(said) >= 2
            and re.search(_EVENT_NOUN + r"$", topic)
            and not _NOT_NAME_WORDS.match(said[0])
        ):
            name = " ".join(said)
            end = m.end("topic")
            yield _part("name", name, segment, end - len(name), end)
            return


@rule(
    "ko.event.held-object",
    "event",
    ("수은은 9일 호찌민에서 재무부와 EDCF 차관 계약 서명식을 가졌다고 밝혔다.",
     "name: EDCF 차관 계약 서명식"),
    ("한바다중공업은 현지 법인의 제2도크 착공식을 열었다.", "name: 제2도크 착공식"),
    ("양측은 회의를 열었다.", None),
    ("코이카가 지원한 물관리 시설이 완공돼 어제 준공식이 열렸습니다.", None),
    ("베트남 박닌성 꿰보 정수장 준공식이 지난 1일 현장에서 개최됐다.", "name: 베트남 박닌성 꿰보 정수장 준공식"),
    ("해수부와 농업환경부는 전날 껀터시 청사에서 수산협력 약정 서명식을 공동 개최했다.", "name: 수산협력 약정 서명식"),
    ("두 사람은 25일 하노이에서 제14차 한·베트남 경제공동위원회를 열고 합의했다.", "name: 제14차 한·베트남 경제공동위원회"),
    ("새 앱을 알리는 「K페이 런칭 쇼」 행사가 지난 2일 다낭에서 진행됐다.", "name: K페이 런칭 쇼"),
    # the same name written in full in another line (a caption): the full one
    ("세진소재는 10일 박닌성 산업단지에서 동박 공장 착공식을 열었다.\n\n"
     "10일 박닌성 산업단지에서 열린 세진소재 동박 공장 착공식에서 정태호 대표가 말하고 있다.",
     "name: 세진소재 동박 공장 착공식"),
    # "… 참석한 가운데": amid, no part of the name
    ("장관이 참석한 가운데 하이퐁 양극재 공장 착공식을 열었다.", "name: 하이퐁 양극재 공장 착공식"),
)  # fmt: skip
def held_object(lead: Lead) -> Iterator[Found]:
    """An event named without quotes as the object of the verb that holds it: the bare
    nouns before the event noun (no particle, no date, no time word), at least one; a
    numbered session of a body that meets (`제14차 한·베트남 경제공동위원회를 열고`)."""
    for segment in lead.lead:
        session = _SESSION_HELD.search(segment.text)
        if session:
            yield _part("name", session.group("name"), segment, *session.span("name"))
            return
    for segment in lead.lead:
        text = segment.text
        for m in [*_HOLD_OBJECT.finditer(text), *_HELD_SUBJECT.finditer(text)]:
            words = [w for w in words_of(text) if w.end <= m.end("noun") + 1]
            if not words or not words[-1].text.startswith(words[-1].stem):
                continue
            last = len(words) - 1
            first = last
            while (
                first > 0
                and not words[first - 1].josa
                and not words[first - 1].verbal
                and not words[first - 1].text.endswith((",", ".", *_CLOSING))
                # "Hanbit Foods Vina Co., Ltd.(한빛푸드비나) 제2공장 준공식": whose, not its name
                and not re.search(r"\.|\([가-힣]", words[first - 1].text)
            ):
                if _NOT_NAME_WORDS.match(words[first - 1].text) or last - first >= 5:
                    break
                first -= 1
            quoted = first == last and first > 0 and words[first - 1].text.endswith(_CLOSING)
            if quoted and words[last].stem in _GENERIC_EVENTS:
                # "「H뱅크 비엣 론칭 데이」 행사가 … 진행됐다": the quoted words are its name
                inside = next(
                    (q for q in _QUOTED.finditer(text) if q.end() == words[first - 1].end), None
                )
                if inside is not None:
                    yield _part("name", inside.group(1).strip(), segment, *inside.span(1))
                    return
            if first == last and words[last].stem in EVENT_NOUNS:
                continue  # "회의를 열었다": the noun alone names nothing
            start = words[first].start
            name = text[start : m.end("noun")]
            fuller = _fuller(lead.document, name)
            if fuller != name:  # "… 열린 세진소재 동박 공장 착공식": the same, named in full
                yield _part("name", fuller, segment, start, m.end("noun"))
                return
            yield _part("name", name, segment, start, m.end("noun"))
            return


def _fuller(document: Document, name: str) -> str:
    """`name` with the bare nouns another line of the article writes before it (a caption's
    `열린 세진소재 동박 공장 착공식에서` for `동박 공장 착공식`), the longest; else `name`."""
    best = name
    for segment in document.segments:
        text = segment.text
        starts = [m.start() for m in re.finditer(re.escape(name), text)]
        words = words_of(text) if starts else []  # read once, for each time the name stands
        for at in starts:
            before = [w for w in words if w.end <= at - 1][-3:]
            taken: list[str] = []
            for word in reversed(before):
                if (
                    word.josa
                    or word.verbal
                    or word.adnominal
                    or re.search(r"[\d,.()\[\]'\"’”」』]", word.text)
                    or _NOT_NAME_WORDS.match(word.text)
                ):
                    break
                taken.insert(0, word.text)
            said = " ".join([*taken, name])
            if len(said) > len(best):
                best = said
    return best


@rule(
    "ko.event.caption-name",
    "event",
    ("[사진 설명] 누리마트 안카인점 개점식에서 (왼쪽부터) 박태민 대표가 테이프를 자르고 있다. [사진=누리유통]",
     "name: 누리마트 안카인점 개점식"),
)  # fmt: skip
def caption_name(lead: Lead) -> Iterator[Found]:
    """The event a photo caption of the lead opens with (`… 개점식에서 (왼쪽부터)`)."""
    for segment in lead.lead:
        m = _CAPTION_EVENT.match(segment.text) if segment.kind == "caption" else None
        if m is None:
            continue
        said = m.group("name").split()
        while said and _NOT_NAME_WORDS.match(said[0]):
            said.pop(0)
        if len(said) >= 2:
            name = " ".join(said)
            yield _part("name", name, segment, m.end("name") - len(name), m.end("name"))
            return


@rule(
    "ko.event.name-in-headline",
    "event",
    ("부산서 '한-베 물류 포럼' 개막\n\n양국 물류기업 대표들이 참석했다.", "name: 한-베 물류 포럼"),
)
def name_in_headline(lead: Lead) -> Iterator[Found]:
    """A quoted name with an event noun in the headline."""
    named = event_name(lead.document.article.title)
    if named:
        yield Found(EventPart("name", named[0]), named[1], named[2])


@rule(
    "ko.event.date",
    "event",
    ("과기정통부는 11월 5일 하노이에서 포럼을 개최했다.", "date: ????-11-05"),
    ("축제는 8일부터 14일까지 11월 서울에서 열린다.", None),
    # how many days it lasts from its first
    (
        "'2026 K-엑스포 베트남'이 9월 24일 호찌민에서 사흘 일정으로 개막했다.",
        "date: ????-09-24/09-26",
    ),
    (
        "'2026 호찌민 K-소비재 박람회'가 12월 3일 사흘간의 일정을 마치고 폐막했다.",
        "date: ????-12-01/12-03",
    ),
    ("중기부는 11.19.(목) 하노이에서 「여성기업인 포럼」을 개최했다.", "date: ????-11-19"),
    ("부산시는 오는 30일부터 11월 1일까지 벡스코에서 축제를 개최한다.", "date: ????-10-30/11-01"),
    # held in turn in two places: from the first's first day to the last's last
    (
        "'K-푸드 페어'가 9월 2∼3일 호찌민 SECC, 9월 7∼8일 하노이 I.C.E.에서 차례로 개최된다.",
        "date: ????-09-02/09-08",
    ),
    ("박람회는 9월 2∼3일 호찌민에서 열린다.", "date: ????-09-02/09-03"),
    ("재단은 7.21.(화)부터 7.25.(토)까지 평창에서 캠프를 운영한다.", "date: ????-07-21/07-25"),
    (
        "로드쇼를 10월 20~21일 하노이 NCC, 23일 호찌민 컨벤션센터에서 차례로 개최한다.",
        "date: ????-10-20/10-23",
    ),
    (
        '웨비나 후기\n\n푸드수출러 · 2027. 2. 21. 9:12\n\n지난 목요일 오후에 "2027 K-푸드 수출전략 웨비나"를 '
        "들었어요.",
        "date: 2027-02-18",
    ),
    (
        "상담회 개최\n\n입력 2026.05.11 (월) 17:20\n\n인천시는 이번 주 목요일 송도컨벤시아에서 "
        "'수출상담회'를 개최한다.",
        "date: 2026-05-14",
    ),
    (
        "상담회 개최\n\n입력 2026.05.11 17:20\n\n인천시는 오는 월요일 송도컨벤시아에서 상담회를 개최한다.",
        "date: 2026-05-18",
    ),
    # "이날" with no day said before it: the day the page was posted
    (
        "박람회 개막\n\n입력 2027.06.12 14:20\n\n‘베트남 투자 박람회 2027’이 이날 서울 코엑스에서 개막했다.",
        "date: 2027-06-12",
    ),
    # with a day said before it, "이날" is that day
    (
        "박람회 개막\n\n입력 2027.06.12 14:20\n\n기업들은 10일 상담을 시작했다. ‘베트남 투자 박람회’가 이날 "
        "코엑스에서 개막했다.",
        "date: 2027-06-10",
    ),
    # each day with its weekday in brackets
    (
        "문화원은 9월 24일(목)부터 27일(일)까지 하노이에서 '한-베 우정 문화주간'을 개최한다.",
        "date: ????-09-24/09-27",
    ),
    # a dateline's month and day in brackets is the day said before
    (
        "착공식\n\n기사입력 2026-08-28 09:00\n\n[하노이 8월 27일] 산업단지가 들어선다. '산업단지 착공식'이 이날 "
        "하노이에서 열렸다.",
        "date: ????-08-27",  # the year: the posting line's, later (`_year`)
    ),
    # "전날": the day before the report, in a later sentence that holds the event
    (
        "실적 발표\n\n입력 2026.12.02 14:05\n\n은행은 순이익이 늘었다고 2일 밝혔다.\n\n"
        "은행은 전날 하노이 롯데호텔에서 '출범 10주년 기념식'을 열었다.",
        "date: 2026-12-01",
    ),
)
def date(lead: Lead) -> Iterator[Found]:
    """The first date of a lead sentence that says the event is held: `2026년 7월 1일`,
    `11월 8일부터 14일까지`."""
    for segment in lead.lead:
        text = segment.text
        named = bool(lead.name) and lead.name in text
        if not (EVENT_VERBS.search(text) or _signing(text) or _VISITED.search(text) or named):
            continue
        ranged = _RANGE.search(text)
        found = _DATE.search(text)
        if ranged and (ranged.group("month") or found):
            d1, d2 = int(ranged.group("d1")), int(ranged.group("d2"))
            month = int(ranged.group("month") or found.group("month"))
            end_month = int(ranged.group("m2")) if ranged.group("m2") else month
            if not ranged.group("month") and ranged.group("m2") and d1 > d2:
                month = (end_month - 2) % 12 + 1  # "오는 30일부터 11월 1일까지": October's 30th
            elif not ranged.group("m2") and d2 < d1:
                end_month = month % 12 + 1  # "10월 30일부터 1일까지": into the next month
            stops = list(_RANGE.finditer(text, ranged.end()))
            in_turn = _IN_TURN.search(text, ranged.end())
            if stops and stops[-1]["month"] and in_turn:
                # held in turn in several places: from the first's first day to the last's last
                end_month = int(stops[-1]["m2"] or stops[-1]["month"])
                d2 = int(stops[-1]["d2"])
            elif in_turn:
                # "10월 20~21일 하노이 …, 23일 호찌민 …에서 차례로": the later stop's day alone
                later = [int(d) for d in _LATER_DAY.findall(text, ranged.end(), in_turn.start())]
                if later and d2 < later[-1] <= 31 and end_month == month:
                    d2 = later[-1]
            value = EventDate(d1, month, None, segment.id, d2, end_month)
            yield _part("date", value, segment, ranged.start(), ranged.end())
            return
        if found:
            value = EventDate(
                int(found.group("day")),
                int(found.group("month")),
                int(found.group("year")) if found.group("year") else None,
                segment.id,
            )
            yield _part(
                "date", _lasting(value, text, found.end()), segment, found.start(), found.end()
            )
            return
        # "26일 금융권에 따르면 … 지난 22일": the day something is reported is no event's
        day = next(
            (
                d
                for d in _DAY.finditer(text)
                if not _REPORTED.match(text, d.end()) and not _ANNOUNCED.match(text, d.end())
            ),
            None,
        )
        posted = lead.document.article.posted
        today = re.search(r"(?<![가-힣])(?P<day>" + _THE_DAY + r")(?:\s|은|도)", text)
        if today and today["day"] == "이날" and _day_said_before(lead.document, segment):
            today = None  # "이날" is the day said before it
        if day is None and today and posted:  # a broadcast's "오늘 열린 …": the day it aired
            # "어제 … 체결식을 열었습니다": the day before
            on = datetime.date.fromisoformat(posted) - datetime.timedelta(
                days=today["day"] in {"어제", "전날"}  # "전날": the day before the report
            )
            value = EventDate(on.day, on.month, on.year, segment.id)
            yield _part("date", value, segment, *today.span())
            return
        weekday = _LAST_WEEKDAY.search(text)
        if day is None and weekday and posted:  # "지난 목요일": the last such day before posting
            on = datetime.date.fromisoformat(posted)
            back = (on.weekday() - "월화수목금토일".index(weekday["day"])) % 7 or 7
            on -= datetime.timedelta(days=back)
            value = EventDate(on.day, on.month, on.year, segment.id)
            yield _part("date", value, segment, *weekday.span())
            return
        coming = _COMING_WEEKDAY.search(text)
        if day is None and coming and posted:  # "이번 주 목요일", "오는 토요일", "다음 주 화요일"
            on = datetime.date.fromisoformat(posted)
            target = "월화수목금토일".index(coming["day"])
            if coming["when"].startswith("오는"):
                ahead = (target - on.weekday()) % 7 or 7  # the next such day after posting
            else:  # that day of the posting week, or of the week after it
                ahead = target - on.weekday() + (7 if coming["when"][0] in "다내" else 0)
            on += datetime.timedelta(days=ahead)
            value = EventDate(on.day, on.month, on.year, segment.id)
            yield _part("date", value, segment, *coming.span())
            return
        in_month = _day_in_month(day, posted) if day and posted else None
        if day and in_month is not None:
            in_month.segment_id = segment.id
            yield _part(
                "date", _lasting(in_month, text, day.end()), segment, day.start(), day.end()
            )
            return


# "24일 … 사흘 일정으로 개막했다": how many days the event lasts from its first
_LASTING = re.compile(
    r"(?P<days>이틀|사흘|나흘|닷새|엿새|\d{1,2}일)\s?(?:간의?\s|동안\s|\s?일정으로|\s?일정의?\s?)"
)
_DAYS = {"이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6}


def _lasting(date: EventDate, text: str, after: int) -> EventDate:
    """`date` with its last day, where its clause says how many days the event lasts from
    it (`24일 … 사흘 일정으로 개막했다`); as it is otherwise."""
    clause = re.split(r"[.!?]\s|다\.?\s|[,;]", text[after:], maxsplit=1)[0]
    m = _LASTING.search(clause)
    if m is None or date.end_day is not None:
        return date
    days = _DAYS.get(m["days"]) or int(m["days"][:-1])
    if not 2 <= days <= 14:
        return date
    try:
        first = datetime.date(date.year or 2001, date.month, date.day)
    except ValueError:
        return date
    closed = _CLOSED.search(clause)
    # "3일 사흘간의 일정을 마치고 폐막했다": the last day ("19일부터 이틀간 … 20일 막을
    # 내렸다": the first, and another day closes it)
    if (
        closed
        and not clause.startswith("부터")
        and not re.search(r"\d일", clause[: closed.start()])
    ):
        first, last = first - datetime.timedelta(days=days - 1), first
    else:
        last = first + datetime.timedelta(days=days - 1)
    date.day, date.month = first.day, first.month
    date.end_day, date.end_month = last.day, last.month
    return date


_CLOSED = re.compile(r"마치|마무리|폐막|막을 내|끝내|끝났|종료")


def _said_before(document: Document, segment: Segment) -> list[Segment]:
    """The headline (as a segment) and the segments before `segment`, in order."""
    earlier = [Segment("title", 0, document.article.title)]
    for other in document.segments:
        if other.id == segment.id:
            break
        earlier.append(other)
    return earlier


def _day_said_before(document: Document, segment: Segment) -> bool:
    """A day of the month is said in the headline or a body sentence before `segment`:
    `이날` there means that day; with none said, the day the page was posted."""
    # "[하노이 8월 27일] …": a dateline's month and day too
    return any(
        _DAY.search(other.text) or _DATE.search(other.text)
        for other in _said_before(document, segment)
    )


# "지난 목요일", "지난주 토요일": a day of the week before the page was posted
_LAST_WEEKDAY = re.compile(r"지난\s?주?\s*(?P<day>[월화수목금토일])요일")
# "이번 주 목요일", "오는 토요일", "다음 주 화요일", "내주 수요일": a day of the week ahead
_COMING_WEEKDAY = re.compile(
    r"(?P<when>이번\s?주|다음\s?주|내주|오는)\s*(?P<day>[월화수목금토일])요일"
)
_REPORTED = re.compile(r"\s*(?:[가-힣A-Za-z·]+\s){0,2}[가-힣A-Za-z·]*에\s*따르면")
# "…체결했다고 4일 밝혔다": the day the news was given out, not the day of the event (told
# later: "체결식은 3일 … 열렸으며")
_ANNOUNCED = re.compile(r"\s*(?:밝혔다|전했다|발표했다|알렸다)")


def _day_in_month(m: re.Match[str], posted: str) -> EventDate | None:
    """`17일` in a page posted on 2026-09-17: that month's 17th; `지난 25일` posted on the
    3rd: the month before; `오는 5일` posted on the 20th: the month after."""
    year, month, today = (int(part) for part in posted.split("-"))
    first = int(m.group("d1"))
    when = m.group("when")
    if when == "지난달":
        month -= 1  # "지난달 25~29일": the month before the page's
    elif when in {"내달", "다음 달"}:
        month += 1
    elif when == "지난" and first > today:
        month -= 1
    elif when == "오는" and first < today:
        month += 1
    year, month = (year - 1, 12) if month == 0 else (year + 1, 1) if month == 13 else (year, month)
    last = int(m.group("d2")) if m.group("d2") else None
    end_month = (month % 12) + 1 if last and last < first else month  # "29일부터 이달 1일까지"
    try:
        datetime.date(year, month, first)
    except ValueError:
        return None
    return EventDate(first, month, year, end_day=last, end_month=end_month if last else None)


_NATIVE_DAYS = r"이틀|사흘|나흘|닷새|엿새|이레|열흘"
_UNTIL = re.compile(
    r"(?:(?P<month>\d{1,2})\s*월\s*)?(?P<day>\d{1,2})\s*일\s*까지\s*"
    # "10일까지 대구와 구미에서 이어진다": where, between the day and the verb
    r"(?:[^\s.,]+(?:와|과|에서)\s+){0,3}"
    rf"(?:(?:{_NATIVE_DAYS})\s*(?:간|동안)\s*)?(?:열린|열리|진행|계속|이어|개최)"
)
# The event as the subject of what lasts: "이번 전시회는", "포럼은"
_EVENT_SUBJECT = (
    r"(?:이번\s+\S+|행사|전시회?|박람회|축제|포럼|엑스포|페스티벌|상담회|주간|대회)[은는]\s+"
)
# "포럼은 내일까지 이어지며": the event lasts until the day after the one posted
_TOMORROW_UNTIL = re.compile(r"(?<![가-힣])내일\s*까지\s*(?:열린|열리|진행|계속|이어)")
_EVENT_TOMORROW_UNTIL = re.compile(_EVENT_SUBJECT + _TOMORROW_UNTIL.pattern)
# "이번 전시회는 5일까지 이어집니다": said anywhere, when the event is what lasts
_EVENT_UNTIL = re.compile(_EVENT_SUBJECT + _UNTIL.pattern)


# "24일부터 사흘 동안", "17일부터 오늘까지 사흘 동안": how many days an event lasts, in
# native numbers, from the day before 부터
_SPAN = re.compile(
    rf"(?:(?P<day>\d{{1,2}})\s*일|(?P<today>오늘))?\s*부터\s*(?:\S+\s*까지\s*)?"
    rf"(?P<days>{_NATIVE_DAYS})\s*(?:간|동안)"
)
# "1일 … 개막해 2일 … 자리를 옮겨 이틀간 이어졌다": how many days, in the date's sentence
_SPAN_OWN = re.compile(rf"(?P<days>{_NATIVE_DAYS})\s*(?:간|동안)\s*(?:열|이어|진행|계속|개최|펼쳐)")
_SPAN_DAYS = {"이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10}


def _span_from(date: EventDate, span: re.Match[str], posted: str | None, own: bool) -> bool:
    """Whether a span said `span` starts on `date`: in the date's own sentence always;
    elsewhere only when it names that day (`24일부터`, or `오늘부터` on the day posted)."""
    if own:
        return True
    if span["day"]:
        return int(span["day"]) == date.day
    if span["today"] and posted:
        on = datetime.date.fromisoformat(posted)
        return (on.month, on.day) == (date.month, date.day)
    return False


# "3일 사흘간의 일정을 마치고 폐막했다": the day it closed, after so many days
_CLOSED_AFTER = re.compile(
    rf"(?P<days>{_NATIVE_DAYS})\s*(?:간|동안)(?:의)?\s*(?:일정|행사|여정|축제)?[을를]?\s*"
    r"(?:마치|마무리|끝내|끝마치|폐막|막을\s*내)"
)


def _last_day(date: EventDate, lead: Lead) -> None:
    """ "이번 박람회는 18일까지 열린다", "24일부터 사흘 동안 여는", "오늘부터 사흘 동안": the last
    day of an event that began on `date`; "3일 사흘간의 일정을 마치고 폐막했다": `date` is the
    last day, the first the days before it."""
    if date.end_day is not None:
        return
    said = next((s.text for s in lead.document.segments if s.id == date.segment_id), "")
    closed = _CLOSED_AFTER.search(said)
    if closed and re.search(rf"(?<!\d){date.day}\s*일\s*$", said[: closed.start()].rstrip()):
        last = datetime.date(date.year or 2001, date.month, date.day)
        first = last - datetime.timedelta(days=_SPAN_DAYS[closed["days"]] - 1)
        date.day, date.month, date.end_day, date.end_month = (
            first.day,
            first.month,
            last.day,
            last.month,
        )
        return
    segments = lead.document.segments
    posted = lead.document.article.posted
    for segment in sorted(segments[:12], key=lambda s: s.id != date.segment_id):
        span = _SPAN.search(segment.text)
        if span is None and segment.id == date.segment_id:
            span = _SPAN_OWN.search(segment.text)
        if span and _span_from(date, span, posted, segment.id == date.segment_id):
            first = datetime.date(date.year or 2001, date.month, date.day)
            last = first + datetime.timedelta(days=_SPAN_DAYS[span["days"]] - 1)
            date.end_day, date.end_month = last.day, last.month
            return
    if posted and any(
        (_TOMORROW_UNTIL if number < 12 else _EVENT_TOMORROW_UNTIL).search(s.text)
        for number, s in enumerate(segments)
    ):
        # "포럼은 내일까지 이어지며": the day after the one posted, for an event that began then
        on = datetime.date.fromisoformat(posted)
        if (on.month, on.day) == (date.month, date.day):
            last = on + datetime.timedelta(days=1)
            date.end_day, date.end_month = last.day, last.month
            return
    for number, segment in enumerate(segments):
        m = (_UNTIL if number < 8 else _EVENT_UNTIL).search(segment.text)
        if m:
            month = int(m.group("month")) if m.group("month") else date.month
            day = int(m.group("day"))
            if (month, day) > (date.month, date.day):
                date.end_day, date.end_month = day, month
            return


def _year(date: EventDate, lead: Lead) -> None:
    article = lead.document.article
    front = parse_date(article.date) if article.date else None
    fill_year(
        date,
        (
            str(front.year) if front and front.year else None,
            article.posted,
            lead.name,
            article.title,
        ),
    )


def venue_words(m: re.Match[str]) -> list[str]:
    """The words of a place before 에서: dates, and words that end a phrase (a particle,
    a verb form), dropped."""
    sentence, end = m.string, m.end(1)
    words = [w for w in words_of(sentence) if m.start(1) <= w.start < end]
    while words and (
        words[0].text in TIME_WORDS
        or re.search(r"\d", words[0].text)
        or words[0].text.endswith(("일", "까지", "부터"))
        or (
            len(words) > 1
            and (words[0].josa or words[0].verbal)
            and not (words[0].text.endswith("에") and words[1].text in {"있는", "위치한"})
        )
    ):
        words.pop(0)
    located = {  # "깜라인(Cam Ranh)에 있는 한결베트남조선": the place it is in, then the venue
        i
        for i, w in enumerate(words[1:-1], 1)
        if w.text in {"있는", "위치한"} and words[i - 1].text.endswith("에")
    }
    ended = [
        i
        for i, w in enumerate(words[:-1])
        if (w.josa or w.verbal) and i not in located and i + 1 not in located
    ]
    if ended:  # "베트남 대학 총장들이 대구에 모여": who gathered, then where
        words = words[ended[-1] + 1 :]
        located = {i - ended[-1] - 1 for i in located if i > ended[-1]}
    while len(words) > 1 and (
        words[0].text in TIME_WORDS
        or words[0].text in {"두", "세", "네"}
        or re.fullmatch(r"\d{1,2}(?:∼|~|-)?\d{0,2}일", words[0].text)
    ):
        # "지역들이 오늘 서울에서": when, after who; "두 도시에서": how many, no place;
        # "안산시는 6일 안산문화광장": the day, after who
        words = words[1:]
        located = {i - 1 for i in located if i > 0}
    found = [
        sentence[w.start : min(w.end, end)].removesuffix("에")
        if i + 1 in located
        else sentence[w.start : min(w.end, end)]
        for i, w in enumerate(words)
        if i not in located
    ]
    if found and found[0].count(")") > found[0].count("("):
        # "하롱국제종합병원(Bệnh viện … Hạ Long) 본관 강당에서": the words began inside a
        # bracket of Latin letters the pattern cannot read; its owner is the venue's name
        owner = re.search(r"([가-힣A-Za-z0-9]+)\([^()]*$", sentence[: words[0].start])
        found = [owner.group(1), *found[1:]] if owner else found[1:]
    return found


def blank_venues(text: str) -> str:
    """`text` with every place before 에서 blanked out (same length)."""

    def blank(m: re.Match[str]) -> str:
        kept = " ".join(venue_words(m))
        particle = 2 if m.group(0).endswith("에서") else 1  # "에서", or "에" before 모여
        head = m.group(0)[: len(m.group(0)) - len(kept) - particle] if kept else m.group(0)
        return head + " " * (len(m.group(0)) - len(head))

    # "농림축산식품부(장관 권태호, 이하 농식품부)는": the head and the short form in brackets
    # say who leads it and how it is called next, not another organiser
    text = _HEAD_BRACKET.sub(lambda m: " " * len(m.group(0)), text)
    return _PLACE.sub(blank, text)


_HEAD_BRACKET = re.compile(
    r"\((?:[^()]*,\s*)?이하\s[^()]*\)|\((?:[가-힣]+\s){1,3}[가-힣]{2,4}\)(?=[은는이가])"
)


# A notice's labelled lines: "□ 일시: 2026. 11. 20.(금) 14:00", "▲ 장소 : 호찌민 롯데호텔"
_LABELLED = re.compile(
    r"^[-–•·▪●◆■□○▲*+ㅇ]?\s*(?P<label>일\s?시|일\s?자|장\s?소|개최\s?장소)\s*[:：]\s*(?P<value>\S.*)$"
)
_TO_DAY = re.compile(
    r"\s*[~∼-]\s*(?:(?P<m2>\d{1,2})\s*월\s*|(?P<m3>\d{1,2})\.\s?)?(?P<d2>\d{1,2})\s*일?"
)


def _labelled(lead: Lead, place: bool) -> Iterator[tuple[Segment, re.Match[str]]]:
    """The article's lines labelled with the event's time (or its place)."""
    for segment in lead.document.segments:
        m = _LABELLED.match(segment.text)
        if m and ("장" in m.group("label")) == place:
            yield segment, m


# "- 행사명: 제7회 한국-베트남 의료기기 협력 세미나": a notice's line that names the event
_NAME_LABELLED = re.compile(
    r"^[-–•·▪●◆■□○▲*+ㅇ]?\s*(?:행사\s?명|대회\s?명|행사\s?이름|명\s?칭)\s*[:：]\s*(?P<name>[^▲□■◆○●•]+)"
)


@rule(
    "ko.event.labelled-name",
    "event",
    ("세미나 개최 안내\n\n- 행사명: 제7회 한국-베트남 의료기기 협력 세미나\n\n- 일시: 2027년 6월 15일(화)",
     "name: 제7회 한국-베트남 의료기기 협력 세미나"),
)  # fmt: skip
def labelled_name(lead: Lead) -> Iterator[Found]:
    """The name on a notice's line labelled `행사명:`."""
    for segment in lead.document.segments:
        m = _NAME_LABELLED.match(segment.text)
        name = m.group("name").strip().strip("'\"“”‘’「」『』").strip() if m else ""
        if m and name:
            start = segment.text.index(name, m.start("name"))
            yield _part("name", name, segment, start, start + len(name))
            return


@rule(
    "ko.event.labelled-date",
    "event",
    ("충북도는 박람회를 연다.\n\n□ 일시: 2026. 11. 20.(금) 14:00\n\n□ 장소: 호찌민 롯데호텔",
     "date: 2026-11-20"),
    ("▲일시 : 11월 20일~22일 ▲장소 : 하노이 국립컨벤션센터", "date: ????-11-20/11-22"),
)  # fmt: skip
def labelled_date(lead: Lead) -> Iterator[Found]:
    """The date on a notice's line labelled `일시:`: what the organisers state as the
    event's time (a range `11월 20일~22일` whole)."""
    for segment, m in _labelled(lead, place=False):
        found = _DATE.search(segment.text, m.start("value"))
        if found is None:
            continue
        month = int(found.group("month"))
        value = EventDate(
            int(found.group("day")),
            month,
            int(found.group("year")) if found.group("year") else None,
            segment.id,
        )
        to = _TO_DAY.match(segment.text, found.end())
        if to and int(to.group("d2")) <= 31:
            value.end_day = int(to.group("d2"))
            value.end_month = int(to.group("m2") or to.group("m3") or month)
        yield _part("date", value, segment, found.start(), to.end() if to else found.end())
        return


@rule(
    "ko.event.labelled-place",
    "event",
    ("충북도는 박람회를 연다.\n\n□ 일시: 2026. 11. 20.(금)\n\n□ 장소: 호찌민 롯데호텔 2층 크리스탈볼룸",
     "place: 호찌민 롯데호텔 2층 크리스탈볼룸"),
    ("공연 안내\n\n· 장소: 세종문화회관 대극장 (총 3천여 석)", "place: 세종문화회관 대극장"),
)  # fmt: skip
def labelled_place(lead: Lead) -> Iterator[Found]:
    """The place on a notice's line labelled `장소:`."""
    for segment, m in _labelled(lead, place=True):
        place = re.split(r"\s*[▲□○■◆]", m.group("value"))[0].strip().rstrip(".;")
        place = _SEATS.sub("", place)  # "세종문화회관 대극장 (총 3천여 석)": its size, no place
        if place:
            yield _part("place", place, segment, m.start("value"), m.start("value") + len(place))
            return


# A venue's size in brackets after its name: "(총 3천여 석)", "(500석 규모)", "(1,200명 수용)"
_SEATS = re.compile(r"\s*\((?:총\s*|약\s*)?[\d,.]+\s*[천만]?\s*여?\s*(?:석|명|인)[^()]{0,6}\)$")
# "장소는 푸미흥 국제컨벤션센터 2층 그랜드홀이었어요": the place said in a sentence
_PLACE_IS = re.compile(
    r"(?:행사\s?)?장소(?:는|은)\s+(?P<place>[^,.!?'\"“”]{2,60}?)"
    r"(?:이었|였|이다|입니다|이며|이고|이에요|예요)"
)


@rule(
    "ko.event.place-is",
    "event",
    ("정식 명칭은 '제3회 호찌민 한국기업 채용박람회'였고, 장소는 푸미흥 국제컨벤션센터 2층 그랜드홀이었어요.",
     "place: 푸미흥 국제컨벤션센터 2층 그랜드홀"),
)  # fmt: skip
def place_is(lead: Lead) -> Iterator[Found]:
    """The place a sentence says the event is at: `장소는 X이었다`."""
    for segment in lead.document.segments:
        m = _PLACE_IS.search(segment.text)
        if m:
            yield _part("place", m.group("place"), segment, m.start("place"), m.end("place"))
            return


@rule("ko.event.front-matter-place", "event")
def front_matter_place(lead: Lead) -> Iterator[Found]:
    """The place in the article's front matter."""
    if lead.document.article.place:
        yield Found(EventPart("place", lead.document.article.place), 0, 0)


# "부산 해운대구의 " before "한 호텔에서": where the unnamed venue stands
_WHOSE_PLACE = re.compile(r"(?<![\w])(?P<where>(?:[가-힣]+\s){0,2}[가-힣]+의)\s$")


# A building or a room named without whose it is: the body the sentence is about owns it
_OWN_ROOMS = {"본관", "별관", "대회의실", "회의실", "대강당", "강당", "국제회의실", "소회의실"}
# The body a sentence opens with as its topic, an aside in brackets after it passed over
_TOPIC_BODY = re.compile(
    r"^(?P<body>[가-힣A-Za-z]{2,20}(?:대학교|대학|병원|공사|진흥원|재단|협회|센터))"
    r"(?:\([^()]*\))?(?:은|는)\s"
)


@rule(
    "ko.event.place-before-eseo",
    "event",
    ("과기정통부는 5일 하노이 롯데호텔에서 포럼을 개최했다.", "place: 하노이 롯데호텔"),
    ("은행은 전날 하노이 롯데호텔에서 '출범 10주년 기념식'을 열었다.", "place: 하노이 롯데호텔"),
    # chaired there: held there
    (
        "양국 차관은 18일(현지시간) 하노이 JW메리어트 호텔에서 '공급망 포럼'을 공동 주재했다.",
        "place: 하노이 JW메리어트 호텔",
    ),
    ("흐엉강을 따라 왕궁이 늘어선 이 도시에서 축제가 열렸다.", None),
    (
        "국기원이 베트남 다낭에서 대회를 열고 보급에 나선다.\n\n국기원은 9일부터 다낭 띠엔선 체육관에서 대회를 개최한다.",
        "place: 다낭 띠엔선 체육관",
    ),
    (
        "국기원은 9일부터 11일까지 사흘간 다낭 띠엔선 체육관에서 대회를 개최한다.",
        "place: 다낭 띠엔선 체육관",
    ),
    (
        "수은은 9일 호찌민시 인민위원회 청사에서 재무부와 5호선 사업에 3억 달러를 지원하는 내용의 차관 계약 서명식을 가졌다.",
        "place: 호찌민시 인민위원회 청사",
    ),
    ("현지 대학에서 가르치는 교원 30명이 연수를 시작했다.", None),
    (
        "베트남 중부 지역들이 오늘 서울에서 관광 설명회를 열었습니다.",
        "place: 서울",
    ),  # when, no place
    ("판촉 행사가 다음 달 베트남 남부와 북부의 두 도시에서 잇따라 열린다.", None),
    ("행사는 3일 하노이 소재 그랜드플라자호텔에서 열렸다.", "place: 하노이 그랜드플라자호텔"),
    # held in turn in two places: the first stop's venue
    (
        "창원시는 로드쇼를 10월 20~21일 하노이 국가컨벤션센터(NCC), 23일 호찌민 화이트팰리스 "
        "컨벤션센터에서 차례로 개최한다.",
        "place: 하노이 국가컨벤션센터(NCC)",
    ),
    ("한국과 베트남 대학 총장들이 대구에 모여 포럼을 열었다.", "place: 대구"),
    (
        "하노이 국립컨벤션센터에 마련된 상담 부스마다 줄이 늘어선 박람회가 열렸습니다.",
        "place: 하노이 국립컨벤션센터",
    ),
    ("착공식은 3일 깜라인에 있는 한결베트남조선에서 열렸다.", "place: 깜라인 한결베트남조선"),
    # an unnamed venue (한 호텔): with where it stands, or none
    (
        "관광청은 9일 부산 해운대구의 한 호텔에서 '베트남 관광 로드쇼'를 열었다.",
        "place: 부산 해운대구의 한 호텔",
    ),
    ("관광청은 9일 한 호텔에서 '베트남 관광 로드쇼'를 열었다.", None),
    # the day after who holds it is no part of where
    (
        "경기 안산시는 6일 안산문화광장 일대에서 '제7회 안산 베트남 문화축제'를 열었다.",
        "place: 안산문화광장",
    ),
    (
        "관장은 서울 KOTRA 본사에서 뉴스1과 만나 다음 달 열리는 페어를 소개했다. 행사는 호찌민시 "
        "사이공전시컨벤션센터(SECC)에서 열린다.",
        "place: 호찌민시 사이공전시컨벤션센터(SECC)",
    ),
    # a room said with no owner, right after the date: the topic's own
    (
        "새빛대학교(총장 배정훈)는 15일 본관 4층 대회의실에서 '반도체 인재 양성 협약'을 체결했다.",
        "place: 새빛대학교 본관 4층 대회의실",
    ),
)
def place_before_eseo(lead: Lead) -> Iterator[Found]:
    """The words before `에서` in a sentence that says the event is held (or a deal signed);
    of several, the first that names a venue (…체육관, …호텔, …컨벤션센터)."""
    candidates: list[Found] = []
    for segment in lead.lead:
        text = segment.text
        for m in _PLACE.finditer(text):
            words = venue_words(m)
            ranged = any(w.endswith(("까지", "부터")) for w in words)
            held = EVENT_VERBS.search(text[m.end() : m.end() + 120]) or _signing(text, m.end())
            until = m.end() + held.start() if isinstance(held, re.Match) else len(text)
            # a relative clause right after the place ("현지 대학에서 가르치는 교원"), not one
            # deep in what the sentence says was signed ("… 지원하는 내용의 차관 계약")
            between = [w for w in words_of(text) if m.end() <= w.start < until][:3]
            if any(
                w.adnominal
                and w.verbal
                and not EVENT_VERBS.search(w.text)
                and not w.text.startswith(_LINKING)
                and not text.startswith("가운데", w.end + 1)  # "… 참석한 가운데": who came
                for w in between
            ):
                continue  # "현지 대학에서 가르치는 교원": where they teach, not where it is held
            if isinstance(held, re.Match) and held.group(0).startswith(_MET):
                met = [w for w in words_of(text) if w.end <= until][-1:]
                if met and _PRESS.search(met[0].stem):
                    continue  # "KOTRA 본사에서 뉴스1과 만나 …": where a reporter met them
            if words and words[0] in {"이", "그", "저", "해당", "같은"}:
                continue  # "이 도시에서": a place said before, by a pointing word
            if len(words) == 1 and words[0] in {
                "도시",
                "지역",
                "현지",
                "곳",
                "현장",
                "국내",
                "해외",
            }:
                continue  # "두 도시에서": a kind of place, no place
            if words and not ranged and held:
                start = text.find(words[0], m.start())
                if start < 0:  # the owner of a bracket the match began in
                    start = text.rfind(words[0], 0, m.start())
                end = text.find(words[-1], start) + len(words[-1])
                # "하노이 소재 그랜드플라자호텔": the city, then the venue ("located in" left out)
                place = " ".join(w for w in words if w != "소재")
                if words[0] == "한":  # "부산 해운대구의 한 호텔": a hotel, and where it stands
                    whose = _WHOSE_PLACE.search(text, 0, start)
                    if whose is None:
                        continue  # "한 호텔에서": a hotel, no place
                    place, start = f"{whose['where']} {place}", whose.start("where")
                owner = (
                    _TOPIC_BODY.match(text)
                    if words[0] in _OWN_ROOMS and re.search(r"(?:\d+일|[은는])\s*$", text[:start])
                    else None
                )
                if owner:  # "새빛대학교(총장 …)는 15일 본관 4층 대회의실에서": the topic's own
                    place = f"{owner['body']} {place}"
                first = _FIRST_STOP.search(text, 0, start)
                if first and _IN_TURN.match(text[m.end() :].lstrip()):
                    # "20~21일 하노이 NCC, 23일 호찌민 …에서 차례로": the first stop's venue
                    place, start, end = first["place"], first.start("place"), first.end("place")
                candidates.append(_part("place", place, segment, start, end))
                break
    # "베트남 다낭에서 … 열고" then "다낭 띠엔선 체육관에서 … 개최": the venue says more
    parts = [c.fact for c in candidates if isinstance(c.fact, EventPart)]
    venue = [
        c
        for c, part in zip(candidates, parts, strict=True)
        # "하노이 국가컨벤션센터(NCC)": a venue with its short form
        if re.sub(r"\s?\([^()]*\)$", "", str(part.value)).endswith(VENUE_ENDINGS)
    ]
    if venue and parts[0] is not venue[0].fact:
        where, at = str(parts[0].value), venue[0].fact
        assert isinstance(at, EventPart)
        if _NAMED_PLACE.search(where) and not _NAMED_PLACE.search(str(at.value)):
            at.value = (
                f"{where} {at.value}"  # "베트남 하노이에서 … 열었다 … 롯데호텔에서": both say where
            )
    if venue or candidates:
        yield (venue or candidates)[0]


# Meeting a reporter (`뉴스1과 만나`): the place before it is the interview's, no event's
_MET = ("만나", "만났")
_PRESS = re.compile(r"뉴스|일보|신문|방송|통신|기자|TV|연합|매일경제|한경")


# "온라인 줌(Zoom)으로 진행됐고", "화상으로 열린": held on line, nowhere else
_ONLINE = re.compile(
    r"(?:온라인|비대면|화상)\s*(?:줌\s*\(?Zoom\)?\s*)?(?:으로|방식으로|회의로)?\s*(?:진행|개최|열)"
)


@rule(
    "ko.event.online",
    "event",
    ("세미나 후기\n\n한국농수산식품유통공사가 주최한 웨비나는 온라인 줌(Zoom)으로 진행됐어요.",
     "place: 온라인"),
    ("행사는 서울 코엑스에서 열리며 온라인으로 생중계된다.", None),
)  # fmt: skip
def online(lead: Lead) -> Iterator[Found]:
    """An event held on line only (`온라인 줌(Zoom)으로 진행됐고`): its place is 온라인, when
    no rule read a venue."""
    for segment in lead.document.segments[:12]:
        m = _ONLINE.search(segment.text)
        if m:
            yield _part("place", "온라인", segment, m.start(), m.end())
            return


# "… 거제조선소를 방문해", "… 공장을 찾아": a visit, the place its object.
_VISITED = re.compile(r"(?:을|를)\s+(?:방문|찾아|찾았|찾은|시찰)")


@rule(
    "ko.event.place-visited",
    "event",
    ("대표단이 3일 경남 거제시 한결중공업 거제조선소를 방문해 현장을 둘러봤다.",
     "place: 경남 거제시 한결중공업 거제조선소"),
    ("장관은 지난해 베트남을 방문한 바 있다.", None),
)  # fmt: skip
def place_visited(lead: Lead) -> Iterator[Found]:
    """What a delegation visits, in a lead sentence that dates the visit: the nouns before
    `을/를 방문`, with no date, time word or particle among them (a country alone says
    too little)."""
    yield from _dated_place(lead, _VISITED, 0)


def _dated_place(lead: Lead, cue: re.Pattern[str], offset: int) -> Iterator[Found]:
    """The place that ends where `cue` starts (+ `offset`), in the first lead sentence
    that dates it before the cue."""
    for segment in lead.lead:
        text = segment.text
        m = cue.search(text)
        if not m or not (_DATE.search(text[: m.start()]) or _DAY.search(text[: m.start()])):
            continue
        found = _place_ending_at(segment, m.start() + offset)
        if found is not None:
            yield found
            return


def _place_ending_at(segment: Segment, end: int) -> Found | None:
    """The nouns that end at `end` (the last with its particle off), with no date, time
    word or particle among them: a place when there are two or more, or one venue (a
    country alone says too little)."""
    text = segment.text
    words = [w for w in words_of(text) if w.end <= end + 1]
    place: list[str] = []
    for word in reversed(words):
        bare = word.stem if word is words[-1] else word.text
        if (
            # "안카인": a Vietnamese name in Hangul whose last syllable reads as a copula
            (word is not words[-1] and ((word.josa and word.josa != "인") or word.verbal))
            or word.text in TIME_WORDS
            or re.search(r"\d", word.text)
            or len(place) == 5
        ):
            break
        place.insert(0, bare)
    if len(place) >= 2 or (place and place[0].endswith(VENUE_ENDINGS)):
        shown = " ".join(place)
        start = text.find(shown)
        return _part("place", shown, segment, start, start + len(shown))
    return None


# "… 안카인 신도시에 누리마트 5호점인 '안카인점'을 개점했다": what opens, and where.
_OPENED_AT = re.compile(
    r"에\s+(?:[^\s.]+\s){0,6}?[^\s.]*(?:을|를)\s+(?:개점|개소|개관|개장|착공|준공|문을 열)"
)


@rule(
    "ko.event.place-opened",
    "event",
    ("누리유통은 10일 베트남 호찌민시 안카인 신도시에 누리마트 5호점을 개점했다고 밝혔다.",
     "place: 베트남 호찌민시 안카인 신도시"),
    ("회사는 지난해 베트남에 공장을 준공했다.", None),
)  # fmt: skip
def place_opened(lead: Lead) -> Iterator[Found]:
    """Where a shop, an office or a plant opens (or its ground is broken), in a lead
    sentence that dates it: the nouns before `에` whose object is opened."""
    yield from _dated_place(lead, _OPENED_AT, 1)


@rule(
    "ko.event.organisers",
    "event",
    ("과기정통부와 정보통신산업진흥원(NIPA)이 공동 주최한 포럼이 열렸다.",
     ["organiser: 과기정통부", "organiser: 정보통신산업진흥원(NIPA)"]),
    # a body's head word first in a list of hosts: the body named before that ends so
    ("한국산업인력공단은 하노이에서 한국어시험을 실시한다고 밝혔다. 이번 시험은 공단과 베트남 내무부 해외노동센터가 공동 주최한다.",
     ["organiser: 한국산업인력공단", "organiser: 베트남 내무부 해외노동센터"]),
    ("충청북도와 충북기업진흥원은 호찌민에서 '2026 충북 수출박람회'를 열었다. 이번 박람회는 KOTRA 호찌민무역관과 공동으로 마련됐다.",
     ["organiser: 충청북도", "organiser: 충북기업진흥원", "organiser: KOTRA 호찌민무역관"]),
    # a venue's own body as a co-host, after 와/과 (no rule reads a hall as a body)
    ("이번 공연은 주한베트남대사관과 세종문화회관이 공동 주최하고 한베문화교류재단이 주관한다.",
     ["organiser: 주한베트남대사관", "organiser: 세종문화회관", "organiser: 한베문화교류재단"]),
    ("행사는 안산시와 주한베트남대사관이 공동 주최하고 안산시글로벌다문화센터가 주관한다.",
     ["organiser: 안산시", "organiser: 주한베트남대사관", "organiser: 안산시글로벌다문화센터"]),
    ("국기원은 베트남태권도연맹과 함께 다낭에서 '2026 태권도 교류대회'를 개최한다.",
     ["organiser: 국기원", "organiser: 베트남태권도연맹"]),
    ("이번 대회는 다낭에서 '2026 태권도 교류대회'로 열린다.", None),
    # the topic after a dateline or a wire's byline
    ("[해남=뉴시스] 이수현 기자 = 전남 해남군은 5일 군청 대회의실에서 입국 환영식을 열었다.",
     "organiser: 해남군"),
    ("【홍천】홍천군은 4일 군청 대회의실에서 2027 계절근로자 환영식을 열었다.", "organiser: 홍천군"),
    # the hosts before the event's own name, in a later sentence
    ("[인터뷰] 무역관장\n\n9~11일 '2026 한국우수상품전' 개최\n\n\"적기입니다.\"\n\n관장은 말했다. "
     "KOTRA와 중소벤처기업진흥공단이 공동 주최하는 '2026 한국우수상품전'은 오는 9일 열린다.",
     ["organiser: KOTRA", "organiser: 중소벤처기업진흥공단"]),
    ("세진바이오는 24일 하노이에서 베트남 제약사 송홍제약과 합작법인 '세진송홍바이오(Sejin Song Hong Bio JSC)' 설립 계약을 체결했다고 밝혔다.",
     ["organiser: 세진바이오", "organiser: 송홍제약"]),
    ("㈜세진테크는 27일 호찌민에서 베트남 IT 기업 민팟테크놀로지와 합작법인 설립을 위한 양해각서(MOU)를 체결했다.",
     ["organiser: (주)세진테크", "organiser: 민팟테크놀로지"]),
    ("양국은 하노이에서 '2026 한·베 교류대회'를 개최했다.", None),
    # a mission sent: who sends it holds it; where it goes holds nothing
    ("경상북도는 경북경제진흥원과 함께 베트남 호찌민시와 동나이성에 '경북 베트남 무역사절단'을 파견했다.",
     ["organiser: 경상북도", "organiser: 경북경제진흥원"]),
    ("이날 준공식은 하이즈엉성 인민위원회와 한빛엔텍이 공동 주최했다.",
     ["organiser: 하이즈엉성 인민위원회", "organiser: 한빛엔텍"]),
    # the hosts of "이번 행사" in a sentence after a feature's opening scene
    ("밤거리에 인파가 밀려들었다.\n\n나흘간 호안끼엠 호수 일대에서 열린 '2026 한-베 우정 페스티벌' 풍경이다. "
     "주베트남 한국대사관과 하노이시 인민위원회가 공동 주최하고 한국국제교류재단(KF)이 주관한 이번 행사는 "
     "올해로 다섯 번째다.",
     ["organiser: 주베트남 한국대사관", "organiser: 하노이시 인민위원회", "organiser: 한국국제교류재단(KF)"]),
    ("'2026 한-베 교류 주간'은 수원시가 주최하고 수원시정연구원과 (재)수원산업진흥원이 주관한다.",
     ["organiser: 수원시", "organiser: 수원시정연구원", "organiser: (재)수원산업진흥원"]),
    ("중기부 산하 창업진흥원과 과학기술부 산하 국가혁신센터(NIC)가 공동으로 마련한 '데모데이'가 열렸다.",
     ["organiser: 창업진흥원", "organiser: 국가혁신센터(NIC)"]),
    ("충북도와 베트남 빈푹성이 교류를 넓힌다. 도는 5일 도청에서 '우호교류 10주년 기념식'을 열었다.",
     "organiser: 충북도"),
    ("국세청은 베트남 재무부 세무총국과 함께 '제3차 한-베 조세협력회의'를 개최했다.",
     ["organiser: 국세청", "organiser: 베트남 재무부 세무총국"]),
    ("해양수산부(장관 나성호, 이하 해수부)는 베트남 농업환경부와 함께 「제2차 수산협력회의」를 개최했다.",
     ["organiser: 해양수산부", "organiser: 베트남 농업환경부"]),
    ("서귀포시(시장 김태윤)는 제주관광공사와 공동으로 '2027 제주 관광 로드쇼'를 개최한다.",
     ["organiser: 서귀포시", "organiser: 제주관광공사"]),
    ("중기부와 베트남 과학기술부는 이날 '한-베 창업 포럼'을 공동 주최했다. 행사 운영은 창업진흥원과 한국무역협회(KITA)가 주관했다.",
     ["organiser: 중기부", "organiser: 베트남 과학기술부", "organiser: 창업진흥원", "organiser: 한국무역협회(KITA)"]),
    ("문화체육관광부와 한국콘텐츠진흥원(콘진원)은 호찌민시 문화체육국과 공동 주최한 '2026 K-콘텐츠 엑스포'가 5일 열렸다고 7일 밝혔다. "
     "행사 주관은 콘진원 베트남 비즈니스센터가 맡았다.",
     ["organiser: 문화체육관광부", "organiser: 한국콘텐츠진흥원(콘진원)", "organiser: 호찌민시 문화체육국",
      "organiser: 콘진원 베트남 비즈니스센터"]),
    # a notice's labelled lines: 주최 and 주관, not 후원
    ("세미나 개최 안내\n\n- 주최: 한국보건산업진흥원\n\n- 주관: 한국의료기기산업협회\n\n- 후원: 보건복지부",
     ["organiser: 한국보건산업진흥원", "organiser: 한국의료기기산업협회"]),
    ("포럼 안내\n\n▲주최: 부산광역시 ▲주관: 부산항만공사 ▲후원: 해양수산부, 주부산베트남총영사관",
     ["organiser: 부산광역시", "organiser: 부산항만공사"]),
    ("캠프 안내\n\n■ 캠프 개요 – 기간: 7월 20일 ~ 24일 - 주최: 한국청소년활동진흥원, 호찌민공산청년동맹 "
     "중앙위원회 – 주관: 국립평창청소년수련원 – 후원: 주한베트남대사관 - 예산: 1억 2,000만 원 (항공료·체재비)",
     ["organiser: 한국청소년활동진흥원", "organiser: 호찌민공산청년동맹 중앙위원회",
      "organiser: 국립평창청소년수련원"]),
    # held together with another (함께 연, 함께 주최)
    ("주베트남 한국문화원이 하노이시 인민위원회와 함께 연 'K-컬처 페스티벌 하노이 2027'에는 12만 명이 다녀갔다.",
     ["organiser: 주베트남 한국문화원", "organiser: 하노이시 인민위원회"]),
    # a sentence after the lead whose topic is the event, saying who hosts it
    ("투자 박람회가 서울에서 막을 올렸다.\n\n‘베트남 투자 박람회 2027’(VIE 2027)이 이날 코엑스에서 개막했다. "
     "박람회는 14일까지 이어진다.\n\nVIE 2027은 주한베트남대사관과 외국인투자청이 공동 주최하고, "
     "한베경제인협회가 주관한다.",
     ["organiser: 주한베트남대사관", "organiser: 외국인투자청", "organiser: 한베경제인협회"]),
    # said as what the hosts are, anywhere in the article: a blog's "주최는 A와 B였어요"
    ("채용박람회에 다녀왔어요.\n\n주최는 베트남한국상공인연합회(KOCHAM)와 한국산업인력공단(HRD Korea)이었어요.",
     ["organiser: 베트남한국상공인연합회(KOCHAM)", "organiser: 한국산업인력공단"]),
    # the event's topic sentence names the hosts: its verb after the topic (not 체결식's 체결)
    ("항만 협력\n\nBPA는 1일 하이퐁에서 물류 협력 양해각서(MOU) 체결식을 열었다. 체결식은 "
     "부산항만공사와 하이퐁항만공사가 공동으로 마련했으며 40여 명이 참석했다.",
     ["organiser: 부산항만공사", "organiser: 하이퐁항만공사"]),
    # held, then what came of it (열어 … 올렸다)
    ("한국농수산식품유통공사(aT)는 농림축산식품부와 함께 8일 호찌민시 화이트팰리스 컨벤션센터에서 "
     "'K-푸드 수출상담회'를 열어 3,200만 달러의 실적을 올렸다고 밝혔다.",
     ["organiser: 한국농수산식품유통공사(aT)", "organiser: 농림축산식품부"]),
    # who hosts it, then who prepares it with them (함께 준비했다)
    ("관광청은 '베트남 관광 로드쇼'를 개최한다고 5일 밝혔다. 행사는 관광청이 주최하고 "
     "주한베트남대사관과 한국여행업협회(KATA)가 함께 준비했다.",
     ["organiser: 관광청", "organiser: 주한베트남대사관", "organiser: 한국여행업협회(KATA)"]),
    # run jointly (공동 주관); the first of two co-hosts no other rule reads, its acronym kept
    ("'경남-하이퐁 비즈니스 상담회'가 5일 하이퐁에서 열렸다. 상담회는 창원상공회의소(창원상의)와 "
     "KOTRA 하노이무역관이 공동 주관했다.",
     ["organiser: 창원상공회의소(창원상의)", "organiser: KOTRA 하노이무역관"]),
    ("'2026 창업 주간'이 26일 호찌민시에서 열렸다. 한베창업연대(KVSA)와 호찌민시 과학기술국이 "
     "공동 주최하고, Lotus Ridge Ventures가 후원했다.",
     ["organiser: 한베창업연대(KVSA)", "organiser: 호찌민시 과학기술국"]),
    # a signing said with 맺다, then the ceremony's host (… 주최로 열렸으며)
    ("신도시 수주\n\n대명건설은 지난 2일 하노이 롯데호텔에서 박닌성 인민위원회와 본계약을 맺었다고 "
     "3일 밝혔다. 계약식은 박닌성 인민위원회 주최로 열렸으며 100여 명이 참석했다.",
     ["organiser: 박닌성 인민위원회"]),
)  # fmt: skip
def organisers(lead: Lead) -> Iterator[Found]:
    """The organisations a notice's lines labelled `주최:`, `주관:` give (not `후원:`, the
    sponsors), else those the lead says hold the event (`_organisers_said`), else those a
    sentence of the article names as its hosts (`주최는 A와 B였다`)."""
    labelled = list(_hosts_labelled(lead))
    said = [] if labelled else list(_organisers_said(lead))
    yield from labelled or said or _hosts_named(lead)


# "- 주최: 한국보건산업진흥원", "▲주관 : A, B": a notice's line of who hosts or runs it
_HOSTS_LABELLED = re.compile(
    r"(?:^|[▲□■◆○●•·–—-]\s*)(?:공동\s?)?(?:주최|주관)(?:\s?기관)?\s*[:：]\s*(?P<hosts>(?:(?!\s[-–—]\s)[^▲□■◆○●•\n])+)"
)


def _hosts_labelled(lead: Lead) -> Iterator[Found]:
    """The organisations on a notice's lines labelled `주최:` and `주관:`, in order."""
    seen: list[str] = []
    for segment in lead.document.segments:
        for m in _HOSTS_LABELLED.finditer(segment.text):
            hosts = " " * m.start("hosts") + m.group("hosts")
            found = run(
                (latin_name, short_form, ending, mission, city_government, company_name, acronym),
                Segment(segment.id, 0, hosts),
            )
            # "▲주최: 부산광역시", "- 주최: A, 호찌민공산청년동맹 중앙위원회": each listed name is
            # a host, whole, whatever part of it a rule read
            for piece in re.finditer(r"[^,、·/]+", m.group("hosts")):
                name = piece.group(0).strip()
                at = m.start("hosts") + piece.start() + piece.group(0).find(name)
                inside = [f for f in found if at <= f.start and f.end <= at + len(name)]
                whole = any(f.start == at and f.end == at + len(name) for f in inside)
                if (
                    name
                    and not whole
                    and len(name) <= 30
                    and re.fullmatch(r"[가-힣A-Za-z0-9()&. ]+", name)
                ):
                    found = [f for f in found if f not in inside]
                    org = Organisation(name={"ko": name})
                    found.append(Found(org, at, at + len(name)))
            yield from _outermost(found, segment, seen)


def _outermost(found: list[Found], segment: Segment, seen: list[str]) -> Iterator[Found]:
    """Each organisation read in a list of hosts as an organiser, in order, once (added to
    `seen`), but for a name inside a longer one read there."""
    for item in sorted(found, key=lambda f: f.start):
        name = next(iter(item.fact.name.values()))  # type: ignore[union-attr]
        if any(
            item.start < o.end and o.start < item.end
            for o in found
            if o is not item and o.end - o.start > item.end - item.start
        ):
            continue  # a name inside a longer one read here
        if name not in seen:
            seen.append(name)
            yield _part("organiser", name, segment, item.start, item.end)


# "주최는 A와 B, C였어요", "공동 주관은 A이다": the hosts, said as what the 주최 is
_HOSTS_ARE = re.compile(
    r"(?:^|\s)(?:공동\s?)?(?:주최|주관)(?:는|은)\s(?P<hosts>[^.!?]{2,160}?)"
    r"(?:이었|였|이다|입니다|이에요|예요|이며|이고)"
)


def _hosts_named(lead: Lead) -> Iterator[Found]:
    """The organisations of the first sentence that says who the hosts are."""
    for segment in lead.document.segments:
        m = _HOSTS_ARE.search(segment.text)
        if m is None:
            continue
        hosts = " " * m.start("hosts") + m.group("hosts")
        found = run(
            (latin_name, short_form, ending, mission, city_government, company_name, acronym),
            Segment(segment.id, 0, hosts),
        )
        seen: list[str] = []
        yield from _outermost(found, segment, seen)
        if seen:
            return


# After a name: it is where something goes ("…에", "…와 동나이성에")
_SENT_TO = re.compile(r"(?:에|(?:와|과)\s?[가-힣]{1,10}에)\s")


def _organisers_said(lead: Lead) -> Iterator[Found]:
    """The organisations before the verb of holding (개최, 주최 …); a sentence that names
    co-hosts (`A와 B가 공동 주최`) lists them all and goes first. Places before 에서 are
    where, not who: blanked out first."""
    partners: dict[str, Found] = {}
    hosting = _hosting_sentences(lead)
    order = hosting + sorted(
        [s for s in lead.lead if s not in hosting], key=lambda s: not _JOINTLY.search(s.text)
    )
    for segment in order:
        text = segment.text
        said_of = _HOSTS_SAID.match(text) if segment in hosting else None
        # "체결식은 A와 B가 공동으로 마련했으며": the verb after the topic, not the topic's 체결
        verb = ORGANISE.search(text, said_of.end("topic") if said_of else 0)
        if not verb or (
            segment not in hosting  # the event's own sentence says who hosts it
            and not _JOINTLY.search(text)
            and not lead.name
            and not _SIGNED.search(text)
        ):
            continue  # "㈜세진테크는 … 민팟테크놀로지와 … 양해각서를 체결했다": who signs holds it
        # "A가 주최하고 B와 C가 주관하며": who hosts and who runs it, all before the last verb
        run_by = list(_RUN_BY.finditer(text, verb.end()))
        end = run_by[-1].start() if run_by else verb.start()
        # "합작법인 '세진송홍바이오(…)' 설립 계약": a quoted name is what is made, not who holds it
        before = _QUOTED.sub(lambda m: " " * len(m.group(0)), blank_venues(text[:end]))
        found = run(
            (
                latin_name,
                short_form,
                ending,
                mission,
                city_government,
                company_name,
                acronym,
                company_mark,
            ),
            Segment(segment.id, 0, before),
        )
        found += _co_hosts(before, found)
        found = [f for f in found if not before[f.end : f.end + 4].startswith(" 산하")]
        # "베트남 호찌민시와 동나이성에 … 파견해": where it is sent, no one who holds it
        found = [f for f in found if not _SENT_TO.match(before, f.end)]
        kept: list[Found] = []
        for item in found:  # in the rules' order: a company inside a ministry's name is none
            inside = [o for o in kept if o.start <= item.start < o.end]
            if not inside:
                kept.append(item)
            elif inside[0].start == item.start and item.end > inside[0].end:
                kept[kept.index(inside[0])] = item  # "베트남 재무부 관세국", not its ministry
        names: dict[str, Found] = {}
        for item in sorted(kept, key=lambda f: f.start):
            said = next(iter(item.fact.name.values()))  # type: ignore[union-attr]
            if not is_the_meeting({"ko": said}, lead.name):  # "- 제13차 … 위원회 개최": held
                names.setdefault(said, item)
        topic = _TOPIC.match(text)
        if (
            topic
            and _ACTIVE.search(text[topic.end() :])
            and _may_organise(topic["name"])
            and not any(topic["name"] in name or name in topic["name"] for name in names)
        ):
            item = _part("organiser", topic["name"], segment, *topic.span("name"))
            names = {topic["name"]: item, **names}
        for listed in _LISTED_ANAPHOR.finditer(before):
            # "이번 시험은 공단과 베트남 내무부 해외노동센터가 공동 주최한다": 공단 is the
            # body named before whose name ends so, a co-host first in the list
            meant = _meant_by(lead.document, segment, listed["name"])
            if meant and not any(meant in name or name in meant for name in names):
                part = _part("organiser", meant, segment, *listed.span("name"))
                names = dict(sorted({**names, meant: part}.items(), key=lambda kv: kv[1].start))
        anaphor = _ANAPHOR.match(text)
        if not names and anaphor and _ACTIVE.search(text[anaphor.end() :]):
            meant = _meant_by(lead.document, segment, anaphor["name"])
            if meant:
                names = {meant: _part("organiser", meant, segment, *anaphor.span("name"))}
        if names and _CO_HOSTED.search(text):
            # "이번 박람회는 KOTRA와 공동으로 마련됐으며": a partner, after the hosts, who are
            # said where the event is held ("충청북도와 … 박람회'를 열었다")
            partners = {n: _part("organiser", n, segment, f.start, f.end) for n, f in names.items()}
            continue
        for name, item in names.items():
            if name not in partners:
                yield _part("organiser", name, segment, item.start, item.end)
        if names:
            yield from partners.values()
            yield from _runners(lead, segment, [*names, *partners])
            return
    yield from partners.values()


# "이번 설명회는 KOTRA와 조달청이 공동 주최하고 …", "VIE 2027은 … 공동 주최하고": a sentence
# whose topic is the event, saying who hosts it
_HOSTS_SAID = re.compile(
    r"^(?:(?:올해|이번)\s+)?(?P<topic>[^\s,.]+(?:\s[^\s,.]+){0,3}?)(?:은|는)\s"
    r"[^.]{2,160}?(?:(?:(?:(?:공동|함께)\s?)?주최|공동(?:으로)?\s?(?:마련|개최|주관))"
    # "… 주최로 지난 28일 … 청사에서 열렸다": when and where between the hosts and the verb
    r"(?:하고|하며|한다|했다|하였다|했으며|했고|하는)|주최로\s(?:[^.]{0,80}?\s)?(?:열렸|개최됐|진행됐))"
)


def _hosting_sentences(lead: Lead) -> list[Segment]:
    """The first body sentence among the article's first ten whose topic is the event (an
    event noun, its name or a word of it, or a Latin short form) and that says who hosts
    it: it names the hosts whole, where the lead may name one."""
    body = [s for s in lead.document.segments if s.kind == "body"][:10]
    for segment in body:
        m = _HOSTS_SAID.match(segment.text)
        if m is None:
            continue
        topic = m["topic"]
        if (
            re.search(_EVENT_NOUN + r"$", topic)
            or (lead.name and topic in lead.name)
            or re.fullmatch(r"[A-Z][A-Za-z0-9-]*(?:\s\d{4})?", topic)
        ):
            return [segment]
    # "A와 B가 공동 주최하고 C가 주관한 이번 행사는 …": the hosts before this event's noun
    this = [s for s in body if _HOSTS_OF_THIS.search(s.text)][:1]
    if this:
        return this
    if lead.name:
        # "KOTRA와 중진공이 공동 주최하는 '2026 한국우수상품전 in 호찌민'은 …": the hosts
        # before the event's own name
        hosting = re.compile(r"(?:주최|주관)하는\s+[「『'\"‘“]" + re.escape(lead.name))
        return [s for s in body if hosting.search(s.text)][:1]
    return []


_HOSTS_OF_THIS = re.compile(
    r"(?:주최|주관)한\s+이번\s+(?:행사|" + _EVENT_NOUN + r")(?:은|는|에는|에서는)\s"
)


def _holds(outer: Found, inner: Found) -> bool:
    """`outer`'s span holds `inner`'s and is longer."""
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and outer.end - outer.start > inner.end - inner.start
    )


def _runners(lead: Lead, hosting: Segment, named: list[str]) -> Iterator[Found]:
    """Who runs the event (주관), said in a lead sentence of its own after the hosts' (`행사
    운영은 KOTRA와 VIETRADE가 주관했다`): organisers too."""
    for segment in lead.lead:
        run_by = _RUN_BY.search(segment.text)
        # "행사 주관은 콘진원 베트남 비즈니스센터가 맡았다": the runner named after 주관은
        taken = _RUNNER_TAKES.search(segment.text)
        if segment is hosting or (run_by is None and taken is None):
            continue
        if run_by is not None:
            before = blank_venues(segment.text[: run_by.start()])
        else:
            assert taken is not None
            before = " " * taken.start("who") + taken["who"]
        found = run(
            (branch, short_form, ending, mission, company_name, acronym, company_mark),
            Segment(segment.id, 0, before),
        )
        found += _co_hosts(before, found)
        # "콘진원 베트남 비즈니스센터": the office, not its owner's short form inside it
        found = [f for f in found if not any(_holds(o, f) for o in found)]
        for item in sorted(found, key=lambda f: f.start):
            name = next(iter(item.fact.name.values()))  # type: ignore[union-attr]
            if not any(name in n or n in name for n in named):
                named.append(name)
                yield _part("organiser", name, segment, item.start, item.end)
        return


# The event said to be hosted with a partner, in the passive: the partner only.
# "… 하이퐁시 인민위원회와 공동으로 시내 … 크리스탈볼룸에서 진행됐다": words may come between
_CO_HOSTED = re.compile(
    r"(?:과|와)\s+공동으로\s+(?:[^.]{0,60}?\s)?(?:마련|개최|진행)(?:됐|되었|돼)"
)
# Hosting together: "공동 주최", "공동 개최", "공동으로 마련한"
_JOINTLY = re.compile(
    r"공동\s?(?:주최|개최|주관)|공동으로|함께\s(?:주최|개최|주관|마련|준비|연(?=\s))"
)
# "B가 주관하며", "A가 주최하고 B와 C가 함께 준비했다": who runs it, after who hosts it
_RUN_BY = re.compile(
    r"주관(?:하|했|하였|한|으로|을)|함께\s?(?:준비|마련)(?:했|하였|한다|하고|하며)"
)
# "행사 주관은 A가 맡았다": who runs it, named after the word for running it
_RUNNER_TAKES = re.compile(
    r"(?:^|\s)(?:운영과\s)?주관은\s(?P<who>[^.]{2,80}?)(?:이|가)\s(?:맡았|맡는다|맡고|맡으며|맡아)"
)
# A signing said of its parties: "A는 B와 … 양해각서(MOU)를 체결했다"
# "…과 본계약을 맺었다": a signing said with 맺다 as with 체결하다
_SIGNED = re.compile(r"(?:를|을)\s(?:(?:체결|서명)(?:했|하였)|맺었|맺고)")


def _signing(text: str, start: int = 0) -> bool:
    """From `start`, the sentence says something is signed (`체결`, `… 본계약을 맺었다`)."""
    return "체결" in text[start:] or bool(_SIGNED.search(text, start))


# "도는 30일 … 기념식을 열고": the province, city or ministry the sentences before named
# Bodies named by their head word alone: 공단 for 한국산업인력공단
_HEAD_WORDS = "공사|공단|재단|협회|은행"
_ANAPHOR = re.compile(r"^(?P<name>도|시|군|부|청|" + _HEAD_WORDS + r")(?:은|는)\s")
# "공단과 베트남 내무부 해외노동센터가 공동 주최": the same word first in a list of hosts
_LISTED_ANAPHOR = re.compile(r"(?<![가-힣])(?P<name>" + _HEAD_WORDS + r")(?:과|와)\s")


def _meant_by(document: Document, segment: Segment, word: str) -> str:
    """The organisation that `도`, `시`, `부` … stands for: the last one named before
    `segment` (headline included) whose name ends with that word, if any."""
    for other in reversed(_said_before(document, segment)):
        found = run((ending, city_government, company_name), other)
        named = [next(iter(f.fact.name.values())) for f in found]  # type: ignore[union-attr]
        for name in reversed(named):
            if name.endswith(word) and name != word:
                return name
    return ""


# "박닌성 인민위원회와 청수엔텍이 공동 주최했으며": the last of two co-hosts, right before the verb
_CO_HOST = re.compile(
    r"(?:와|과)\s(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14}?)(?:이|가)\s(?:공동\s)?주최"
    r"(?:$|(?=하고|하며|했고|했으며|하고,|하며,))"  # "… 세종문화회관이 공동 주최하고 … 주관한다"
)


def _co_hosts(before: str, found: list[Found]) -> list[Found]:
    """The co-host named after `와/과` right before `공동 주최`, when the rules read the one
    before it but not this one and Kiwi reads it as no common words (a company's name); and
    the one named before `와/과` (`한베창업연대(KVSA)와 호찌민시 과학기술국이 공동 주최`), when
    the rules read the one after it, its acronym in brackets kept."""
    said = before.rstrip() + (" 주최" if before.rstrip().endswith("공동") else "")
    m = _CO_HOST.search(said)
    first = _CO_HOST_FIRST.search(said)
    if first and any(f.start == first.start("rest") for f in found):
        name = first.group("name")
        if not any(f.start <= first.start("name") < f.end for f in found) and not (
            name in NOT_NAMES or _common_words(name)
        ):
            end = first.end("short") + 1 if first.group("short") else first.end("name")
            whole = said[first.start("name") : end]
            return [Found(Organisation(name={"ko": whole}), first.start("name"), end)]
    if not m or not found or any(f.start <= m.start("name") < f.end for f in found):
        return []
    name = m.group("name")
    if name in NOT_NAMES or _common_words(name):
        return []
    return [Found(Organisation(name={"ko": name}), m.start("name"), m.end("name"))]


# "한베창업연대(KVSA)와 호찌민시 과학기술국이 공동 주최": the first of two co-hosts
_CO_HOST_FIRST = re.compile(
    r"(?:^|\s)(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14}?)(?:\((?P<short>[A-Z][A-Za-z0-9&]{1,9})\))?"
    r"(?:와|과)\s(?P<rest>[^.,]{2,40}?)(?:이|가)\s(?:공동\s?|함께\s?)(?:주최|주관)$"
)


def _common_words(name: str) -> bool:
    """Kiwi reads `name` as common words: more than one, or one of two syllables (`업계`);
    a longer word it cannot split (`청수엔텍`) may be a company's name."""
    if [tag for _, tag, _, _ in morphemes(name)] == ["NNG"] and len(name) >= 3:
        return name in _GROUP_WORDS
    return common_words_only(name, also=frozenset({"VV", "VA", "MAG"}))


# Words for who, not a name: "관계자", "지자체"
_GROUP_WORDS = {"관계자", "지자체", "지방자치단체", "참가자", "주최측", "관계기관", "유관기관"}


# The sentence's topic before an active verb of holding: "국기원은 … 대회를 개최한다".
# "서귀포시(시장 김태윤)는", "인천항만공사(IPA)는": a note or an acronym in brackets after it
_TOPIC = re.compile(
    # a dateline or a wire's byline may come first: "【홍천】", "[해남=뉴시스] 이수현 기자 = 전남"
    r"^(?:【[^】]{1,12}】\s*|\[[^\]]{1,30}\]\s*(?:[^=\n]{1,20}기자\s*=\s*)?|[□○▲■◆ㅇ]\s*)?"
    r"(?:(?:전남|전북|경남|경북|충남|충북|강원|경기|제주)\s)?"
    r"(?P<name>[가-힣][가-힣A-Za-z0-9·]{1,14})(?:\([^()]{1,20}\))?(?:은|는)\s"
)
_ACTIVE = re.compile(
    r"(?:개최|주최)(?:한다|했다|하며|하고|할|하였다)|(?:열었다|연다|열고)|(?:을|를)\s(?:가졌다|가진다|가졌으며)"
    # "세진바이오는 … 계약을 체결했다고 밝혔다": who signs
    r"|" + _SIGNED.pattern
)


def _may_organise(word: str) -> bool:
    """A topic that may be who holds the event: no event, time or place word, no country
    or a pronoun ("이번 대회는", "양국은", "부산은")."""
    return not (
        word in TIME_WORDS
        or word in NOT_TOPICS
        or any(word.endswith(noun) for noun in EVENT_NOUNS)
        or _NAMED_PLACE.fullmatch(word)
    )


def context(document: Document, doubts: list[Found] | None = None) -> tuple[Lead, Found | None]:
    """What the event rules read, with the event's name read first."""
    lead = Lead.of(document)
    return lead, with_name(
        lead,
        [labelled_name, quoted_name, held_object, hosted_topic, name_in_headline, caption_name],
        [] if doubts is None else doubts,
    )


def event_of(document: Document, organisations: list[Organisation]) -> tuple[Event, list[Found]]:
    """The event, and what its rules found but are not sure of."""
    doubts: list[Found] = []
    lead, named = context(document, doubts)

    def complete(date: EventDate) -> bool:
        _year(date, lead)
        _last_day(date, lead)
        return True

    event = read_event(
        "ko",
        lead,
        named,
        doubts,
        dates=[labelled_date, date],
        places=[
            front_matter_place,
            labelled_place,
            place_is,
            place_before_eseo,
            place_visited,
            place_opened,
            online,
        ],
        organisers=[organisers],
        complete=complete,
    )
    with_dateline(event, document, "ko", _NAMED_PLACE)
    _on_campus(event)
    _full_names(event, organisations)
    return event, doubts


def _full_names(event: Event, organisations: list[Organisation]) -> None:
    """An organiser named by its short form (`해수부`; `코이카`, another form the reference
    glossary gives) where the article names the body in full too (`해양수산부`,
    `한국국제협력단`): the full name, once."""
    from briefing.facts.ko.organisations import canonical

    names = [n for o in organisations for n in o.name.values() if n]
    seen: list[str] = []
    kept = []
    for holder in event.organisers:
        name = holder.get("ko", "")
        full = canonical(name, [*names, name]) if name else name
        # "코이카" where the article names 한국국제협력단: the reference glossary's forms
        full = institution_aliases([*names, full], "ko").get(full, full) if full else full
        if full in seen:
            continue
        seen.append(full)
        kept.append({**holder, "ko": full})
    event.organisers = kept


# "교내 국제관", "사내 대강당": the organiser's own grounds; a school's name ends so
_OWN_GROUNDS: dict[str, tuple[str, ...]] = {"교내": ("대학교", "대학", "학교"), "사내": ()}


def _on_campus(event: Event) -> None:
    """A place on the organiser's own grounds (`달구벌국제대학교는 … 교내 국제관에서`) gets the
    organiser's name for `교내`, `사내`: `달구벌국제대학교 국제관`."""
    place = (event.place or {}).get("ko", "")
    head, _, rest = place.partition(" ")
    if head not in _OWN_GROUNDS or not rest or event.place is None:
        return
    endings = _OWN_GROUNDS[head]
    hosts = [o.get("ko", "") for o in event.organisers]
    owner = next((h for h in hosts if h and (not endings or h.endswith(endings))), None)
    if owner:
        event.place["ko"] = f"{owner} {rest}"
