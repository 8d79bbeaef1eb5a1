"""Editors of the familiegroepsplan and the perspectiefplan."""
