"""Defaults the settings and the translation backends share.

The settings table (briefing.config) takes its defaults from here, and so do the
backends' own options, so neither imports the other: reading the settings never
imports a backend.
"""

from __future__ import annotations

BEAM_SIZE = 2
MAX_INPUT_TOKENS = 200  # longer sentences are split at clause boundaries

# Padded source tokens per batch at beam 2. The attention caches of the batches decoded
# at once follow it, and on this 2-vCPU machine the time hardly does (seed brief, 600M
# model, two batches at once, 2026-12-03, interleaved runs): translation took 28.2, 26.5
# and 28.8 s at 768, 512 and 384 tokens (medians of 3), with peaks of 1,688, 1,478 and
# 1,297 MB; at 512 the peak then reached 1,512-1,573 MB in later runs, at 448 1,350-1,405.
BATCH_TOKENS = 448

# Most vocabulary pieces in a CTranslate2 shortlist (briefing/translate/shortlist.py).
SHORTLIST_SIZE = 64_000
