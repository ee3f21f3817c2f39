"""Facts from the Vietnamese source: the event, people with roles, organisations, figures.

Only what the article states is extracted; nothing is guessed (an article that names
no place gets none). Labels are extracted in Vietnamese; the pipeline translates them
with the same translator as the text.

- Event: datelines (`TP.HCM, ngày 15/3/2026 –`), the first event named in the lead
  (`Hội thảo …`, `Lễ ký kết …`), its dates (`từ ngày 8 đến ngày 14/11`) and year (the
  date's own, the dateline's, the front matter's or the event name's), its place
  (`diễn ra tại`, `tổ chức tại`, `khai mạc tại`, `, tại X,`) and its organisers
  (`do A và B phối hợp tổ chức`, `A tổ chức`).
- People: a name (a known Vietnamese or Korean surname, then given names; Korean ones in
  Latin letters as `Kim Soo-jin`) with a cue: a position before it (`Thứ trưởng Bộ KH&CN
  Hoàng Minh`, `Theo Đại sứ … Choi Young Sam`), an appositive after it (`Bà Kim Soo-jin,
  Tổng Lãnh sự …,`), an academic or honorific title (`GS.TS`, `NSND`, kept apart from the
  role), `ông`/`bà`, or a profession (`ca sĩ`).
- Organisations: heads (`Bộ`, `UBND`, `Viện`, `Tập đoàn`, `Công ty` …) with their names,
  companies by name (`Samsung Electronics`, `SK hynix`), an acronym in brackets merged
  with its full name, and short forms (`Bộ KH&CN`) merged with the long one they abbreviate.
- Figures: each with what it measures, from the sentence's structure (pyvi's word
  segmentation and part-of-speech tags): the noun a count qualifies, the subject of
  `đạt`/`tăng`/`chiếm`, the purpose of a sum (`dành … cho …`); a range is one figure.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

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
from briefing.numbers import Quantity, vi_quantities
from briefing.segment import find_event_name

# ----------------------------------------------------------------------------- lexicon

SURNAMES_VI = set(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đào",
        "Đinh",
        "Lâm",
        "Mai",
        "Trịnh",
        "Trương",
        "Cao",
        "Lương",
        "Tạ",
        "Tô",
        "Châu",
        "Thái",
        "La",
        "Kiều",
        "Lưu",
        "Quách",
        "Triệu",
        "Đoàn",
        "Vương",
        "Tăng",
        "Khổng",
        "Chu",
        "Hứa",
        "Từ",
        "Giang",
        "Tôn",
        "Mạc",
        "Lại",
        "Nghiêm",
        "Phùng",
        "Hà",
        "Văn",
        "Vi",
        "Lò",
        "Thân",
        "Âu",
        "Doãn",
        "Diệp",
        "Đàm",
        "Kim",
        "Khúc",
        "Lục",
        "Mạc",
        "Ninh",
        "Quan",
        "Quản",
        "Thạch",
        "Tiêu",
        "Ông",
        "Đồng",
        "Cù",
        "Đường",
        "Bạch",
        "Chế",
        "Hầu",
        "Hàn",
        "Kha",
        "Khương",
        "Lã",
        "Lạc",
        "Lăng",
        "Mã",
        "Mẫn",
        "Nông",
        "Phí",
        "Phó",
        "Phương",
        "Sầm",
        "Tống",
        "Trình",
        "Ưng",
        "Viên",
        "Yên",
    ]
)
SURNAMES_KO = set(
    [
        "Kim",
        "Lee",
        "Yi",
        "Rhee",
        "Park",
        "Pak",
        "Bak",
        "Choi",
        "Choe",
        "Jung",
        "Jeong",
        "Chung",
        "Kang",
        "Gang",
        "Cho",
        "Jo",
        "Yoon",
        "Yun",
        "Jang",
        "Chang",
        "Lim",
        "Im",
        "Han",
        "Oh",
        "Seo",
        "Suh",
        "Shin",
        "Sin",
        "Kwon",
        "Gwon",
        "Hwang",
        "Ahn",
        "An",
        "Song",
        "Yoo",
        "Yu",
        "Ryu",
        "Hong",
        "Jeon",
        "Chun",
        "Ko",
        "Go",
        "Moon",
        "Mun",
        "Yang",
        "Son",
        "Sohn",
        "Bae",
        "Baek",
        "Paik",
        "Heo",
        "Huh",
        "Nam",
        "Noh",
        "Roh",
        "Ha",
        "Kwak",
        "Sung",
        "Seong",
        "Cha",
        "Joo",
        "Ju",
        "Woo",
        "Min",
        "Na",
        "Jin",
        "Byun",
        "Byeon",
        "Do",
        "Um",
        "Eom",
        "Won",
        "Gil",
        "Goo",
        "Koo",
        "Ku",
        "Gu",
        "Hyun",
        "Tak",
        "Pyo",
        "Yeo",
        "Chae",
        "Choo",
        "Chu",
        "Ji",
        "Maeng",
        "Bong",
        "Ok",
        "Myung",
        "Seol",
        "Ban",
        "Gong",
        "Kong",
    ]
)
SURNAMES = SURNAMES_VI | SURNAMES_KO
POSITIONS = (
    "Phó Chủ tịch nước", "Chủ tịch nước", "Tổng Bí thư", "Phó Thủ tướng", "Thủ tướng",
    "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội", "Chủ tịch Hội đồng quản trị",
    "Phó Chủ tịch", "Chủ tịch", "Bộ trưởng", "Thứ trưởng", "Đại sứ", "Tổng Lãnh sự",
    "Lãnh sự", "Tham tán", "Tùy viên", "Trưởng đại diện", "Phó Tổng Giám đốc",
    "Tổng Giám đốc", "Giám đốc điều hành", "Phó Giám đốc", "Giám đốc", "Phó Viện trưởng",
    "Viện trưởng", "Phó Hiệu trưởng", "Hiệu trưởng", "Phó Tổng cục trưởng", "Tổng cục trưởng",
    "Phó Cục trưởng", "Cục trưởng", "Phó Vụ trưởng", "Vụ trưởng", "Phó Trưởng ban",
    "Trưởng ban", "Trưởng phòng", "Trưởng khoa", "Phó Trưởng khoa", "Chủ nhiệm", "Bí thư",
    "Phó Bí thư", "Thống đốc", "Phó Thống đốc", "Tổng Thư ký", "Tổng thư ký", "Chánh Văn phòng",
    "Người phát ngôn", "Chủ tịch UBND", "Phó Chủ tịch UBND", "Trưởng Cơ quan", "Trưởng đoàn",
    "Trưởng Ban", "Đại biểu Quốc hội", "Chủ tịch Hiệp hội", "Nhà sáng lập", "CEO", "Trưởng",
    "Phó Tỉnh trưởng", "Tỉnh trưởng", "Phó Thị trưởng", "Thị trưởng", "Thống đốc bang",
    "Chủ tịch tỉnh", "Chủ tịch thành phố", "Phó Chủ tịch tỉnh",
)  # fmt: skip
PROFESSIONS = (
    "ca sĩ", "nghệ sĩ", "nhạc sĩ", "họa sĩ", "nhà văn", "nhà thơ", "đạo diễn", "diễn viên",
    "vận động viên", "huấn luyện viên", "nhà nghiên cứu", "chuyên gia", "kiến trúc sư",
    "nhà báo", "doanh nhân", "giáo sư",
)  # fmt: skip
TITLES = (
    "GS.TSKH", "PGS.TSKH", "GS.TS", "PGS.TS", "TS.BS", "ThS.BS", "GS.", "PGS.", "TS.", "ThS.",
    "BS.", "KS.", "LS.", "GS", "PGS", "TS", "ThS", "NGND", "NGƯT", "NSND", "NSƯT", "NNND",
    "NNƯT", "Giáo sư", "Phó Giáo sư", "Tiến sĩ", "Thạc sĩ", "Đại tướng", "Thượng tướng",
    "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá",
)  # fmt: skip
HONORIFICS = ("Ông", "ông", "Bà", "bà", "Anh", "anh", "Chị", "chị", "Ngài", "ngài")
PLACES = (
    "Việt Nam", "Hàn Quốc", "Nhật Bản", "Trung Quốc", "Hoa Kỳ", "Đông Nam Á", "Đông Bắc Á",
    "Châu Á", "châu Á", "Hà Nội", "TP.HCM", "TP. HCM", "TP Hồ Chí Minh", "TP. Hồ Chí Minh",
    "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ",
    "Bắc Ninh", "Bắc Giang", "Hải Dương", "Hưng Yên", "Vĩnh Phúc", "Thái Nguyên", "Quảng Ninh",
    "Nam Định", "Thái Bình", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Huế",
    "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Khánh Hòa", "Nha Trang",
    "Lâm Đồng", "Đà Lạt", "Bình Dương", "Đồng Nai", "Bà Rịa – Vũng Tàu", "Long An", "Tây Ninh",
    "Hà Nam", "Hà Giang", "Lào Cai", "Phú Thọ", "Sơn La", "Seoul", "Busan", "Incheon",
    "Gyeonggi", "Daegu", "Gwangju", "Ulsan", "Jeju", "Sơn Trà", "Hoàn Kiếm", "Ba Đình",
    "Đông Nam Bộ", "Tây Nguyên", "Đồng bằng sông Cửu Long", "ASEAN", "Thăng Long",
)  # fmt: skip
ORG_HEADS = (
    "Tổng Lãnh sự quán", "Lãnh sự quán", "Đại sứ quán", "Tổng công ty", "Công ty TNHH",
    "Công ty CP", "Công ty cổ phần", "Công ty", "Tập đoàn", "Tổng cục", "Cục", "Bộ", "Viện",
    "Quỹ", "Cơ quan", "Ủy ban nhân dân", "Ủy ban", "UBND", "HĐND", "Hiệp hội", "Trường",
    "Đại học", "Học viện", "Ngân hàng", "Sở", "Vụ", "Văn phòng", "Trung tâm", "Phòng Thương mại",
    "Liên đoàn", "Hội đồng", "Tổ hợp", "Khu công nghệ cao", "Thông tấn xã", "Đài", "Hãng",
    "Liên minh", "Tổ chức", "Hội",
)  # fmt: skip
# Companies and agencies named without a head word. Multi-word names first.
COMPANIES = (
    "Samsung Electronics", "Samsung Display", "Samsung SDI", "Samsung Biologics",
    "Samsung Heavy Industries", "Samsung C&T", "SK hynix", "SK Telecom", "SK Innovation",
    "SK On", "LG Electronics", "LG Display", "LG Innotek", "LG Chem", "LG Energy Solution",
    "Hyundai Motor", "Hyundai Engineering", "Kia", "Lotte", "CJ CGV", "CJ CheilJedang",
    "POSCO", "Posco", "Hanwha Aerospace", "Hanwha", "Doosan Enerbility", "Doosan", "Naver",
    "Kakao", "Shinhan", "Woori", "Hana", "Amorepacific", "Emart", "Nongshim", "Orion",
    "Hyosung", "Daewoo", "Coupang", "Celltrion", "Samsung", "Hyundai", "SK", "LG", "CJ",
    "Viettel", "FPT", "VNPT", "Vingroup", "VinFast", "Vietnam Airlines", "Vietjet", "Vinamilk",
    "PetroVietnam", "EVN", "Masan", "MobiFone", "VNG", "BIDV", "Vietcombank", "VietinBank",
    "Agribank", "KOTRA", "KOICA", "NIPA", "KISA", "KITA", "KCCI", "VCCI", "KIAT", "VKIST",
)  # fmt: skip
EVENT_VERBS = r"(?:diễn ra|được tổ chức|tổ chức|khai mạc|khai trương|kéo dài|bế mạc)"
MEASURE_VERBS = {
    "đạt", "là", "lên", "lên_tới", "tới", "vượt", "chiếm", "tăng", "giảm", "ở_mức", "có",
    "ước_đạt", "khoảng", "tăng_thêm", "thêm", "còn", "lên_đến", "đến",
}  # fmt: skip
CHANGE_VERBS = {"tăng": "mức tăng của", "giảm": "mức giảm của", "tăng_trưởng": "mức tăng của"}
# Words pyvi tags as verbs that name things inside a noun phrase.
NOMINAL_VERBS = {
    "ghi_nhớ", "đăng_ký", "chiếu_phim", "đầu_tư", "hợp_tác", "đào_tạo", "nghiên_cứu",
    "xuất_khẩu", "nhập_khẩu", "khởi_nghiệp", "sản_xuất", "thiết_kế", "tham_quan", "nội_địa_hoá",
    "nội_địa_hóa", "xuất_siêu", "nhập_siêu", "trưng_bày", "du_học", "học_tập", "tài_trợ",
    "vay", "ưu_đãi", "hỗ_trợ", "cung_cấp", "chuyển_đổi", "phát_triển", "đổi_mới", "thương_mại",
    "song_phương", "đa_phương", "dệt", "may", "dệt_may", "chế_tạo", "chế_biến", "lắp_ráp",
    "lao_động", "chứng_nhận", "cấp_phép", "thẩm_định", "kiểm_định", "thực_tập", "giao_lưu",
}  # fmt: skip
ALLOCATING = {"đầu_tư", "dành", "chi", "rót", "cấp", "hỗ_trợ", "tài_trợ", "huy_động", "bố_trí"}
VALUE_NOUNS = {"giá_trị", "tổng_giá_trị", "trị_giá", "tổng_vốn", "tổng", "tổng_cộng", "kinh_phí"}
ADVERBS = {"đã", "sẽ", "đang", "cũng", "vẫn", "hiện", "mới", "vừa", "chỉ", "còn"}
UNITS = {"mw", "gw", "kw", "kwh", "mwh", "gwh", "tấn", "ha", "km", "m2", "m²", "teu", "tỷ_kwh"}
UNIT_WORDS = {"tỷ", "tỉ", "triệu", "nghìn", "ngàn", "usd", "đồng", "vnd", "vnđ", "%"}
TIME_NOUNS = {"năm", "giai_đoạn", "ngày", "tháng", "quý", "tuần", "năm_học", "thời_kỳ"}
APPROXIMATE = {
    "khoảng", "hơn", "gần", "trên", "dưới", "tối_đa", "tối_thiểu", "chừng", "ít_nhất",
    "dự_kiến", "ước_tính", "ước", "lên_tới", "lên_đến",
}  # fmt: skip
GENERIC_NOUNS = {"người", "lượt", "trường_hợp", "đơn_vị", "chiếc", "cái", "con", "lần"}
_NAME_WORD = re.compile(r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]*(?:-[A-Za-zà-ỹđ]+)?$")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_POSITION_RE = re.compile(r"(?<![\w.])(" + _alternation(POSITIONS) + r")(?![\w])")
_PROFESSION_RE = re.compile(r"(?<![\w])(" + _alternation(PROFESSIONS) + r")(?![\w])")
_TITLE_RE = re.compile(r"(?<![\w.])(" + _alternation(TITLES) + r")(?=\s|$)")
_HONORIFIC_RE = re.compile(r"(?<![\w])(" + _alternation(HONORIFICS) + r")(?=\s)")


# ----------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class Token:
    text: str  # as written (with spaces, not pyvi's underscores)
    key: str  # pyvi's word, lower-cased: "kim_ngạch"
    tag: str  # pyvi's part of speech: N, Np, V, E, M, …
    start: int
    end: int


@cache
def _pyvi() -> Any:
    from pyvi import ViPosTagger, ViTokenizer

    return ViTokenizer, ViPosTagger


def tokens_of(text: str) -> list[Token]:
    """pyvi's words and tags, mapped back onto the text's characters."""
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
    return out


# ----------------------------------------------------------------------------- figures

_TARGET_YEAR = re.compile(r"(?:đến|tới|trước|vào|tầm nhìn đến|cho đến)\s+(?:năm\s+)?$", re.I)


def _noun_phrase_after(tokens: list[Token], i: int, limit: int = 5) -> list[Token]:
    """The noun phrase starting at token i: nouns, proper nouns, adjectives, and verbs
    that name things inside a noun phrase (`biên bản ghi nhớ`)."""
    phrase: list[Token] = []
    while i < len(tokens) and len(phrase) < limit:
        token = tokens[i]
        if token.key in TIME_NOUNS and phrase:
            break
        if token.tag in {"N", "Nc", "Np", "Ny", "Nu", "A", "L"} or (
            token.tag == "V" and token.key in NOMINAL_VERBS and phrase
        ):
            if token.tag == "L" and phrase:
                break
            phrase.append(token)
            i += 1
            continue
        break
    return phrase


def _subject_before(tokens: list[Token], i: int, limit: int = 12) -> list[Token]:
    """The noun phrase that ends at token i (inclusive), walking back: nouns, adjectives,
    numbers of years and links inside a noun phrase (`của`, `giữa … và …`); a verb only
    where it starts the phrase (`xuất khẩu của Việt Nam …`)."""
    phrase: list[Token] = []
    links = {"của", "giữa", "trong", "tại", "từ", "sang", "và", "ở", "ngoài"}
    while i >= 0 and len(phrase) < limit:
        token = tokens[i]
        previous = tokens[i - 1] if i > 0 else None
        if token.tag in {"N", "Nc", "Np", "Ny", "Nu", "A", "M", "L"} or token.key in links:
            phrase.insert(0, token)
        elif token.tag == "V" and (
            token.key in NOMINAL_VERBS
            or (
                phrase
                and previous is not None
                and previous.tag in {"N", "Nc"}
                and token.key not in {"có", "là"}  # "Dự án có tổng vốn": a clause, not a name
            )
        ):
            phrase.insert(0, token)  # inside the noun phrase: "phòng thí nghiệm chung"
        elif token.tag == "V" and (
            previous is None or previous.tag in {"F", "C"} or previous.key in {"còn", "đó"}
        ):
            phrase.insert(0, token)  # a verb that starts the subject: "xuất khẩu của …"
            break
        else:
            break
        i -= 1
    while phrase and (phrase[0].key in links or phrase[0].tag in {"M", "L"}):
        phrase.pop(0)
    while phrase and phrase[-1].key in links:
        phrase.pop()
    return phrase


def _words(tokens: list[Token], text: str) -> str:
    if not tokens:
        return ""
    return text[tokens[0].start : tokens[-1].end].strip(" ,.;:")


def _index(tokens: list[Token], position: int) -> int:
    """The first token that ends after `position`."""
    for i, token in enumerate(tokens):
        if token.end > position:
            return i
    return len(tokens)


def _label(tokens: list[Token], text: str, q: Quantity, kind: str, earlier: list[Figure]) -> str:
    """What a figure measures, from the words around it."""
    first = _index(tokens, q.start)
    last = _index(tokens, q.end - 1)
    after = last + 1
    while after < len(tokens) and (
        tokens[after].start < q.end
        or (after == last + 1 and (tokens[after].tag == "Nu" or tokens[after].key in UNITS))
    ):
        after += 1  # the figure's own words, and a unit after it (2.400 MW)
    per = ""
    if after + 1 < len(tokens) and tokens[after].key == "mỗi":  # "25.000 USD mỗi suất"
        per = f"mỗi {tokens[after + 1].text}"
        after = len(tokens)
    before = first - 1
    while before >= 0 and (
        tokens[before].key in APPROXIMATE or (q.high is not None and tokens[before].key == "từ")
    ):
        before -= 1
    noun = _noun_phrase_after(tokens, after)
    verb = tokens[before] if before >= 0 else None
    previous = next((f.measure["vi"] for f in reversed(earlier) if f.measure.get("vi")), "")

    def subject_of(index: int) -> str:
        while index >= 0 and (tokens[index].key in ADVERBS or tokens[index].key in MEASURE_VERBS):
            index -= 1
        words = _words(_subject_before(tokens, index), text)
        return words

    def with_per(label: str) -> str:
        return f"{label} ({per})" if label and per else label

    if kind == "count" or (kind == "percent" and noun):
        if noun and not (len(noun) == 1 and noun[0].key in GENERIC_NOUNS):
            return _words(noun, text)
        if verb is not None and verb.key in MEASURE_VERBS:
            subject = subject_of(before)
            if subject:
                return subject
        if not noun and verb is not None and verb.tag in {"N", "Np"}:  # "công suất 2.400 MW"
            subject = _words(_subject_before(tokens, before), text)
            linked = _linked(subject, "", tokens, before, text)
            return linked if " của " in linked else subject
        return _words(noun, text)
    if kind == "money" and noun:
        return _words(noun, text)
    if (
        kind == "money"
        and after < len(tokens)
        and tokens[after].key in {"cho", "để", "nhằm", "vào"}
    ):
        purpose = _purpose_after(tokens, after + 1)
        if purpose:
            return _words(purpose, text)
    if verb is not None and verb.key in MEASURE_VERBS:
        subject = subject_of(before)
        group = before
        while (
            group > 0
            and tokens[group].key in MEASURE_VERBS
            and tokens[group].key not in CHANGE_VERBS
        ):
            group -= 1  # "tăng thêm 15%"
        change = tokens[group].key
        if change in CHANGE_VERBS and kind == "percent":
            return f"{CHANGE_VERBS[change]} {subject or previous}".strip()
        if subject:
            return with_per(_linked(subject, previous, tokens, before, text))
    if (
        verb is not None
        and kind == "money"
        and verb.key in ALLOCATING
        and after < len(tokens)
        and (tokens[after].tag == "V" or tokens[after].key in {"cho", "để", "nhằm", "vào"})
    ):  # "cam kết đầu tư 500 triệu USD xây dựng trung tâm thương mại"
        start = after + (tokens[after].key in {"cho", "để", "nhằm", "vào"})
        purpose = _purpose_after(tokens, start)
        if purpose:
            return _words(purpose, text)
    if (
        verb is not None
        and before > 0
        and (verb.key == "trị_giá" or (verb.key == "giá_trị" and tokens[before - 1].tag == "F"))
    ):
        # "dự án điện khí trị giá X", "học bổng toàn phần, trị giá X"
        index = before - 1
        while index >= 0 and tokens[index].tag == "F":
            index -= 1
        subject = _words(_subject_before(tokens, index), text)
        if subject:
            return with_per(subject)
    if verb is not None and (verb.tag in {"N", "Np", "A"} or verb.key in NOMINAL_VERBS):
        subject = _words(_subject_before(tokens, before), text)
        if subject:
            return with_per(_linked(subject, previous, tokens, before, text))
    if kind == "money" and after < len(tokens) and tokens[after].tag == "V":
        purpose = _purpose_after(tokens, after)
        if purpose:
            return _words(purpose, text)
    if verb is not None and verb.tag == "V":
        return with_per(verb.text)
    return ""


def _linked(subject: str, previous: str, tokens: list[Token], end: int, text: str) -> str:
    """ "12 biên bản ghi nhớ với tổng vốn 2,3 tỷ USD", "phòng thí nghiệm với kinh phí
    5 triệu USD", "dự án có tổng vốn đầu tư 300 triệu USD": a value that `với` or `có`
    attaches to a thing is that thing's value."""
    index = end
    while index >= 0 and tokens[index].key not in {"với", "có", ",", "."}:
        index -= 1
    head = subject.split()[0].lower() if subject else ""
    if (
        index < 1
        or tokens[index].key not in {"với", "có"}
        or head not in {"tổng", "giá", "trị", "kinh", "vốn", "diện", "công", "quy"}
    ):
        return subject
    last = index - 1
    if tokens[index].key == "có":
        while last > 0 and (tokens[last].key in ADVERBS or tokens[last].key in APPROXIMATE):
            last -= 1  # "Nhà máy dự kiến có …", "Dự án sẽ có …"
    phrase = _subject_before(tokens, last, limit=6)
    counts = [i for i, t in enumerate(phrase) if t.tag == "M" and re.search(r"\d", t.text)]
    if counts:
        phrase = phrase[counts[-1] :]  # "vận hành 2 nhà máy điện": the count starts the thing
    while phrase and phrase[0].tag in {"L"} and phrase[0].key not in NOMINAL_VERBS:
        phrase.pop(0)
    while (
        not counts
        and phrase
        and phrase[0].tag in {"V", "M", "L"}
        and phrase[0].key not in NOMINAL_VERBS
    ):
        phrase.pop(0)
    owner = _words(phrase, text)
    if owner and tokens[last].tag != "V":
        return f"{subject} của {owner}"
    if previous:
        return f"{subject} của {previous}"
    verbs = [t for t in tokens[max(0, index - 3) : index] if t.tag in {"V", "N", "A"}]
    return f"{subject} ({_words(verbs, text)})" if verbs else subject


