(x := 1)
if (n := len(a)) > 10: pass
[y := f(x), y ** 2]
while chunk := read(): pass
f(a := 1, b)
print((a := 1))
x = (y := 2)
