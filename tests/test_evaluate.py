"""The tuned set (tests/data/facts) as a regression test; the frozen set scored, never asserted.

The tuned set holds the articles the rules were written against: the first twenty are met
in full (each key names every fact found, and nothing else), and the whole set may not
fall below the precision and recall it last reached. Neither is a measure of how the
readers do on articles nobody tuned for: that is the frozen set's table in `make
eval-facts`, which this file only checks can be scored.
"""

import json
import re
from pathlib import Path

import pytest

from briefing.evaluate import (
    KINDS,
    Score,
    articles,
    evaluate,
    language_of,
    rule_table,
    score_article,
    table,
    total,
)
from briefing.facts import extract
from briefing.segment import load, segment

FACTS = Path(__file__).parent / "data" / "facts"


def test_every_keyed_article_is_found() -> None:
    pairs = articles(FACTS)
    names = {article.name.split(".")[0] for article, _ in pairs}
    assert len(pairs) == len(list(FACTS.glob("*.key.json")))
    assert {n.split("-")[0] for n in names} == {"vi", "ko"}


FROZEN = Path(__file__).parent / "data" / "frozen"
# The first twenty keyed articles (issue 10), met in full since they were tuned for.
MET_IN_FULL = re.compile(r"^(?:vi-0\d|vi-10|vi-h\d|ko-0[1-7])-")
# The whole tuned set's `all` row when these were last set: precision, recall. Fourteen
# articles written blind were added on 2026-12-04 (vi-31…37, ko-21…27): harder than the
# set they joined, they lowered both rows; the rules written since raised them again.
# Eight more (vi-38…41, ko-28…31, half of frozen-3) joined on 2026-12-04, later the same day,
# then fourteen of a sixth blind set (vi-42…47, ko-32…39, first contact vi 85/78, ko 82/70),
# and on 2026-12-05 half of frozen-4 (vi-48…51, ko-40…43, first contact vi 95/88, ko 86/81)
# and dev-8 (vi-52…55, ko-44…55, first contact vi 93/85, ko 83/76); later that day dev-9
# (vi-56…60, ko-56…66, first contact vi 94/85, ko 88/77), which took Korean recall to 83.6%;
# the rules written for it raised the rows to vi 94.5/89.8, ko 92.0/85.7.
FLOORS = {"vi": (0.93, 0.85), "ko": (0.92, 0.83)}


@pytest.fixture(scope="module")
def tuned() -> dict[str, dict[str, Score]]:
    return evaluate(FACTS)


@pytest.mark.parametrize("language", ["vi", "ko"])
def test_the_first_keys_are_met_in_full(language: str, tuned: dict[str, dict[str, Score]]) -> None:
    scores = tuned[language]
    wrong = [
        line
        for kind in KINDS
        for line in scores[kind].misses + scores[kind].extras
        if MET_IN_FULL.match(line)
    ]
    assert wrong == []
    assert all(scores[kind].expected > 0 for kind in KINDS if kind != "titles")


@pytest.mark.parametrize("language", ["vi", "ko"])
def test_the_tuned_set_keeps_its_precision_and_recall(
    language: str, tuned: dict[str, dict[str, Score]]
) -> None:
    overall = total(tuned[language])
    precision, recall = FLOORS[language]
    assert overall.precision >= precision, table(tuned)
    assert overall.recall >= recall, table(tuned)


@pytest.mark.parametrize(
    "frozen",
    [FROZEN, *(FROZEN.with_name(f"frozen-{n}") for n in range(2, 52))],
    ids=lambda p: p.name,
)
def test_the_frozen_sets_are_scored_not_asserted(frozen: Path) -> None:
    pairs = articles(frozen)
    assert len(pairs) >= 6 and {language_of(a) for a, _ in pairs} == {"vi", "ko"}
    results = evaluate(frozen)
    assert all(total(scores).expected > 0 for scores in results.values())


