"""Documents the app prints for families and teams (PDF)."""
