def level(n):
    if n == 0:
        return {"a": 1}["b"]
    return level(n - 1) + 1

def start():
    return level(5)

print("begin")
start()
