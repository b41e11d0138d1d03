print("failing_mod runs")
value = 1
raise ValueError("module body failed")
