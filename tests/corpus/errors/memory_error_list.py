# CPython raises MemoryError here (the allocation of 10**12 list slots fails);
# regenerate.py also caps the address space so the oracle never really tries.
print("allocating")
big = [0] * 10 ** 12
print(len(big))
