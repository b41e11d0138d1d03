import sys
try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    open("no_such_dir/x.txt", "w")
except OSError as e:
    print(type(e).__name__, e)
try:
    open("/tmp", "r")
except IsADirectoryError as e:
    print(type(e).__name__, e)
path = "/tmp/pydbg_corpus_open_files.txt"
with open(path, "w") as f:
    print(f.write("line one\n"), f.closed, f.name, f.mode)
    f.write("line two\nthird")
    f.writelines(["\n", "4th\n"])
print(f.closed)
with open(path) as f:
    print(repr(f.readline()), repr(f.read(4)), repr(f.readline()), f.readlines())
with open(path, "a") as f:
    f.write("appended\n")
for line in open(path):
    print(line.rstrip())
f = open(path)
print(f.read())
f.seek(0)
print(len(f.read()), f.read() == "")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e)
g = open(path, "w")
try:
    g.read()
except OSError as e:
    print(type(e).__name__, e)
g.close()
print(open(path).read() == "")
print(list(open(path, "r")))
open("missing.cfg")
