name = "Ada"
age = 36
pi = 3.14159265
big = 1234567.891
n = 255
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {age!r} {'quote'!r}")
print(f"{age + 1} {age * 2} {len(name)} {name.upper()} {name[::-1]}")
print(f"{pi:.2f} {pi:.0f} {pi:10.3f}| {pi:<10.3f}| {pi:^10.3f}| {pi:+.1f} {-pi:+.1f}")
print(f"{age:5}|{age:<5}|{age:^5}|{age:>5}|{age:05}|{age:*^9}|{age:=+6}|")
print(f"{name:10}|{name:>10}|{name:^10}|{name:-^10}|{name:.2}|{name:>6.2}|")
print(f"{big:,} {big:,.2f} {1000000:,} {1000000:_} {-1234567:,} {big:_.1f}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#X} {n:#o} {n:#b} {n:08b} {n:#010x}")
print(f"{0.25:%} {0.25:.0%} {1.5:.1%} {-0.123:.2%}")
print(f"{1e10:e} {1e-10:.2e} {123456:E} {1234.5:g} {0.00001234:g} {1e20:g} {100000:g} {1000000:g}")
print(f"{3.0:.3} {2.0:.1} {1/3:.3} {2/3} {1/3:10.4}")
width = 8
prec = 3
print(f"{pi:{width}.{prec}f}|{name:>{width}}|{age:{'0'}{width}}")
items = [1, 2, 3]
d = {"k": "v", "n": 5}
print(f"{items} {items[1]} {d['k']} {d['n'] ** 2} {sum(items)} {[x * 2 for x in items]}")
print(f"{'nested ' + f'{age}'}")
print(f"{{literal braces}} {{{age}}}")
print(f"{True} {None} {True:d} {3 > 2} {age if age > 30 else 'young'}")
print(f"{-0.0} {0.1 + 0.2} {1e16} {float('inf')} {float('nan')}")
print(f"{12:>+5} {-12:<5}| {12: d} {-12: d} {12:c}")
print(f"{1234.5:010.2f} {-1234.5:010.2f} {1234.5:>+12,.2f}")
x = 10
print(f"{x=} {x*2=} {name=!s} {pi=:.2f}")
print(f"result: {'yes' if x > 5 else 'no'}, {x:}|")
print(f"{'a' 'b'}", f"{'{'}", f"{'}'}")
print(F"upper F {x}", rf"raw \n {x}", fr"\t{x}")
for i in range(1, 4):
    print(f"{i:>2}. {'*' * i:<4}|{i ** 3:>5}")
