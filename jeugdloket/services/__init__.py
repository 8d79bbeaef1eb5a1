"""Use cases. Each function opens one short session, validates, writes, and returns plain data."""


class Fout(Exception):
    """A refusal the user can act on: the message is Dutch and names the field."""


class Validatiefout(Fout):
    def __init__(self, fouten: dict[str, str]):
        self.fouten = fouten
        super().__init__("; ".join(fouten.values()))


class NietGevonden(Fout):
    pass


class VersieConflict(Fout):
    def __init__(self, wat: str = "De gegevens"):
        super().__init__(
            f"{wat} zijn intussen door iemand anders gewijzigd. Open ze opnieuw en probeer het nog eens."
        )
