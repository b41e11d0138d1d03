lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst = lst + [4]
print(lst, alias, lst is alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
s = "ab"
s += "cd"
s *= 2
print(s)
d = {"n": 0}
d["n"] += 5
d["n"] *= 3
print(d)
m = [[0] * 3 for _ in range(2)]
m[1][2] += 7
m[0][0] -= 1
print(m)
n = 7
n **= 2
n //= 3
n %= 10
n <<= 4
n |= 1
print(n)
f = 1.5
f *= 4
f -= 0.5
print(f)
words = []
words += "hi"
print(words)
