def f():
    try:
        return "try"
    finally:
        print("cleanup f")

def g():
    try:
        return "try"
    finally:
        return "finally"

def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i

def k():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
    finally:
        print("outer finally")

print(f())
print(g())
print(h())
print(k())
nested()
x = 0
while True:
    try:
        x += 1
        if x > 2:
            break
    finally:
        print("loop finally", x)
