"""The documentation: `make docs` builds the site with no warning, the generated pages cover
the code, and the README stays a short front page whose links all lead somewhere."""

from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from briefing.cli import build_parser
from briefing.config import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_hooks", ROOT / "tools" / "docs_hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def commands(parser: argparse.ArgumentParser, name: str = "briefing") -> list[str]:
    found = [name]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub, subparser in action.choices.items():
                found += commands(subparser, f"{name} {sub}")
    return found


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built as `make docs` builds it, into a temporary folder."""
    out = tmp_path_factory.mktemp("site")
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    log = run.stdout + run.stderr
    assert run.returncode == 0, log
    warnings = [line for line in log.splitlines() if "warning" in line.lower()]
    assert not warnings, "\n".join(warnings)
    return out


def test_the_site_builds_with_no_warning_and_every_page(site: Path) -> None:
    pages = {p.stem for p in (ROOT / "docs").glob("*.md")}
    built = {p.stem for p in site.glob("*.html")}
    assert pages <= built
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert not [p for p in pages if f" {p}.md" not in nav], "a page missing from mkdocs.yml's nav"
    for picture in (
        "pictures/brief-after.png",
        "screenshots/review.png",
        "names/people-ko-after.png",
    ):
        assert (site / picture).is_file()
    assert 'src="pictures/brief-after.png"' in (site / "index.html").read_text(encoding="utf-8")


def test_the_generated_pages_say_what_the_code_says(site: Path) -> None:
    settings = (site / "settings.html").read_text(encoding="utf-8")
    for spec in SETTINGS:
        assert f"<code>{spec.env}</code>" in settings, spec.name
    cli = (site / "cli.html").read_text(encoding="utf-8")
    for command in commands(build_parser()):
        assert f"<code>{command}</code>" in cli, command
    assert "<code>--source-language SOURCE_LANGUAGE</code>" in cli
    api = (site / "api.html").read_text(encoding="utf-8")
    for module in ("briefing.config", "briefing.translate.base", "briefing.digest.merge"):
        assert f'id="{module}"' in api, module
    assert "The settings table of docs/settings.md in Markdown, one table per group." in api


def test_the_settings_page_takes_its_table_from_the_code() -> None:
    page = "# Settings\n\n<!-- settings table: x -->\nold table\n<!-- end of settings table -->\nafter\n"
    filled = hooks().settings_page(page)
    assert "old table" not in filled
    assert "| mt_model | `MT_MODEL` |" in filled
    assert filled.endswith("<!-- end of settings table -->\nafter\n")


def test_the_cli_reference_has_every_command_and_flag() -> None:
    text = hooks().cli_reference()
    headings = re.findall(r"^#+ `([^`]+)`$", text, flags=re.M)
    assert headings == commands(build_parser())
    assert "| `--fresh` |" in text
    assert "| `input` | article: .txt, .md, .html (UTF-8), .docx or .pdf |" in text


def test_the_api_reference_lists_public_modules_only() -> None:
    modules = hooks().public_modules()
    assert "briefing.pipeline" in modules and "briefing.web.store" in modules
    assert not [m for m in modules if "._" in m or m.startswith("_") or "migrations" in m]


def test_the_readme_is_a_short_front_page() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) < 200
    for command in ("make brief", "make test", "make docs"):
        assert command in text
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci in text, f"the README must show the command CI runs: {ci}"
    assert re.search(r"\d[\d,]* tests, [\d-]+ min", text), "how many tests and how long"
    assert "![" in text, "a picture of a brief"


def test_every_link_in_the_readme_leads_to_a_file() -> None:
    links = LINK.findall(README.read_text(encoding="utf-8"))
    assert links
    local = [link.split("#")[0] for link in links if "://" not in link]
    missing = [link for link in local if not (ROOT / link).exists()]
    assert not missing
    pages = {link for link in local if link.startswith("docs/") and link.endswith(".md")}
    assert pages == {f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md")}, "a page not listed"
