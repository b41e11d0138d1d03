import sys
print(len(sys.argv), sys.argv[0])
print(type(sys.argv).__name__)
def main():
    print("main runs")
    return 3
if __name__ == "__main__":
    code = main()
    print("exiting with", code)
    sys.exit(code)
print("not reached")
