import geometry_mod
import geometry_mod as again
geometry_mod.counter = 1
again.counter += 1
print(geometry_mod.counter, again is geometry_mod)
print(geometry_mod.__name__, hasattr(geometry_mod, "circle_area"), hasattr(geometry_mod, "nope"))
try:
    geometry_mod.nope
except AttributeError as e:
    print("AttributeError:", e)
import math, sys
print(type(math).__name__, math.__name__, "math" in sys.modules, "geometry_mod" in sys.modules)
