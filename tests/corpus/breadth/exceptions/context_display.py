def cleanup():
    raise OSError("disk gone")

try:
    print("working")
    {}["missing"]
except KeyError:
    cleanup()
