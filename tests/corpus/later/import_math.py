import math
print(math.pi, math.e, math.sqrt(2), math.floor(-2.5), math.ceil(2.1))
print(math.gcd(48, 18), math.factorial(20), math.isqrt(10 ** 20 + 1), math.inf, math.isnan(math.nan))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.sin(0), math.cos(0), round(math.hypot(3, 4), 10))
from math import comb, perm
print(comb(10, 3), perm(5, 2))
