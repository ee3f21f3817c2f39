"""Translation: the Translator protocol, its registry and backends."""

from briefing.translate.base import LANGUAGE_CODES, BackendOptions, Translator
from briefing.translate.registry import BACKENDS, create

__all__ = ["BACKENDS", "LANGUAGE_CODES", "BackendOptions", "Translator", "create"]
