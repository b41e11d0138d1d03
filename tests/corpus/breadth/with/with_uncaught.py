class Guard:
    def __enter__(self):
        print("guard on")
    def __exit__(self, t, v, tb):
        print("guard off", t.__name__)
with Guard():
    print("work")
    raise LookupError("gone")
