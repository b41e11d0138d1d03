print("tab:\t|newline:\n|backslash:\\|quote:\"|apos:\'|")
print("hex:\x41\x42 octal:\101\102 unicode:\u00e9\u4e2d named-free:\U0001F40D")
print(r"raw \n \t \\ string", len(r"\n"), len("\n"))
print(len("\a\b\f\v\0"))
print(repr("\a\b\f\v\0"))
s = """Line one
    indented line
Line three"""
print(s)
print(len(s.splitlines()), s.count("\n"))
t = '''it's "quoted"'''
print(t, repr(t))
print("a" "b" 'c' """d""")
print(repr("\r\n"), repr("\\"), repr("'"), repr('"'), repr("'\""))
