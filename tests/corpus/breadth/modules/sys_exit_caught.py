import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
print(sys.maxsize > 2 ** 31, isinstance(sys.version_info[0], int))
raise SystemExit(0)
