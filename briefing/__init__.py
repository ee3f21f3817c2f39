"""briefing: Vietnamese article in, Korean/English/Vietnamese delegation briefs out.

Importing the package is cheap: torch, transformers and CTranslate2 are imported
only by the backend that needs them.
"""

__version__ = "0.1.0"

LANGUAGES = ("vi", "ko", "en")
TARGET_LANGUAGES = ("ko", "en")
