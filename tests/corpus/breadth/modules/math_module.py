import math
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.trunc(-2.7))
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.gcd(12, 18), math.factorial(10), math.isqrt(17), math.comb(5, 2), math.perm(5, 2))
print(math.isnan(math.nan), math.isinf(math.inf), math.isclose(0.1 + 0.2, 0.3))
print(round(math.sin(math.pi / 6), 6), round(math.cos(0), 6), round(math.atan2(1, 1), 6))
print(math.log(math.e), math.log10(1000), math.log2(8), math.log(8, 2))
print(math.hypot(3, 4), math.fabs(-3), math.copysign(2, -1), math.pow(2, 10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.degrees(math.pi), math.radians(180))
from math import sqrt as root, pi
print(root(2), pi)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
