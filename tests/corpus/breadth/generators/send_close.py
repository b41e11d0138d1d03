def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count

a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("done", e.value)

def closer():
    try:
        while True:
            yield "tick"
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("closer finally")
c = closer()
print(next(c), next(c))
c.close()
c.close()
print("closed")
try:
    next(c)
except StopIteration:
    print("exhausted after close")
g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    yield received
e = echo()
next(e)
e.send("a")
e.send("b")
print(e.send("c"))
