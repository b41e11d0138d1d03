def producer(words, target):
    for w in words:
        target.send(w)
    target.close()

def upper(target):
    try:
        while True:
            w = yield
            target.send(w.upper())
    except GeneratorExit:
        target.close()

def collector(out):
    try:
        while True:
            out.append((yield))
    except GeneratorExit:
        out.append("<closed>")

def primed(gen):
    next(gen)
    return gen

result = []
producer(["a", "bc", "d"], primed(upper(primed(collector(result)))))
print(result)
