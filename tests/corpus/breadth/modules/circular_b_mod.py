print("b starts")
import circular_a_mod
print("b sees a partially:", hasattr(circular_a_mod, "value_a"))
value_b = "B"
print("b ends")
