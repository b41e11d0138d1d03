x: int
y: list[int] = []
(z): int = 3
a.b: str = "s"
a[0]: float
v: int = yield
