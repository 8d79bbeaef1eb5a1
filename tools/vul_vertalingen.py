"""Fill unfinished entries of translations/jeugdloket_nl.ts from a file of 'English<TAB>Nederlands' lines.

Workflow for a new UI string: `make translations` (lupdate adds it as unfinished), add a line
to a TSV, run `python tools/vul_vertalingen.py FILE.tsv`, then `make translations` again
(lrelease). tests/test_vertalingen.py fails while any string is untranslated.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "translations" / "jeugdloket_nl.ts"


def main(tsv: str) -> int:
    vertaling = {}
    for regel in Path(tsv).read_text(encoding="utf-8").splitlines():
        if "\t" in regel:
            bron, doel = regel.split("\t", 1)
            vertaling[bron] = doel
    boom = ET.parse(TS)
    open_ = []
    for bericht in boom.getroot().iter("message"):
        bron = bericht.findtext("source")
        doel = bericht.find("translation")
        if doel.get("type") == "unfinished" or not (doel.text or "").strip():
            if bron in vertaling:
                doel.text = vertaling[bron]
                doel.attrib.pop("type", None)
            else:
                open_.append(bron)
    boom.write(TS, encoding="utf-8", xml_declaration=True)
    for bron in sorted(set(open_)):
        print(f"nog niet vertaald: {bron}")
    return 1 if open_ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
