"""Organisations in Vietnamese text: a head word and its name, companies by name, an
acronym in brackets merged with its full name, short forms with the long one."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import regex as re

from briefing.data import table, words
from briefing.document import Document, Organisation, Person, Segment
from briefing.facts.base import Found, bare, rule
from briefing.facts.vi.lexicon import (
    COMPANIES,
    COMPANY_WORDS,
    GENERIC_ORGANISATIONS,
    NOMINAL_VERBS,
    ORG_HEADS,
    ORG_START,
    ORG_STOP,
    PLACES,
    POSITION_RE,
    VENUE_BEFORE,
    alternation,
)
from briefing.facts.vi.tokens import tokens_of

# Two-word verbs whose first word also occurs inside names (công nghệ, thông tin).
_ORG_STOP_PAIRS = {
    ("công", "bố"), ("thông", "báo"), ("mới", "đây"), ("đồng", "tổ"), ("tổ", "chức"),
    ("phối", "hợp"), ("ký", "kết"), ("khai", "mạc"), ("chủ", "trì"), ("trao", "tặng"),
    ("đề", "nghị"), ("đề", "xuất"), ("nhấn", "mạnh"), ("khẳng", "định"), ("cho", "biết"),
    ("kiến", "nghị"), ("yêu", "cầu"), ("khuyến", "nghị"),
    # "Công ty … chuyên sản xuất …", "Sở Xây dựng rà soát …": what the body does
    ("chuyên", "sản"), ("chuyên", "cung"), ("chuyên", "kinh"), ("rà", "soát"), ("triển", "khai"),
}  # fmt: skip
# What opens another body's name after a dash ("– Công ty …", "– Bộ Công Thương"); a
# university after its school ("Trường Đại học Bách khoa – Đại học Đà Nẵng") is no other
_ANOTHER_BODY = (
    "Công ty ", "Tập đoàn ", "Tổng công ty ", "Ngân hàng ", "Bộ ", "Sở ", "UBND ", "Ủy ban ",
    "Cục ", "Tổng cục ",
)  # fmt: skip
# The syllables of a company's head word, which a name never ends between
_HEAD_WORD_PAIRS = {
    ("Công", "ty"), ("công", "ty"), ("Tổng", "công"), ("Tập", "đoàn"), ("Ngân", "hàng"),
    ("ty", "cổ"), ("cổ", "phần"),
}  # fmt: skip
_COMPANY_HEADS = (
    r"(?:Công ty TNHH|Công ty CP|Công ty cổ phần|Công ty|Tập đoàn|Tổng công ty|Ngân hàng) "
)
# A listed company, with the capitalised Latin words that continue its name ("Lotte Mart");
# or a run of capitalised Latin words that ends in a company word ("Korean Air").
_LATIN_WORD = r"[A-Z][A-Za-z&\-]*"
# A legal form after a Latin name: "Seojin Textile Co., Ltd.", "Daesung Precision JSC"
_LEGAL = r",?\s(?:Co\.,?\s?Ltd\.|Ltd\.|JSC|Corp\.|Inc\.)"
COMPANY_RE = re.compile(
    r"(?<![\w])((?:" + alternation(COMPANIES) + r")(?:\s(?:" + alternation(COMPANY_WORDS) + r"))*"
    r"(?:\sViệt Nam(?=\s+(?:đã|sẽ|và|cùng|tài trợ|đồng|cam kết|ký)|[,.)]))?"  # "Samsung Electronics Việt Nam"
    r"|(?:"
    + _LATIN_WORD
    + r"\s){1,3}(?:"
    + alternation(COMPANY_WORDS)
    + r")(?:\s(?:"
    + alternation(COMPANY_WORDS)
    + r"))*(?![\w&])(?:"
    + _LEGAL
    + r"|(?!\s[A-Z])))(?![\w&])"  # "WHA Industrial Zone": no company word ends it
    # "Hyosan Semitech Co., Ltd.", "Hyunsan E&C": Latin words its legal form or E&C closes
    r"|(?:" + _LATIN_WORD + r"\s){0,3}" + _LATIN_WORD + r"(?:" + _LEGAL + r"|\sE&C(?![\w&]))"
)
LISTED_IN_NAME = re.compile(
    r" \p{Lu}\p{Ll}*(?: \p{Ll}+)? và \p{Lu}"
    # "Bộ Thương mại, Công nghiệp Hàn Quốc": the last field, then the country
    r"| \p{Lu}\p{Ll}+(?: \p{Ll}+)? (?:Hàn Quốc|Việt Nam)(?![\w])"
    # "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh": a list of lower-case fields
    r"| \p{Ll}+ \p{Ll}+ và \p{Ll}+ \p{Ll}+(?= tỉnh| thành phố| TP|[,.;]|$)"
)
# "(NATIF)", "(KH&CN)", "(ĐHQGHN)", and mixed case with two capitals: "(KoCham)"; not "(Korea)"
ACRONYM_AFTER = re.compile(
    r"\s*\(([A-ZĐ][A-ZĐ0-9&]{1,9}(?: Vina)?|[A-Z][a-z]+[A-Z][A-Za-z0-9&]{0,8})\)"
)  # "(DIP Vina)": an acronym and Vina, a company's Vietnamese arm
_PLACE_AFTER = re.compile(
    r" tại (" + alternation(PLACES) + r"|[Mm]iền (?:Bắc|Trung|Nam|Tây)(?: Bộ)?)(?![\w])"
)  # a region too: "Hiệp hội Doanh nghiệp Hàn Quốc tại miền Trung (KBAC)"
# Heads whose name ends with where they are ("Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng",
# "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam"): all but companies, whose "tại X" is where
# they are, not who.
# A company's head word and its trade right before its (Latin) name: "Tập đoàn bán lẻ "
_TRADE = alternation(words("vi/company-trades"))
_HEAD_AND_TRADE = re.compile(
    r"(?<![\w])(?:Công ty|Tập đoàn|Tổng công ty|Ngân hàng) (?:"
    + _TRADE
    + r")(?: (?:"
    + _TRADE
    + r"))? $"
)
_COMPANY_HEAD_WORDS = {
    "Công ty",
    "Công ty TNHH",
    "Công ty CP",
    "Công ty cổ phần",
    "Tập đoàn",
    "Tổng công ty",
    "Ngân hàng",
}


@dataclass
class Span:
    """An organisation's name where the text has it, and its acronym once read."""

    name: str
    start: int
    end: int
    acronym: str = ""

    @property
    def shown(self) -> str:
        """The name as a brief shows it: `Name (ACR)`."""
        return self.name + (f" ({self.acronym})" if self.acronym else "")


# pyvi's tags that end a name at a lower-case word: verbs, prepositions, conjunctions,
# adverbs, pronouns, determiners, numbers ("Trung tâm Hỗ trợ doanh nghiệp đã tổ chức").
_STOP_TAGS = {"V", "E", "C", "R", "P", "L", "T", "X", "M", "CH"}
# "Doanh nghiệp vừa và nhỏ", "nhỏ và vừa"; "Ban Quản lý các khu công nghiệp", "… các KCN"
_IN_NAME_PAIRS = {("vừa", "và"), ("nhỏ", "và"), ("các", "khu"), ("các", "KCN"), ("các", "KKT"),
                  # fields named in pairs: "khoa học và công nghệ", "xã hội và nhân văn"
                  ("và", "công"), ("và", "nhân")}  # fmt: skip
