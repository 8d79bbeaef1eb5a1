"""Jeugdloket: de werkplek van het jeugdteam, ook aan de keukentafel zonder netwerk."""

__version__ = "0.1.0"
