word = "hello"
print(word[4], word[-5])
print(word[10])
