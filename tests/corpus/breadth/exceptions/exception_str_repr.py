class E(Exception):
    def __str__(self):
        return "custom str"

class F(Exception):
    pass

for exc in [E(), E(1, 2), F(), F("a"), F("a", 1), ValueError(3), KeyError("q"), KeyError()]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
e = F("z")
e.note = 5
print(e.note, isinstance(e, Exception))
print(E.__name__, E.__bases__[0].__name__)
raise E
