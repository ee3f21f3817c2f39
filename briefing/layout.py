"""How an article lays its figures out besides sentences: the rows of a table flattened to
text (`구분 | 상담액` over `2026년 | 8,350만 달러`) and the lines of a list that each name a
figure (`Thủy sản: 1.120`), and the unit a caption gives them (`(triệu USD)`,
`(단위: 억 달러, %)`). Read by the article readers, the segmenter, the summarizer and the
fact readers alike, so it imports none of them."""

from __future__ import annotations

import regex as re

# A list's item: a bullet mark, then a space (◆ ■ ▲ mark subheads and fields, not items)
BULLETED = re.compile(r"[-–•·▪●*+]\s")
# An item of a list marked as Korean press releases and reports mark them: "▲반도체 112억
# 달러(+15.2%)", "ㅇ 현재 …" (▲ also marks a field, "▲ 총사업비: …", read as a field first)
MARKED_ITEM = re.compile(r"[▲△○◦]\s?|ㅇ\s")
# A numbered list item's number: "2. ", "3) "
ITEM_NUMBER = re.compile(r"\s*(\d{1,2})[.)]\s")
# A list item that is a labelled field: "- Thời gian: …", "▲ 총사업비: 1,850만 달러(…)"
LABELLED_FIELD = re.compile(r"[-–•·▪●◆■□○▲*+ㅇ]\s*[^:：]{1,30}[:：]\s")
# A line of a block of fields typed without bullets: "Tổng công suất: 1.500 MW" over
# "Tổng vốn đầu tư dự kiến: 4,2 tỷ USD", "주최: 코트라" over "장소: 롯데호텔"
FIELD_LINE = re.compile(r"[\p{Lu}\p{Lo}][^:：.。!?\d]{0,40}[:：]\s*\S")
# A list's line that names a figure: "Thủy sản: 1.120", "- 수출액: 3억 달러".
LIST_LINE = re.compile(r"^[-•·+*–▲○□ㅇ]?\s*[^:：.。]{1,60}[:：]\s*[~약≈]?\s*\d[\d.,]*\S{0,12}$")
# The unit a table's or a list's caption gives its bare figures: "(triệu USD)", "(đơn vị:
# tỷ đồng)", "(단위: 억 달러, %)"; the first unit when it gives several.
CAPTION_UNIT = re.compile(
    r"\(\s*(?:đơn vị|Đơn vị|단위)?\s*[:：]?\s*(?P<unit>[^(),:%]{1,16}?)\s*(?:,[^()]*)?\)\s*[:：]?\s*$"
)


def is_table_row(line: str) -> bool:
    """A row of a table flattened to text: three or more cells between `|`."""
    return line.count("|") >= 2 and not line.lstrip().startswith("|" * 2)