# Words that end a name whatever pyvi reads: "Sở Nội vụ nơi người lao động thường trú".
# A school of a university system, written after it: "Trường Đại học Ngoại ngữ, Đại học Huế",
# "Trường Đại học Kinh tế, Đại học Quốc gia Hà Nội".
_MEMBER_OF = re.compile(
    r",\s*Đại học (?:Quốc gia\s+)?(?:" + alternation(PLACES) + r"|TP\.\s?HCM|TPHCM)(?![\w])"
)
# The region a body's name ends with, when the short form in brackets after it ends with
# it too: " khu vực Bắc Ninh (KBA Bắc Ninh)", " tại miền Trung (KOBA Miền Trung)".
_REGION_OF = re.compile(
    r"(?P<region>\s+(?:khu vực|tại)\s+(?P<where>(?:miền\s+)?\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,3}))"
    r"\s*\((?P<short>[A-Z][A-Za-z&]{1,9}\s[^()]{2,30})\)"
)
# A branch after its owner's name: " – chi nhánh Đà Nẵng", " – chi hội TP. Hồ Chí Minh".
_BRANCH_AFTER = re.compile(
    r"\s*[–-]\s*chi (?:nhánh|hội)\s+(?:tại\s+)?(?:" + alternation(PLACES) + r")(?![\w])"
)
# A branch or a representative office named before its owner and where it is: "Chi nhánh
# Công ty TNHH Shinwoo Logistics tại Hà Nội", "Văn phòng đại diện KITECH tại Hà Nội".
_BRANCH_BEFORE = re.compile(
    r"(?<![\w])(?:Chi nhánh|Văn phòng đại diện|Văn phòng Đại diện)\s+"
    # its owner: an acronym, a Latin name ("Daesung Chemical"), or a head word and a name
    r"(?P<owner>(?:[A-Z][A-Za-z0-9&]{1,9}|[A-Z][a-z][A-Za-z0-9&]*(?:\s[A-Z][A-Za-z0-9&]*){1,4}|(?:"
    + alternation(ORG_HEADS)
    # each word of the name capitalised on its first syllable: "Tổng cục Du lịch Hàn Quốc"
    + r")(?:\s(?:và\s)?[\p{Lu}\d][\p{L}\d&.-]*(?:\s\p{Ll}+(?=\s\p{Lu}|\stại\s|\svà\s\p{Lu}))?){1,8}))"
    r"\s+tại\s+(?:" + alternation(PLACES) + r")(?![\w])"
)
# A convention or exhibition centre: where events are held, wherever it is named
_CONVENTION_CENTRE = re.compile(r"Trung tâm (?:Hội nghị|Triển lãm|Hội chợ)(?![\w])")
# "thuộc": "Trung tâm Nghiên cứu Hàn Quốc thuộc Viện …", a body and the one it belongs to
_HARD_STOPS = {
    "nơi",
    "mà",
    "này",
    "đó",
    "ấy",
    "kia",
    "khi",
    "nếu",
    "cùng",
    "của",
    "ở",
    "thuộc",
    "trân",
}  # "Bộ … trân trọng kính mời": a courtesy, never a name's
# Adverbs of time before a verb, which no name holds in lower case; and the words they
# begin ("Viện Nghệ thuật hiện đại").
_TENSE_ADVERBS = {"hiện", "đang", "đã", "sẽ"}
_ADVERB_WORDS = {"hiện đại", "hiện hành", "hiện trạng", "hiện thực", "hiện tượng", "hiện vật"}
# A name that ends with a place goes on only with a unit of government: "Hội Hữu nghị Việt
# Nam - Hàn Quốc thành phố Hồ Chí Minh"; "Chính phủ Hàn Quốc viện trợ …" ends at the place.
_ENDS_WITH_PLACE = re.compile(r"(?<![\w])(?:" + alternation(PLACES) + r")$")
_AFTER_PLACE = {"tỉnh", "thành", "thành phố", "huyện", "quận", "thị", "xã", "phường", "và", "tại"}


# A contact line's fields: a press release's lines joined into one paragraph
_CONTACT_FIELDS = {"email", "e-mail", "đt", "tel", "fax", "website", "web", "hotline", "sđt"}

_CONTACT_PAIRS = {"điện thoại", "di động", "thư điện tử", "số điện"}

_PLACE_AT = re.compile(r"(?:" + alternation(PLACES) + r")(?![\w])")
_PLACE_AND_ACRONYM = re.compile(
    r"\p{Ll}[\p{Ll} ]{0,30}\s(?:" + alternation(PLACES) + r")\s*\([A-Z][A-Z0-9&]{1,9}\)"
)


# Verbs pyvi may tag as nouns ("hợp tác" to cooperate, "liên kết" to link up): after a
# body's name and before a verb or a preposition they are what it does
_VERBS_AS_NOUNS = {"hợp_tác", "liên_kết", "đầu_tư"}


def _ends_name(text: str, position: int, word: str, following: list[str]) -> bool:
    """A lower-case word ends an organisation's name when pyvi reads it as a verb, a
    preposition, an adverb … (not inside a noun: `Nông thủy sản`), or when it is one of
    data/vi/organisation-stops.txt and pyvi reads it as no noun."""
    if following and (word, following[0].rstrip(",.")) in _IN_NAME_PAIRS:
        return False
    if text[:position].lower().endswith(("xúc tiến ", "xúc tiến đầu tư, ")):
        return False  # "Trung tâm Xúc tiến đầu tư, thương mại …": the fields it promotes
    if text[:position].endswith(("nhỏ và ", "vừa và ")):
        return False  # "Doanh nghiệp nhỏ và vừa": pyvi reads "vừa" as an adverb
    if word == "xây" and text[:position].lower().endswith("dự án đầu tư "):
        return False  # "Ban Quản lý dự án đầu tư xây dựng công trình giao thông …"
    if word in _HARD_STOPS:
        return True
    nxt = following[0].rstrip(",.") if following else ""
    if word in _TENSE_ADVERBS and f"{word} {nxt}" not in _ADVERB_WORDS:
        return True  # "Đại học Quốc gia Dongnam hiện có …": the name ends at the adverb
    tokens = tokens_of(text)
    token = next((t for t in tokens if t.start <= position < t.end), None)
    if token is None:
        return word in ORG_STOP
    if token.start < position:  # the rest of a word already in the name: "Giáo dục"
        return False
    index = tokens.index(token)
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if (
        before is not None
        and after is not None
        and before.tag == "Np"
        and after.tag == "Np"
        and " " not in token.text
        and word not in ORG_STOP  # "… Cầu Đất Xanh sang Seoul": a verb of going, no name's
    ):
        return False  # "Hội Nghiên cứu Hàn Quốc học Việt Nam": one word between two names
    if (
        token.tag in {"A", "V"}
        and before is not None
        and before.text[:1].isupper()
        and after is not None
        and after.tag == "V"
        and after.key not in NOMINAL_VERBS
    ):
        # "Sở Công Thương trực tiếp thực hiện": how it acts, after the name; "kiến nghị Bộ
        # Công an nghiên cứu nâng …": two verbs after the name
        return True
    if (
        token.key in _VERBS_AS_NOUNS
        and before is not None
        and before.text[:1].isupper()
        and after is not None
        and after.tag in {"V", "E"}
    ):  # "Công ty Cổ phần Năng lượng Sao Biển hợp tác phát triển …": pyvi's noun, a verb
        return True
    if before is not None and re.fullmatch(r"[IVX]{1,4}", before.text) and word not in _AFTER_PLACE:
        return True  # "Chi cục Hải quan khu vực II cam kết": a name ends with its number
    if token.tag in {"N", "Np", "Nc", "Ny", "Nu", "A"}:
        return False  # "Nông thủy sản"
    if (
        before is not None
        and before.tag == "Np"
        and (" " in before.text or (before.text.isascii() and len(before.text) > 3))
        and token.tag == "V"
    ):
        return True  # "Công ty CP Năng lượng Biển Đông Xanh hợp tác phát triển …": its verb
        # (not after a capitalised common noun: "Ban Quản lý Khu công nghệ cao")
    if (
        before is not None
        and before.tag == "Np"
        and token.tag == "V"
        and token.text[:1].islower()
        and after is not None
        and after.tag == "E"
    ):
        return True  # "Bệnh viện Quốc tế Sông Hàn hợp tác với …": its verb, then its object
    if (
        before is not None
        and before.tag == "V"
        and before.text[:1].isupper()
        and after is not None
        and after.tag in {"N", "Np"}
    ):
        return False  # "Quỹ Hợp tác phát triển kinh tế Hàn Quốc": the field the name says
    if token.key in NOMINAL_VERBS and before is not None and before.text[:1].islower():
        return False  # "các nhà sản xuất"; not "Sở Y tế TPHCM hỗ trợ …", a verb after the name
    return (token.tag in _STOP_TAGS and token.key not in NOMINAL_VERBS) or word in ORG_STOP


