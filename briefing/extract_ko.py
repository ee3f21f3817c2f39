"""Facts from a Korean source: the event, people with roles, organisations, figures.

Korean news states them in its own order, read here word by word (eojeol), with the
particles (조사) taken off:

- event: `11월 5일 하노이에서 '…포럼'을 개최`, `… 열린 '…'에서`, a quoted name with an event
  noun (포럼, 박람회, 축제, 주간, 발대식 …), its organisers (`A는 B와 함께 … 개최`, `A와 B가
  공동 주최`), the place before `에서`, the date (`2026년 7월 1일`, `8일부터 14일까지`);
- people: a name, then the organisation and the position (`박윤규 정보통신산업진흥원(NIPA)
  원장은`, `최영삼 주베트남 한국대사는`), or a profession before it (`가수 이지은은`);
  Korean names (a surname and one or two syllables) and Vietnamese names in Hangul
  (`응우옌 마인 흥`);
- organisations: ministries, agencies and institutes by their endings (…부, …청, …진흥원,
  …공사, …재단, …대사관, …총영사관, …대학교), companies by name, acronyms in brackets;
- figures: `AI 엔지니어 3,000명` (the noun before), `총 1,200만 달러를 지원` (the verb
  after), `교역액이 655억 달러로` (the subject), `6.1% 증가` (subject and change),
  `관광객의 25%` (the whole it is a share of), `2027년까지` (a target year), `3대 교역국`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
from briefing.numbers import Quantity, ko_quantities

# Particles, longest first: a word's stem is what is left.
JOSA = sorted(
    [
        "은",
        "는",
        "이",
        "가",
        "을",
        "를",
        "의",
        "에",
        "에서",
        "에게",
        "와",
        "과",
        "도",
        "로",
        "으로",
        "까지",
        "부터",
        "만",
        "께서",
        "에는",
        "에서는",
        "으로는",
        "로는",
        "와의",
        "과의",
        "에도",
        "에서도",
        "으로서",
        "로서",
        "이라고",
        "라고",
        "보다",
        "처럼",
        "이며",
        "이고",
        "에서의",
        "으로의",
        "이라는",
        "라는",
        "와는",
        "과는",
        "부터는",
        "까지는",
    ],
    key=len,
    reverse=True,
)
BOUNDARY = {"은", "는", "이", "가", "을", "를", "에서", "에게", "와", "과", "로", "으로", "에",
            "에는", "에서는", "으로서", "로서", "도", "보다"}  # fmt: skip
SUBJECT = {"은", "는", "이", "가", "께서"}
SKIP = {"약", "총", "모두", "무려", "최대", "최소", "연간", "연평균", "올해", "지난해", "현재",
        "이번", "앞으로", "매년", "각각", "약간", "평균", "전년", "대비", "누적"}  # fmt: skip
TIME_UNITS = ("월", "일", "시", "분", "초", "년간", "개월", "주간", "주년", "년", "인당", "차례")
COUNTERS = (
    "명",
    "개",
    "곳",
    "건",
    "대",
    "개국",
    "가지",
    "편",
    "척",
    "톤",
    "가구",
    "채",
    "MW",
    "GW",
)
SURNAMES_KO = set(
    [
        "김",
        "이",
        "박",
        "최",
        "정",
        "강",
        "조",
        "윤",
        "장",
        "임",
        "한",
        "오",
        "서",
        "신",
        "권",
        "황",
        "안",
        "송",
        "류",
        "유",
        "홍",
        "전",
        "고",
        "문",
        "양",
        "손",
        "배",
        "백",
        "허",
        "남",
        "심",
        "노",
        "하",
        "곽",
        "성",
        "차",
        "주",
        "우",
        "구",
        "민",
        "진",
        "나",
        "지",
        "엄",
        "채",
        "원",
        "천",
        "방",
        "공",
        "현",
        "함",
        "변",
        "염",
        "여",
        "추",
        "도",
        "소",
        "석",
        "선",
        "설",
        "마",
        "길",
        "연",
        "위",
        "표",
        "명",
        "기",
        "반",
        "왕",
        "금",
        "옥",
        "육",
        "인",
        "맹",
        "제",
        "모",
        "탁",
        "국",
        "어",
        "은",
        "편",
        "용",
        "예",
        "경",
        "봉",
    ]
)
SURNAMES_VI_HANGUL = set(
    [
        "응우옌",
        "응우엔",
        "쩐",
        "레",
        "팜",
        "호앙",
        "황",
        "후인",
        "판",
        "부",
        "보",
        "당",
        "부이",
        "도",
        "호",
        "응오",
        "즈엉",
        "리",
        "쯔엉",
        "또",
        "담",
        "하",
        "마이",
        "딘",
        "람",
        "까오",
        "르엉",
        "타",
        "뜨",
        "찐",
        "브엉",
        "꽝",
    ]
)
ROLES = (
    "대통령", "부총리", "총리", "주석", "장관", "차관", "대사", "총영사", "영사", "원장", "부원장",
    "사장", "부사장", "회장", "부회장", "대표", "대표이사", "이사장", "총장", "부총장", "청장",
    "처장", "국장", "실장", "부장", "센터장", "소장", "단장", "위원장", "의원", "시장", "도지사",
    "교수", "박사", "지사장", "법인장", "단지장", "복합단지장", "본부장", "사무총장", "CEO",
    "대변인", "참사관", "서기관", "차관보",
)  # fmt: skip
PROFESSIONS = ("가수", "배우", "감독", "작가", "선수", "화가", "교수", "시인", "연출가", "디자이너")
ORG_ENDINGS = (
    "총영사관", "영사관", "대사관", "진흥원", "교육원", "연구원", "개발원", "평가원", "정보원",
    "연수원", "공사", "재단", "협회", "위원회", "협의회", "상공회의소", "공단", "대학교",
    "국립대", "대학", "은행", "그룹", "전자", "자동차", "하이닉스", "청", "처", "부",
)  # fmt: skip
COMPANIES = (
    "삼성전자", "삼성디스플레이", "삼성", "LG전자", "LG디스플레이", "LG이노텍", "LG", "SK하이닉스",
    "SK", "현대자동차", "현대차", "기아", "롯데", "롯데마트", "CJ", "포스코", "한화", "두산",
    "네이버", "카카오", "신한은행", "우리은행", "하나은행", "KB국민은행", "비엣텔", "빈그룹",
    "빈패스트", "베트남항공", "비엣젯", "FPT", "VNPT", "KOTRA", "KOICA", "NIPA",
)  # fmt: skip
PREFIXES = ("베트남", "한국", "주베트남", "주한", "주호찌민", "주다낭", "주하노이", "대한", "국립")
# Cities and provinces whose government acts in the news ("부산시는 … 개최했다", "다낭시
# 인민위원장"): an organisation when a particle or a title follows, a place before 에서.
CITY_STEMS = (
    "서울", "부산", "인천", "대구", "광주", "대전", "울산", "세종", "수원", "창원", "성남",
    "고양", "용인", "청주", "전주", "포항", "천안", "김해", "제주", "경기", "강원", "충북",
    "충남", "전북", "전남", "경북", "경남", "하노이", "호찌민", "호치민", "다낭", "하이퐁",
    "껀터", "후에", "냐짱", "나짱", "박닌", "꽝닌", "빈즈엉", "빈증", "동나이", "타이응우옌",
    "하이즈엉", "롱안", "박장", "닌빈", "꽝남", "빈푹", "바리아붕따우", "흥옌", "타인호아",
    "응에안", "람동", "칸호아",
)  # fmt: skip
CITY_SUFFIXES = ("특별자치시", "특별자치도", "특별시", "광역시", "시", "성", "도")
_CITY = (
    "(?:"
    + "|".join(sorted(CITY_STEMS, key=len, reverse=True))
    + ")(?:"
    + "|".join(CITY_SUFFIXES)
    + ")"
)
_CITY_ORG = re.compile(
    r"(?<![가-힣A-Za-z])(?P<name>" + _CITY + r")"
    r"(?=(?:은|는|이|가|와|과|의|도)(?:\s|$|,)|\s+(?:"
    + "|".join(ROLES)
    + r"|인민위원장|인민위원회|당서기))"
)

EVENT_NOUNS = (
    "포럼", "박람회", "전시회", "축제", "주간", "문화주간", "설명회", "세미나", "컨퍼런스",
    "콘퍼런스", "회의", "정상회의", "발대식", "개막식", "기념식", "협약식", "행사", "프로그램",
    "대회", "페스티벌", "쇼케이스", "상담회", "로드쇼", "심포지엄", "워크숍",
)  # fmt: skip
EVENT_VERBS = re.compile(r"(개최|주최|열린|열었|연다|열고|열리|개막|마련|진행)")
ORGANISE = re.compile(r"(개최|주최|열었|연다|열고|마련)")
CHANGE = {"증가": "증가", "늘": "증가", "감소": "감소", "줄": "감소", "성장": "성장",
          "상승": "상승", "하락": "하락", "확대": "확대", "축소": "축소"}  # fmt: skip
GENERIC = {"규모", "수준", "가량", "이상", "정도", "내외", "안팎", "상당"}
UNIT_WORDS = {"달러", "원", "동", "유로", "명", "개", "곳", "건", "%", "퍼센트", "억", "만"}
VERB_ENDINGS = re.compile(
    r"(?:하기|하고|하는|한다|했다|했으며|할|한|해|하며|하여|된다|됐다|되는|되며|될|된|했고|"
    r"함|하겠다|하기로|받는|받아)$"
)


# Particles that follow a final consonant (batchim), and those that follow a vowel:
# "디스플레이" ends in 이 but is no 디스플레 + 이, since 레 has no final consonant.
AFTER_CONSONANT = {"이", "은", "을", "과", "으로", "이라고", "이며", "이고", "이라는", "으로서",
                   "으로는", "과의", "과는", "이라"}  # fmt: skip
AFTER_VOWEL = {"가", "는", "를", "와", "라고", "라는", "와의", "와는", "로서", "로는", "로"}


def _batchim(syllable: str) -> bool | None:
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return None  # not a Hangul syllable: a digit, a Latin letter
    return code % 28 != 0


def strip_josa(word: str) -> tuple[str, str]:
    """'교역액이' -> ('교역액', '이'); a word with no particle is its own stem."""
    core = word.strip("'\"‘’“”,.·")
    for josa in JOSA:
        if core.endswith(josa) and len(core) > len(josa):
            stem = core[: -len(josa)]
            if not re.search(r"[가-힣A-Za-z0-9)]$", stem):
                continue
            final = _batchim(stem[-1])
            if final is False and josa in AFTER_CONSONANT:
                continue
            if (
                final is True
                and josa in AFTER_VOWEL
                and not (josa == "로" and (ord(stem[-1]) - 0xAC00) % 28 == 8)
            ):
                continue
            return stem, josa
    return core, ""


@dataclass
class Word:
    text: str
    start: int
    end: int

    @property
    def stem(self) -> str:
        return strip_josa(self.text)[0]

    @property
    def josa(self) -> str:
        return strip_josa(self.text)[1]


def words_of(text: str) -> list[Word]:
    return [Word(m.group(0), m.start(), m.end()) for m in re.finditer(r"\S+", text)]


ADNOMINAL = {"같은", "많은", "새로운", "주요", "다른", "이런", "그런", "모든", "이번", "여러", "각"}


def _is_noun(word: Word) -> bool:
    stem = word.stem
    if not stem or not re.search(r"[가-힣A-Za-z]", stem):
        return False
    if word.text.rstrip(",.") in ADNOMINAL or (len(stem) == 1 and word.josa in {"은", "는"}):
        return False  # "같은 기간": an adjective before a noun
    if stem in UNIT_WORDS:
        return False
    if VERB_ENDINGS.search(stem) or stem.endswith(("고", "며", "면", "서", "지만", "위해")):
        return False
    return not word.text.endswith((",", "."))


def _phrase_before(words: list[Word], index: int, limit: int = 5) -> list[str]:
    """The noun phrase that ends at words[index], walking back over bare nouns and
    genitives (…의); a word with another particle ends the phrase before it."""
    out: list[str] = []
    i = index
    while i >= 0 and len(out) < limit:
        word = words[i]
        if word.stem in SKIP and not out:
            i -= 1
            continue
        if not _is_noun(word) or re.search(r"\d", word.stem):
            break
        josa = word.josa
        if out and josa in BOUNDARY:
            break
        if out and word.text.endswith(","):
            break
        out.insert(0, word.stem + ("의" if josa == "의" else ""))
        if josa in BOUNDARY - SUBJECT and len(out) == 1 and i == index:
            pass
        i -= 1
    while out and out[0].endswith("의") and len(out) > 1 and False:
        out.pop(0)
    return out


def _subject(words: list[Word], index: int) -> list[str]:
    """The subject of the clause that figure words[index] belongs to: the nearest word
    before it with 이/가/은/는, and its noun phrase."""
    for i in range(index, -1, -1):
        if words[i].text.endswith(","):
            break
        if words[i].josa in SUBJECT and _is_noun(words[i]):
            return _phrase_before(words, i)
    return []


def _verb_noun(word: Word) -> str:
    """'지원할' -> '지원', '증가했다' -> '증가', '줄었다' -> '감소'."""
    core = word.text.strip("'\",.")
    for stem, noun in CHANGE.items():
        if core.startswith(stem):
            return noun
    stem = VERB_ENDINGS.sub("", core)
    stem = re.sub(r"(?:에|을|를|이|가|은|는)$", "", stem)
    return stem if len(stem) >= 2 and re.fullmatch(r"[가-힣]+", stem) else ""


def _word_index(words: list[Word], position: int) -> int:
    for i, word in enumerate(words):
        if word.end > position:
            return i
    return len(words) - 1


def figures_in(segment: Segment) -> list[Figure]:
    text = segment.text
    words = words_of(text)
    out: list[Figure] = []
    for q in ko_quantities(text):
        if q.kind not in {"number", "percent", "money"} or q.loose:
            continue
        after = text[q.end : q.end + 6]
        target_year = re.match(r"\s*년\s*까지", after)
        if after.lstrip().startswith(TIME_UNITS) and not target_year:
            continue  # "5일", "1~9월", "5년간", "1인당": time and rates, not figures
        first = _word_index(words, q.start)
        last = _word_index(words, q.end - 1)
        year_like = q.value == int(q.value) and 1900 <= q.value <= 2100
        kind: str
        label: list[str] | str
        if re.match(r"\s*년\s*까지", after):
            kind = "year"
            label = _year_label(words, first, last)
            shown = text[q.start : q.end] + "년까지"
        elif (
            year_like
            and q.kind == "number"
            and not re.match(r"\s*(?:여\s*)?(?:" + "|".join(COUNTERS) + ")", after)
        ):
            continue  # "2026 한-베트남 포럼": a year in a name, no figure
        elif re.match(r"대\s", after) and q.value < 100:
            kind = "rank"
            label = [words[last + 1].stem] if last + 1 < len(words) else []
            shown = text[q.start : q.end] + "대"
        elif q.kind == "percent":
            kind = "percent"
            label = _percent_label(words, first, last)
            shown = q.text
        elif q.kind == "money":
            kind = "money"
            label = _money_label(words, first, last)
            shown = q.text
        else:
            kind = "count"
            label = _count_label(words, first, last, text, q)
            shown = q.text
        measure = label if isinstance(label, str) else " ".join(label)
        if kind == "count" and not measure:
            kind = "number"
        out.append(
            Figure(
                segment_id=segment.id,
                text=shown.strip(),
                value=q.value,
                kind=kind,  # type: ignore[arg-type]
                unit=q.unit,
                measure={"ko": measure} if measure else {},
                high=q.high,
            )
        )
    return out


def _count_label(words: list[Word], first: int, last: int, text: str, q: Quantity) -> list[str]:
    # "10개 대학의 학생": the noun after the counter; "엔지니어 3,000명": the noun before
    word = words[last]
    counter = re.match(
        r"[\d,.]+\s*(?:만|천|백|억)?\s*(?:여\s*)?(" + "|".join(COUNTERS) + ")", word.text
    )
    nxt = last + 1
    counter_word = word
    if not counter and nxt < len(words) and words[nxt].text.startswith(COUNTERS):
        counter_word = words[nxt]
        nxt += 1  # "3,000 명"
    bare = re.fullmatch(r"[\d,.만천백억여\s]*(?:" + "|".join(COUNTERS) + r")?", counter_word.text)
    if (
        nxt < len(words)
        and _is_noun(words[nxt])
        and bare
        and not words[nxt].stem.startswith("이상")
    ):
        return [words[nxt].stem]  # "10개 대학의": the counter carries no particle
    before = _phrase_before(words, first - 1)
    if counter_word.josa in {"이", "가"} and nxt < len(words):
        verb = _verb_noun(words[nxt])  # "투자자 등 250여 명이 참석했다": who came
        if verb in {"참석", "참가", "방문", "참여", "출연", "등록", "수료", "졸업", "입국"}:
            return [*before, verb]
    if before:
        return before
    return _subject(words, first - 1)


def _money_label(words: list[Word], first: int, last: int) -> list[str] | str:
    word = words[last]
    if word.josa == "의" and last + 1 < len(words):  # "4,000달러의 연수비"
        return [words[last + 1].stem]
    following = words[last + 1] if last + 1 < len(words) else None
    if word.josa == "" and not word.text.endswith(",") and following and _is_noun(following):
        if following.stem not in GENERIC:
            return [following.stem]  # "1,500억 달러 목표를"
        if following.josa == "의" and last + 2 < len(words):  # "… 달러 규모의 수출 계약"
            after = _phrase_after(words, last + 2)
            if after:
                return after
        return _subject(words, first - 1) or [following.stem]  # "… 달러 규모로"
    verb = _verb_noun(words[last + 1]) if last + 1 < len(words) else ""
    if verb and word.josa in {"을", "를"} and last + 2 < len(words):
        connective = words[last + 1].text.rstrip(",.").endswith(("해", "하여", "해서", "들여"))
        # "45억 원을 투입해 공동 프로그램을 운영할": what the money pays for
        purpose = _phrase_after(words, last + 2, limit=4) if connective else []
        if purpose and words[last + 1 + len(purpose)].josa in {"을", "를"}:
            return purpose
    before = _phrase_before(words, first - 1)
    if before and not all(w in SKIP for w in before):
        return before
    if verb and word.josa in {"을", "를", "가", "이"}:  # "… 달러를 지원할"
        return verb
    return _subject(words, first - 1)


def _phrase_after(words: list[Word], index: int, limit: int = 3) -> list[str]:
    """The noun phrase that starts at words[index]: bare nouns, up to the one that
    carries a particle."""
    out: list[str] = []
    while index < len(words) and len(out) < limit and _is_noun(words[index]):
        out.append(words[index].stem)
        if words[index].josa:
            break
        index += 1
    return out


def _percent_label(words: list[Word], first: int, last: int) -> list[str] | str:
    word = words[last]
    if first > 0 and words[first - 1].josa == "의":  # "관광객의 25%"
        return _phrase_before(words, first - 1)
    subject = _subject(words, first - 1)
    after = last + 1
    while after < len(words) and words[after].stem in GENERIC:
        after += 1  # "10% 이상 성장"
    change = _verb_noun(words[after]) if after < len(words) else ""
    if word.josa == "" and change:
        return " ".join([*subject, change]).strip()
    return subject


def _year_label(words: list[Word], first: int, last: int) -> list[str] | str:
    before = _phrase_before(words, first - 1)
    if before and words[first - 1].josa in {"을", "를", "은", "는", "이", "가", ""}:
        return before
    for word in words[last + 1 : last + 6]:
        if re.search(r"\d", word.text) or word.stem in SKIP or word.stem in UNIT_WORDS:
            continue
        if _is_noun(word):
            return [word.stem]
        verb = _verb_noun(word)
        if verb:
            return verb
    return _subject(words, first - 1)


# ----------------------------------------------------------------------------- people

_NAME_KO = r"(?:[" + "".join(sorted(SURNAMES_KO)) + r"][가-힣]{1,2})"
_NAME_VI = (
    r"(?:(?:" + "|".join(sorted(SURNAMES_VI_HANGUL, key=len, reverse=True)) + r")"
    r"(?: (?!" + "|".join(PREFIXES) + r")(?!" + _CITY + r"(?![가-힣]))[가-힣]{1,3}){1,3})"
)
_ROLE = r"(?:" + "|".join(sorted(map(re.escape, ROLES), key=len, reverse=True)) + r")"
_PERSON_ROLE_AFTER = re.compile(
    r"(?<![가-힣])(?P<name>" + _NAME_VI + "|" + _NAME_KO + r")\s+"
    r"(?P<role>(?:[^\s,.'\"“”‘’]+\s+){0,4}?[^\s,.'\"“”‘’]*?" + _ROLE + r")"
    r"(?=은|는|이|가|과|와|의|을|를|도|께서|에게|,|\s|$)"
)
_PERSON_PROFESSION = re.compile(
    r"(?P<role>"
    + "|".join(PROFESSIONS)
    + r")\s+(?P<name>"
    + _NAME_KO
    + r")(?=은|는|이|가|과|와|의|을|를|도|,|\s|$)"
)


def _proper_noun(word: str) -> bool:
    """Kiwi's reading of a lone word: a name (NNP) or not. Without Kiwi, not a name."""
    try:
        from briefing.summarize.tokens import _kiwi

        tokens = _kiwi().tokenize(word)
    except ImportError:
        return False
    return len(tokens) == 1 and tokens[0].tag == "NNP"