def _purpose_after(tokens: list[Token], i: int, limit: int = 6) -> list[Token]:
    phrase: list[Token] = []
    while i < len(tokens) and len(phrase) < limit:
        token = tokens[i]
        if token.tag in {"F", "M", "C", "R"} or token.key in TIME_NOUNS:
            break
        phrase.append(token)
        i += 1
    return phrase


def figures_in(segment: Segment) -> list[Figure]:
    """The segment's figures (dates, months and quarters are not figures; a year only as
    a target, `đến năm 2030`), each with what it measures."""
    text = segment.text
    found = [q for q in vi_quantities(text) if q.kind in {"number", "percent", "money"}]
    if not found:
        return []
    tokens = tokens_of(text)
    out: list[Figure] = []
    for q in found:
        if q.loose:
            continue
        before = text[: q.start]
        number_is_year = q.value == int(q.value) and 1900 <= q.value <= 2100
        kind: str
        if q.kind in {"percent", "money"}:
            kind = q.kind
        elif q.high is not None and number_is_year and 1900 <= q.high <= 2100:
            kind = "period"
        elif number_is_year and q.high is None and re.fullmatch(r"\d{4}", q.text):
            if not _TARGET_YEAR.search(before):
                continue  # a year that dates something else is no figure
            kind = "year"
        elif re.search(r"\btop\s+$", before, re.I):
            kind = "rank"
        else:
            kind = "count"
        if kind == "period" and re.search(r"năm học\s+(?:từ\s+)?$", before):
            continue  # a school year dates something: no figure
        if kind == "count" and _is_qualifier(tokens, q):
            continue
        start = q.start - (4 if kind == "rank" else 0)
        shown = text[start : q.end].strip()
        if kind == "year":
            year_word = re.search(r"năm\s+$", before)
            if year_word:
                shown = text[year_word.start() : q.end]
        label = _figure_label(tokens, text, q, kind, out)
        if kind == "count" and not label:
            kind = "number"
        out.append(
            Figure(
                segment_id=segment.id,
                text=shown,
                value=q.value,
                kind=kind,  # type: ignore[arg-type]
                unit=q.unit,
                measure={"vi": label} if label else {},
                high=q.high,
            )
        )
    return out


