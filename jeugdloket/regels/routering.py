"""Arrow routing for diagrams of cards in columns: pure geometry, no Qt.

Points are (x, y) tuples, rectangles (left, top, right, bottom) tuples and an arrow is a list of
cubic Bézier segments (four points each), so the routing can be tested without a window and
the ui converts to Qt types at its edge. What the router promises:

- an arrow starts exactly at its start port and ends exactly at its end port;
- between columns it runs in gentle S-curves and crosses a column in between at the free
  height nearest the straight line (`gang`);
- cards above each other get a bow beside them (`zijden` chooses the side);
- when that simple route still runs through an obstacle, the least obstructed simple bow wins
  (none at all when one exists); the result depends only on the input (deterministic).
"""

import math

Rect = tuple[float, float, float, float]  # left, top, right, bottom
Punt = tuple[float, float]
Seg = tuple[Punt, Punt, Punt, Punt]  # one cubic Bézier segment


def snijdt(x1: float, y1: float, x2: float, y2: float, r: Rect) -> bool:
    """Does the segment touch the rectangle (Liang–Barsky)?"""
    dx, dy = x2 - x1, y2 - y1
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x1 - r[0]), (dx, r[2] - x1), (-dy, y1 - r[1]), (dy, r[3] - y1)):
        if p == 0:
            if q < 0:
                return False
        else:
            t = q / p
            if p < 0:
                if t > t1:
                    return False
                t0 = max(t0, t)
            else:
                if t < t0:
                    return False
                t1 = min(t1, t)
    return True


def treffers(punten: list[Punt], obstakels: list[Rect]) -> int:
    """How many obstacles the polyline runs through."""
    xs = [p[0] for p in punten]
    ys = [p[1] for p in punten]
    lx, rx, ty, by = min(xs), max(xs), min(ys), max(ys)
    stukken = list(zip(punten, punten[1:], strict=False))
    aantal = 0
    for r in obstakels:
        r0, r1, r2, r3 = r
        if r2 < lx or r0 > rx or r3 < ty or r1 > by:
            continue
        for (x1, y1), (x2, y2) in stukken:
            if (
                (x1 < r0 and x2 < r0)
                or (x1 > r2 and x2 > r2)
                or (y1 < r1 and y2 < r1)
                or (y1 > r3 and y2 > r3)
            ):
                continue
            if snijdt(x1, y1, x2, y2, r):
                aantal += 1
                break
    return aantal


def rand(r: Rect, doel: Punt, extra: float = 3.0) -> Punt:
    """Where the line from the rectangle's centre towards `doel` leaves it (plus a small gap)."""
    cx, cy = (r[0] + r[2]) / 2, (r[1] + r[3]) / 2
    dx, dy = doel[0] - cx, doel[1] - cy
    lengte = math.hypot(dx, dy)
    if lengte < 1e-6:
        return cx, cy
    hw, hh = (r[2] - r[0]) / 2, (r[3] - r[1]) / 2
    s = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
    return cx + dx * s + dx / lengte * extra, cy + dy * s + dy / lengte * extra


def lijn(p: Punt, q: Punt) -> Seg:
    dx, dy = (q[0] - p[0]) / 3, (q[1] - p[1]) / 3
    return p, (p[0] + dx, p[1] + dy), (q[0] - dx, q[1] - dy), q


def kwad(p: Punt, c: Punt, q: Punt) -> Seg:
    return (
        p,
        (p[0] + 2 / 3 * (c[0] - p[0]), p[1] + 2 / 3 * (c[1] - p[1])),
        (q[0] + 2 / 3 * (c[0] - q[0]), q[1] + 2 / 3 * (c[1] - q[1])),
        q,
    )


def s_bocht(p: Punt, q: Punt) -> Seg:
    """A gentle S from p to q, leaving and arriving horizontally."""
    d = (q[0] - p[0]) / 2
    return p, (p[0] + d, p[1]), (q[0] - d, q[1]), q


def kub(seg: Seg, t: float) -> Punt:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = seg
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3


def recht(seg: Seg) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = seg
    dx, dy = x3 - x0, y3 - y0
    return (
        abs(dx * (y1 - y0) - dy * (x1 - x0)) < 1e-3 and abs(dx * (y2 - y0) - dy * (x2 - x0)) < 1e-3
    )


_MONSTERS = tuple(i / 8 for i in range(1, 9))
# Where along an arrow a label may go, tried in this order (mid-arrow first).
LABEL_T = (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74)


def polylijn(segs: list[Seg]) -> list[Punt]:
    punten = [segs[0][0]]
    for seg in segs:
        if recht(seg):
            punten.append(seg[3])
        else:
            punten.extend(kub(seg, t) for t in _MONSTERS)
    return punten


def gang(links: float, rechts: float, ideaal: float, obstakels: list[Rect]) -> float:
    """The height nearest `ideaal` at which a line can cross the column [links, rechts] freely."""
    bezet = sorted((o[1], o[3]) for o in obstakels if o[0] < rechts and o[2] > links)
    beste, afstand = ideaal, math.inf
    onder = -math.inf
    for boven, volgende_onder in [*bezet, (math.inf, math.inf)]:
        lo, hi = onder + 2, boven - 2
        if lo <= hi:
            y = min(max(ideaal, lo), hi)
            if abs(y - ideaal) < afstand:
                beste, afstand = y, abs(y - ideaal)
        onder = max(onder, volgende_onder)
    return beste


