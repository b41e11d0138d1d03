a.b
a.b.c
a[0]
a[0][1]
a[b:c]
a[:]
a[::]
a[b:]
a[:c]
a[::d]
a[b:c:d]
a[1, 2]
a[1:2, 3]
a[1:2, ::3]
a[...]
a[1,]
a[*b]
a.b[c].d(e)
a[x := 1]
