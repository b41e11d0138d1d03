def helper():
    return __name__
print(__name__, helper(), __name__ == "__main__")
if __name__ == "__main__":
    print("running as a script")
else:
    print("imported")
