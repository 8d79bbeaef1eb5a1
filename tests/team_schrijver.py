"""One medewerker hammering the team register (run as a subprocess by test_team_gelijktijdig):
`python team_schrijver.py URL NAAM RONDES CASUS_ID...` – mixed edits, contact moments and
openings, as their own login. Prints how many edits needed a retry after a version conflict."""

import sys
import uuid
from datetime import datetime

from jeugdloket.db import open_database
from jeugdloket.fouten import VersieConflict
from jeugdloket.services import casussen


def main(url: str, naam: str, rondes: int, casus_ids: list[uuid.UUID]) -> int:
    db = open_database(url, naam)
    opnieuw = 0
    try:
        for i in range(rondes):
            cid = casus_ids[i % len(casus_ids)]
            soort = i % 4
            if soort == 0:
                # Read-modify-write of one field, with the version read: a conflict is retried
                # on fresh data, never overwritten blindly.
                while True:
                    d = casussen.casus_detail(db, cid)
                    regels = (d.hulpvraag or "").split()
                    try:
                        casussen.wijzig_casus(
                            db, cid, {"hulpvraag": " ".join([*regels, f"{naam}#{i}"])}, d.version
                        )
                        break
                    except VersieConflict:
                        opnieuw += 1
            elif soort == 1:
                casussen.voeg_contactmoment_toe(
                    db, cid, datetime(2026, 11, 20, 9, 0), notitie=f"{naam}#{i}"
                )
            else:
                casussen.casus_detail(db, cid)
    finally:
        db.sluit()
    print(opnieuw)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), [uuid.UUID(a) for a in sys.argv[4:]]))