def _is_qualifier(tokens: list[Token], q: Quantity) -> bool:
    """ "trong 9 tháng", "nhà cung cấp cấp 1": a number that dates or names something."""
    after = _index(tokens, q.end - 1) + 1
    if after < len(tokens) and tokens[after].key in TIME_NOUNS | {"giờ", "phút"}:
        return True
    before = _index(tokens, q.start) - 1
    counted = after < len(tokens) and tokens[after].tag in {"N", "Nc", "Nu"}
    return (
        before >= 0
        and tokens[before].tag == "N"
        and tokens[before].key not in VALUE_NOUNS | {"số", "khoảng", "hơn"}
        and not counted
        and q.value < 100
    )


def _figure_label(
    tokens: list[Token], text: str, q: Quantity, kind: str, earlier: list[Figure]
) -> str:
    if kind == "rank":
        return _words(_noun_phrase_after(tokens, _index(tokens, q.end - 1) + 1), text)
    if kind in {"year", "period"}:
        start = q.start
        marker = re.search(
            r"(?:(?:trong|vào|đến|tới|trước)\s+)?(?:giai đoạn|năm|năm học)?\s*$", text[:start]
        )
        cut = marker.start() if marker else start
        first = _index(tokens, cut) - 1
        phrase = _subject_before(tokens, first, limit=8) if first >= 0 else []
        if not phrase:
            verb_phrase = [t for t in tokens[max(0, first - 4) : first + 1] if t.tag != "F"]
            phrase = verb_phrase
        label = _words(phrase, text)
        junk = all(t.tag in {"M", "Nu", "F"} or t.key in UNIT_WORDS for t in phrase)
        if (not label or junk) and earlier:
            same_sentence = [f for f in earlier if f.measure.get("vi")]
            if same_sentence:
                return same_sentence[-1].measure["vi"]
        if not label and kind == "year":
            return _words(_purpose_after(tokens, _index(tokens, q.end - 1) + 1), text)
        return label
    return _time_last(_label(tokens, text, q, kind, earlier))