def _syllable_alone(text: str, position: int) -> bool:
    """The syllable at `position` is a word of its own, no part of a compound pyvi reads
    (`học` alone, not `học tập`)."""
    return any(t.start == position and " " not in t.text for t in tokens_of(text))


def _foreign_name(rest: str) -> bool:
    """`rest` opens with a capitalised Latin word that is no Vietnamese syllable (`Hanbit
    Offshore Wind`): another body's name, not the list of fields inside one."""
    from briefing.names.hangul import vietnamese_syllable

    first = re.match(r"[A-Z][a-z]{2,}(?![\p{L}])", rest)
    return bool(first) and vietnamese_syllable(first.group(0)) is None


def _bracketed_acronym_then_more(text: str, position: int) -> bool:
    """ "(UBND) tỉnh Nghệ An": an acronym in brackets inside a name that goes on."""
    return bool(
        re.match(
            r"\([A-Z][A-Z0-9&]{1,9}\)\s+(?:tỉnh|thành phố|TP|huyện|quận)\s+\p{Lu}", text[position:]
        )
    )


# The event's organising committee, then a lower-case word: what it does ("Ban Tổ chức dự
# kiến …", "Ban Tổ chức mở Lớp học …"), never more of a name ("Ban Tổ chức Tỉnh ủy")
_COMMITTEE_DOING = re.compile(r"Ban [Tt]ổ chức \p{Ll}")


def name_at(text: str, match: re.Match[str]) -> Span | None:
    """The organisation whose head word `match` found: the words after it up to a verb,
    a function word, or a bracket; a list inside the name (`Thương mại, Công nghiệp và
    Năng lượng`) kept whole."""
    words = [match.group(1)]
    end = match.end()
    lowercase_run = 0
    listed_tail = 0
    base = match.end()
    for token in re.finditer(r"\S+", text[base:]):
        raw = token.group(0)
        if "\n" in text[end : base + token.start()] or re.match(r"\d{1,2}(?:h|:)\d", raw):
            break  # a table's next row, a schedule's time: "… UBND tỉnh\n09h15 – …"
        word = raw.rstrip(",.;:!?”\"')(").lstrip('(“"')
        if raw in {"|", "/", "•"}:
            break  # "Đài Phát thanh – Truyền hình Đà Nẵng | Phát sóng: …": a page's separator
        if re.match(r"[\d.,]+%", raw):
            break  # "Cơ cấu sở hữu: Trường Sơn 51% – Hanbit 49%": a share, no part of a name
        if raw in {"–", "-"} and words:  # "Vụ Thị trường châu Á – châu Phi"
            nxt = text[base + token.end() :].split(maxsplit=1)
            # "Cơ quan Xúc tiến Thương mại - Đầu tư Hàn Quốc", "Trường Đại học Bách khoa -
            # Đại học Đà Nẵng": a dash between capitalised words of one name
            capital = bool(nxt) and nxt[0][:1].isupper() and not POSITION_RE.match(nxt[0])
            # "… Xã hội – Tổng chi phí …": a list's next item, no name (a name's words after
            # the dash are capitalised on their first syllable, a capital among the first three)
            following = text[base + token.end() :].split()[1:3]
            first = nxt[0].rstrip(",.;:)") if nxt else ""
            # "Khoa Điện tử – Viễn thông và …", "Khoa Tài chính – Ngân hàng của FTU": a field
            # of two syllables that ends the name
            field_end = bool(
                re.match(
                    r"\s*\p{Lu}\p{Ll}+\s\p{Ll}+(?:[,.;)]|\s+(?:và|của|thuộc)\s|\s*$)",
                    text[base + token.end() :],
                )
            )
            capital = (
                capital
                and (
                    first.isupper()  # an acronym: "– ĐHQGHN"
                    or first != nxt[0]  # the name's last word: "Việt – Hàn,"
                    or first.isascii()  # a Latin name: "Tiên Lãng - Hanseong"
                    or not following
                    or any(w[:1].isupper() or w[:1].isdigit() for w in following)
                    or field_end
                )
            )
            rest = text[base + token.end() :].lstrip()
            if nxt and nxt[0].endswith(":"):
                break  # "Bệnh viện Trung ương Huế – ĐT: 0234 …": a contact line's field
            if (
                rest.startswith(_ANOTHER_BODY)
                and words[0] not in {"Liên danh", "Liên doanh"}
                and not field_end  # "Khoa Tài chính – Ngân hàng của FTU": a field's name
            ):
                break  # "Công ty CP Xây dựng Sông Nhật – Công ty Samhwa E&C": two bodies
            if nxt and (first in {"châu", "Việt", "Hàn"} or capital):
                words.append(raw)
                continue
            break
        if not word or raw.startswith(("(", "“", '"')):
            if _bracketed_acronym_then_more(text, base + token.start()):
                words.append(raw.rstrip(",.;:"))  # "Ủy ban Nhân dân (UBND) tỉnh Nghệ An"
                continue
            break
        if raw.endswith(":") and word.lower() in _CONTACT_FIELDS:
            break  # "Phòng Truyền thông – Quỹ Văn hóa Hanbit Email: …": the next line's field
        if raw.endswith(":") and words and f"{words[-1]} {word}".lower() in _CONTACT_PAIRS:
            words.pop()  # "Văn phòng Bộ Tài chính – Điện thoại: 024…": a field of two words
            break
        following = text[base + token.end() :].split(maxsplit=1)
        if following and (word, following[0].rstrip(",.")) in _ORG_STOP_PAIRS:
            break
        if word[:1].islower() and word not in {"và", "tại"} and _foreign_name(words[-1]):
            break  # "Công ty Nongsan Trading đơn hàng …": a foreign name ends at Vietnamese
        if word == "năm" and following and following[0][:1].isdigit():
            break  # "Chính phủ Hàn Quốc năm 2026": a time, no part of the name
        # "Viện Nghiên cứu Hàn Quốc học", "Khoa Đông phương học,": the study of a country or
        # a region, where the name ends (not "… Hà Nội học tập": a verb)
        studied = (
            word == "học"
            and any(w[:1].isupper() for w in words[-2:])
            and _syllable_alone(text, base + token.start())
        )
        if studied:
            words.append(word)  # "Viện Nghiên cứu Hàn Quốc học": the study of a country
            end = base + token.start() + len(word)
            if word != raw:
                break
            continue
        if (
            word[:1].islower()
            and word not in _AFTER_PLACE
            and len(words) > 1
            and _ENDS_WITH_PLACE.search(" ".join(words))
            and not (following and following[0][:1].isupper())  # "Hàn Quốc học Việt Nam"
        ):
            break
        if (
            word[0].islower()
            and word != "và"
            and not listed_tail
            # "Liên danh Công ty CP …": a company's head word is never cut in two
            and (words[-1], word) not in _HEAD_WORD_PAIRS
            and _ends_name(text, base + token.start(), word, following)
            # "Trung tâm Hỗ trợ khởi nghiệp sáng tạo TP.HCM (SIHUB)": lower-case words, then
            # the place and the acronym that close one name
            and not _PLACE_AND_ACRONYM.match(text, base + token.start())
        ):
            break
        listed_tail = max(0, listed_tail - 1)
        paired = bool(following) and (word, following[0].rstrip(",.")) in _IN_NAME_PAIRS
        if word == "và" and words[-1] not in {"vừa", "nhỏ"} and not paired:  # "vừa và nhỏ"
            rest = text[base + token.end() :].lstrip()
            # "đầu tư, thương mại và du lịch": the last of a list of fields inside the name
            listed = any(w.endswith(",") for w in words[-3:]) and rest[:1].islower()
            # "Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng": the zones it runs
            zones = re.match(r"các (?:khu công nghiệp|khu kinh tế|KCN|KKT)(?![\w])", rest)
            if (
                (not rest[:1].isupper() and not listed and not zones)
                or ORG_START.match(rest)
                or COMPANY_RE.match(rest)
                # "Sở Công Thương và KoCham": an acronym or a Latin brand, another body
                or re.match(r"[A-Z](?:[A-Z]+|[a-z]+[A-Z])[A-Za-z]*(?![\p{L}])", rest)
                # "Công ty CP Năng lượng Trường Sơn và Hanbit Offshore Wind": a foreign name
                or _foreign_name(rest)
            ):
                break
            if listed:
                listed_tail = 3  # "và du lịch": the list's last field, two words, is the name's
            if POSITION_RE.match(rest):
                break
            if re.match(r"[A-Z]{3,}(?![\w&])", rest):
                break  # "Cục Hợp tác quốc tế và NIIED": an acronym is an organisation of its own
        if (
            match.group(1) == "Liên danh"
            and word[:1].islower()
            and not text[base:].lstrip().startswith(_ANOTHER_BODY)
        ):  # "Liên danh Hanul Eco Energy – Mekong Green": its members' names only; members
            break  # named with their heads ("Liên danh Công ty CP …") are read as names
        if word == "tại" and match.group(1) in _COMPANY_HEAD_WORDS:
            break  # "Tập đoàn Daesung Industrial tại Ulsan": where the company is, not its name
        if word[0].isupper() or word[0].isdigit() or "&" in word or word == "hynix":
            lowercase_run = 0
        else:
            lowercase_run += 1
            if lowercase_run > 16:  # pyvi ends a name at its verb; this only bounds a run
                break
        words.append(word)
        end = base + token.start() + len(word)
        if raw.endswith(",") and LISTED_IN_NAME.match(text, base + token.end()):
            words[-1] = raw  # a list inside the name: "Thương mại, Công nghiệp và Năng lượng"
            continue
        if word != raw and not re.fullmatch(r"(?:TP|Tp)\.\w*", raw):
            break
    while words and words[-1] in {"và", "–", "tại"}:
        words.pop()
    if len(words) < 2:
        return None
    name = " ".join(words)
    end = match.start() + len(name) if text.startswith(name, match.start()) else end
    branch = _BRANCH_AFTER.match(text, end)
    if branch:  # "Công ty TNHH Daesung Vina – chi nhánh Hải Phòng": the branch is the body
        name, end = text[match.start() : branch.end()], branch.end()
        return Span(name, match.start(), end)
    place = _PLACE_AFTER.match(text, end)
    if place and match.group(1) not in _COMPANY_HEAD_WORDS:
        name, end = text[match.start() : place.end()], place.end()
    org = Span(name, match.start(), end)
    acronym = ACRONYM_AFTER.match(text, end)
    if acronym:
        org.acronym, org.end = acronym.group(1), acronym.end()
    return org