def test_each_rule_is_tallied_by_what_it_stated(tuned: dict[str, dict[str, Score]]) -> None:
    """`eval-facts --rules`: per rule, the facts it stated and how many were right; the
    rows add up to the kind's found and correct."""
    for scores in tuned.values():
        for kind in ("people", "organisations", "labels"):
            score = scores[kind]
            assert sum(n for n, _ in score.rules.values()) == score.found, kind
            assert sum(r for _, r in score.rules.values()) == score.correct, kind
    rows = rule_table(tuned).splitlines()
    assert any("| vi | labels | vi.label.noun-after |" in row for row in rows)


def test_scorer_counts_a_wrong_answer() -> None:
    article_path, key_path = articles(FACTS)[0]
    article, paragraphs = load(article_path)
    facts = extract(segment(article, paragraphs)).facts
    key = json.loads(key_path.read_text(encoding="utf-8"))
    right = {kind: Score() for kind in KINDS}
    score_article(facts, key, right, "right")
    facts.figures = facts.figures[1:]
    if facts.people:
        facts.people[0].name = "Nguyễn Văn Không Có"
    wrong = {kind: Score() for kind in KINDS}
    score_article(facts, key, wrong, "wrong")
    assert wrong["figures"].correct == right["figures"].correct - 1
    assert wrong["figures"].recall < 1.0
    if key.get("people"):
        assert wrong["people"].misses


def test_a_classifier_given_as_a_unit_is_no_unit() -> None:
    from briefing.document import Facts, Figure

    facts = Facts(figures=[Figure("p1s1", "80명", 80.0, "count", measure={"ko": "참석자"})])
    key = {
        "figures": [{"text": "80명", "value": 80, "kind": "count", "unit": "명", "must": ["참석"]}]
    }
    scores = {kind: Score() for kind in KINDS}
    score_article(facts, key, scores, "a")
    assert scores["figures"].correct == 1
    key["figures"][0]["unit"] = "USD"  # a real unit still has to agree
    scores = {kind: Score() for kind in KINDS}
    score_article(facts, key, scores, "a")
    assert scores["figures"].correct == 0


def test_a_price_per_unit_matches_a_sum_whose_label_says_what_it_is_per() -> None:
    from briefing.document import Facts, Figure

    def correct(measure: str, unit: str) -> int:
        figure = Figure("p1s1", "145 USD", 145.0, "money", unit="USD", measure={"vi": measure})
        key = {"figures": [{"text": "145 USD/m²", "value": 145, "kind": "money", "unit": unit,
                            "must": ["giá thuê"]}]}  # fmt: skip
        scores = {kind: Score() for kind in KINDS}
        score_article(Facts(figures=[figure]), key, scores, "a")
        return scores["figures"].correct

    assert correct("giá thuê đất (mỗi m²)", "USD/m²") == 1
    assert correct("giá thuê đất", "USD/m²") == 0  # 145 dollars is not 145 dollars a m²
    assert correct("giá thuê đất (mỗi kg)", "USD/m²") == 0
    assert correct("giá thuê đất (mỗi m²)", "đồng/m²") == 0
    # a Korean label says it with 당, the unit spelt either way
    assert correct("공단의 임대료 (㎡당)", "달러/m²") == 1
    assert correct("공단의 임대료 (kg당)", "달러/m²") == 0


def test_an_organiser_is_right_by_any_name_the_key_gives_its_organisation() -> None:
    from briefing.document import Event, Facts

    facts = Facts(
        event=Event(organisers=[{"vi": "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA)"}])
    )
    key = {
        "event": {"organisers": ["KOTRA"]},
        "organisations": [["Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA)", "KOTRA"]],
    }
    scores = {kind: Score() for kind in KINDS}
    score_article(facts, key, scores, "a")
    assert scores["event"].correct == 1 and scores["event"].misses == []
    key["organisations"] = []  # no group says they are one body: a miss and an extra
    scores = {kind: Score() for kind in KINDS}
    score_article(facts, key, scores, "a")
    assert scores["event"].correct == 0 and scores["event"].misses


