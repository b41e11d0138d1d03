count = 0
print('looping')
while True:
    count += 1