def organisations_in(text: str) -> list[Found]:
    """Every organisation the rules read in `text`, in order (the event's organisers are
    read from part of a sentence)."""
    segment = Segment("", 0, text)
    found: list[Found] = []
    for item in [*branch(segment), *head_word(segment), *company_name(segment)]:
        if not any(o.start <= item.start < o.end for o in found):
            found.append(item)
    return sorted(found, key=lambda o: o.start)


def _found(span: Span, text: str = "") -> Found:
    found = Found(Organisation(name={"vi": span.shown}), span.start, span.end)
    if text and _OFFICE.match(span.shown) and _HEADS_POST.search(text[: span.start]):
        found.doubt = "named only in its head's post"
    return found


# An office of a body abroad ("Văn phòng KOICA tại Việt Nam", "Văn phòng đại diện KTO tại Hà
# Nội"), and its head's post right before it: named so, the office is the person's role (the
# tuned set's keys hold 13 of the 35 offices named only so as organisations of their own)
_OFFICE = re.compile(r"Văn phòng(?: đại diện| Đại diện)? (?!UBND|Ủy ban|Bộ|Sở|Chính phủ|Quốc hội)")
_HEADS_POST = re.compile(
    r"(?<![\w])(?:Giám đốc|Trưởng|Trưởng đại diện|Trưởng Đại diện|Phó Giám đốc|Phó trưởng|"
    r"Phó Trưởng|Tổng Giám đốc)\s+$"
)


@rule(
    "vi.organisation.branch",
    "organisation",
    ("Chi nhánh Công ty TNHH Shinwoo Logistics tại Hà Nội tuyển 20 người.",
     "Chi nhánh Công ty TNHH Shinwoo Logistics tại Hà Nội"),
    ("Văn phòng đại diện KITECH tại Hà Nội và Trường Đại học Kỹ thuật Công nghiệp ký biên bản.",
     "Văn phòng đại diện KITECH tại Hà Nội"),
    ("Văn phòng đại diện của công ty tại Hà Nội đóng cửa.", None),
    ("Tập đoàn đã mở Văn phòng đại diện Daesung Chemical tại Hà Nội cách đây 7 năm.",
     "Văn phòng đại diện Daesung Chemical tại Hà Nội"),
    ("KOSMES và Chi nhánh Liên đoàn Thương mại và Công nghiệp Việt Nam tại Nghệ An (VCCI Nghệ An) tổ chức.",
     "Chi nhánh Liên đoàn Thương mại và Công nghiệp Việt Nam tại Nghệ An"),
    ("Sở Du lịch phối hợp với Văn phòng đại diện Tổng cục Du lịch Hàn Quốc tại Hà Nội khai mạc.",
     "Văn phòng đại diện Tổng cục Du lịch Hàn Quốc tại Hà Nội"),
)  # fmt: skip
def branch(segment: Segment) -> Iterator[Found]:
    """A branch or a representative office named before its owner, and where it is
    (`Chi nhánh Công ty … tại Hà Nội`, `Văn phòng đại diện KITECH tại Hà Nội`): one body."""
    for m in _BRANCH_BEFORE.finditer(segment.text):
        yield _found(Span(m.group(0), m.start(), m.end()), segment.text)


# Head words that also open a venue's name: after "tại" the place, not who acts
_VENUE_HEADS = frozenset({"Trung tâm", "Nhà hát"})


