def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

def segmented_count(limit, block):
    base = sieve(int(limit ** 0.5) + 1)
    count = 0
    for lo in range(2, limit + 1, block):
        hi = min(lo + block, limit + 1)
        flags = [True] * (hi - lo)
        for p in base:
            start = max(p * p, (lo + p - 1) // p * p)
            for m in range(start, hi, p):
                flags[m - lo] = False
        count += sum(flags)
    return count

primes = sieve(10000)
print(len(primes), primes[:15], primes[-5:])
print(segmented_count(10000, 1000) == len(primes))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for gap in sorted(gaps):
    print(f"gap {gap:2}: {gaps[gap]}")
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(len(twins), twins[-3:])
goldbach = {}
prime_set = set(primes)
for n in range(4, 101, 2):
    for p in primes:
        if n - p in prime_set:
            goldbach[n] = (p, n - p)
            break
print(goldbach[100], goldbach[98], len(goldbach))
def factorize(n):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors
for n in (360, 9973, 1001, 2 ** 20, 600851475143):
    print(n, factorize(n))
