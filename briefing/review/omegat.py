"""OmegaT projects out and translations back in.

OmegaT 3.6 (Debian's `omegat`) translates the text of each XLIFF unit's existing
`<target>`, not its `<source>` (see ../shared/NOTES.md): given our plain export it would
offer the machine translation as the text to translate. So an OmegaT project gets an
XLIFF whose targets carry the source text, and the machine translation goes beside it as
suggestions:

    DIR/vi-ko/omegat.project     languages, one unit one segment (sentence_seg false)
    DIR/vi-ko/source/vi-ko.xlf   targets = the Vietnamese; ids, notes and fingerprints kept
    DIR/vi-ko/tm/machine.tmx     the machine translation: fuzzy matches, never inserted
    DIR/vi-ko/glossary/glossary.txt   the forum's glossary, OmegaT's tab-separated form

After the translator's work, `briefing review import DIR/vi-ko` reads what OmegaT wrote
to `target/` (its "Create Translated Documents"), or, where that was not run, the
translations it saved in `omegat/project_save.tmx`. A unit OmegaT left as the source
text was not translated and is skipped. OmegaT has no approval state: what the
translator translated there comes back approved.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from briefing.document import Document
from briefing.errors import InputError
from briefing.review.tmx import Header, bilingual, saved_pairs, write_tmx
from briefing.review.xliff import SHARED_NOTE, XLIFF_NS, export_xliff, to_xml, xliff_name

PROJECT_FILE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>{source}</source_lang>
        <target_lang>{target}</target_lang>
        <sentence_seg>false</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
"""


def write_matches(path: Path, pairs: list[tuple[str, str]], source: str, target: str) -> None:
    """(text, translation) pairs as the TMX file OmegaT offers as fuzzy matches."""
    header = Header(source, segment_type="paragraph", store_format="briefing", tool_version="1")
    write_tmx(path, header, bilingual(pairs, source, target))


def export_projects(document: Document, out_dir: Path) -> list[Path]:
    """One ready OmegaT project per target language: OUT/vi-ko/, OUT/vi-en/."""
    from briefing.glossary import load_glossary

    paths = []
    source = document.source_language
    glossary = None
    if document.glossary and Path(document.glossary).is_file():
        glossary = load_glossary(Path(document.glossary))
    for target in document.targets:
        project = out_dir / f"{source}-{target}"
        if project.exists():
            shutil.rmtree(project)
        for folder in ("source", "target", "tm", "glossary", "dictionary", "omegat"):
            (project / folder).mkdir(parents=True, exist_ok=True)
        (project / "omegat.project").write_text(
            PROJECT_FILE.format(source=source, target=target), encoding="utf-8"
        )
        xliff = ET.fromstring(export_xliff(document, target).encode("utf-8"))
        machine: list[tuple[str, str]] = []
        for unit in xliff.iter(f"{{{XLIFF_NS}}}trans-unit"):
            source_element = unit.find(f"{{{XLIFF_NS}}}source")
            target_element = unit.find(f"{{{XLIFF_NS}}}target")
            assert source_element is not None and target_element is not None
            text = source_element.text or ""
            if target_element.text and target_element.text != text:
                machine.append((text, target_element.text))
            target_element.text = text  # OmegaT 3.6 translates the target's text
        (project / "source" / xliff_name(document, target)).write_text(
            to_xml(xliff), encoding="utf-8"
        )
        write_matches(project / "tm" / "machine.tmx", machine, source, target)
        lines = []
        if glossary is not None:
            lines = [
                f"{term.forms[source]}\t{term.forms[target]}\t{term.kind}"
                for term in glossary.terms
                if term.forms.get(source) and term.forms.get(target)
            ]
        shipped = {  # the reference glossary's and transcribed forms this article uses
            (hit.source, hit.forms[target], hit.origin)
            for segment in document.segments
            for hit in segment.terms
            if hit.listed and hit.origin in {"reference", "transcription"}
        }
        lines += [f"{src}\t{form}\t{origin}" for src, form, origin in sorted(shipped)]
        if lines:
            (project / "glossary" / "glossary.txt").write_text(
                "\n".join(lines) + "\n", encoding="utf-8"
            )
        paths.append(project)
    return paths