_LEADING_TIME = re.compile(
    r"^(?P<pre>mức (?:tăng|giảm) của )?(?P<time>(?:năm|quý [IVX]+|tháng \d{1,2})(?:[ /]\d{4}))"
    r"\s+(?P<rest>[^\d\s].*)$"
)


def _time_last(label: str) -> str:
    """ "năm 2025 kim ngạch xuất khẩu" -> "kim ngạch xuất khẩu năm 2025": a time adverb
    that opens the clause belongs after what it dates."""
    m = _LEADING_TIME.match(label)
    if not m:
        return label
    return f"{m.group('pre') or ''}{m.group('rest')} {m.group('time')}"


# ----------------------------------------------------------------------------- people


@dataclass
class _Mention:
    name: str
    start: int
    end: int
    role: str = ""
    title: str = ""
    cued: bool = False


def _name_at(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """Within a run of capitalised words, the span (indices) of a person's name: after any
    leading places, from a known surname to the run's end, 2 to 4 words."""
    i = 0
    while i < len(words):
        for place in sorted(PLACES, key=len, reverse=True):
            parts = place.split()
            if [w for w, _, _ in words[i : i + len(parts)]] == parts and len(words) - i > len(
                parts
            ):
                i += len(parts)
                break
        else:
            break
    for j in range(i, len(words)):
        if words[j][0].split("-")[0] in SURNAMES and 2 <= len(words) - j <= 4:
            return j, len(words)
    return None


def _capitalised_run(text: str, start: int) -> list[tuple[str, int, int]]:
    """The capitalised words from `start` on (name words: letters and inner hyphens)."""
    run: list[tuple[str, int, int]] = []
    for m in re.finditer(r"\S+", text[start:]):
        raw = m.group(0)
        word = raw.rstrip(",.;:!?”\"')")
        word_start = start + m.start()
        if not _NAME_WORD.match(word) or word in HONORIFICS or _TITLE_RE.fullmatch(word):
            break
        run.append((word, word_start, word_start + len(word)))
        if word != raw:
            break
    return run


def _role_clause(text: str) -> str:
    """Text up to the first comma, full stop or semicolon outside parentheses."""
    depth = 0
    for i, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and char in ",.;" and (i + 1 == len(text) or text[i + 1] == " "):
            if char == "." and re.search(r"\b(?:TP|Tp|TS|GS)$", text[:i]):
                continue
            return text[:i].strip()
    return text.strip()


_ROLE_STOP = {
    "đã", "sẽ", "đang", "cho", "cam", "phát", "nhấn", "khẳng", "bày", "nhận", "đề", "kêu",
    "ký", "thăm", "tham", "dự", "chủ", "tiếp", "là", "có", "được", "với", "về", "khi", "để",
    "nhằm", "vừa", "mới", "cũng", "thông", "trao", "gặp", "hội", "chia", "giới", "công",
    "tuyên", "đánh", "lưu", "nói", "trả", "bắt", "chúc", "mong", "hy", "tin",
}  # fmt: skip


_PLACE_RE = re.compile(r"(?<![\w])(" + _alternation(PLACES) + r")(?![\w])")


def people_in(segment: Segment) -> list[Person]:
    """People named with a cue (a position, an appositive role, a title, ông/bà)."""
    text = segment.text
    mentions: list[_Mention] = []
    taken: list[tuple[int, int]] = [m.span() for m in _PLACE_RE.finditer(text)]

    def add(mention: _Mention) -> None:
        if any(a < mention.end and mention.start < b for a, b in taken):
            return
        taken.append((mention.start, mention.end))
        mentions.append(mention)

    # Position Name: "Thứ trưởng Bộ KH&CN Hoàng Minh", "Theo Đại sứ … Choi Young Sam".
    for m in _POSITION_RE.finditer(text):
        words: list[tuple[str, int, int]] = []
        lowercase = 0
        for w in re.finditer(r"\(?[^\s]+", text[m.end() :]):
            raw = w.group(0)
            word = raw.rstrip(",.;:!?”\"')")
            begin = m.end() + w.start()
            if raw.startswith("(") or word in {"–", "-"}:
                words.append((word, begin, begin + len(word)))
                if word != raw and not raw.endswith(")"):
                    break
                continue
            if not word or word in _ROLE_STOP or word in HONORIFICS:
                break
            if word == "và" and _POSITION_RE.match(text, begin + len("và ")):
                break
            if words and _POSITION_RE.match(text, begin) and not _ORG_START.match(text, begin):
                break
            if word[0].isupper() or word[0].isdigit() or "&" in word:
                lowercase = 0
            else:
                lowercase += 1
                if lowercase > 3:
                    break
            words.append((word, begin, begin + len(word)))
            if word != raw and not re.fullmatch(r"(?:TP|TS|GS)\.", raw):
                break
        # the name is the capitalised tail of the run
        tail: list[tuple[str, int, int]] = []
        for entry in reversed(words):
            if _NAME_WORD.match(entry[0]):
                tail.insert(0, entry)
            else:
                break
        span = _name_at(tail) if tail else None
        if span is None:
            continue
        name_words = tail[span[0] : span[1]]
        name = " ".join(w for w, _, _ in name_words)
        role = text[m.start() : name_words[0][1]].strip(" ,–-")
        add(_Mention(name, name_words[0][1], name_words[-1][2], role=role, cued=True))

    # Title / honorific / profession Name, with an optional appositive role after it.
    cues = [(m, "title") for m in _TITLE_RE.finditer(text)]
    cues += [(m, "honorific") for m in _HONORIFIC_RE.finditer(text)]
    cues += [(m, "profession") for m in _PROFESSION_RE.finditer(text)]
    for m, cue in sorted(cues, key=lambda c: c[0].start()):
        run = _capitalised_run(text, m.end() + 1) if m.end() < len(text) else []
        span = _name_at(run) if run else None
        if span is None or span[0] != 0:
            continue
        name_words = run[span[0] : span[1]]
        name = " ".join(w for w, _, _ in name_words)
        mention = _Mention(name, name_words[0][1], name_words[-1][2], cued=True)
        if cue == "title":
            mention.title = m.group(1)
        elif cue == "profession":
            mention.role = m.group(1)
        add(mention)

    # Bare names followed by an appositive role: "Kim Soo-jin, Tổng Lãnh sự …,".
    for mention in mentions:
        after = text[mention.end :]
        appositive = re.match(r"\s*(?:,|–|-|—|\()\s*", after)
        if not appositive:
            continue
        clause = _role_clause(after[appositive.end() :])
        if appositive.group(0).strip() == "(":
            clause = clause.removesuffix(")")
        if (
            (_POSITION_RE.match(clause) or _PROFESSION_RE.match(clause))
            and len(clause.split()) <= 20
            and (not mention.role or mention.role in PROFESSIONS)
        ):
            mention.role = clause
    # "Hiệu trưởng Trường X, PGS.TS Huỳnh Quyết Thắng, …": a role in the clause before.
    for mention in mentions:
        if mention.role or not mention.title:
            continue
        before = text[: mention.start].rstrip()
        before = (
            before[: -len(mention.title)].rstrip() if before.endswith(mention.title) else before
        )
        if before.endswith(","):
            clause = re.split(r"[,.;:]\s|^", before[:-1])[-1].strip()
            if _POSITION_RE.match(clause):
                mention.role = clause
    return [
        Person(
            name=m.name,
            role={"vi": m.role} if m.role else {},
            segment_ids=[segment.id],
            title=m.title,
        )
        for m in sorted(mentions, key=lambda m: m.start)
    ]


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
        known.title = known.title or person.title
    return list(merged.values())


# ----------------------------------------------------------------------------- organisations

_ORG_STOP = {
    "phối", "tổ", "đã", "sẽ", "đang", "cho", "là", "có", "để", "với", "trên", "cam",
    "phát", "nhấn", "đề", "kêu", "hỗ", "dành", "cùng", "được", "của", "về", "theo",
    "nhằm", "từ", "đến", "trong", "thì", "mà", "này", "đó", "các", "những", "nâng",
    "trao", "ký", "mở", "đưa", "tuyển", "hiện", "vừa", "cũng", "chiếm", "đạt", "tăng",
    "khẳng", "bày", "nhận", "giới", "tham", "tài", "chủ", "xây", "sản", "đầu", "tuyên",
}  # fmt: skip
# Two-word verbs whose first word also occurs inside names (công nghệ, thông tin).
_ORG_STOP_PAIRS = {("công", "bố"), ("thông", "báo"), ("mới", "đây"), ("đồng", "tổ")}
_ORG_START = re.compile(
    r"(?<![\w])("
    + _alternation(ORG_HEADS)
    + r")(?= (?:[A-ZĐÀ-Ỹ]|nhân dân|thành phố|tỉnh|quận|TNHH))"
)
_COMPANY_HEADS = (
    r"(?:Công ty TNHH|Công ty CP|Công ty cổ phần|Công ty|Tập đoàn|Tổng công ty|Ngân hàng) "
)
_COMPANY = re.compile(r"(?<![\w])(" + _alternation(COMPANIES) + r")(?![\w&])")
_LISTED_IN_NAME = re.compile(r" [A-ZĐ][a-zà-ỹđ]*(?: [a-zà-ỹđ]+)? và [A-ZĐ]")
# "(NATIF)", "(KH&CN)", and mixed case with two capitals: "(KoCham)"; not "(Korea)"
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9&]{1,9}|[A-Z][a-z]+[A-Z][A-Za-z0-9&]{0,8})\)")
_PLACE_AFTER = re.compile(r" tại (" + _alternation(PLACES) + r")(?![\w])")


