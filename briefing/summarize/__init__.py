"""Summarising: the Summarizer protocol and its backends."""

from briefing.summarize.base import SUMMARIZERS, Summarizer, create

__all__ = ["SUMMARIZERS", "Summarizer", "create"]
