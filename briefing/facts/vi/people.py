"""People in Vietnamese text: a name with a cue beside it, and the role the text gives.

A name is a run of capitalised words from a known surname on (Vietnamese, or Korean in
Latin letters: `Lee Jae-won`), two to four words, never a place. Without a cue (a position,
a title, ông/bà, a profession) a capitalised run is not read as a person at all.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex as re

from briefing.document import Person, Segment
from briefing.facts.base import Found, rule
from briefing.facts.vi.lexicon import (
    HONORIFIC_RE,
    HONORIFICS,
    NAME_WORD,
    ORG_START,
    PLACE_RE,
    PLACES,
    POSITION_RE,
    PROFESSION_RE,
    PROFESSIONS,
    ROLE_STOP,
    SURNAMES,
    TITLE_RE,
)
from briefing.facts.vi.organisations import LISTED_IN_NAME
from briefing.facts.vi.tokens import tokens_of

Span = tuple[str, int, int]  # a word and its span
_NEW_NAME = {"Ông", "Bà", "Ngài", "Đồng"}


# One word after a profession before the name: an instrument or a genre, or where from
# (not a language or a subject: "sinh viên tiếng Hàn Trường Đại học …" names no one)
_QUALIFIER = re.compile(
    r"\s+(?!(?:tiếng|môn|ngành|khoa|lớp|trường)\s)(?:\p{Ll}+|Việt|Hàn|Hàn Quốc|Việt Nam)\s+(?=\p{Lu})"
)
_NAME_THEN_COMMA = re.compile(r"((?:\p{Lu}[\p{L}-]*\s){1,4}\p{Lu}[\p{L}-]*),\s*$")


def _appositive(text: str, position: int) -> bool:
    """The position at `position` follows a person's name and a comma: it is that person's
    post, and the capitalised words after it are the body's name, never another person."""
    m = _NAME_THEN_COMMA.search(text[:position])
    if m is None:
        return False
    for word in re.finditer(r"\S+", m.group(1)):  # "Ông Phạm Hữu Nghĩa": from each word on
        run = capitalised_run(text, m.start(1) + word.start())
        span = name_in(run) if run else None
        named = " ".join(w for w, _, _ in run)
        if (
            span is not None
            and span[0] == 0
            and run[span[1] - 1][2] == m.end(1)
            and named not in PLACES  # "… Đại sứ quán Hàn Quốc, Giám đốc …": a place
        ):
            return True
    return False


def name_in(words: list[Span]) -> tuple[int, int] | None:
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


def capitalised_run(text: str, start: int) -> list[Span]:
    """The capitalised words from `start` on (name words: letters and inner hyphens)."""
    run: list[Span] = []
    for m in re.finditer(r"\S+", text[start:]):
        raw = m.group(0)
        word = raw.rstrip(",.;:!?”\"')")
        word_start = start + m.start()
        # "Anh", "Chị" are given names too ("Lê Ngọc Anh"): only "Ông", "Bà" … start a new name
        if not NAME_WORD.match(word) or word in _NEW_NAME or TITLE_RE.fullmatch(word):
            break
        run.append((word, word_start, word_start + len(word)))
        if word != raw:
            break
    return run


def _in_place(text: str, start: int, end: int) -> bool:
    """The words from `start` to `end` are a place: a listed one (vi/places), or two words
    after a unit of government (`tỉnh Đồng Tháp`, `thành phố Vinh`)."""
    if _UNIT_BEFORE.search(text[:start]) and len(text[start:end].split()) <= 2:
        return True  # "UBND tỉnh Nguyễn Hữu Thành": a person's three words, the province unsaid
    return any(a < end and start < b for a, b in (m.span() for m in PLACE_RE.finditer(text)))


# A unit of government right before capitalised words: they name the place, not a person.
_UNIT_BEFORE = re.compile(r"(?<![\w])(?:tỉnh|thành phố|huyện|quận|xã|phường|thị xã|TP\.?)\s+$")


def _ends_in_name(text: str, words: list[Span]) -> bool:
    """The capitalised words at the end of `words` hold a person's name (not a place)."""
    tail: list[Span] = []
    for entry in reversed(words):
        if not NAME_WORD.match(entry[0]):
            break
        tail.insert(0, entry)
    span = name_in(tail) if tail else None
    if span is None:
        return False
    name = tail[span[0] : span[1]]
    if ORG_START.match(text, name[0][1]):
        return False  # "Ban Quản lý …": a body's head word, no person's name
    return not _in_place(text, name[0][1], name[-1][2])