@dataclass
class _Org:
    name: str
    start: int
    end: int
    acronym: str = ""


def _org_at(text: str, match: re.Match[str]) -> _Org | None:
    words = [match.group(1)]
    end = match.end()
    lowercase_run = 0
    for token in re.finditer(r"\S+", text[match.end() :]):
        raw = token.group(0)
        word = raw.rstrip(",.;:!?”\"')(").lstrip('(“"')
        if raw == "–" and words:  # "Vụ Thị trường châu Á – châu Phi"
            nxt = text[match.end() + token.end() :].split(maxsplit=1)
            if nxt and nxt[0] in {"châu", "Việt", "Hàn"}:
                words.append(raw)
                continue
            break
        if not word or raw.startswith(("(", "“", '"')) or word in _ORG_STOP:
            break
        following = text[match.end() + token.end() :].split(maxsplit=1)
        if following and (word, following[0].rstrip(",.")) in _ORG_STOP_PAIRS:
            break
        if word == "và":
            rest = text[match.end() + token.end() :].lstrip()
            if not rest[:1].isupper() or _ORG_START.match(rest) or _COMPANY.match(rest):
                break
            if _POSITION_RE.match(rest):
                break
        if word[0].isupper() or word[0].isdigit() or "&" in word or word == "hynix":
            lowercase_run = 0
        else:
            lowercase_run += 1
            if lowercase_run > 5:
                break
        words.append(word)
        end = match.end() + token.start() + len(word)
        if raw.endswith(",") and _LISTED_IN_NAME.match(text, match.end() + token.end()):
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
    place = _PLACE_AFTER.match(text, end)
    if place and match.group(1) in {
        "Tổng Lãnh sự quán",
        "Lãnh sự quán",
        "Đại sứ quán",
        "Trung tâm",
        "Văn phòng",
        "Cơ quan",
    }:
        name, end = text[match.start() : place.end()], place.end()
    org = _Org(name, match.start(), end)
    acronym = _ACRONYM_AFTER.match(text, end)
    if acronym:
        org.acronym, org.end = acronym.group(1), acronym.end()
    return org


