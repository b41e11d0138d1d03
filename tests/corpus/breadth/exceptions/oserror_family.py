for args in [(2, "No such file"), (13, "denied"), (17, "exists"), (21, "dir"), (20, "notdir"), (1, "perm"), (3, "srch"),
             (4, "intr"), (11, "again"), (10, "child"), (32, "pipe"), (104, "reset"), (111, "refused"), (103, "aborted"),
             (110, "timeout"), (99, "other"), (2, "No such file", "a.txt"), (2, "x", "a", None, "b"), ("2", "str errno")]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e), repr(e))
print(OSError(), repr(OSError()), OSError("just a message"), OSError("a", "b", "c", "d", "e", "f").errno)
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(FileNotFoundError(13, "x").__class__.__name__, PermissionError("p"), TimeoutError(), BlockingIOError.__mro__)
for t in [BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
          ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
          IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError]:
    print(t.__name__, t.__bases__[0].__name__, issubclass(t, OSError))
try:
    raise OSError(2, "No such file or directory", "data.csv")
except FileNotFoundError as e:
    print("caught", type(e).__name__, e, e.filename)
class ConfigError(OSError):
    pass
c = ConfigError(2, "missing", "cfg.ini")
print(type(c).__name__, c.errno, c, isinstance(c, FileNotFoundError))
class AppError(OSError):
    def __init__(self, path):
        super().__init__(13, "Permission denied", path)
        self.path = path
a = AppError("/root/x")
print(a, a.errno, a.path, a.args)
e = OSError(2, "gone")
e.filename = "f.txt"
e.strerror = "Gone"
print(e, e.args)
try:
    raise PermissionError(13, "Permission denied", "/etc/shadow")
except OSError as e:
    print(f"{type(e).__name__}: {e}")
raise FileExistsError(17, "File exists", "out")
