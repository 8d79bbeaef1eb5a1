"""Colour contrast (WCAG 2.1 AA, 1.4.3 and 1.4.11): text 4.5:1, signal dots and triangles 3:1."""

import pytest
from kleurcontrast import ACHTERGRONDEN, contrast, stijlparen

from jeugdloket.ui import kleuren
from jeugdloket.ui.overzicht.modellen import KLEUR

# The window, a field, an alternate table row, a selected row is drawn by the style itself.
RIJEN = (*ACHTERGRONDEN, "#f7f7f7")


def test_rekenwijze():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_tekstkleuren_van_de_stijlbladen():
    te_zwak = [
        f"{plaats}: {voor} op {achter} = {contrast(voor, achter):.2f}"
        for plaats, voor, achter in stijlparen()
        if contrast(voor, achter) < 4.5
    ]
    assert te_zwak == []


def test_signaalkleuren_en_tekstkleuren():
    for naam, kleur in kleuren.SIGNALEN.items():
        for achter in RIJEN:
            assert contrast(kleur, achter) >= 3, (naam, kleur, achter)
    for naam, kleur in kleuren.TEKST.items():
        for achter in RIJEN:
            assert contrast(kleur, achter) >= 4.5, (naam, kleur, achter)


def test_gekleurde_cellen_houden_zwarte_tekst_leesbaar():
    for kleur in KLEUR.values():
        assert contrast("#000000", kleur.name()) >= 4.5
