print("a starts")
import circular_b_mod
value_a = "A"
def use_b():
    return circular_b_mod.value_b
print("a ends")