def translated_file(project: Path) -> Path:
    """An XLIFF file of what the translator did in the OmegaT project `project`, ready for
    `import_xliff`: units OmegaT left as their source have no target (skipped), the
    others are approved."""
    sources = sorted((project / "source").glob("*.xlf")) if (project / "source").is_dir() else []
    if not (project / "omegat.project").is_file() or len(sources) != 1:
        raise InputError(
            f"{project}: not an OmegaT project exported by `briefing review export --omegat` "
            "(it needs omegat.project and one .xlf in source/)"
        )
    name = sources[0].name
    written = project / "target" / name
    saved = saved_pairs(project / "omegat" / "project_save.tmx")
    if not written.is_file() and not saved:
        raise InputError(
            f"{project}: OmegaT has written nothing yet; translate in OmegaT and save the "
            "project (or run Project › Create Translated Documents)"
        )
    import defusedxml.ElementTree as DET

    try:
        tree = DET.parse(written if written.is_file() else sources[0], forbid_dtd=True)
    except ET.ParseError as exc:
        raise InputError(f"{written}: not well-formed XML ({exc})") from None
    root = tree.getroot()
    target_language = root.find(f"{{{XLIFF_NS}}}file")
    language = target_language.get("target-language", "") if target_language is not None else ""
    glossary = _glossary_pairs(project / "glossary" / "glossary.txt")
    seen: dict[str, int] = {}
    for unit in root.iter(f"{{{XLIFF_NS}}}trans-unit"):
        source_element = unit.find(f"{{{XLIFF_NS}}}source")
        if source_element is not None:
            key = " ".join("".join(source_element.itertext()).split())
            seen[key] = seen.get(key, 0) + 1
    for unit in root.iter(f"{{{XLIFF_NS}}}trans-unit"):
        source_element = unit.find(f"{{{XLIFF_NS}}}source")
        target_element = unit.find(f"{{{XLIFF_NS}}}target")
        if source_element is None or target_element is None:
            continue
        source_text = "".join(source_element.itertext())
        text = "".join(target_element.itertext())
        if not written.is_file():
            text = saved.get(" ".join(source_text.split()), source_text)
            target_element.text = text
        key = " ".join(source_text.split())
        if key == " ".join(text.split()) and not identity_is_right(key, language, glossary):
            unit.remove(target_element)  # not translated in OmegaT
            continue
        target_element.set("state", "final")
        if seen.get(key, 0) > 1:  # OmegaT keeps one translation per source text
            note = ET.SubElement(unit, f"{{{XLIFF_NS}}}note")
            note.set("from", SHARED_NOTE)
            note.text = "OmegaT translated every unit with this source alike"
    handle, temporary = tempfile.mkstemp(prefix="omegat-", suffix=".xlf")
    path = Path(temporary)
    with open(handle, "w", encoding="utf-8") as stream:
        stream.write(to_xml(root))
    return path


def _glossary_pairs(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2:
            pairs[" ".join(cells[0].split())] = cells[1].strip()
    return pairs


def identity_is_right(text: str, language: str, glossary: dict[str, str]) -> bool:
    """Whether a translation equal to its source is right rather than untranslated: the
    glossary says so (NATIF → NATIF), or it is an English text a Vietnamese or Korean source
    can hold as it is (ASEAN, Make in Vietnam: Latin letters, none only Vietnamese has)."""
    if glossary.get(text) == text:
        return True
    if language != "en":
        return False
    latin_only = re.fullmatch(r"[A-Za-z0-9&.,'’()\-–\s]+", text) is not None
    return latin_only and any(c.isalpha() for c in text)
