def parse(text):
    return int(text)


def main():
    try:
        parse("x")
    except ValueError:
        print("handled")
    parse("y")


main()
