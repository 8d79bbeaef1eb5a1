"""Demo data: synthetic cases, intakes and toewijzingen for a first start, training or a load test.

Above the services layer (it uses their rules and catalogue search) and below ui/cli, which
start it (`jeugdloket demo`). Deterministic for a given seed and `vandaag`.
"""

from jeugdloket.demo.hulp import maak_demo_toewijzingen
from jeugdloket.demo.maken import maak_demo

__all__ = ["maak_demo", "maak_demo_toewijzingen"]