def _person(segment: Segment, name: list[Span], role: str = "", title: str = "") -> Found:
    person = Person(
        name=" ".join(w for w, _, _ in name),
        role={"vi": role} if role else {},
        title=title,
    )
    hangul = _HANGUL_AFTER.match(segment.text, name[-1][2])
    if hangul:  # "Kim Jae-won (김재원)": the name as Korean writes it
        person.names = {"vi": person.name, "ko": hangul.group("ko")}
    return Found(person, name[0][1], name[-1][2])


# "Kim Jae-won (김재원), Phó Hiệu trưởng …": the name in Hangul in brackets after it
_HANGUL_AFTER = re.compile(r"\s*\((?P<ko>[가-힣]{2,5}(?:\s[가-힣]{1,4}){0,2})\)")


_UNIT_WORDS = {"tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường"}


@rule(
    "vi.person.position-before",
    "person",
    (
        "Theo Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam, hai nước hợp tác.",
        "Choi Young Sam | Đại sứ Hàn Quốc tại Việt Nam",
    ),
    ("Thứ trưởng Bộ KH&CN Hoàng Minh đã thông tin.", "Hoàng Minh | Thứ trưởng Bộ KH&CN"),
    (
        "Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn phát biểu.",
        "Vương Quốc Tuấn | Chủ tịch UBND tỉnh Bắc Ninh",
    ),
    ("Bộ trưởng cho biết hai bên sẽ hợp tác.", None),
    ("Bà Lan, Trưởng ban Ban Quản lý các KCN tỉnh Ninh Bình cho biết.", None),
    (
        "Dự có Phó Chủ tịch UBND tỉnh Thanh Hóa Đỗ Văn Tuấn cùng đại diện Bộ Tài chính.",
        "Đỗ Văn Tuấn | Phó Chủ tịch UBND tỉnh Thanh Hóa",
    ),
    (
        "Tham dự có Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Hồ Thị Bích Ngọc.",
        "Hồ Thị Bích Ngọc | Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch",
    ),
    ("Ông Phạm Hữu Nghĩa, Tổng Giám đốc Công ty cổ phần Hạ tầng Đình Vũ Xanh, cho biết.", None),
    (
        "Thứ trưởng Bộ Công Thương Cao Thị Mỹ Linh (thứ hai từ trái) thăm gian hàng.",
        "Cao Thị Mỹ Linh | Thứ trưởng Bộ Công Thương",
    ),
    ("Dự có ông Võ Thành Lộc, Chủ tịch UBND tỉnh Đồng Tháp; ông Shin Yong-cheol.", None),
    (
        "Phó Chủ tịch UBND tỉnh Nguyễn Hữu Thành phát biểu.",
        "Nguyễn Hữu Thành | Phó Chủ tịch UBND tỉnh",
    ),
    # a word of address after a surname (Anh, Em) is the name's own
    (
        "Phó Chủ tịch UBND thành phố Trần Anh Tuấn cho biết.",
        "Trần Anh Tuấn | Phó Chủ tịch UBND thành phố",
    ),
    (
        "Đại sứ Việt Nam tại Hàn Quốc Hoàng Thị Lan Anh cho biết.",
        "Hoàng Thị Lan Anh | Đại sứ Việt Nam tại Hàn Quốc",
    ),
    (
        "Dự lễ có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bắc Ninh Nguyễn Văn Quang.",
        "Nguyễn Văn Quang | Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bắc Ninh",
    ),
    (
        "Phó Trưởng ban Ban Quản lý các khu công nghiệp Đồng Nai Lê Quang Hiếu cho biết.",
        "Lê Quang Hiếu | Phó Trưởng ban Ban Quản lý các khu công nghiệp Đồng Nai",
    ),
    (
        "Tổng Giám đốc Công ty cổ phần Narae Chem (Hàn Quốc) Yoo Dong-hyun cho biết.",
        "Yoo Dong-hyun | Tổng Giám đốc Công ty cổ phần Narae Chem (Hàn Quốc)",
    ),
)
def position_before(segment: Segment) -> Iterator[Found]:
    """A position, its organisation, then the name: `Thứ trưởng Bộ Công Thương Nguyễn
    Sinh Nhật Tân`; the words between are the role."""
    text = segment.text
    for m in POSITION_RE.finditer(text):
        if _appositive(text, m.start()):
            continue  # "Ông Phạm Hữu Nghĩa, Tổng Giám đốc Công ty … Đình Vũ Xanh,": his post
        words: list[Span] = []
        lowercase = 0
        opened = False  # inside a bracket of the body's name: "Công ty … Vina (Hàn Quốc)"
        for w in re.finditer(r"\(?[^\s]+", text[m.end() :]):
            raw = w.group(0)
            word = raw.rstrip(",.;:!?”\"')")
            begin = m.end() + w.start()
            if opened and raw.endswith(")") and word[:1].isupper():
                words.append((raw, begin, begin + len(raw)))  # "Quốc)": the bracket closes
                opened = False
                continue
            if raw[1:2].islower() and raw.startswith("("):
                break  # "… Cao Thị Mỹ Linh (thứ hai từ trái)": a caption's note ends the name
            if raw.startswith("(") or word in {"–", "-"}:
                words.append((word, begin, begin + len(word)))
                if word != raw and not raw.endswith(")"):
                    break
                opened = raw.startswith("(") and ")" not in raw  # "(Hàn Quốc)" goes on
                continue
            # "UBND thành phố Trần Anh Tuấn": a word of address after a surname is the name's
            # own, and so is "Anh" after any of its words ("Hoàng Thị Lan Anh")
            addressed = word in HONORIFICS and not (
                words
                and (words[-1][0] in SURNAMES or (word == "Anh" and words[-1][0][:1].isupper()))
            )
            if not word or addressed or (word in ROLE_STOP and not _nominal(text, begin)):
                break  # "… Đồng Nai cho biết": a verb; "các khu công nghiệp": a noun's syllable
            if word == "và" and POSITION_RE.match(text, begin + len("và ")):
                break
            if words and POSITION_RE.match(text, begin) and not ORG_START.match(text, begin):
                break
            if word[0].isupper() or word[0].isdigit() or "&" in word:
                lowercase = 0
            else:
                if lowercase == 0 and _ends_in_name(text, words):
                    break  # "… UBND tỉnh Thanh Hóa Đỗ Văn Tuấn cùng đại diện Bộ …": the name ends
                # words, not syllables: "Quản lý các khu công nghiệp" is three lower-case
                # words after a capitalised one (lý, nghiệp go on a word)
                # "… các khu công nghiệp tỉnh Nguyễn Quang Thành": a unit's word comes
                # before a place or ends the body's name, no word of a clause
                lowercase += 0 if _goes_on(text, begin) or word in _UNIT_WORDS else 1
                if lowercase > 3:
                    break
            words.append((word, begin, begin + len(word)))
            listed = raw.endswith(",") and LISTED_IN_NAME.match(text, begin + len(raw))
            if word != raw and not re.fullmatch(r"(?:TP|TS|GS)\.", raw) and not listed:
                break  # "Bộ Văn hóa, Thể thao và Du lịch": a list inside the body's name
        while words and words[-1][0][:1].islower():
            words.pop()  # "… Park Sung-ho đồng chủ trì": the verb after the name
        tail: list[Span] = []
        for entry in reversed(words):  # the name is the capitalised tail of the run
            if NAME_WORD.match(entry[0]):
                tail.insert(0, entry)
            else:
                break
        span = name_in(tail) if tail else None
        if span is None:
            continue
        name = tail[span[0] : span[1]]
        if _in_place(text, name[0][1], name[-1][2]):
            continue
        if ORG_START.match(text, name[0][1]) and not text[name[-1][2] :].startswith((",", ".")):
            continue  # "Trưởng ban Ban Quản lý các KCN": the body's name, no person's
        start = m.start()
        while True:  # "Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao X": every position
            before = re.search(r"(?:^|[,;:.(]\s*|\s–\s)([^,;:.()]+),\s*$", text[:start])
            if not before:
                break
            if POSITION_RE.match(before.group(1).strip()):
                start = before.start(1)
                continue
            # "Dự lễ có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy …": the post after có, gồm
            listed = re.search(r"(?:\bcó|\bgồm|\bcủa)\s+(?=\p{Lu})", before.group(1))
            if not listed or not POSITION_RE.match(before.group(1)[listed.end() :]):
                break
            start = before.start(1) + listed.end()
        role = text[start : name[0][1]].strip(" ,–-")
        yield _person(segment, name, role=role)


