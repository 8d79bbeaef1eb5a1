"""The Dutch public holidays computed in regels.werkdagen are those of the holidays package."""

from datetime import date, timedelta

import holidays

from jeugdloket.regels.werkdagen import Werkdagen, feestdagen, pasen


def test_feestdagen_gelijk_aan_holidays_nl():
    nl = holidays.NL(years=range(1950, 2101))
    for jaar in range(1950, 2101):
        verwacht = {d for d in nl if d.year == jaar}
        assert feestdagen(jaar) == verwacht, jaar


def test_pasen():
    assert pasen(2026) == date(2026, 4, 5)
    assert pasen(2025) == date(2025, 4, 20)
    assert pasen(2038) == date(2038, 4, 25)


def test_werkdagen_als_met_holidays():
    nl = holidays.NL()
    wd = Werkdagen(sluitingsdagen=[date(2026, 12, 28)])
    dag = date(2024, 1, 1)
    while dag < date(2028, 1, 1):
        verwacht = dag.weekday() < 5 and dag not in nl and dag != date(2026, 12, 28)
        assert wd.is_werkdag(dag) == verwacht, dag
        dag += timedelta(days=1)
