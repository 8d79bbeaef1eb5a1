"""Safety of the data on a laptop: encryption key, conversion to SQLCipher (no Qt here)."""
