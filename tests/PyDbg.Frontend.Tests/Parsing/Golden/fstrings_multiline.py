x = f"""
{a}
  {b +
 c}
"""
y = f'''{
z}'''
z = (f"first {a}"
     f"second {b}")
w = f"{a}" \
    f"{b}"