@rule(
    "vi.person.cue-before",
    "person",
    ("Ông Trần Văn Nam ủng hộ đề xuất.", "Trần Văn Nam | "),
    ("Bà Nguyễn Thị Lan ở Hà Nội cho biết.", "Nguyễn Thị Lan | "),
    # a woman's or a man's profession
    ("Đạo diễn Kim Tae-yang và nữ diễn viên Song Ha-neul giao lưu với khán giả.",
     ["Kim Tae-yang | Đạo diễn", "Song Ha-neul | nữ diễn viên"]),
    # a title in brackets after its words, before the name
    ("Nghệ sĩ ưu tú (NSƯT) Lê Thanh Tâm dàn dựng vở diễn.", "Lê Thanh Tâm |  | NSƯT"),
    # a language after a profession: what they study, no name
    ("Sinh viên tiếng Hàn Trường Đại học Hà Nội tham gia cuộc thi.", None),
    # one of many (một), in an appositive
    ("Chị Lê Thị Thu Hà, một du học sinh tại Đại học Yonsei, chia sẻ.",
     "Lê Thị Thu Hà | du học sinh tại Đại học Yonsei"),
    # a Korean surname of two syllables (황보, 남궁, 제갈 …)
    ("Dự có bà Hwangbo Ra, Tham tán Thương mại Đại sứ quán Hàn Quốc.",
     "Hwangbo Ra | Tham tán Thương mại Đại sứ quán Hàn Quốc"),
    # a profession, a word of what they play or where they come from, then the name
    ("Màn trình diễn của nghệ sĩ gayageum Lee Ha-eun cùng Đoàn Ca múa.", "Lee Ha-eun | nghệ sĩ gayageum"),
    ("Đêm nhạc có sự góp mặt của ca sĩ Việt Đinh Khả Vy.", "Đinh Khả Vy | ca sĩ Việt"),
    ("Theo thuyền trưởng Bae Ji-hoon, chuyến đầu tiên chở 1.950 TEU.", "Bae Ji-hoon | thuyền trưởng"),
    # a profession written small in the appositive, after the name in Hangul
    ("TS. Kim Tae-yang (김태양), nghiên cứu viên cấp cao của Viện ETRI, chia sẻ kinh nghiệm.",
     "Kim Tae-yang = 김태양 | nghiên cứu viên cấp cao của Viện ETRI | TS"),
    # what someone is among many (nông dân, du khách, người lao động), in the appositive
    ("Mình trò chuyện với anh Park Min-jun, du khách đến từ Seoul, đang dạo phố.",
     "Park Min-jun | du khách đến từ Seoul"),
    ("Ông Thạch Sô Phên – nông dân xã Thạnh Phú cho biết.", "Thạch Sô Phên | nông dân xã Thạnh Phú"),
    # a profession at a sentence's start, a coach, a former player
    ("Nghệ nhân Park Soon-ja hướng dẫn học sinh làm kim chi.", "Park Soon-ja | Nghệ nhân"),
    ("Đội huyền thoại do HLV Trần Quốc Bảo dẫn dắt.", "Trần Quốc Bảo | HLV"),
    ("Ở hiệp một, cựu tiền vệ Lê Hoàng Phúc mở tỷ số.", "Lê Hoàng Phúc | cựu tiền vệ"),
    ("Tham luận của GS.TS. Trần Văn Đức, nguyên Viện trưởng Viện Nghiên cứu Đông Bắc Á, cho rằng.",
     "Trần Văn Đức | nguyên Viện trưởng Viện Nghiên cứu Đông Bắc Á | GS.TS"),
    ("Theo BSCKII. Nguyễn Đình Thạch, Giám đốc Sở Y tế, dự án sẽ nâng cấp 24 trạm y tế.",
     "Nguyễn Đình Thạch | Giám đốc Sở Y tế | BSCKII"),
    ("Bà Phan Thị Thu Hà – Chuyên viên Sở Công Thương tỉnh Nghệ An",
     "Phan Thị Thu Hà | Chuyên viên Sở Công Thương tỉnh Nghệ An"),
    ("GS.TS. Đặng Thị Mai Hương trình bày tham luận.", "Đặng Thị Mai Hương |  | GS.TS"),
    ("PGS.TS Trần Quốc Khánh cho biết.", "Trần Quốc Khánh |  | PGS.TS"),
    ("Em Hồ Văn Tài, học viên khóa 3, chia sẻ niềm vui.", "Hồ Văn Tài | học viên khóa 3"),
    ("Em Lê Thị Bích Ngọc (sinh viên năm ba ngành Ngôn ngữ Hàn Quốc) xúc động: “Học bổng giúp em.”",
     "Lê Thị Bích Ngọc | sinh viên năm ba ngành Ngôn ngữ Hàn Quốc"),
    ("Chia sẻ từ thực tế, cô Nguyễn Thu Trang cho biết học sinh rất hào hứng.", "Nguyễn Thu Trang | "),
    ("ca sĩ Mỹ Tâm biểu diễn.", None),
    ("Hoàng tử Lý Long Tường là con thứ bảy của vua Lý Anh Tông.",
     ["Lý Long Tường | Hoàng tử", "Lý Anh Tông | vua"]),  # Mỹ is no surname here: a stage name is not read
    ("Ông Lee Jae-won, Tổng Giám đốc Samsung Display Việt Nam, cho biết.",
     "Lee Jae-won | Tổng Giám đốc Samsung Display Việt Nam"),
    ("Ông cho biết hai bên sẽ hợp tác.", None),
    ("Theo đồng chí Phó Chủ tịch Thường trực, quỹ đất còn 650 ha.", None),
    ("Dự có đồng chí Lê Minh Tuấn, Chủ tịch UBND thành phố cùng lãnh đạo các sở, ngành.",
     "Lê Minh Tuấn | Chủ tịch UBND thành phố"),
    ("Về phía Ulsan có ông Park Ji-hoon, Giám đốc Sở Kinh tế thành phố Ulsan và đại diện nhiều doanh nghiệp.",
     "Park Ji-hoon | Giám đốc Sở Kinh tế thành phố Ulsan"),
    ("Ông Lee Kyung-ho, giám đốc Trung tâm Văn hóa Hàn Quốc, chia sẻ.",
     "Lee Kyung-ho | giám đốc Trung tâm Văn hóa Hàn Quốc"),
    ("Dự có bà Trần Thị Hồng, Phó giám đốc Trung tâm Lao động ngoài nước và ông Lee Jung-ho.",
     ["Trần Thị Hồng | Phó giám đốc Trung tâm Lao động ngoài nước", "Lee Jung-ho | "]),
    ("Có bà Hoàng Thị Quỳnh Mai, Tỉnh ủy viên, Phó chủ tịch UBND tỉnh Nghệ An.",
     "Hoàng Thị Quỳnh Mai | Tỉnh ủy viên, Phó chủ tịch UBND tỉnh Nghệ An"),
    ("Ông Yoon Jae-sung, Thứ trưởng Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc, phát biểu.",
     "Yoon Jae-sung | Thứ trưởng Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc"),
    ("Ông Jang Min-seok, Chủ tịch KoCham, kiêm Tổng Giám đốc Công ty TNHH Hyosan Vina, cho biết.",
     "Jang Min-seok | Chủ tịch KoCham, kiêm Tổng Giám đốc Công ty TNHH Hyosan Vina"),
    ("Bà Lê Thị Hương, Phó Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa Hà Nội, phát biểu.",
     "Lê Thị Hương | Phó Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa Hà Nội"),
)  # fmt: skip
def cue_before(segment: Segment) -> Iterator[Found]:
    """A title (GS.TS, NSND, with or without its final dot), ông/bà or a profession, then
    the name; a role in an appositive after it (`, Giám đốc …,`) or in the clause before
    it (`Hiệu trưởng Trường X, PGS.TS Huỳnh Quyết Thắng`)."""
    text = segment.text
    cues = [(m, "title") for m in TITLE_RE.finditer(text)]
    cues += [(m, "honorific") for m in HONORIFIC_RE.finditer(text)]
    cues += [(m, "profession") for m in PROFESSION_RE.finditer(text)]
    for m, cue in sorted(cues, key=lambda c: c[0].start()):
        run = capitalised_run(text, m.end() + 1) if m.end() < len(text) else []
        span = name_in(run) if run else None
        qualified = _QUALIFIER.match(text, m.end()) if cue == "profession" else None
        if (span is None or span[0] != 0) and qualified:
            # "nghệ sĩ gayageum Lee Ha-eun", "ca sĩ Việt Đinh Khả Vy": what they play or where
            # they come from, then the name
            run = capitalised_run(text, qualified.end())
            span = name_in(run) if run else None
            if span is not None and span[1] - span[0] < 2:
                span = None
        else:
            qualified = None
        if span is None or span[0] != 0:
            continue
        name = run[span[0] : span[1]]
        if _in_place(text, name[0][1], name[-1][2]):
            continue
        if POSITION_RE.match(text, name[0][1]):
            continue  # "đồng chí Phó Chủ tịch Thường trực": a position, named by no one
        title = m.group(1) if cue == "title" else ""
        role = m.group(1) if cue == "profession" else ""
        if role and qualified is not None:
            role = text[m.start() : qualified.end()].strip()  # "nghệ sĩ gayageum"
        if role and text[: m.start()].endswith(("cựu ", "Cựu ")):
            role = f"{text[m.start() - 4 : m.start()]}{role}"  # "cựu tiền đạo": a former one
        after = appositive_role(text, name[-1][2])
        plain = m.group(1) if cue == "profession" else role  # "nghệ nhân" of "… gayageum"
        if after and (
            not role or plain[:1].lower() + plain[1:] in PROFESSIONS or plain in PROFESSIONS
        ):
            role = after
        if not role and cue != "profession":  # "Trưởng đại diện HRD Korea, ông Park Ji-hoon,"
            role = role_in_clause_before(text, m.start())
        yield _person(segment, name, role=role, title=title)


