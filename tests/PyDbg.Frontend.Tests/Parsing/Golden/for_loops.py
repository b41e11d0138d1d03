for i in range(10):
    pass
for i, j in pairs:
    continue
else:
    break
for (a, b) in x: pass
for [a, b] in x: pass
for *a, b in x: pass
for x.y in z: pass
for x[0] in z: pass
for i in 1, 2, 3: pass
for i in *a, *b: pass
