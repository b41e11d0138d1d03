import geometry_mod
import geometry_mod as g
from geometry_mod import circle_area, Shape as S

print(geometry_mod is g, geometry_mod.__name__)
print(round(circle_area(2), 4), round(g.PI2, 5))
print(S("sq"), type(g).__name__)
print(__name__)
import geometry_mod
print("imported once")