def people_in(segment: Segment) -> list[Person]:
    text = segment.text
    found: dict[str, Person] = {}
    taken: list[tuple[int, int]] = []
    for m in _PERSON_ROLE_AFTER.finditer(text):
        name, role = m.group("name"), m.group("role")
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if role == "시장" and not _proper_noun(name):
            continue  # "소비재 시장은": the market; "박형준 시장은": the mayor
        # "이주호 교육부 장관은": the role starts after the name; a role word alone is fine
        taken.append(m.span())
        found.setdefault(name, Person(name=name, role={"ko": role}, segment_ids=[segment.id]))
    for m in _PERSON_PROFESSION.finditer(text):
        name = m.group("name")
        if name not in found and not any(a < m.end() and m.start() < b for a, b in taken):
            found[name] = Person(name=name, role={"ko": m.group("role")}, segment_ids=[segment.id])
    return list(found.values())


# ----------------------------------------------------------------------------- organisations

_COMPANY = re.compile(
    r"(?<![가-힣A-Za-z])("
    + "|".join(sorted(map(re.escape, COMPANIES), key=len, reverse=True))
    + r")(?=[은는이가을를의와과도에\s,.(]|$)"
)
_ORG_WORD = re.compile(
    r"(?<![가-힣A-Za-z])(?:(?P<prefix>" + "|".join(PREFIXES) + r")\s)?"
    r"(?P<name>[가-힣A-Za-z]{2,}?(?:" + "|".join(ORG_ENDINGS) + r"))"
    r"(?P<acronym>\([A-Z][A-Z0-9&]{1,9}\))?"
    r"(?=[은는이가을를의와과도에\s,.)]|에서|$)"
)
NOT_ORGS = {
    "정부",
    "일부",
    "내부",
    "외부",
    "전부",
    "대부분",
    "간부",
    "세부",
    "본부",
    "학부",
    "이번주",
}


