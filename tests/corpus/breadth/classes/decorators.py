def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result}")
        return result
    return wrapper

def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco

@trace
def add(a, b):
    return a + b

@repeat(3)
def hello(name):
    return "hi " + name

add(2, 3)
print(hello("bo"))

registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

@register
class Plugin:
    pass

@register
class Other:
    pass
print(registry, Plugin.registered)

def stacked(tag):
    def deco(fn):
        def w():
            return f"<{tag}>{fn()}</{tag}>"
        return w
    return deco

@stacked("b")
@stacked("i")
def text():
    return "x"
print(text())
