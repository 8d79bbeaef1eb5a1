"""The window's signal and text colours, chosen for WCAG 2.1 AA contrast on a light window.

Text needs 4.5:1 against its background, a dot or triangle that carries meaning 3:1
(tests/test_contrast.py checks both against the window, a field and an alternate table row).
"""

ROOD = "#c0392b"  # first contact late or evaluation overdue; error messages
ORANJE = "#d35400"  # plan needed or evaluation due soon (dots only: 3:1)
PAARS = "#7d3c98"  # a meldcode traject runs
CONFLICT = "#1f3a93"  # an open werkkopie conflict (dark blue, not the meldcode purple)
ZACHT = "#5d6d7e"  # secondary text: closed cases, inactive accounts, steps still to come
GOED = "#196f3d"  # "Saved"

SIGNALEN = {"rood": ROOD, "oranje": ORANJE, "paars": PAARS, "conflict": CONFLICT}
TEKST = {"rood": ROOD, "paars": PAARS, "conflict": CONFLICT, "zacht": ZACHT, "goed": GOED}
