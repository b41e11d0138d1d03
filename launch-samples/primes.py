# Primes below 200 with a sieve, then a few facts about them.

def sieve(limit):
    flags = [True] * limit
    flags[0] = flags[1] = False
    for p in range(2, int(limit ** 0.5) + 1):
        if flags[p]:
            for m in range(p * p, limit, p):
                flags[m] = False
    return [n for n, is_prime in enumerate(flags) if is_prime]


primes = sieve(200)
print(len(primes), "primes below 200")
for start in range(0, len(primes), 10):
    print(" ".join(f"{p:3}" for p in primes[start:start + 10]))

twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin primes:", twins)
print("sum:", sum(primes), "largest gap:", max(q - p for p, q in zip(primes, primes[1:])))
