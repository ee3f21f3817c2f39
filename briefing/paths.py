"""Where the project's own files are, from a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
CHECKOUT = PACKAGE.parent


def templates_dir() -> Path:
    """The templates folder: the installed package's copy, else the checkout's."""
    installed = PACKAGE / "_templates"
    return installed if installed.is_dir() else CHECKOUT / "templates"


def catalog_file() -> Path:
    """The model catalog: the installed package's copy, else the checkout's."""
    installed = PACKAGE / "_models" / "catalog.toml"
    return installed if installed.is_file() else CHECKOUT / "models" / "catalog.toml"


def default_models_dir() -> Path:
    """`models/` of the checkout; ~/.cache/briefing/models for an installed package."""
    if (CHECKOUT / "models" / "catalog.toml").is_file() and not (PACKAGE / "_models").is_dir():
        return CHECKOUT / "models"
    return Path.home() / ".cache" / "briefing" / "models"