@rule(
    "vi.person.appositive",
    "person",
    ("Lê Ngọc Anh, sinh viên năm 3 Khoa tiếng Hàn Quốc, giành giải Nhất.",
     "Lê Ngọc Anh | sinh viên năm 3 Khoa tiếng Hàn Quốc"),
    ("Kim Soo-jin, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng, phát biểu.", "Kim Soo-jin | Tổng Lãnh sự Hàn Quốc tại Đà Nẵng"),
    ("Hà Nội, thủ đô của Việt Nam, đón đoàn.", None),
    ("Nguyễn Hoàng Bảo Trân, sinh viên Trường Đại học Khoa học, nhận học bổng.",
     "Nguyễn Hoàng Bảo Trân | sinh viên Trường Đại học Khoa học"),
    # the age between the name and the role
    ("Người nhận học bổng là Hồ Thị Ngọc Ánh, 20 tuổi, sinh viên năm ba ngành Ngôn ngữ Hàn Quốc.",
     "Hồ Thị Ngọc Ánh | sinh viên năm ba ngành Ngôn ngữ Hàn Quốc"),
    ("Park Min-ho (박민호), Hiệu trưởng Đại học Kyungnam, phát biểu.",
     "Park Min-ho = 박민호 | Hiệu trưởng Đại học Kyungnam"),
    ("Park Eun-ji, giám đốc nghiên cứu và phát triển Công ty Bomi Semicon, cho biết.",
     "Park Eun-ji | giám đốc nghiên cứu và phát triển Công ty Bomi Semicon"),
)  # fmt: skip
def appositive(segment: Segment) -> Iterator[Found]:
    """A name with no cue before it, and a position or a profession in an appositive
    after it (`Lê Ngọc Anh, sinh viên …,`): the appositive is the cue."""
    text = segment.text
    read_to = 0
    for m in re.finditer(r"(?<![\p{L}])\p{Lu}", text):
        if m.start() < read_to:
            continue  # "Nguyễn Hoàng Bảo Trân, …": no second name inside the first
        if m.start() and not re.search(r"(?:^|[,;:.–(]\s*|\s)$", text[: m.start()]):
            continue
        run = capitalised_run(text, m.start())
        span = name_in(run) if run else None
        if span is None or span[0] != 0 or _in_place(text, run[0][1], run[-1][2]):
            continue
        name = run[span[0] : span[1]]
        hangul = _HANGUL_AFTER.match(text, name[-1][2])
        if not text.startswith(",", hangul.end() if hangul else name[-1][2]):
            continue
        role = appositive_role(text, name[-1][2])
        if role:
            read_to = name[-1][2]
            yield _person(segment, name, role=role)


