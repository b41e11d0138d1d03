# CPython raises MemoryError here (a 1 TB string cannot be allocated);
# regenerate.py also caps the address space so the oracle never really tries.
print("allocating a string")
s = "x" * 10 ** 12
print(len(s))
