log = []
def op(i):
    try:
        if i % 2:
            raise ValueError(i)
        log.append(f"ok {i}")
    except ValueError as e:
        log.append(f"err {e}")
        if i == 3:
            return "early"
    else:
        log.append("else")
    finally:
        log.append("fin")
    return "end"

print([op(i) for i in range(5)])
print(log)
try:
    pass
except Exception as e:
    pass
e = "kept"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