def organisations_in(segment: Segment) -> list[str]:
    """The organisations named in the segment, as written; `Name (ACR)` for an acronym
    given in brackets."""
    return [o.name + (f" ({o.acronym})" if o.acronym else "") for o in _organisations(segment.text)]


def _organisations(text: str) -> list[_Org]:
    found: list[_Org] = []
    for match in _ORG_START.finditer(text):
        if any(o.start <= match.start() < o.end for o in found):
            continue
        if match.group(1) == "Trung tâm" and re.search(r"\btại\s+$", text[: match.start()]):
            continue  # "tại Trung tâm Hội nghị Quốc gia": a venue
        org = _org_at(text, match)
        if org is not None:
            found.append(org)
    for match in _COMPANY.finditer(text):
        if any(o.start <= match.start() < o.end for o in found):
            continue
        name = match.group(1)
        org = _Org(name, match.start(), match.end())
        acronym = _ACRONYM_AFTER.match(text, match.end())
        if acronym:
            org.acronym = acronym.group(1)
        found.append(org)
    return sorted(found, key=lambda o: o.start)


def _initials(name: str) -> str:
    """'Khoa học và Công nghệ' -> 'KH&CN'; 'Ủy ban nhân dân' -> 'UBND'."""
    out = []
    for word in name.split():
        if word in {"và", "&"}:
            out.append("&")
        else:
            letter = unicodedata.normalize("NFD", word)[0].upper()
            out.append("D" if letter == "Đ" else letter)
    return "".join(out)