# "các Phó Chủ tịch UBND tỉnh: A, B và C", "Các ông A, B và C, đại diện …": one cue, a list
_LISTED = re.compile(
    r"(?<![\p{L}])[Cc]ác\s+(?:(?P<cue>ông|bà|đồng chí)\s+|(?P<role>[^:;.,()]{3,80}?)\s*:\s*)(?=\p{Lu})"
)


@rule(
    "vi.person.listed",
    "person",
    ("Dự có các Phó Chủ tịch UBND tỉnh: Ngô Văn Bình, Phạm Thế Hiển và Vũ Thanh Hải.",
     ["Ngô Văn Bình | Phó Chủ tịch UBND tỉnh", "Phạm Thế Hiển | Phó Chủ tịch UBND tỉnh",
      "Vũ Thanh Hải | Phó Chủ tịch UBND tỉnh"]),
    ("Các ông Nguyễn Văn Thịnh, Lý Gia Huy và Tô Minh Hạnh, Giám đốc các hợp tác xã, đều cho biết.",
     ["Nguyễn Văn Thịnh | Giám đốc các hợp tác xã", "Lý Gia Huy | Giám đốc các hợp tác xã",
      "Tô Minh Hạnh | Giám đốc các hợp tác xã"]),
    ("Các ông Nguyễn Văn Thịnh và Lý Gia Huy cùng phát biểu.", ["Nguyễn Văn Thịnh | ", "Lý Gia Huy | "]),
    # a list of bodies, of places, or a list whose items carry their own posts: other rules'
    ("Có các đồng chí: Lưu Thị Bích Hạnh, Giám đốc Sở Tài chính; Ngô Đức Lâm, Trưởng ban.", None),
    ("Các tỉnh: Bắc Ninh, Thái Nguyên và Hưng Yên đã ký kết.", None),
)  # fmt: skip
def listed(segment: Segment) -> Iterator[Found]:
    """A cue or a shared post before a list of names (`các Phó Chủ tịch UBND tỉnh: A, B và
    C`, `Các ông A, B và C, đại diện …`): every name in the list, with the post."""
    text = segment.text
    for m in _LISTED.finditer(text):
        role = (m.group("role") or "").strip()
        if role and not POSITION_RE.match(role):
            continue  # "Các tỉnh: Bắc Ninh, …": places; "các đồng chí:": each with a post
        names: list[list[Span]] = []
        position = m.end()
        while True:
            run = capitalised_run(text, position)
            span = name_in(run) if run else None
            if span is None or span[0] != 0 or _in_place(text, run[0][1], run[-1][2]):
                break
            names.append(run[span[0] : span[1]])
            joint = re.match(r",\s*|\s+và\s+", text[names[-1][-1][2] :])
            if not joint or not re.match(r"\p{Lu}", text[names[-1][-1][2] + joint.end() :]):
                break
            position = names[-1][-1][2] + joint.end()
        if len(names) < 2:
            continue
        if not role:
            role = appositive_role(text, names[-1][-1][2])
        for name in names:
            yield _person(segment, name, role=role)


