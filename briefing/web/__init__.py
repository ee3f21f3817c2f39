"""The web page for organisers and translators: `briefing serve`."""
