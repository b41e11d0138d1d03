try:
    pass
except:
    pass
try:
    x
except E:
    y
except (A, B) as e:
    z
except C as c:
    pass
else:
    w
finally:
    v
try:
    pass
finally:
    pass
try: a
except E: b