_LONG_FORMS = {
    "UBND": "Ủy ban nhân dân",
    "TP.HCM": "Thành phố Hồ Chí Minh",
    "KH&CN": "Khoa học và Công nghệ",
}


def _abbreviates(short: str, long: str) -> bool:
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
    return _initials(" ".join(long_words[1:])).replace("&", "") == acronym.replace("&", "").replace(
        ".", ""
    )


# ----------------------------------------------------------------------------- event

_THEME = re.compile(r"chủ đề\s*[“\"]([^”\"]+)[”\"]")
_DATELINE = re.compile(
    r"^(?:\([^)]{1,40}\)\s*[–—-]?\s*)?(?P<place>[A-ZĐÀ-Ỹ][\w.À-ỹ ]{1,30}?),\s*(?:ngày\s+)?"
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}))?\s*[–—-]"
)
_DATE_IN_TEXT = re.compile(
    r"(?:(?:từ\s+)?(?:ngày\s+)?(?P<d1>\d{1,2})\s*(?:–|-|—|đến|tới)\s*(?:ngày\s+)?)?"
    r"(?<![\d/])(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}))?(?![\d/])"
)
_PLACE = re.compile(
    EVENT_VERBS + r"(?:\s+(?:từ\s+)?(?:ngày\s+)?[\d/ –-]+(?:đến\s+ngày\s+[\d/]+)?)?\s+tại\s+"
    r"(?P<place>[A-ZĐÀ-Ỹ][^,.;]*(?:\.[A-Z]+)?(?:,\s*(?:" + _alternation(PLACES) + r"))?)"
)
_PLACE_LEAD = re.compile(
    r"(?:^|,\s*)[Tt]ại\s+(?P<place>(?:(?:thành phố|tỉnh|huyện|quận|thị xã|xã)\s+)?"
    r"[A-ZĐÀ-Ỹ][^,.;]*(?:\.[A-Z]+)?),"
)
_PLACE_AFTER_NAME = (
    r"\s+(?:được\s+)?(?:diễn ra\s+|khai mạc\s+)?tại\s+(?P<place>(?:(?:thành phố|tỉnh)\s+)?"
    r"[A-ZĐÀ-Ỹ][^,.;]*(?:\.[A-Z]+)?)"
)
_ORGANISED = re.compile(r"(?:phối hợp |đồng |cùng )?tổ chức\b")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


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
        import datetime

        datetime.date(year or 2024, month, day)
    except ValueError:
        return None
    return EventDate(day=day, month=month, year=year)


def _trim_place(place: str) -> str:
    place = re.split(
        r"\s+(?:với|vào|nhằm|do|từ|trong|và thu hút|thu hút|sáng|chiều|tối|ngày)\b", place
    )[0]
    return place.strip(" ,.;")