def organisations_in(segment: Segment) -> list[str]:
    text = segment.text
    out: list[tuple[int, int, str]] = []
    for m in _ORG_WORD.finditer(text):
        name = m.group("name")
        syllables = len(re.sub(r"[^가-힣]", "", name))
        ending = next(e for e in ORG_ENDINGS if name.endswith(e))
        if name in NOT_ORGS or name in ROLES or name.endswith(ROLES[:3]):
            continue
        if ending in {"부", "청", "처"} and syllables < 3:
            continue
        if ending in {"대학", "공사", "은행", "그룹"} and syllables < 4 and name not in COMPANIES:
            continue
        if re.search(_ROLE + r"$", name) and not name.endswith(("총영사관", "대사관", "영사관")):
            continue
        full = (
            (f"{m.group('prefix')} " if m.group("prefix") else "")
            + name
            + (m.group("acronym") or "")
        )
        if m.group("prefix") in {
            "주베트남",
            "주호찌민",
            "주다낭",
            "주하노이",
            "주한",
            "대한",
            "국립",
        }:
            full = full.replace(" ", "", 1) if m.group("prefix") in {"대한", "국립"} else full
        out.append((m.start(), m.end(), full))
    for m in _CITY_ORG.finditer(text):
        if not any(a <= m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), m.group("name")))
    for m in _COMPANY.finditer(text):
        if any(a <= m.start() < b for a, b, _ in out):
            continue
        acronym = re.match(r"\(([A-Z][A-Z0-9&]{1,9})\)", text[m.end() :])
        out.append((m.start(), m.end(), m.group(1) + (f"({acronym.group(1)})" if acronym else "")))
    return [name for _, _, name in sorted(out)]


