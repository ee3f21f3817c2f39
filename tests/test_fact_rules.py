"""Every fact rule reads its own example sentences as its examples say (briefing.facts.base).

A rule's examples are written beside it: what it must read, and sentences it must leave
alone. Each example is a row here.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import briefing.facts.ko
import briefing.facts.vi  # registers the Vietnamese rules
from briefing.document import Figure, Segment
from briefing.facts.base import RULES, Found, Rule, describe, run
from briefing.segment import load, segment

ROWS = [
    pytest.param(rule, number, id=f"{name}-{number}")
    for name, rule in sorted(RULES.items())
    for number in range(len(rule.examples))
]


def _read(rule: Rule, text: str, tmp_path: Path) -> list[Found]:
    if rule.kind == "event":
        path = tmp_path / f"example.{rule.name.split('.')[0]}.md"
        path.write_text(text + "\n", encoding="utf-8")
        document = segment(*load(path))
        context, _ = sys.modules[rule.read.__module__].context(document)
        return run([rule.read], context)
    return run([rule.read], Segment("p1s1", 1, text))


@pytest.mark.parametrize(("rule", "number"), ROWS)
def test_rule_reads_its_example(rule: Rule, number: int, tmp_path: Path) -> None:
    example = rule.examples[number]
    if rule.kind == "label":
        start, end = example.text.index("["), example.text.index("]") - 1
        text = example.text.replace("[", "").replace("]", "")
        figures = [f.fact for f in _read(rule, text, tmp_path) if isinstance(f.fact, Figure)]
        figure = next(f for f in figures if f.evidence[0].start <= start < f.evidence[0].end)
        assert f"{rule.name}: {figure.measure.get(rule.name[:2], '')}" == (
            f"{rule.name}: {example.expect[0] if example.expect else ''}"
        )
        assert [e.rule for e in figure.evidence[1:]] == [rule.name], end
        return
    found = [describe(f) for f in _read(rule, example.text, tmp_path)]
    assert found == list(example.expect)


def test_every_rule_is_named_documented_and_has_examples() -> None:
    assert len(RULES) > 20
    for name, rule in RULES.items():
        language, kind, what = name.split(".", 2)
        assert language in {"vi", "ko"} and kind == rule.kind and what, name
        assert rule.doc, f"{name} has no docstring"
    without = [n for n, r in RULES.items() if not r.examples and "front-matter" not in n]
    assert without == []


def test_every_rule_a_reader_names_is_registered() -> None:
    """A rule name written in a reader's code (an `Evidence` it leaves on a fact) has its
    entry, its description and its examples: no rule reads facts unseen by these rows."""
    package = Path(briefing.facts.ko.__file__).parent.parent
    named = {
        m.group(1)
        for path in package.rglob("*.py")
        for m in re.finditer(
            r'"((?:vi|ko)\.(?:label|event|person|organisation|figure)\.[a-z-]+)"',
            path.read_text(encoding="utf-8"),
        )
    }
    assert len(named) > 60
    assert sorted(named - set(RULES)) == []


def test_a_wrong_example_fails() -> None:
    rule = RULES["vi.person.position-before"]
    found = [describe(f) for f in rule.read(Segment("p1s1", 1, rule.examples[0].text))]
    assert found == list(rule.examples[0].expect)
    assert found != ["Choi Young | Đại sứ Hàn Quốc tại Việt Nam"]
