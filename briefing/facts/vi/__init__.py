"""The Vietnamese fact reader: people, organisations, figures and the event.

Only what the article states is read; nothing is guessed (an article that names no place
gets none). Labels are read in Vietnamese; the pipeline translates them with the text.
"""

from __future__ import annotations

from briefing.facts.base import Reader
from briefing.facts.vi import event, figures, organisations, people

READER = Reader(
    language="vi",
    people=(people.position_before, people.cue_before, people.appositive, people.listed),
    organisations=(organisations.branch, organisations.head_word, organisations.company_name),
    figures=figures.quantity,
    event=event.event_of,
    canonical_organisation=organisations.canonical,
    tidy_organisations=organisations.tidy,
    restates=figures.restates,
    hollow_label=figures.hollow_label,
    asked=figures.asked,
)
