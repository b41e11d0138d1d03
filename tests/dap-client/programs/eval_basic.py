def area(width, height):
    shape = {'w': width, 'h': height}
    result = width * height
    print('area', result)
    return result


for n in range(3):
    pass
print(area(3, 4))
