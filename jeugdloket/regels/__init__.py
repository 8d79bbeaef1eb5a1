"""Pure domain rules: no database, no Qt. Messages are Dutch: they reach the user as they are."""
