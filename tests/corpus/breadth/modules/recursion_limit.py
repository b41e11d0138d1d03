import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError:
    print("hit the lower limit")
sys.setrecursionlimit(1000)
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(900))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
