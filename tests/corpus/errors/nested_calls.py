def parse_record(line):
    name, age = line.split(",")
    return name.strip(), to_age(age)

def to_age(text):
    value = int(text)
    return check_range(value)

def check_range(value):
    return 100 // (value - value)

def load(lines):
    out = []
    for line in lines:
        out.append(parse_record(line))
        print("loaded", out[-1][0])
    return out

print("start")
load(["ann, 31", "bob, 27"])
