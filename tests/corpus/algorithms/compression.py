def rle_encode(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}" if count > 1 else prev)
            prev = ch
            count = 1
    out.append(f"{count}{prev}" if count > 1 else prev)
    return "".join(out)

def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * (int(num) if num else 1))
            num = ""
    return "".join(out)

samples = ["aaabbbcccd", "abcd", "", "wwwwwwwwwwwwbbbwwwwwwwwwwwwbwww", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "aabbaa"]
for s in samples:
    e = rle_encode(s)
    print(repr(s), "->", repr(e), rle_decode(e) == s, f"{len(e)}/{len(s)}")

def lzw_compress(text):
    dictionary = {chr(i): i for i in range(256)}
    w = ""
    result = []
    for c in text:
        wc = w + c
        if wc in dictionary:
            w = wc
        else:
            result.append(dictionary[w])
            dictionary[wc] = len(dictionary)
            w = c
    if w:
        result.append(dictionary[w])
    return result

def lzw_decompress(codes):
    dictionary = {i: chr(i) for i in range(256)}
    w = chr(codes[0])
    out = [w]
    for k in codes[1:]:
        if k in dictionary:
            entry = dictionary[k]
        else:
            entry = w + w[0]
        out.append(entry)
        dictionary[len(dictionary)] = w + entry[0]
        w = entry
    return "".join(out)

text = "TOBEORNOTTOBEORTOBEORNOT"
codes = lzw_compress(text)
print(codes, len(codes), len(text), lzw_decompress(codes) == text)
long_text = "abracadabra " * 20
codes = lzw_compress(long_text)
print(len(codes), len(long_text), lzw_decompress(codes) == long_text, max(codes))
