a < b
a < b <= c > d >= e == f != g
a in b
a not in b
a is b
a is not b
a < b in c is not d not in e
