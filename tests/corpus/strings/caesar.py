def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c

def encrypt(text, k):
    return "".join(shift_char(c, k) for c in text)

def decrypt(text, k):
    return encrypt(text, -k)

message = "Attack at Dawn, Zebra! xyz"
for k in (1, 3, 13, 25, 26, -4):
    secret = encrypt(message, k)
    print(f"{k:>3}: {secret} -> {decrypt(secret, k)}")

def vigenere(text, key, sign=1):
    out = []
    j = 0
    for c in text:
        if c.isalpha():
            k = ord(key[j % len(key)].lower()) - ord("a")
            out.append(shift_char(c, sign * k))
            j += 1
        else:
            out.append(c)
    return "".join(out)
v = vigenere(message, "lemon")
print(v, vigenere(v, "lemon", -1))
freq = {}
for c in message.lower():
    if c.isalpha():
        freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
