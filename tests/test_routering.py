"""The arrow router of the 4P diagram, as pure geometry (no Qt): regels.routering."""

import math

import pytest

from jeugdloket.regels.routering import (
    LABEL_T,
    gang,
    kub,
    labelplek,
    lijn,
    polylijn,
    poort,
    rand,
    recht,
    route,
    s_bocht,
    snijdt,
    treffers,
    zijden,
)

# Four columns of 178 wide with 80 between them, as in the diagram.
BANEN = [(i * 258.0, i * 258.0 + 178) for i in range(4)]


def kaart(kolom: int, boven: float, hoogte: float = 60.0) -> tuple[float, float, float, float]:
    links = BANEN[kolom][0] + 9
    return links, boven, links + 160, boven + hoogte


def marge(r, m=4.0):
    return r[0] - m, r[1] - m, r[2] + m, r[3] + m


def pijl(a, b, obstakels=(), snel=False):
    """Route a → b the way the diagram does: sides, then ports, then the route."""
    za, zb = zijden(a, b, BANEN)
    pa, pb = poort(a, za, 0, 1), poort(b, zb, 0, 1)
    return za, zb, pa, pb, route(a, b, za, pa, zb, pb, list(obstakels), BANEN, snel)


def aaneengesloten(segs) -> bool:
    return all(segs[i][3] == segs[i + 1][0] for i in range(len(segs) - 1))


# --- small helpers ----------------------------------------------------------------------------


def test_snijdt_segment_en_rechthoek():
    r = (0.0, 0.0, 10.0, 10.0)
    assert snijdt(-5, 5, 15, 5, r)  # straight through
    assert snijdt(5, 5, 6, 6, r)  # inside
    assert snijdt(-5, 0, 15, 0, r)  # along the top edge: touching counts
    assert not snijdt(-5, -1, 15, -1, r)  # just above
    assert not snijdt(11, -5, 20, 5, r)  # beside
    assert not snijdt(-5, 6, 4, 15, r)  # past the corner


def test_treffers_telt_elk_obstakel_een_keer():
    lijn_punten = [(0.0, 5.0), (100.0, 5.0)]
    obstakels = [(10, 0, 20, 10), (30, 0, 40, 10), (50, 20, 60, 30)]
    assert treffers(lijn_punten, obstakels) == 2
    # a zigzag through the same box twice still counts it once
    zigzag = [(0.0, 0.0), (15.0, 5.0), (0.0, 8.0), (15.0, 9.0)]
    assert treffers(zigzag, [(10, 0, 20, 10)]) == 1
    assert treffers(lijn_punten, []) == 0


def test_rand_ligt_net_buiten_de_rechthoek_richting_het_doel():
    r = (0.0, 0.0, 100.0, 50.0)
    assert rand(r, (500.0, 25.0)) == pytest.approx((103.0, 25.0))
    assert rand(r, (50.0, -500.0)) == pytest.approx((50.0, -3.0))
    assert rand(r, (50.0, 25.0)) == (50.0, 25.0)  # the centre itself: no direction
    x, y = rand(r, (400.0, 400.0), extra=0.0)
    assert (x == pytest.approx(100.0) and 0 <= y <= 50) or (y == pytest.approx(50.0))


def test_bezier_hulpjes():
    p, q = (0.0, 0.0), (30.0, 60.0)
    seg = lijn(p, q)
    assert recht(seg)
    assert kub(seg, 0.0) == p and kub(seg, 1.0) == q
    assert kub(seg, 0.5) == pytest.approx((15.0, 30.0))
    s = s_bocht(p, q)
    assert not recht(s)
    assert s[1][1] == p[1] and s[2][1] == q[1]  # leaves and arrives horizontally
    assert polylijn([seg]) == [p, q]  # a straight segment needs no samples
    assert len(polylijn([s])) == 9 and polylijn([s])[-1] == pytest.approx(q)


def test_gang_vindt_de_vrije_hoogte_het_dichtst_bij_ideaal():
    obstakels = [(10, 0, 90, 100), (10, 130, 90, 300)]
    assert gang(0, 100, 500, obstakels) == 500  # already free
    y = gang(0, 100, 60, obstakels)
    assert 100 < y < 130  # the gap between the two cards
    assert gang(0, 100, 60, []) == 60
    assert gang(200, 300, 60, obstakels) == 60  # obstacles in another column do not count


def test_poorten_verdeeld_langs_een_zijde_buiten_de_rand():
    r = (0.0, 0.0, 160.0, 80.0)
    ys = [poort(r, "rechts", i, 3)[1] for i in range(3)]
    assert ys == sorted(ys) and len(set(ys)) == 3
    assert all(poort(r, "rechts", i, 3)[0] == 163 for i in range(3))
    assert poort(r, "links", 0, 1) == (-3, 40.0)
    assert poort(r, "onder", 0, 1) == (80.0, 83)
    assert poort(r, "boven", 0, 1) == (80.0, -3)
    # spread symmetrically around the middle of the side
    assert ys[1] == pytest.approx(40.0) and ys[0] + ys[2] == pytest.approx(80.0)


# --- sides ------------------------------------------------------------------------------------


def test_zijden_naast_elkaar_de_kanten_die_naar_elkaar_kijken():
    a, b = kaart(0, 60), kaart(2, 300)
    assert zijden(a, b, BANEN) == ("rechts", "links")
    assert zijden(b, a, BANEN) == ("links", "rechts")


def test_zijden_boven_elkaar_een_cirkel_rechts_omlaag_links_omhoog():
    boven, onder = kaart(1, 60), kaart(1, 200)
    assert zijden(boven, onder, BANEN) == ("rechts", "rechts")
    assert zijden(onder, boven, BANEN) == ("links", "links")


