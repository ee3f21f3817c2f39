"""The one place where the project's errors become HTTP statuses.

Routes and the services behind them raise briefing.errors' classes; the application's
exception handler (briefing.web.app) answers them with `status_of(error)` and the
error's message, as JSON or as the error page. A route that shows its own page for an
error (the conflict pages) asks `status_of` for the status too.
"""

from __future__ import annotations

from briefing.errors import BriefingError, ConflictError, NotFoundError

STATUSES: tuple[tuple[type[BriefingError], int], ...] = (
    (NotFoundError, 404),  # no such brief, text or language
    (ConflictError, 409),  # changed since it was shown, nothing to undo, not ready yet
    (BriefingError, 400),  # anything else the user can fix: a bad file, an empty text
)


def status_of(error: BriefingError) -> int:
    """The HTTP status that answers `error`: the first class in STATUSES it belongs to."""
    return next(status for kind, status in STATUSES if isinstance(error, kind))
