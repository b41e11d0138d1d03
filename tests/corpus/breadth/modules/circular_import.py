import circular_a_mod
print(circular_a_mod.use_b(), circular_a_mod.value_a)
import circular_b_mod
print(circular_b_mod.value_b)
