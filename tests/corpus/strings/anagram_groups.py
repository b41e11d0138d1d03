words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    print(key, groups[key])
print([g for g in groups.values() if len(g) > 2])
def char_count(s):
    d = {}
    for c in s:
        d[c] = d.get(c, 0) + 1
    return d
print(char_count("listen") == char_count("silent"), char_count("abc") == char_count("abd"))
