print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 2)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (1, "a") < (1, "b"))
print([1, 2] == [1, 2], [1, 2] is [1, 2], (1,) == [1])
a = [1]
b = a
print(a is b, a is not b, a == b)
print(1 in [1, 2], 3 not in [1, 2], "a" in "cat", "at" in "cat", "" in "x")
print(2 in (1, 2), 2 in {2: "x"}, "x" in {2: "x"}, 3 in {1, 2, 3}, 3 in range(5), 5 in range(5))
print(1.5 < 2, 2 > 1.5, 3 == 3.0, 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
print(True < 2, False < True)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 2} == {2, 1})
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2})
print(max("apple", "banana"), min([3, 1], [2, 9]))
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
print(noisy(3) < noisy(2) < noisy(10))