def appositive_role(text: str, end: int) -> str:
    """ "Kim Soo-jin, Tổng Lãnh sự …,", "Park Yoon Kyu – Giám đốc …": a position right
    after the name."""
    hangul = _HANGUL_AFTER.match(text, end)
    after = text[hangul.end() if hangul else end :]  # the name in Hangul: the role follows it
    appositive = re.match(r"\s*(?:,|–|-|—|\()\s*", after)
    if not appositive:
        return ""
    rest = after[appositive.end() :]
    aged = re.match(r"\d{1,3} tuổi,\s*", rest)
    if aged and appositive.group(0).strip() == ",":
        rest = rest[aged.end() :]  # "Hồ Thị Ngọc Ánh, 20 tuổi, sinh viên năm ba …": past the age
    if re.match(r"một\s", rest) and PROFESSION_RE.match(rest, 4):
        rest = rest[4:]  # "Lê Thị Thu Hà, một du học sinh tại …": one of many, the role
    # "ông Lee Kyung-ho, giám đốc Trung tâm …": some outlets write a position in small letters
    lowered = rest[:1].islower() and bool(POSITION_RE.match(rest[:1].upper() + rest[1:]))
    if lowered:
        rest = rest[:1].upper() + rest[1:]
    clause = role_clause(rest)
    while POSITION_RE.match(clause) or _FORMER.match(clause) or PROFESSION_RE.match(clause):
        # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", "Giám đốc bệnh viện, nguyên Trưởng khoa …",
        # "Trưởng khoa …, Trường Đại học …, Trưởng ban giám khảo": all held, with their bodies
        more = rest[len(clause) :]
        following = re.match(r",\s*", more)
        if not following:
            break
        nxt = more[following.end() :]
        organisation = ORG_START.match(nxt) and len(role_clause(nxt).split()) <= 14
        if not (POSITION_RE.match(nxt) or _FORMER.match(nxt) or organisation):
            break
        clause += more[: following.end()] + role_clause(nxt)
        if organisation and not POSITION_RE.search(role_clause_chain(nxt)):
            break  # "…, Trường Đại học Hà Nội, đã vượt qua": the body closes the role
    opened = appositive.group(0).strip()
    if opened == "(":
        depth = 0  # "em Lê Thị Bích Ngọc (sinh viên năm ba …) xúc động: …": its bracket ends it
        for at, char in enumerate(clause):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth < 0:
                clause = clause[:at]
                break
    elif opened in {"–", "-", "—"}:  # "Yoon Jae-hwan – Giám đốc … – đánh giá": dashes close it
        clause = re.split(r"\s[–—-]\s", clause)[0]
    former = _FORMER.match(clause)  # "nguyên Viện trưởng Viện …": a post once held
    held = clause[former.end() :] if former else clause
    if (POSITION_RE.match(held) or PROFESSION_RE.match(held)) and len(clause.split()) <= 32:
        return clause[:1].lower() + clause[1:] if lowered else clause
    return ""


