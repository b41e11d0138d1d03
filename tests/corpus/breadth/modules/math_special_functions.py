import math

# factorial vs gamma, and combinatorics through lgamma
for n in range(1, 15):
    print(n, math.factorial(n - 1), math.gamma(n), math.factorial(n - 1) == math.gamma(n))
print(math.gamma(0.5) ** 2, math.pi, math.isclose(math.gamma(0.5) ** 2, math.pi))


def log_comb(n, k):
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


for n, k in [(10, 3), (52, 5), (100, 50), (1000, 10)]:
    print(n, k, math.comb(n, k), round(math.exp(log_comb(n, k))), round(log_comb(n, k), 6))

# poles and range errors
for bad in [0, -1, -2.0, -1e10]:
    for f in (math.gamma, math.lgamma):
        try:
            f(bad)
        except ValueError as e:
            print(f.__name__, bad, "ValueError:", e)
for big in [171.7, 1000.0]:
    try:
        math.gamma(big)
    except OverflowError as e:
        print("gamma", big, "OverflowError:", e)
print(math.lgamma(1000.0), math.lgamma(1e300), math.gamma(-200.5), math.gamma(-0.5), math.lgamma(-0.5))
print(math.gamma(float("inf")), math.lgamma(float("-inf")), math.isnan(math.gamma(float("nan"))))
print(math.erf(0.5), math.erfc(0.5), math.expm1(1e-10), math.log1p(1e-10), math.cbrt(27) if hasattr(math, "cbrt") else "no cbrt")
try:
    math.gamma(-inf_value) if False else math.gamma(float("-inf"))
except ValueError as e:
    print("ValueError:", e)
math.lgamma(-3)
