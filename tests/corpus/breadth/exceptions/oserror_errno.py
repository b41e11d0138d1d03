e = OSError(2, "No such file")
print(type(e).__name__, e.errno, e.strerror)
print(str(e), repr(e))
print(isinstance(OSError(13, "denied"), PermissionError))
