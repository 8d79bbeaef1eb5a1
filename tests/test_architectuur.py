"""The shape of the code, checked like behaviour: no import cycles between modules (the layer
contracts of import-linter in pyproject.toml cannot see a cycle inside one layer) and no module
so big that it does several jobs. docs/ontwikkelen.md says where new code goes."""

from pathlib import Path

import grimp

PAKKET = Path(__file__).resolve().parent.parent / "jeugdloket"
MAX_REGELS = 800


def kringen(import_graaf: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles in a graph {module: modules it imports}: Tarjan's strongly connected
    components with more than one module (or a module importing itself)."""
    index: dict[str, int] = {}
    laag: dict[str, int] = {}
    stapel: list[str] = []
    op_stapel: set[str] = set()
    gevonden: list[list[str]] = []
    teller = 0

    def bezoek(start: str) -> None:
        # Iterative: a deep import chain must not hit Python's recursion limit.
        nonlocal teller
        werk = [(start, iter(sorted(import_graaf.get(start, ()))))]
        index[start] = laag[start] = teller
        teller += 1
        stapel.append(start)
        op_stapel.add(start)
        while werk:
            knoop, buren = werk[-1]
            for buur in buren:
                if buur not in index:
                    index[buur] = laag[buur] = teller
                    teller += 1
                    stapel.append(buur)
                    op_stapel.add(buur)
                    werk.append((buur, iter(sorted(import_graaf.get(buur, ())))))
                    break
                if buur in op_stapel:
                    laag[knoop] = min(laag[knoop], index[buur])
            else:
                werk.pop()
                if werk:
                    ouder = werk[-1][0]
                    laag[ouder] = min(laag[ouder], laag[knoop])
                if laag[knoop] == index[knoop]:
                    deel = []
                    while True:
                        m = stapel.pop()
                        op_stapel.discard(m)
                        deel.append(m)
                        if m == knoop:
                            break
                    if len(deel) > 1 or knoop in import_graaf.get(knoop, ()):
                        gevonden.append(sorted(deel))

    for module in sorted(import_graaf):
        if module not in index:
            bezoek(module)
    return gevonden


def test_kringen_vindt_een_kring_en_geen_ketting():
    """The check itself can fail: a cycle is found, a chain and a diamond are not."""
    assert kringen({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert kringen({"a": {"b", "c"}, "b": {"d"}, "c": {"d"}, "d": set()}) == []
    assert kringen({"a": {"a"}}) == [["a"]]


def _graaf() -> dict[str, set[str]]:
    g = grimp.build_graph("jeugdloket", cache_dir=None)
    return {m: set(g.find_modules_directly_imported_by(m)) for m in g.modules}


def test_geen_importkringen():
    """A module imports only what sits below it; package __init__ modules that gather their
    children (jeugdloket.cli, jeugdloket.demo) count like any other module."""
    assert kringen(_graaf()) == []


def test_geen_module_doet_te_veel():
    """Migrations are history and stay as written; everything else is split by job before it
    reaches this size."""
    te_groot = {
        str(p.relative_to(PAKKET.parent)): n
        for p in sorted(PAKKET.rglob("*.py"))
        if "versions" not in p.relative_to(PAKKET).parts
        and (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_REGELS
    }
    assert te_groot == {}, f"meer dan {MAX_REGELS} regels: splits op naar taak"
