def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    finally:
        print("finally", a, b)
print(safe_div(1, 2), safe_div(1, 0))
for text in ["12", "x", "3.5"]:
    try:
        print(int(text))
    except ValueError as e:
        print("bad:", e)
    else:
        print("no error")
try:
    {}["k"]
except (IndexError, KeyError) as e:
    print(type(e).__name__, repr(e))
def raiser():
    raise ValueError("custom message")
try:
    raiser()
except Exception as e:
    print(type(e).__name__, e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("wrapped")
except KeyError as e:
    print("outer caught", e)
raise RuntimeError("uncaught at the end")
