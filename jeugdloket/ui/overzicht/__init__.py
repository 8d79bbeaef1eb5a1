"""The coordinator's weekly overview on screen (issue 6)."""