_FORMER = re.compile(r"nguyên\s+(?=\p{Lu})")


def role_clause_chain(text: str) -> str:
    """The next clause after an organisation clause: `Trường Đại học X, Trưởng ban …`."""
    first = role_clause(text)
    rest = text[len(first) :]
    following = re.match(r",\s*", rest)
    return role_clause(rest[following.end() :]) if following else ""


def role_in_clause_before(text: str, start: int) -> str:
    """ "Hiệu trưởng Trường X, PGS.TS Huỳnh Quyết Thắng, …": a position in the clause that
    ends right before the title."""
    before = text[:start].rstrip()
    if not before.endswith(","):
        return ""
    clause = re.split(r"[,.;:]\s|^", before[:-1])[-1].strip()
    return clause if POSITION_RE.match(clause) else ""


# "và" then other people: the role has ended ("… và đại diện các doanh nghiệp", "… và
# lãnh đạo các sở"); "và" inside a body's name goes on in capitals ("… và Du lịch").
_AND_OTHERS = re.compile(
    r"\s+và\s+(?:đại diện|các|nhiều|lãnh đạo|đông đảo|những|một số|ông|bà|đồng chí|Ông|Bà)\b"
)


def _goes_on(text: str, start: int) -> bool:
    """The syllable at `start` goes on the word before it (pyvi): `lý` in `Quản lý`."""
    return any(t.start < start < t.end for t in tokens_of(text))


