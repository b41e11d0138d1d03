1j
2.5J
1e3j
0j
x = 3 + 4j
y = -1.5j
z = 1_0j
