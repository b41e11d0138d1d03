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
