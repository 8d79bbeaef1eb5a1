"""Meldcode and veiligheidsplan on the team register, as a medewerker's own login (never the
superuser): the register view shows whether another consulent's case has a running meldcode
traject (a fact, for the signal in the list), never its steps or its veiligheidsplan."""

from datetime import date, timedelta

import pytest
from test_team_rls import register  # noqa: F401 - the fixture

from jeugdloket.db import Database
from jeugdloket.services import meldcode, veiligheidsplan

pytestmark = pytest.mark.usefixtures("register")


def test_meldcodefeit_in_het_register_inhoud_alleen_voor_wie_mag(register):  # noqa: F811
    db, zaken, _ids, als = register
    systeem = Database(db.engine, gebruiker="b.yilmaz")
    ander = zaken["b.yilmaz"]
    meldcode.start_traject(systeem, ander.id, date.today() - timedelta(days=2))
    meldcode.zet_stap(systeem, ander.id, 1, 1, {"toelichting": "Geheim"})
    veiligheidsplan.zet_veiligheidsplan(systeem, ander.id, {"zorgen": "Geheim"})
    with als("a.devries") as a:
        feiten = dict(a.execute("SELECT casusnummer, meldcode_open FROM casusregister").fetchall())
        assert feiten[ander.casusnummer] is True
        assert feiten[zaken["a.devries"].casusnummer] is False
        for tabel in ("meldcode_traject", "meldcode_stap", "veiligheidsplan"):
            assert a.execute(f"SELECT count(*) FROM {tabel}").fetchone()[0] == 0, tabel
    with als("b.yilmaz") as b:
        assert b.execute("SELECT toelichting FROM meldcode_stap").fetchone()[0] == "Geheim"
        assert b.execute("SELECT zorgen FROM veiligheidsplan").fetchone()[0] == "Geheim"