def test_zijden_in_de_buitenste_kolommen_aan_de_binnenkant():
    assert zijden(kaart(0, 200), kaart(0, 60), BANEN) == ("rechts", "rechts")
    assert zijden(kaart(3, 60), kaart(3, 200), BANEN) == ("links", "links")


def test_zijden_overlappende_kaarten_kiezen_een_boog():
    a = kaart(1, 60)
    b = (a[0] + 20, a[1] + 10, a[2] + 20, a[3] + 10)  # dragged on top of a
    za, zb = zijden(a, b, BANEN)
    assert za == zb


# --- routes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (kaart(0, 60), kaart(1, 60)),  # neighbours
        (kaart(0, 60), kaart(3, 400)),  # across two columns
        (kaart(3, 400), kaart(0, 60)),  # backwards
        (kaart(2, 60), kaart(2, 300)),  # same column, down
        (kaart(2, 300), kaart(2, 60)),  # same column, up
    ],
)
def test_route_begint_en_eindigt_precies_op_de_poorten(a, b):
    _, _, pa, pb, segs = pijl(a, b)
    assert segs[0][0] == pa and segs[-1][3] == pb
    assert aaneengesloten(segs)
    for p, r in ((pa, a), (pb, b)):  # a port lies just outside its card's border
        binnen_x = r[0] <= p[0] <= r[2]
        binnen_y = r[1] <= p[1] <= r[3]
        assert not (binnen_x and binnen_y)
        assert r[0] - 3.5 <= p[0] <= r[2] + 3.5 and r[1] - 3.5 <= p[1] <= r[3] + 3.5


def test_route_tussen_kolommen_kruist_een_kolom_door_het_gat():
    a, b = kaart(0, 60), kaart(2, 60)
    tussen = [marge(kaart(1, 40)), marge(kaart(1, 140))]  # the straight line would hit the first
    _, _, _, _, segs = pijl(a, b, tussen)
    assert treffers(polylijn(segs), tussen) == 0
    # one S-curve, a straight run through the middle column, one S-curve
    assert len(segs) == 3 and recht(segs[1])
    assert BANEN[1][0] - 6 == segs[1][0][0] and segs[1][3][0] == BANEN[1][1] + 6


def test_route_in_een_kolom_buigt_om_de_kaart_ertussen():
    boven, midden, onder = kaart(2, 60), kaart(2, 150), kaart(2, 240)
    obstakels = [marge(midden)]
    _, _, _, _, segs = pijl(boven, onder, obstakels)
    assert treffers(polylijn(segs), obstakels) == 0
    assert max(p[0] for p in polylijn(segs)) > midden[2]  # the bow passes beside it


def test_route_zoekt_de_minst_geblokkeerde_boog():
    # The card in between fills the whole gap: the S-curve hits it, a bow around it does not.
    a, b = kaart(0, 100), kaart(1, 100)
    blok = (a[2] + 10, 90.0, b[0] - 10, 170.0)
    _, _, _, _, segs = pijl(a, b, [blok])
    assert treffers(polylijn(segs), [blok]) == 0
    # `snel` (while dragging) keeps the first guess, even through the obstacle
    _, _, _, _, snel = pijl(a, b, [blok], snel=True)
    assert treffers(polylijn(snel), [blok]) == 1


def test_route_onvermijdelijk_geblokkeerd_geeft_toch_een_route():
    a, b = kaart(0, 100), kaart(1, 100)
    muur = (-1e4, -1e4, 1e4, 1e4)  # everything is in the way
    _, _, pa, pb, segs = pijl(a, b, [muur])
    assert segs and segs[0][0] == pa and segs[-1][3] == pb


def test_route_naastgelegen_kaarten_zonder_ruimte():
    a = kaart(1, 60)
    b = (a[2] + 2, 60.0, a[2] + 162, 120.0)  # touching on the right: not "side by side"
    za, zb, pa, pb, segs = pijl(a, b)
    assert za == zb
    assert segs[0][0] == pa and segs[-1][3] == pb


def test_route_is_deterministisch():
    a, b = kaart(0, 60), kaart(3, 300)
    obstakels = [marge(kaart(1, 100)), marge(kaart(2, 250)), marge(kaart(2, 60))]
    eerste = pijl(a, b, obstakels)
    for _ in range(5):
        assert pijl(a, b, obstakels) == eerste


# --- labels -----------------------------------------------------------------------------------


def test_labelplek_eerste_vrije_plek_wint():
    punten = [(50.0, 50.0), (200.0, 50.0)]
    verschuivingen = ((0.0, 0.0), (0.0, -12.0))
    x, y, r = labelplek(punten, verschuivingen, 20, 10, [])
    assert (x, y) == (50.0, 50.0) and r == (30.0, 40.0, 70.0, 60.0)
    # the first point is covered: the shift above it is free
    bezet = [(0.0, 49.0, 100.0, 100.0)]
    x, y, _ = labelplek(punten, verschuivingen, 20, 10, bezet)
    assert (x, y) == (50.0, 38.0)


def test_labelplek_anders_de_minst_bedekte():
    punten = [(50.0, 50.0), (200.0, 50.0)]
    bezet = [(0.0, 0.0, 100.0, 100.0), (190.0, 0.0, 400.0, 100.0)]
    x, y, _ = labelplek(punten, ((0.0, 0.0),), 20, 10, bezet)
    assert (x, y) == (200.0, 50.0)  # only 10 of its 40 wide overlap there


def test_label_t_begint_in_het_midden():
    assert LABEL_T[0] == 0.5 and all(0 < t < 1 for t in LABEL_T)
    assert math.isclose(sum(LABEL_T) / len(LABEL_T), 0.5)