@rule(
    "vi.organisation.head-word",
    "organisation",
    ("Bộ Công Thương và Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc đồng tổ chức.",
     ["Bộ Công Thương", "Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc"]),
    ("Ngày hội diễn ra tại phường Trường Vinh, tỉnh Nghệ An.", None),
    # where a body is, a region too, is its name's end ("… tại miền Trung")
    ("Chiều 20/12, Hiệp hội Doanh nghiệp Hàn Quốc tại miền Trung (KBAC) sẽ tổ chức hội nghị.",
     "Hiệp hội Doanh nghiệp Hàn Quốc tại miền Trung (KBAC)"),
    # a verb pyvi tags as a noun ends the name before the verb after it
    ("Công ty Cổ phần Năng lượng Sao Biển hợp tác phát triển dự án điện gió.",
     "Công ty Cổ phần Năng lượng Sao Biển"),
    ("Các sở, ngành và UBND thị xã Quảng Yên tiếp tục đồng hành.", "UBND thị xã Quảng Yên"),
    # an office named only in its head's post: the person's role says it, to check
    ("Ông Lim Sang-woo, Giám đốc Văn phòng KOICA tại Việt Nam, phát biểu.",
     "? Văn phòng KOICA tại Việt Nam"),
    ("Văn phòng KOICA tại Việt Nam tài trợ dự án.", "Văn phòng KOICA tại Việt Nam"),
    # a contact line's field of two words ends the name
    ("Thông tin liên hệ: Văn phòng Bộ Tài chính – Điện thoại: 024.2220.2828", "Văn phòng Bộ Tài chính"),
    ("Đoàn dạo bộ trên cầu Trường Tiền.", None),
    ("Lễ hội do Hội người Việt Nam tại Hàn Quốc tổ chức.", "Hội người Việt Nam tại Hàn Quốc"),
    # a release's contact lines, joined into one paragraph
    ("Liên hệ: Quỹ Văn hóa Hanbit Email: media@hanbit.org", "Quỹ Văn hóa Hanbit"),
    ("Tỷ lệ tuyển sinh: Trường Đại học Huế 30% – Trường Đại học Vinh 70%.",
     ["Trường Đại học Huế", "Trường Đại học Vinh"]),
    ("Tôi đi cùng Hợp tác xã Nông nghiệp Dịch vụ Cầu Đất Xanh sang Seoul dự hội chợ.",
     "Hợp tác xã Nông nghiệp Dịch vụ Cầu Đất Xanh"),
    # a lower-case verb and a preposition after the name: what it does, and with whom
    ("Bệnh viện Quốc tế Sông Hàn hợp tác với bệnh viện Hàn Quốc phát triển tim mạch.",
     "Bệnh viện Quốc tế Sông Hàn"),
    ("Hiệp hội Doanh nghiệp Hàn Quốc khu vực Bắc Ninh (KBA Bắc Ninh) khai mạc hội nghị.",
     "Hiệp hội Doanh nghiệp Hàn Quốc khu vực Bắc Ninh"),
    ("Hiệp hội Doanh nghiệp Hàn Quốc tại miền Trung (KOBA Miền Trung) cũng đề xuất.",
     "Hiệp hội Doanh nghiệp Hàn Quốc tại miền Trung"),
    ("Dịp này, Sở Công Thương và KoCham thống nhất tổ chức hội nghị.", "Sở Công Thương"),
    ("Tập đoàn Điện lực Việt Nam (EVN) ký thỏa thuận.", "Tập đoàn Điện lực Việt Nam (EVN)"),
    ("Công ty CP Năng lượng Biển Đông Xanh hợp tác phát triển dự án điện gió.",
     "Công ty CP Năng lượng Biển Đông Xanh"),
    ("Quỹ Hợp tác phát triển kinh tế Hàn Quốc (EDCF) cho vay.",
     "Quỹ Hợp tác phát triển kinh tế Hàn Quốc (EDCF)"),
    ("Trường ĐH Khoa học xã hội và nhân văn tổ chức.", "Trường ĐH Khoa học xã hội và nhân văn"),
    ("Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng tài trợ.", "Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng"),
    ("Đoàn công tác làm việc với Tập đoàn Daesung Industrial tại Ulsan.", "Tập đoàn Daesung Industrial"),
    ("Hội nghị diễn ra tại Trung tâm Hội nghị Quốc gia.", None),  # a venue
    ("- Địa điểm: Trung tâm Hội nghị và Triển lãm Sài Gòn (SECC), TP. Hồ Chí Minh", None),
    ("Khu công nghệ cao Hòa Lạc thu hút 120 dự án.", None),  # a park: where, not who
    ("Viện Nghiên cứu Hàn Quốc học, Trường Đại học Ngoại ngữ Hàn Quốc (HUFS) phối hợp tổ chức.",
     ["Viện Nghiên cứu Hàn Quốc học", "Trường Đại học Ngoại ngữ Hàn Quốc (HUFS)"]),
    ("Khoa Ngôn ngữ và Văn hóa Hàn Quốc tổ chức hội thảo.", "Khoa Ngôn ngữ và Văn hóa Hàn Quốc"),
    ("Khoa học và công nghệ là động lực.", None),
    ("Công ty CP Năng lượng Trường Sơn và Hanbit Offshore Wind (Hàn Quốc) đã tổ chức lễ ký kết.",
     "Công ty CP Năng lượng Trường Sơn"),
    ("Sự kiện do Trung tâm Hỗ trợ khởi nghiệp sáng tạo TP.HCM (SIHUB) tổ chức.",
     "Trung tâm Hỗ trợ khởi nghiệp sáng tạo TP.HCM (SIHUB)"),
    ("Trường Đại học Ngoại ngữ (57 Nguyễn Khoa Chiêm, TP. Huế) tổ chức.", "Trường Đại học Ngoại ngữ"),
    ("Đà Nẵng đã kiến nghị Bộ Công an nghiên cứu nâng thời hạn miễn thị thực.", "Bộ Công an"),
    ("BẢN TIN 19H | Đài Phát thanh – Truyền hình Đà Nẵng | Phát sóng: 14/4/2027", None),
    ("Người lao động có thể vay Ngân hàng Chính sách xã hội – Tổng chi phí khoảng 1.100 USD.",
     "Ngân hàng Chính sách xã hội"),
    ("Bộ phim tiếp theo sẽ được quay tại Hội An.", None),  # a town
    ("Ngân hàng Hanseong của Hàn Quốc và Chính phủ Hàn Quốc viện trợ năm 2026.",
     ["Ngân hàng Hanseong", "Chính phủ Hàn Quốc"]),
    ("Đồng chí Mai Xuân Bình, Ủy viên Ban Thường vụ Tỉnh ủy, phát biểu.", None),
    ("Trường Đại học Ngoại ngữ, Đại học Huế tổ chức lễ bế giảng.", "Trường Đại học Ngoại ngữ, Đại học Huế"),
    ("Đại học Quốc gia Chungbuk hiện có 20.000 sinh viên.", "Đại học Quốc gia Chungbuk"),
    ("Ban Quản lý các khu kinh tế tỉnh trao giấy chứng nhận.", "Ban Quản lý các khu kinh tế tỉnh"),
    ("Theo Ban Tổ chức, hội chợ thu hút 300 gian hàng.", None),
    ("Ban Tổ chức Tỉnh ủy Bắc Ninh chủ trì.", "Ban Tổ chức Tỉnh ủy Bắc Ninh"),
    ("Ban Tổ chức dự kiến lễ hội đón 50.000 lượt khách.", None),
    ("Bên lề, Ban Tổ chức mở Lớp học làm phim ngắn.", None),
    ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Bình Định và Sở Công Thương tham dự.",
     ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Bình Định", "Sở Công Thương"]),
    ("Phòng Thương mại và Công nghiệp Hàn Quốc tại Việt Nam (KoCham) tổ chức hội thảo.",
     "Phòng Thương mại và Công nghiệp Hàn Quốc tại Việt Nam (KoCham)"),
    ("Tổng lãnh sự quán Hàn Quốc tại TP.HCM phối hợp tổ chức.", "Tổng lãnh sự quán Hàn Quốc tại TP.HCM"),
    ("Cơ quan Xúc tiến Thương mại - Đầu tư Hàn Quốc và Cục Hợp tác quốc tế và NIIED ký.",
     ["Cơ quan Xúc tiến Thương mại - Đầu tư Hàn Quốc", "Cục Hợp tác quốc tế"]),
    ("Ảnh: Bà Park tại văn phòng Quỹ Saebit ở Hà Nội.", "Quỹ Saebit"),
    ("Trúng thầu là Liên danh Hanul Eco Energy – Mekong Green, gồm hai công ty.", "Liên danh Hanul Eco Energy – Mekong Green"),
    ("Liên danh Công ty CP Xây dựng Sông Nhật – Công ty Samhwa E&C đã trúng thầu.",
     "Liên danh Công ty CP Xây dựng Sông Nhật – Công ty Samhwa E&C"),
    # after a dash, another body's head opens another body
    ("Nhà thầu Công ty CP Xây dựng Sông Nhật – Công ty Samhwa E&C thi công.",
     ["Công ty CP Xây dựng Sông Nhật", "Công ty Samhwa E&C"]),
    ("Vụ Phát triển thị trường nước ngoài – Bộ Công Thương cho biết.",
     ["Vụ Phát triển thị trường nước ngoài", "Bộ Công Thương"]),
    ("Hai bên trao đổi giảng viên giữa Khoa Điện tử – Viễn thông và Viện Công nghệ Bán dẫn.",
     ["Khoa Điện tử – Viễn thông", "Viện Công nghệ Bán dẫn"]),
    ("Hiệp hội Doanh nghiệp nhỏ và vừa Hàn Quốc (KBIZ) tham gia.", "Hiệp hội Doanh nghiệp nhỏ và vừa Hàn Quốc (KBIZ)"),
    ("Bộ Giáo dục và Đào tạo trân trọng kính mời các cơ quan báo chí.", "Bộ Giáo dục và Đào tạo"),
    ("Ban Quản lý dự án đầu tư xây dựng công trình giao thông thành phố Hà Nội đã tổ chức lễ ký.",
     "Ban Quản lý dự án đầu tư xây dựng công trình giao thông thành phố Hà Nội"),
    ("Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng cho biết.",
     "Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng"),
    ("Ông Kim, Giám đốc Công ty TNHH Kyungnam Machinery Việt Nam – chi nhánh Đà Nẵng, cho biết.",
     "Công ty TNHH Kyungnam Machinery Việt Nam – chi nhánh Đà Nẵng"),
    ("Hiệp hội Mỹ phẩm Việt Nam – chi hội TP. Hồ Chí Minh đồng tổ chức.",
     "Hiệp hội Mỹ phẩm Việt Nam – chi hội TP. Hồ Chí Minh"),
    ("Đại diện Bộ Thương mại, Công nghiệp Hàn Quốc cho biết như vậy.",
     "Bộ Thương mại, Công nghiệp Hàn Quốc"),
    ("Phó Viện trưởng Viện Nghiên cứu Rau quả khuyến nghị các vùng trồng.", "Viện Nghiên cứu Rau quả"),
    # a foreign name ends at a Vietnamese word; how a body acts is no part of its name
    ("Hợp tác xã ký với Công ty Nongsan Trading đơn hàng 40 container mỗi năm.", "Công ty Nongsan Trading"),
    ("Chương trình do Sở Công Thương trực tiếp thực hiện.", "Sở Công Thương"),
    ("Đại diện Chi cục Hải quan khu vực II cam kết rút thời gian kiểm tra.", "Chi cục Hải quan khu vực II"),
    ("Bộ Tài chính đề nghị các cơ quan báo chí đưa tin.", "Bộ Tài chính"),
    ("Tour Đà Nẵng – Hội An – Bà Nà có giá 7,9 triệu đồng.", None),  # a town, no Hội
    ("Liên hệ: Bệnh viện Trung ương Huế – ĐT: 0234 3822 325", "Bệnh viện Trung ương Huế"),
    ("Đơn vị thực hiện là Trung tâm Nghiên cứu Hàn Quốc thuộc Viện Nghiên cứu Đông Bắc Á.",
     ["Trung tâm Nghiên cứu Hàn Quốc", "Viện Nghiên cứu Đông Bắc Á"]),
    ("Hội thảo có sự phối hợp của Khoa Đông phương học, Trường Đại học Hà Nội.",
     ["Khoa Đông phương học", "Trường Đại học Hà Nội"]),
    ("Trường Đại học Hà Nội học tập kinh nghiệm đào tạo.", "Trường Đại học Hà Nội"),
    ("Ông Quang đề nghị Cảng vụ Hàng hải Hải Phòng tiếp tục cải cách.", "Cảng vụ Hàng hải Hải Phòng"),
    # what a body does after its name is no part of it; a country is no body
    ("Sở Xây dựng rà soát quỹ nhà cho công nhân.", "Sở Xây dựng"),
    ("Công ty Cổ phần Nông sản Phương Nam Xanh chuyên sản xuất sầu riêng.", "Công ty Cổ phần Nông sản Phương Nam Xanh"),
    ("Các nhà đầu tư đến từ Đài Loan và Nhật Bản.", None),
    # an airline's head word is three words, its name after them
    ("Hiệp hội Du lịch Hải Phòng và Hãng hàng không Vietjet đồng hành.",
     ["Hiệp hội Du lịch Hải Phòng", "Hãng hàng không Vietjet"]),
    # a theatre acts (a company of performers), unless it is where
    ("Có Đoàn Nghệ thuật Quốc gia Hàn Quốc và Nhà hát Ca múa nhạc Việt Nam biểu diễn.",
     ["Đoàn Nghệ thuật Quốc gia Hàn Quốc", "Nhà hát Ca múa nhạc Việt Nam"]),
    ("Tối 25.10, tại Nhà hát Lớn Hải Phòng, chương trình khai mạc.", None),
    ("Gian hàng được bố trí tại Quảng trường Nhà hát Lớn.", None),
    # a field of two syllables after a dash ends the faculty's name
    ("Khoa Tài chính – Ngân hàng của FTU sẽ phối hợp.", "Khoa Tài chính – Ngân hàng"),
)  # fmt: skip
def head_word(segment: Segment) -> Iterator[Found]:
    """A head word (Bộ, Tập đoàn, Ủy ban nhân dân, Trường …) and the name after it; a
    `Trung tâm` or a `Nhà hát` after `tại` or a venue's word is a venue, not an organisation;
    an office named only in its head's post (`Giám đốc Văn phòng KOICA tại Việt Nam`) is to
    check."""
    text = segment.text
    taken: list[Span] = []
    for match in ORG_START.finditer(text):
        if any(o.start <= match.start() < o.end for o in taken):
            continue
        if _PLACE_AT.match(text, match.start()):
            continue  # "Hội An", "Hội An – Bà Nà": a town whose name opens with a head word
        if match.group(1) in _VENUE_HEADS and (
            re.search(r"\b(?:tại|ở|đến|về)\s+$", text[: match.start()])
            or VENUE_BEFORE.search(text[: match.start()])
        ):
            # "tại Trung tâm Hội nghị Quốc gia", "Quảng trường Nhà hát Lớn": a venue
            continue
        if match.group(1).startswith("Chính") and _inside_a_name(text, match.start()):
            continue  # "Học bổng Chính phủ Hàn Quốc": a scholarship, not the government
        if match.group(1) == "Khoa" and re.search(r"\p{Lu}\p{L}*\s+$", text[: match.start()]):
            continue  # "57 Nguyễn Khoa Chiêm": a name (a street's) that goes on through Khoa
        if re.search(r"(?:Ủy|Uỷ) viên\s+$", text[: match.start()]):
            continue  # "Ủy viên Ban Thường vụ Tỉnh ủy": a member's post, part of a person's role
        if re.search(
            r"(?<![\w])(?:phường|xã|quận|huyện|thị xã|thị trấn|cầu|đường|phố|chợ|bến|sông|"
            r"hồ|núi|đảo|ngõ|hẻm)\s+$",
            text[: match.start()],
        ):
            # "phường Trường Vinh", "cầu Trường Tiền": a ward, a bridge or a street whose name
            # opens with a head word
            continue
        if match.group(1) == "Đài" and (segment.kind == "heading" or " | " in text):
            continue  # "BẢN TIN 19H | Đài Phát thanh – Truyền hình …": the outlet's own chrome
        span = name_at(text, match)
        if span is not None and span.name in PLACES:
            continue  # "quay tại Hội An": a town whose name opens with a head word
        if span is not None and span.name in GENERIC_ORGANISATIONS:
            continue  # "Ban Tổ chức cho biết": the event's committee, no body's name
        if span is not None and _COMMITTEE_DOING.match(span.name):
            continue  # "Ban Tổ chức dự kiến lễ hội …": the committee, and what it does
        if span is not None and _CONVENTION_CENTRE.match(span.name):
            continue  # "Địa điểm: Trung tâm Hội nghị và Triển lãm Sài Gòn": a venue, not who
        if span is not None:
            member = _MEMBER_OF.match(text, span.end)
            if match.group(1) == "Trường" and member:  # "Trường Đại học Ngoại ngữ, Đại học Huế"
                span = Span(text[span.start : member.end()], span.start, member.end())
            region = _REGION_OF.match(text, span.end)
            if region and region["short"].casefold().endswith(region["where"].casefold()):
                # "Hiệp hội … khu vực Bắc Ninh (KBA Bắc Ninh)": its short form says the region
                # is in the name
                span = Span(
                    text[span.start : region.end("region")], span.start, region.end("region")
                )
            taken.append(span)
            yield _found(span, text)


