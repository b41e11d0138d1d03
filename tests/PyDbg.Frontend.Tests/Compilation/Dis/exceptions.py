def handlers(x):
    try:
        r = 1 / x
    except ZeroDivisionError:
        r = 0
    except (TypeError, ValueError) as e:
        print(e)
        raise RuntimeError("bad") from e
    else:
        print("ok")
    finally:
        print("done")
    return r

def reraise():
    try:
        pass
    except:
        raise

def in_loop(items):
    for i in items:
        try:
            if i:
                continue
            break
        finally:
            print(i)

def managed(path):
    with open(path) as f, open(path + "2"):
        return f.read()

def returns_in_handler():
    try:
        return 1
    except Exception as exc:
        return 2
