def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]

phrases = ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "", "No 'x' in Nixon", "ab"]
for p in phrases:
    print(repr(p), is_palindrome(p))

def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best

for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "a"]:
    print(s, "->", longest_palindrome(s))