# A post written in English before a company's name
_LATIN_POST = re.compile(r"(?:CEO|CFO|CTO|COO|CIO|Chairman|President|Director|Founder)\s+")


@rule(
    "vi.organisation.company-name",
    "organisation",
    ("Samsung Electronics và LG Innotek mở rộng đầu tư.", ["Samsung Electronics", "LG Innotek"]),
    ("Theo KOTRA, xuất khẩu tăng.", "KOTRA"),
    ("KORCHAM và KOSMES phối hợp tổ chức.", ["KORCHAM", "KOSMES"]),
    ("Hội nghị diễn ra tại Khách sạn Lotte Hà Nội.", None),
    ("Đoàn dự hội nghị gặp gỡ nhà đầu tư tại khách sạn Lotte.", None),
    ("Korean Air và Lotte Mart cam kết mở rộng đầu tư.", ["Korean Air", "Lotte Mart"]),
    ("Samsung Electronics Việt Nam tài trợ giải thưởng.", "Samsung Electronics Việt Nam"),
    ("Liên doanh thành lập giữa Seojin Textile Co., Ltd. và đối tác.", "Seojin Textile Co., Ltd."),
    # the head word and the trade before the name are the name's
    (
        "Tanixa ký với Tập đoàn bán lẻ Hanmaeul Mart hợp đồng cung cấp.",
        "Tập đoàn bán lẻ Hanmaeul Mart",
    ),
    ("Ngân hàng ký với Samsung Electronics hợp đồng tín dụng.", "Samsung Electronics"),
    # a post in English before the name is no part of it
    ("Ông Han Ji-sung, CEO Hanbit Energy Solutions, cho biết.", "Hanbit Energy Solutions"),
)
def company_name(segment: Segment) -> Iterator[Found]:
    """A company or agency named without a head word (briefing/data/vi/companies.txt)."""
    text = segment.text
    for match in COMPANY_RE.finditer(text):
        if VENUE_BEFORE.search(text[: match.start()]):
            continue  # "Khách sạn Lotte": where, not who
        start, end = match.start(), match.end()
        post = _LATIN_POST.match(text, start, end)
        if post:  # "CEO Hanbit Energy Solutions": a post, then the company
            start = post.end()
        local = re.match(r" (?:Việt Nam|Vietnam|Hàn Quốc|Korea)(?![\w])", text[end:])
        if local:  # "Samsung Electronics Việt Nam": the company's subsidiary, its own name
            end += local.end()
        head = _HEAD_AND_TRADE.search(text[:start])
        if head:  # "Tập đoàn bán lẻ Hanmaeul Mart": its head word and trade are its name's
            start = head.start()
        span = Span(text[start:end], start, end)
        acronym = ACRONYM_AFTER.match(text, end)
        if acronym:
            span.acronym = acronym.group(1)
        yield _found(span)