def test_an_organisation_with_its_short_form_inside_its_name_is_the_short_forms_name() -> None:
    """`Ủy ban nhân dân (UBND) thành phố Hải Phòng` is the key's `UBND thành phố Hải Phòng`
    and its `Ủy ban nhân dân thành phố Hải Phòng`; not another city's."""
    from briefing.evaluate import _org_names

    found = _org_names(["Ủy ban nhân dân (UBND) thành phố Hải Phòng"])
    assert _org_names(["UBND thành phố Hải Phòng"]) <= found
    assert _org_names(["Ủy ban nhân dân thành phố Hải Phòng"]) <= found
    assert not _org_names(["UBND thành phố Đà Nẵng"]) & found


def test_a_korean_legal_mark_is_no_part_of_an_organisation_s_name() -> None:
    """`(주)대성섬유`, `㈜대성섬유` and `대성섬유` are one company, `(사)…협회` that association;
    another company is not."""
    from briefing.evaluate import _org_names

    assert _org_names(["(주)대성섬유"]) & _org_names(["대성섬유"])
    assert _org_names(["㈜대성섬유"]) & _org_names(["대성섬유"])
    assert _org_names(["(사)대구경북베트남교류협회"]) & _org_names(["대구경북베트남교류협회"])
    assert not _org_names(["(주)대성섬유"]) & _org_names(["대성물산"])


def test_quotation_marks_do_not_count_in_a_name() -> None:
    """A key that keeps a name's quotes (`'한-베 … 공동연구센터' 개소식`) and a reader that
    drops them name the same event."""
    from briefing.evaluate import _same_name

    assert _same_name("한-베 공동연구센터 개소식", "'한-베 공동연구센터' 개소식")
    assert _same_name("「한-베 포럼」", "한-베 포럼")
    assert not _same_name("공동연구센터 개소식", "'한-베 공동연구센터' 개소식 및 심포지엄")


def test_a_role_may_name_its_body_by_any_form_the_key_gives() -> None:
    """`중소벤처기업진흥공단 이사장` is the key's `중진공 이사장` when the key lists both names as
    one organisation; without that group they differ."""
    from briefing.document import Facts, Person
    from briefing.evaluate import KINDS, Score, score_article

    facts = Facts(people=[Person(name="윤태민", role={"ko": "중소벤처기업진흥공단 이사장"})])
    key = {
        "event": {},
        "people": [{"name": "윤태민", "role": "중진공 이사장"}],
        "organisations": [["중소벤처기업진흥공단", "중진공"]],
        "figures": [],
    }
    scores = {kind: Score() for kind in (*KINDS, "to check")}
    score_article(facts, key, scores, "a")
    assert scores["roles"].correct == 1
    scores = {kind: Score() for kind in (*KINDS, "to check")}
    score_article(facts, {**key, "organisations": [["중소벤처기업진흥공단"]]}, scores, "a")
    assert scores["roles"].correct == 0


def test_each_part_of_a_rate_unit_is_spelt_alike() -> None:
    """A key's `tấn/ha` and a reader's `t/ha` are one unit; a sum's currency is not a rate."""
    from briefing.evaluate import same_unit

    assert same_unit("t/ha", "tấn/ha")
    assert same_unit("VND", "đồng")
    assert not same_unit("t/ha", "tấn")
    # "m³/ngày đêm": a full day, a rate per day
    assert same_unit("m³/day", "m³/ngày đêm")
    assert not same_unit("m³", "m³/ngày đêm")


def test_a_place_said_in_another_order_is_the_same_place() -> None:
    """The key writes a venue, then its city (`코엑스, 서울`; `벡스코, 부산 해운대구`); an
    article says the city first (`서울 코엑스`): the same place. A place that only shares a
    city is not."""
    from briefing.evaluate import _same_place

    assert _same_place("서울 코엑스", "코엑스, 서울")
    assert _same_place("부산 해운대구 벡스코(BEXCO)", "벡스코, 부산 해운대구")
    assert _same_place("베트남 하노이 내무부 청사", "베트남 내무부 청사, 하노이")
    assert not _same_place("서울 롯데호텔", "코엑스, 서울")
    assert not _same_place("Hà Nội", "Khách sạn Lotte, Seoul")
