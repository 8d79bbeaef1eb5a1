"""The error family every layer raises: a refusal the user can act on, in Dutch.

It sits below everything (models, regels, db, services, ui, cli all may import it), so a lower
layer never has to import `services` just to raise a clear message.
"""


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

    def __init__(self, wat: str = "De gegevens"):
        super().__init__(
            f"{wat} zijn intussen door iemand anders gewijzigd. Open ze opnieuw en probeer het nog eens."
        )


class ImportFout(Fout):
    """The document was refused; `meldingen` lists every problem, nothing was written."""

    def __init__(self, meldingen: list[str]):
        self.meldingen = meldingen
        super().__init__("\n".join(meldingen))
