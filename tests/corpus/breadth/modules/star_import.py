from geometry_mod import *
print(round(circle_area(1), 3), Shape("t"))
try:
    print(_private)
except NameError as e:
    print("NameError:", e)
