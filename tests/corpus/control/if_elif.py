def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 31)))
x = 7
label = "odd" if x % 2 else "even"
print(label, "big" if x > 5 else "small" if x > 2 else "tiny")
if x > 5:
    if x > 6:
        print("nested >6")
    else:
        print("nested 6")
if []:
    print("not printed")
elif {}:
    print("not printed either")
else:
    print("else branch")
grade = 83
if grade >= 90: letter = "A"
elif grade >= 80: letter = "B"
else: letter = "C"
print(letter)
