"""The error family every layer raises: a refusal the user can act on, in Dutch.

It sits below everything (models, regels, db, services, ui, cli all may import it), so a lower
layer never has to import `services` just to raise a clear message.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from jeugdloket.taal import vertaal


class Fout(Exception):
    """A refusal the user can act on: the message is Dutch and names the field."""


class Validatiefout(Fout):
    """Several fields are wrong at once: `fouten` maps each field to its message."""

    def __init__(self, fouten: dict[str, str]):
        self.fouten = fouten
        super().__init__("; ".join(fouten.values()))


class NietGevonden(Fout):
    """What was asked for (a case, a person, a medewerker) does not exist (any more)."""


class VersieConflict(Fout):
    """Someone else saved the same data since it was read: nothing was overwritten."""

    def __init__(self, wat: str | None = None):
        super().__init__(
            vertaal(
                "{wat} zijn intussen door iemand anders gewijzigd. Open ze opnieuw en probeer "
                "het nog eens.",
                wat=wat or vertaal("De gegevens"),
            )
        )


@dataclass(frozen=True)
class Conflictveld:
    """One field two people changed: the value both started from, mine, theirs, who and when."""

    veld: str
    basis: Any
    mijn: Any
    hun: Any
    door: str | None  # the colleague's name (None: changed before field history was kept)
    op: datetime | None
    sleutel: str | None = None  # the key in `velden`/`basis` (to send again with theirs)


class VeldConflict(VersieConflict):
    """A field was changed by someone else since it was read, to another value than mine.
    Nothing was written; the user chooses (send again with `basis` = their value to keep mine).
    Fields that only one of us changed never conflict."""

    def __init__(self, conflicten: list[Conflictveld]):
        self.conflicten = conflicten
        delen = []
        for c in conflicten:
            wie = c.door or vertaal("een collega")
            wanneer = vertaal(" op {op:%d-%m-%Y om %H:%M}", op=c.op) if c.op else ""
            delen.append(
                vertaal(
                    "{veld} is intussen gewijzigd door {wie}{wanneer}: hun waarde '{hun}', "
                    "uw waarde '{mijn}'",
                    veld=c.veld,
                    wie=wie,
                    wanneer=wanneer,
                    hun=_tekst(c.hun),
                    mijn=_tekst(c.mijn),
                )
            )
        Fout.__init__(self, "; ".join(delen) + vertaal(". Kies welke waarde blijft."))


def _tekst(waarde: Any) -> str:
    if waarde is None or waarde == "":
        return vertaal("(leeg)")
    if isinstance(waarde, datetime):
        return vertaal("{waarde:%d-%m-%Y %H:%M}", waarde=waarde)
    if isinstance(waarde, date):
        return vertaal("{waarde:%d-%m-%Y}", waarde=waarde)
    return str(waarde)


class ImportFout(Fout):
    """The document was refused; `meldingen` lists every problem, nothing was written."""

    def __init__(self, meldingen: list[str]):
        self.meldingen = meldingen
        super().__init__("\n".join(meldingen))


def database_weigert(e: BaseException) -> bool:
    """True when the team register's own rights refused the statement (SQLSTATE 42501): the
    services check first, so this is what is left over – say so instead of a driver error."""
    return getattr(getattr(e, "orig", e), "sqlstate", None) == "42501"
