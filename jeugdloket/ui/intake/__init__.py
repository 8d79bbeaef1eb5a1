"""Screens of the Levenskracht intake."""