def _nominal(text: str, start: int) -> bool:
    """The word at `start` is a syllable of a noun (pyvi's tag): `công` in `công nghiệp`."""
    token = next((t for t in tokens_of(text) if t.start <= start < t.end), None)
    return token is not None and (token.start < start or token.tag.startswith("N"))


def role_clause(text: str) -> str:
    """Text up to the first comma, full stop or semicolon outside parentheses, or up to a
    verb that ends a position (data/vi/role-stops.txt: `… tại Hàn Quốc tham gia …`)."""
    clause = _clause(text)
    others = _AND_OTHERS.search(clause)
    if others:  # "Giám đốc Sở Kinh tế thành phố Ulsan và đại diện nhiều doanh nghiệp"
        clause = clause[: others.start()]
    position = 0
    for word in clause.split(" "):
        if (
            position
            and word in ROLE_STOP
            and not clause[:position].lower().endswith("nghiên cứu và ")  # R&D goes on
            # "Hiệp hội Doanh nghiệp nhỏ và vừa Hà Nội": small and medium, not "just"
            and not clause[:position].lower().endswith("nhỏ và ")
            and not _nominal(clause, position)  # "Công nghệ thông tin" stays
        ):
            return clause[:position].rstrip()
        position += len(word) + 1
    return clause


def _clause(text: str) -> str:
    depth = 0
    for i, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and char in ",.;" and (i + 1 == len(text) or text[i + 1] == " "):
            if char == "." and re.search(r"\b(?:TP|Tp|TS|GS)$", text[:i]):
                continue
            if char == "," and LISTED_IN_NAME.match(text, i + 1):
                continue  # "Bộ Thương mại, Công nghiệp và Năng lượng": a list in a body's name
            if char == "," and text.startswith(" kiêm ", i + 1):
                continue  # "Chủ tịch KoCham, kiêm Tổng Giám đốc …": a second post held too
            return text[:i].strip()
    return text.strip()
