# An n-body-like float loop: lists of floats, multiplication, division, powers.
def simulate(steps):
    xs = [0.0, 1.0, -1.0, 0.5, -0.5]
    ys = [0.0, 0.0, 0.0, 0.8, -0.8]
    vx = [0.0, 0.0, 0.0, -0.6, 0.6]
    vy = [0.0, 1.0, -1.0, 0.3, -0.3]
    ms = [10.0, 0.1, 0.1, 0.05, 0.05]
    n = len(xs)
    dt = 0.001
    for _ in range(steps):
        for i in range(n):
            ax = 0.0
            ay = 0.0
            for j in range(n):
                if i != j:
                    dx = xs[j] - xs[i]
                    dy = ys[j] - ys[i]
                    d2 = dx * dx + dy * dy + 0.01
                    inv = ms[j] / (d2 * d2 ** 0.5)
                    ax += dx * inv
                    ay += dy * inv
            vx[i] += ax * dt
            vy[i] += ay * dt
        for i in range(n):
            xs[i] += vx[i] * dt
            ys[i] += vy[i] * dt
    energy = 0.0
    for i in range(n):
        energy += 0.5 * ms[i] * (vx[i] * vx[i] + vy[i] * vy[i])
    return energy

print(f"{simulate(100000):.9f}")
