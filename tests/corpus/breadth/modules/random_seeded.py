import random
random.seed(12345)
print([round(random.random(), 10) for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print(random.choice("abcdef"), random.choice([10, 20, 30]))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.randrange(100), random.randrange(10, 20), random.randrange(0, 100, 5))
random.seed(1)
a = [random.random() for _ in range(2)]
random.seed(1)
b = [random.random() for _ in range(2)]
print(a == b)
print(round(random.uniform(1, 2), 8), random.sample(range(20), 4))
