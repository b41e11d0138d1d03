def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")
for v in gen_cleanup():
    print(v)
    break
print("after loop")
