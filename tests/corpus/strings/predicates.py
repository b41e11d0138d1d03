tests = ["abc", "ABC", "Abc", "123", "12.5", "a1", "", " ", "\t\n", "abc ", "½", "²", "٣", "_x", "x_1", "1x", "if", "Hello World", "HELLO WORLD", "é", "漢字", "\x00", "a\tb"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
