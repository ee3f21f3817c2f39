"""The web service's routes, by concern: sign-in and sessions, briefs and jobs, review."""