def poort(r: Rect, zij: str, i: int, n: int) -> Punt:
    """Place i of n on a side of card r (a small gap outside the border)."""
    cx, cy = (r[0] + r[2]) / 2, (r[1] + r[3]) / 2
    verschuiving = i - (n - 1) / 2
    if zij in ("links", "rechts"):
        stap = min(16.0, (r[3] - r[1] - 20) / (n - 1)) if n > 1 else 0.0
        return (r[2] + 3 if zij == "rechts" else r[0] - 3), cy + verschuiving * stap
    stap = min(28.0, (r[2] - r[0] - 30) / (n - 1)) if n > 1 else 0.0
    return cx + verschuiving * stap, (r[3] + 3 if zij == "onder" else r[1] - 3)


def zijden(a: Rect, b: Rect, banen: list[tuple[float, float]]) -> tuple[str, str]:
    """Which sides of cards a and b an arrow a → b leaves and enters.

    Side by side: the facing sides. Above each other: a bow on the right going down and on the
    left going up, so that a vicious circle (a → b → a) is drawn as a circle – except in the
    outer columns, where bows stay on the inner side (nothing sticks out of the diagram).
    `banen` are the columns as (left, right), left to right.
    """
    if a[2] + 16 < b[0]:
        return "rechts", "links"
    if b[2] + 16 < a[0]:
        return "links", "rechts"
    midden = (a[0] + a[2]) / 2
    if midden < banen[0][1]:
        return "rechts", "rechts"
    if midden > banen[-1][0]:
        return "links", "links"
    kant = "rechts" if (b[1] + b[3]) >= (a[1] + a[3]) else "links"
    return kant, kant


def route(
    a: Rect,
    b: Rect,
    zij_a: str,
    pa: Punt,
    zij_b: str,
    pb: Punt,
    obstakels: list[Rect],
    banen: list[tuple[float, float]],
    snel: bool = False,
) -> list[Seg]:
    """The arrow from card a (leaving at pa) to card b (arriving at pb) as cubic segments.

    Side by side: gentle S-curves through the gaps between the columns, crossing a column in
    between where it has room. Above each other: a bow beside the column.
    Anything odd (cards dragged into each other's way): the least obstructed simple bow –
    except when `snel` (while dragging; the careful route follows on release).
    """
    if zij_a == zij_b:
        k = min(64.0, 26.0 + 0.12 * abs(pb[1] - pa[1]))
        if (zij_a == "rechts") != (pb[1] >= pa[1]):  # against the circle (outer column): wider
            k *= 1.5
        k *= 1 if zij_a == "rechts" else -1
        segs = [(pa, (pa[0] + k, pa[1]), (pb[0] + k, pb[1]), pb)]
    else:
        lo, hi = min(pa[0], pb[0]), max(pa[0], pb[0])
        gekruist = [(lb, rb) for lb, rb in banen if lb > lo + 4 and rb < hi - 4]
        naar_rechts = pb[0] > pa[0]
        if not naar_rechts:
            gekruist.reverse()
        punten = [pa]
        for lb, rb in gekruist:
            f = ((lb + rb) / 2 - pa[0]) / (pb[0] - pa[0])
            y = gang(lb, rb, pa[1] + f * (pb[1] - pa[1]), obstakels)
            punten += [(lb - 6, y), (rb + 6, y)] if naar_rechts else [(rb + 6, y), (lb - 6, y)]
        punten.append(pb)
        segs = [
            lijn(punten[i], punten[i + 1]) if i % 2 else s_bocht(punten[i], punten[i + 1])
            for i in range(len(punten) - 1)
        ]
    if snel:
        return segs
    geraakt = treffers(polylijn(segs), obstakels)
    if geraakt == 0:
        return segs

    beste, minst = segs, geraakt
    acx, acy = (a[0] + a[2]) / 2, (a[1] + a[3]) / 2
    bcx, bcy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    dx, dy = bcx - acx, bcy - acy
    lengte = math.hypot(dx, dy) or 1.0
    nx, ny = dy / lengte, -dx / lengte
    for f in (0.0, 0.15, -0.15, 0.3, -0.3, 0.5, -0.5, 0.75, -0.75):
        c = ((acx + bcx) / 2 + nx * f * lengte, (acy + bcy) / 2 + ny * f * lengte)
        p, q = rand(a, c), rand(b, c)
        kandidaat = [lijn(p, q)] if f == 0 else [kwad(p, c, q)]
        geraakt = treffers(polylijn(kandidaat), obstakels)
        if geraakt < minst:
            beste, minst = kandidaat, geraakt
            if geraakt == 0:
                break
    return beste


# --- items --------------------------------------------------------------------------------


def labelplek(
    punten: list[Punt],
    verschuivingen: tuple[Punt, ...],
    halve_breedte: float,
    halve_hoogte: float,
    bezet: list[Rect],
) -> tuple[float, float, Rect]:
    """The label centre (and its rectangle) covering the least area of `bezet`.

    Tries each point in order, each with each shift; the first place that covers nothing wins.
    """
    hb, hh = halve_breedte, halve_hoogte
    beste, kosten = None, math.inf
    for x0, y0 in punten:
        for dx, dy in verschuivingen:
            x, y = x0 + dx, y0 + dy
            x1, y1, x2, y2 = x - hb, y - hh, x + hb, y + hh
            k = 0.0
            for o in bezet:
                if o[0] >= x2 or o[2] <= x1 or o[1] >= y2 or o[3] <= y1:
                    continue
                w = (x2 if x2 < o[2] else o[2]) - (x1 if x1 > o[0] else o[0])
                k += w * ((y2 if y2 < o[3] else o[3]) - (y1 if y1 > o[1] else o[1]))
                if k >= kosten:
                    break
            if k < kosten:
                beste, kosten = (x, y, (x1, y1, x2, y2)), k
                if k == 0:
                    break
        if kosten == 0:
            break
    return beste
