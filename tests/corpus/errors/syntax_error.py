print("this line never runs")
def broken(:
    return 1