def event_of(document: Document, organisations: list[Organisation]) -> Event:
    body = [s for s in document.segments if s.kind == "body"]
    lead = body[:3]
    event = Event()
    title = document.article.title
    # The event: the first one named in the lead, else in the headline.
    for segment in lead:
        name = find_event_name(segment.text)
        if name:
            event.name = {"vi": name}
            break
    else:
        name = find_event_name(title) if title else None
        if name:
            event.name = {"vi": name}
    named = event.name.get("vi", "")
    # Theme
    for segment in lead:
        theme = _THEME.search(segment.text)
        if theme:
            event.theme = {"vi": theme.group(1).strip()}
            break
    # Dateline
    dateline = _DATELINE.match(body[0].text) if body else None
    # Date: the one tied to the event ("diễn ra từ ngày 14 đến ngày 18/12"), else the
    # dateline's, else the first in the lead when an event is named.
    date: EventDate | None = None
    for segment in lead:
        text = segment.text
        for m in _DATE_IN_TEXT.finditer(text):
            tied = re.search(EVENT_VERBS + r"[^.;]{0,25}$", text[: m.start()])
            if named and named in text and text.find(named) < m.start() and tied:
                date = _date_of(m, segment.id)
                break
        if date is not None:
            break
    if date is None and dateline:
        date = EventDate(
            day=int(dateline.group("day")),
            month=int(dateline.group("month")),
            year=int(dateline.group("year")) if dateline.group("year") else None,
            segment_id=body[0].id,
        )
    if date is None:
        # No dateline: the lead's first date, when the lead names an event or says who
        # organised something ("Chiều 12/9, … UBND tỉnh Quảng Ninh tổ chức buổi làm việc")
        for segment in lead:
            first = _DATE_IN_TEXT.search(segment.text)
            if first and (named or _ORGANISED.search(segment.text)):
                date = _date_of(first, segment.id)
                break
    # A range that starts on the date found ("Lễ hội kéo dài từ ngày 19 đến ngày 21/9").
    if date is not None and date.end_day is None:
        for segment in lead:
            for candidate in _DATE_IN_TEXT.finditer(segment.text):
                ranged = _date_of(candidate, segment.id)
                if ranged.end_day is not None and (ranged.day, ranged.month) == (
                    date.day,
                    date.month,
                ):
                    date.end_day, date.end_month = ranged.end_day, ranged.end_month
    article = document.article
    front = parse_date(article.date) if article.date else None
    if date is None and front is not None:
        date = front
    if date is not None and date.year is None:
        for source in (
            dateline.group("year") if dateline else None,
            str(front.year) if front and front.year else None,
            named,
            title,
        ):
            year = _YEAR.search(source or "")
            if year:
                date.year = int(year.group(0))
                break
    if date is not None and parse_date(f"{date.day}/{date.month}/{date.year or 2024}") is None:
        date = None
    event.date = date
    # Place
    if article.place:
        event.place = {"vi": article.place}
    else:
        patterns = [_PLACE, _PLACE_LEAD]
        name = (event.name or {}).get("vi")
        if name:  # "tổ chức Hội nghị … năm 2026 tại Trung tâm Hội nghị thành phố"
            patterns.insert(1, re.compile(re.escape(name) + _PLACE_AFTER_NAME))
        for pattern in patterns:
            for segment in lead:
                found = pattern.search(segment.text)
                if found:
                    event.place = {"vi": _trim_place(found.group("place"))}
                    break
            if event.place:
                break
        if event.place is None and dateline and named:
            event.place = {"vi": dateline.group("place").strip()}
    # Organisers: "do A và B (phối hợp) tổ chức", "A (phối hợp với B) tổ chức".
    for segment in body[:4]:
        text = segment.text
        organised = _ORGANISED.search(text)
        if not organised:
            continue
        clause_start = max(
            text.rfind(",", 0, organised.start()), text.rfind(". ", 0, organised.start())
        )
        by = text.rfind(" do ", 0, organised.start())
        start = by + 4 if by >= 0 else clause_start + 1
        span = text[start : organised.start()]
        names = [
            o.name + (f" ({o.acronym})" if o.acronym else "")
            for o in _organisations(span)
            if not span[: o.start].rstrip().endswith("(")  # "(Bộ Công Thương)": a parent
        ]
        if names:
            event.organisers = [{"vi": n} for n in names]
            break
    return event


def _date_of(m: re.Match[str], segment_id: str) -> EventDate:
    day, month = int(m.group("day")), int(m.group("month"))
    year = int(m.group("year")) if m.group("year") else None
    if m.group("d1") and int(m.group("d1")) < day:
        return EventDate(int(m.group("d1")), month, year, segment_id, end_day=day, end_month=month)
    return EventDate(day, month, year, segment_id)


# ----------------------------------------------------------------------------- document


def _restates(figure: Figure, known: list[Figure]) -> bool:
    """The same figure stated again: same value and kind, and what it measures shares a
    word with the first statement's ("50.000 chuyên gia kỹ sư AI", "50.000 kỹ sư AI")."""
    words = set(figure.measure.get("vi", "").lower().split())
    for other in known:
        if (other.value, other.kind, other.unit, other.high) != (
            figure.value,
            figure.kind,
            figure.unit,
            figure.high,
        ):
            continue
        if not words or words & set(other.measure.get("vi", "").lower().split()):
            return True
    return False


def extract(document: Document) -> Document:
    """Facts stated in the source; captions contribute people but no figures."""
    figures: list[Figure] = []
    people: list[Person] = []
    organisations: dict[str, Organisation] = {}
    acronyms: dict[str, str] = {}  # NATIF -> Quỹ Đổi mới công nghệ quốc gia (NATIF)
    for segment in document.segments:
        if segment.kind == "body":
            figures += [f for f in figures_in(segment) if not _restates(f, figures)]
        people.extend(people_in(segment))
        for found in _organisations(segment.text):
            name = found.name + (f" ({found.acronym})" if found.acronym else "")
            if found.acronym:
                acronyms[found.acronym] = name
            entry = organisations.setdefault(name, Organisation(name={"vi": name}))
            if segment.id not in entry.segment_ids:
                entry.segment_ids.append(segment.id)
    people = merge_people(people)
    for acronym, name in acronyms.items():  # "NATIF" alone, once defined in brackets
        entry = organisations[name]
        for segment in document.segments:
            mentioned = re.search(rf"(?<![\w(]){re.escape(acronym)}(?![\w)])", segment.text)
            if mentioned and segment.id not in entry.segment_ids:
                entry.segment_ids.append(segment.id)
    merged: dict[str, Organisation] = {}

    def without_people(name: str) -> str:
        for person in people:  # "Bộ KH&CN Hoàng Minh thông tin": the ministry ends at the name
            name = name.split(" " + person.name)[0]
        return name

    names = [without_people(acronyms.get(n, n)) for n in organisations]
    bare = {n: re.sub(r"\s*\([A-Z0-9&]+\)$", "", n) for n in names}
    for name, org in organisations.items():
        canonical = without_people(acronyms.get(name, name))
        for other in names:  # "Bộ KH&CN" is "Bộ Khoa học và Công nghệ" when both appear
            if other != canonical and _abbreviates(bare[canonical], bare[other]):
                canonical = other
        if "Trường " + canonical in names:  # "Đại học X" is "Trường Đại học X"
            canonical = "Trường " + canonical
        owners = [  # "Samsung Display" is "Công ty TNHH Samsung Display Việt Nam"
            other
            for other in names
            if re.fullmatch(_COMPANY_HEADS + re.escape(canonical) + r"(?: Việt Nam)?", other)
        ]
        if len(owners) == 1:
            canonical = owners[0]
        known = merged.setdefault(canonical, Organisation(name={"vi": canonical}))
        known.segment_ids += [s for s in org.segment_ids if s not in known.segment_ids]
    document.facts = Facts(
        event=event_of(document, list(merged.values())),
        figures=figures,
        people=people,
        organisations=list(merged.values()),
    )
    return document