# ----------------------------------------------------------------------------- event

TIME_WORDS = {
    "지난",
    "오는",
    "이날",
    "당일",
    "올해",
    "지난해",
    "내년",
    "오전",
    "오후",
    "현지시간",
    "이번",
}
_QUOTED = re.compile(r"['‘\"“]([^'’\"”]{3,60})['’\"”]")
_DATE = re.compile(r"(?:(?P<year>\d{4})\s*년\s*)?(?P<month>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일")
_RANGE = re.compile(
    r"(?:(?P<month>\d{1,2})\s*월\s*)?(?P<d1>\d{1,2})\s*일\s*(?:부터|~|-)\s*(?:(?P<m2>\d{1,2})\s*월\s*)?(?P<d2>\d{1,2})\s*일\s*까지"
)
_PLACE = re.compile(r"((?:[가-힣A-Za-z0-9]+\s){0,3}[가-힣A-Za-z0-9]+)에서(?=\s)")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def _event_name(text: str) -> str | None:
    for m in _QUOTED.finditer(text):
        name = m.group(1).strip()
        if any(name.endswith(noun) or f"{noun} " in name for noun in EVENT_NOUNS):
            return name
    return None


def _venue(m: re.Match[str]) -> list[str]:
    """The words of a place before 에서: dates, and words that end a phrase, dropped."""
    words = m.group(1).split()
    while words and (
        words[0] in TIME_WORDS
        or re.search(r"\d", words[0])
        or words[0].endswith(("일", "까지", "부터"))
        or strip_josa(words[0])[1]
    ):
        words.pop(0)
    return words


