s = 'é'
t = "日本語"
é = 1
x = ('é', 'ü')
y = f"{é}é{t}"
z = 'é' + 'x'
def ünicode(ä): return ä
