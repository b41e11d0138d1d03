from exports_mod import *
print(visible, _also_visible)
try:
    print(hidden)
except NameError as e:
    print("NameError:", e)