def _blank_venues(text: str) -> str:
    def blank(m: re.Match[str]) -> str:
        kept = " ".join(_venue(m))
        head = m.group(0)[: len(m.group(0)) - len(kept) - len("에서")] if kept else m.group(0)
        return head + " " * (len(m.group(0)) - len(head))

    return _PLACE.sub(blank, text)


def _place(text: str) -> str | None:
    for m in _PLACE.finditer(text):
        words = _venue(m)
        ranged = any(w.endswith(("까지", "부터")) for w in words)
        held = EVENT_VERBS.search(text[m.end() : m.end() + 120]) or "체결" in text[m.end() :]
        if words and not ranged and held:
            return " ".join(words)
    return None


def event_of(document: Document) -> Event:
    body = [s for s in document.segments if s.kind == "body"]
    lead = body[:3]
    event = Event()
    for segment in lead:
        name = _event_name(segment.text)
        if name:
            event.name = {"ko": name}
            break
    else:
        name = _event_name(document.article.title)
        if name:
            event.name = {"ko": name}
    named = event.name.get("ko", "")
    date: EventDate | None = None
    for segment in lead:
        text = segment.text
        if not (EVENT_VERBS.search(text) or "체결" in text):
            continue
        ranged = _RANGE.search(text)
        found = _DATE.search(text)
        if ranged and (ranged.group("month") or found):
            month = int(ranged.group("month") or found.group("month"))  # type: ignore[union-attr]
            end_month = int(ranged.group("m2")) if ranged.group("m2") else month
            date = EventDate(
                int(ranged.group("d1")), month, None, segment.id, int(ranged.group("d2")), end_month
            )
        elif found:
            date = EventDate(
                int(found.group("day")),
                int(found.group("month")),
                int(found.group("year")) if found.group("year") else None,
                segment.id,
            )
        if date is not None:
            break
    if date is not None and date.year is None:
        from briefing.extract import parse_date

        front = parse_date(document.article.date) if document.article.date else None
        for source in (
            str(front.year) if front and front.year else None,
            named,
            document.article.title,
        ):
            year = _YEAR.search(source or "")
            if year:
                date.year = int(year.group(0))
                break
    event.date = date
    if document.article.place:
        event.place = {"ko": document.article.place}
    else:
        for segment in lead:
            place = _place(segment.text)
            if place:
                event.place = {"ko": place}
                break
    # a sentence that names co-hosts ("A와 B가 공동 주최") lists them all: it goes first
    for segment in sorted(lead, key=lambda s: "공동" not in s.text):
        text = segment.text
        verb = ORGANISE.search(text)
        if not verb or ("공동 주최" not in text and not named):
            continue
        # "서울 국립국제교육원에서" is where, not who: venues are blanked out first.
        before = _blank_venues(text[: verb.start()])
        orgs = list(dict.fromkeys(organisations_in(Segment(segment.id, segment.paragraph, before))))
        if orgs:
            event.organisers = [{"ko": o} for o in orgs]
            break
    return event


