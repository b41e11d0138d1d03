print(float("2.5"), float(" -1e3 "))
print(float("abc"))
