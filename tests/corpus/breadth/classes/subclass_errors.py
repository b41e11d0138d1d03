# errors of built-in subclasses, as CPython reports them
class MyList(list):
    pass

class MyInt(int):
    pass

class MyStr(str):
    pass

print(MyList([1, 2]) + [3], MyInt(2) ** 10, MyStr("a") * 3)
try:
    hash(MyList())
except TypeError as e:
    print("TypeError:", e)
try:
    {MyList(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    MyInt("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    MyList(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    MyList()[5]
except IndexError as e:
    print("IndexError:", e)
try:
    MyStr("x") + 1
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(MyStr)
except TypeError as e:
    print("TypeError:", e)
try:
    class Both(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Nope(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
s = MyStr("hello")
print(s.title(), s.replace("l", "L"), s.find("l"), s.center(9, "*"), type(s.strip()).__name__)
m = MyInt(7)
print(m.bit_length(), m.to_bytes(2, "big") if False else m + 0, divmod(m, 2), -m, ~m, m << 2, m & 3, m | 8, m ^ 1)
print(float(MyInt(3)), int(MyStr("42")), str(MyInt(9)), bool(MyInt(0)), bool(MyStr("")), bool(MyList([0])))
MyList([1])[3]