def abbreviates(short: str, long: str) -> bool:
    """'과기정통부' abbreviates '과학기술정보통신부': shorter, the same first and last
    syllable, and its syllables in the long name's order."""
    if not (2 < len(short) < len(long)) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    position = 0
    for syllable in short:
        position = long.find(syllable, position)
        if position < 0:
            return False
        position += 1
    return True


def extract(document: Document) -> Document:
    figures: list[Figure] = []
    people: dict[str, Person] = {}
    organisations: dict[str, Organisation] = {}
    acronyms: dict[str, str] = {}
    for segment in document.segments:
        if segment.kind == "body":
            for figure in figures_in(segment):
                if not any(
                    (f.value, f.kind, f.measure) == (figure.value, figure.kind, figure.measure)
                    for f in figures
                ):
                    figures.append(figure)
        for person in people_in(segment):
            known = people.get(person.name)
            if known is None:
                people[person.name] = person
            else:
                known.segment_ids += [i for i in person.segment_ids if i not in known.segment_ids]
                if len(person.role.get("ko", "")) > len(known.role.get("ko", "")):
                    known.role = person.role
        for name in organisations_in(segment):
            short = re.sub(r"\(([A-Z0-9&]+)\)$", "", name)
            acronym = re.search(r"\(([A-Z0-9&]+)\)$", name)
            if acronym:
                acronyms[acronym.group(1)] = name
            key = acronyms.get(name, name)
            if short != name:
                key = name
            entry = organisations.setdefault(key, Organisation(name={"ko": key}))
            if segment.id not in entry.segment_ids:
                entry.segment_ids.append(segment.id)
    # "정보통신산업진흥원" and "정보통신산업진흥원(NIPA)" are one organisation, and so are
    # "과기정통부" and "과학기술정보통신부".
    merged: dict[str, Organisation] = {}
    for key, org in organisations.items():
        canonical = key
        for other in organisations:
            if other != key and abbreviates(key, other):
                canonical = other
        for full in acronyms.values():
            if re.sub(r"\([A-Z0-9&]+\)$", "", full) == key:
                canonical = full
        entry = merged.setdefault(canonical, Organisation(name={"ko": canonical}))
        entry.segment_ids += [s for s in org.segment_ids if s not in entry.segment_ids]
    document.facts = Facts(
        event=event_of(document),
        figures=figures,
        people=list(people.values()),
        organisations=list(merged.values()),
    )
    return document
