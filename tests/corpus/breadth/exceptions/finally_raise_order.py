def trial(n):
    print("start", n)
    try:
        if n == 1:
            raise ValueError("in try")
        return "returned"
    except ValueError:
        print("handler")
        raise KeyError("from handler")
    finally:
        print("finally", n)

print(trial(0))
try:
    trial(1)
except KeyError as e:
    print("outer got", repr(e), repr(e.__context__))
def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")
for v in gen_cleanup():
    print(v)
    break
print("after loop")
