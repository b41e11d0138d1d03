class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key

def find(d, key):
    if key not in d:
        raise NotFound(key)
    return d[key]

try:
    find({}, "a")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

try:
    raise TypeError("one", 2)
except TypeError as e:
    print(e, e.args, repr(e))

def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise

try:
    reraise()
except ZeroDivisionError as e:
    print("re-raised:", e)

try:
    try:
        int("q")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), e.__suppress_context__)

try:
    try:
        {}["x"]
    except KeyError:
        raise IndexError("during")
except IndexError as e:
    print(e, "| context:", repr(e.__context__), e.__cause__)

try:
    try:
        {}["x"]
    except KeyError:
        raise IndexError("quiet") from None
except IndexError as e:
    print(e, e.__cause__, e.__suppress_context__)
print(str(KeyError("k")), repr(KeyError("k")), str(Exception()))
