"""`python -m briefing.cli`: the `briefing` command, as the web service's worker starts it."""

import sys

from briefing.cli import main

sys.exit(main())
