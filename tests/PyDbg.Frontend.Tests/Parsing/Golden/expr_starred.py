*a, b = c
a, *b = c
[*a] = b
f(*a)
print(*args, sep='')
x = [*a, *b]
x = (*a,)
