"""The Korean fact reader: people, organisations, figures and the event.

Korean news states them in its own order, read here word by word (eojeol), with the
particles (조사) Kiwi tags taken off.
"""

from __future__ import annotations

from briefing.facts.base import Reader
from briefing.facts.ko import event, figures, organisations, people

READER = Reader(
    language="ko",
    people=(
        people.two_scripts,
        people.role_after,
        people.profession_before,
        people.head_in_brackets,
        people.speaker_caption,
        people.honorific,
        people.learner,
        people.role_before,
        people.contact_line,
        people.dotted_names,
        people.listed,
    ),
    organisations=(
        organisations.branch,
        organisations.latin_name,
        organisations.consortium,
        organisations.short_form,
        organisations.ending,
        organisations.city_government,
        organisations.company_name,
        organisations.acronym,
        organisations.listed,
        organisations.headed,
        organisations.company_mark,
        organisations.mission,
        organisations.quoted,
        organisations.post_holder,
    ),
    figures=figures.quantity,
    event=event.event_of,
    canonical_organisation=organisations.canonical,
    restates=figures.restates,
    hollow_label=figures.hollow_label,
    asked=figures.asked,
    respectively=figures.after_the_sentence_before,
    people_not_bodies=people.people_not_bodies,
    complete_roles=people.roles_with_their_bodies,
)
