s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-2], s[2:8:3])
print(s[100:], s[-100:3], s[5:2], s[3:3], repr(s[10:]))
print(s[-1:-11:-1], s[:0:-1], s[5::-1], s[:5:-1])
t = "abcdefghij"
for start in (None, 0, 3, -3):
    for stop in (None, 5, -1):
        for step in (None, 1, 2, -1, -3):
            print(repr(t[start:stop:step]), end=" ")
    print()
print(t[len(t) // 2:], t[:len(t) // 2])
word = "python"
print(word[0].upper() + word[1:], word[-1] * 3, word[1:-1])