def _inside_a_name(text: str, start: int) -> bool:
    """The words right before `start` are a capitalised noun that is no position: the
    head at `start` is part of that name."""
    before = [t for t in tokens_of(text) if t.end <= start]
    if not before:
        return False
    last = before[-1]
    return (
        last.text[:1].isupper()
        and last.tag in {"N", "Np", "Nc"}
        and not POSITION_RE.fullmatch(last.text)
    )


def initials(name: str) -> str:
    """'Khoa học và Công nghệ' -> 'KH&CN'; 'Ủy ban nhân dân' -> 'UBND'."""
    out = []
    for word in name.split():
        if word in {"và", "&"}:
            out.append("&")
        else:
            letter = unicodedata.normalize("NFD", word)[0].upper()
            out.append("D" if letter == "Đ" else letter)
    return "".join(out)


def abbreviates(short: str, long: str) -> bool:
    """`Bộ KH&CN` abbreviates `Bộ Khoa học và Công nghệ`: the same head, and the short
    form's acronym spells the long form's initials."""
    short_words, long_words = short.split(), long.split()
    if (
        len(short_words) < 2
        or short_words[0] != long_words[0]
        or len(long_words) <= len(short_words)
    ):
        return False
    acronym = " ".join(short_words[1:])
    if not re.fullmatch(r"[A-ZĐ&.]+", acronym.replace(" ", "")):
        return False
    spelled = acronym.replace("&", "").replace(".", "").replace("Đ", "D")  # "KH&ĐT"
    return initials(" ".join(long_words[1:])).replace("&", "") == spelled


LONG_FORMS = table("vi/long-forms")
_SHORT = re.compile(r"(?<![\w&])(" + alternation(LONG_FORMS) + r")(?![\w&])")


def expanded(name: str) -> str:
    """The name with its abbreviations spelt out and bracketed acronyms dropped, folded:
    what two ways of writing one organisation share."""
    name = re.sub(r"\s*\([A-ZĐ][A-ZĐa-z0-9&]{1,9}\)", "", name)
    name = _SHORT.sub(lambda m: LONG_FORMS[m.group(1)], name)
    return " ".join(name.split()).casefold()


# The unit of government before a place's name, as `expanded` spells it
_UNIT_OF_PLACE = re.compile(r" (?:thành phố|tỉnh) (?=\S)")


