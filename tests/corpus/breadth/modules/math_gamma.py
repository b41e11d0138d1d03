import math
vals = [0.5, 1.5, 2.5, 3.3, 4.999, 5.0, 5.5, 7.25, 10.1, 20.5, 23.0, 24.0, 30.0, 50.5, 100.0, 140.5, 141.0, 170.5, 171.5, 199.9,
        -0.5, -1.5, -2.5, -3.7, -10.3, -50.5, -150.25, -170.9, -199.5, -200.5, -250.5, 1e-10, -1e-10, 1e-25, -1e-25, 1e-300,
        0.1, 0.01, 0.99, 1.01, 1.999, 2.001, 3, 7, 12, 1e-5, 6.02, 5.52, 5.53, 0.333333, 1/3, 2/3, math.pi, math.e]
for v in vals:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, *out)
for v in [0, 0.0, -0.0, -1, -2.0, -100, 172, 171.7, 1e308, -1e308, float("inf"), float("-inf"), float("nan"), 1e-320, 2**1000, True]:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, *out)
for i in range(1, 30):
    x = i / 7 - 2
    print(f"{x:.4f}", math.gamma(x) if x != int(x) else "-", math.lgamma(x) if x != int(x) else "-")
