data = [("bob", 3), ("alice", 1), ("carol", 3), ("dave", 2), ("eve", 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: (-p[1], p[0])))
by_name = sorted(data)
by_score = sorted(by_name, key=lambda p: p[1])
print(by_score)
lst = [5, 2, 8, 2, 9, 1, 5, 5]
lst2 = lst[:]
lst2.sort()
print(sorted(lst), lst2, sorted(lst, reverse=True), lst)
print(sorted("Sorting Strings", key=str.lower), sorted([-3, 2, -1, 0], key=abs))
print(sorted({3: "c", 1: "a"}.items()), sorted({"b", "a", "c"}), sorted((3, 1, 2), reverse=True))
print(sorted([1.5, -2, 3, 0.0, -0.5]), sorted([[2], [1, 5], [1]]), sorted([]))
stable = sorted(["bb", "a", "ccc", "dd", "e", "fff"], key=len)
print(stable, sorted(["bb", "a", "ccc", "dd", "e", "fff"], key=len, reverse=True))
print(list(reversed(sorted(range(5)))), sorted(range(10), key=lambda x: x % 3))