def canonical(name: str, names: list[str]) -> str:
    """The name one organisation goes by: `Bộ KH&CN` is `Bộ Khoa học và Công nghệ` when
    both appear, `Đại học X` is `Trường Đại học X`, `Samsung Display` is `Công ty TNHH
    Samsung Display Việt Nam` when that is the only company of that name, and `Sở Công
    Thương` is `Sở Công Thương tỉnh Long An` when that is the only longer name it begins."""
    plain = {n: bare(n) for n in names}
    target = name
    for other in names:
        if other != target and abbreviates(bare(target), plain[other]):
            target = other
    if "Trường " + target in names:
        target = "Trường " + target
    legal = [o for o in names if re.fullmatch(re.escape(target) + _LEGAL, o)]
    if len(legal) == 1:
        target = legal[0]  # "Seojin Textile" is "Seojin Textile Co., Ltd." named in full
    formed = [o for o in names if o != target and _LEGAL_FORM.sub("", bare(o)) == target]
    if len(formed) == 1:
        target = formed[0]  # "Ngân hàng Hanbit Việt Nam" is "Ngân hàng TNHH MTV Hanbit Việt Nam"
    longer = [o for o in names if o != target and bare(o).startswith(bare(target) + " ")]
    if len(longer) == 1 and ORG_START.match(target):
        target = longer[0]  # "Sở Công Thương", "UBND tỉnh": the one named in full
    spelled = expanded(target)
    for other in names:  # "UBND tỉnh Nghệ An" is "Ủy ban Nhân dân (UBND) tỉnh Nghệ An"
        if other != target and expanded(other) == spelled and len(other) > len(target):
            target = other
    # "Sở Du lịch Đà Nẵng" is "Sở Du lịch TP. Đà Nẵng": the same name with its place's unit,
    # when only one name adds one
    united = [
        o
        for o in names
        if _UNIT_OF_PLACE.search(expanded(o)) and _UNIT_OF_PLACE.sub(" ", expanded(o)) == spelled
    ]
    if len(united) == 1 and not _UNIT_OF_PLACE.search(spelled):
        target = united[0]
    owners = [
        other
        for other in names
        if re.fullmatch(_COMPANY_HEADS + re.escape(target) + r"(?: Việt Nam)?", other)
    ]
    if len(owners) == 1:
        return owners[0]
    # "Dongsan Group" is "Tập đoàn Dongsan": the group's English name, its own words
    latin = re.fullmatch(r"(?P<own>(?:[A-Z][\w&-]*\s){1,3})(?:Group|Corporation|Corp)", target)
    if latin:
        groups = [o for o in names if o == f"Tập đoàn {latin['own'].strip()}"]
        if len(groups) == 1:
            return groups[0]
    # "Trường Sơn 51%" is "Công ty CP Năng lượng Trường Sơn": a company's own last words,
    # when only one company's name ends with them
    ending = [
        o for o in names if o != target and re.match(_COMPANY_HEADS, o) and o.endswith(" " + target)
    ]
    if len(ending) == 1 and len(target.split()) >= 2:
        return ending[0]
    # "Hanwool Vina" is "Công ty TNHH Hanwool Electronics Vina", "Seyang Vina" is "Công ty
    # TNHH Seyang Vina Bắc Ninh": a Latin name's first and last words, when only one
    # company's name (its place after it apart) begins and ends with them
    if re.fullmatch(r"[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+){1,2}", target):
        first, last = target.split()[0], target.split()[-1]
        fuller = []
        for other in names:
            head = re.match(_COMPANY_HEADS, other)
            own = _ENDS_WITH_PLACE.sub("", other[head.end() :]).rstrip() if head else ""
            if other != target and (
                own == target or (own.startswith(first + " ") and own.endswith(" " + last))
            ):
                fuller.append(other)
        if len(fuller) == 1:
            return fuller[0]
    # "Quỹ Saebit" is "Quỹ Văn hóa Hàn – Việt Saebit": its head and its own last word, when
    # only one longer name has both
    short = ORG_START.match(target)
    if short and len(target[short.end() :].split()) == 1:
        own = target[short.end() :].strip()
        fuller = [
            o
            for o in names
            if o != target and o.startswith(short.group(0)) and o.endswith(" " + own)
        ]
        if len(fuller) == 1:
            return fuller[0]
    return target


# A legal form inside a name, after its head: "Ngân hàng TNHH MTV …", "Công ty CP …"
_LEGAL_FORM = re.compile(r"(?<=\S) (?:TNHH(?: MTV| Một thành viên)?|CP|Cổ phần|cổ phần)(?= \S)")


# Heads of a business's name: with a country alone after them they name none ("Tập đoàn
# Hàn Quốc"), where a government's or a school's may ("Chính phủ Hàn Quốc", "Đại học Huế").
_BUSINESS_HEADS = ("Tập đoàn", "Công ty", "Tổng công ty", "Doanh nghiệp", "Ngân hàng", "Liên danh")
# "Hàn – Việt", "Việt – Hàn": the two countries of a pair, no body's name
_COUNTRY_PAIR = re.compile(
    r"(?:Hàn|Việt|Hàn Quốc|Việt Nam)\s*[–-]\s*(?:Hàn|Việt|Hàn Quốc|Việt Nam)"
)


def _body_named_with(item: Found, person: Person, document: Document) -> bool:
    """Whether `item` is a body whose name ends with the person's, written with no position
    before it, in a sentence where that person was not read."""
    org = item.fact
    if not isinstance(org, Organisation) or not org.name["vi"].endswith(" " + person.name):
        return False
    return any(
        not _POSITION_ENDS.search(document.segment(segment_id).text[: item.start])
        for segment_id in set(org.segment_ids) - set(person.segment_ids)
    )


# A position right before a body's name: its head ("Chủ tịch UBND tỉnh …")
_POSITION_ENDS = re.compile(POSITION_RE.pattern + r"\s*$")


def tidy(found: list[Found], people: list[Person], document: Document | None = None) -> None:
    """ "Bộ KH&CN Hoàng Minh thông tin": the ministry's name ends where a person's begins
    (unless the article writes the body's name with that person's name elsewhere, alone: then
    the person is none, and is taken out of `people`); a
    name inside a person's (`Vũ Trường Giang`), a head and a country alone (`Tập đoàn Hàn
    Quốc`) are none, and a list line's figure after a name is no part of it."""
    # "Giám đốc Công ty CP Dịch vụ Du lịch Phạm Gia": a name that ends a body's name the
    # article writes elsewhere with no person in it is the body's, not a person's
    if document is not None:
        for person in list(people):
            if any(_body_named_with(item, person, document) for item in found):
                people.remove(person)
    for item in found:
        org = item.fact
        assert isinstance(org, Organisation)
        name = org.name["vi"]
        for person in people:
            name = name.split(" " + person.name)[0]
            if name in person.name:
                name = ""  # "ông Vũ Trường Giang": a person's name, no school
        # "Công ty CP Năng lượng Bắc Trung Bộ 15%": a list line's figure after the name
        name = re.sub(r"\s+[\d.,]+\s*%$", "", name)
        head = next((h for h in _BUSINESS_HEADS if name.startswith(h + " ")), "")
        rest = name[len(head) + 1 :]
        if head and (rest in PLACES or _COUNTRY_PAIR.fullmatch(rest)):
            name = ""  # "Tập đoàn Hàn Quốc": a group from Korea, no one body
        # "Thủ tướng Chính phủ Phạm Minh Chính": a head word alone names no one body
        org.name["vi"] = "" if name in ORG_HEADS else name
