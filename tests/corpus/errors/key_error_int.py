squares = {n: n * n for n in range(3)}
print(squares[2])
print(squares[3])
