def load(key, table):
    try:
        return table[key]
    except KeyError as e:
        raise ValueError(f"unknown setting {key!r}") from e

settings = {"depth": 3}
print(load("depth", settings))
try:
    load("width", settings)
except ValueError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
def cleanup_order():
    log = []
    try:
        try:
            log.append("body")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(cleanup_order())
load("height", settings)
