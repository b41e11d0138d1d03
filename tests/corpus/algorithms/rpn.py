def evaluate(expression):
    stack = []
    trace = []
    for token in expression.split():
        if token in ("+", "-", "*", "/", "//", "%", "**"):
            b = stack.pop()
            a = stack.pop()
            if token == "+":
                stack.append(a + b)
            elif token == "-":
                stack.append(a - b)
            elif token == "*":
                stack.append(a * b)
            elif token == "/":
                stack.append(a / b)
            elif token == "//":
                stack.append(a // b)
            elif token == "%":
                stack.append(a % b)
            else:
                stack.append(a ** b)
        elif token == "dup":
            stack.append(stack[-1])
        elif token == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif token == "neg":
            stack.append(-stack.pop())
        elif "." in token:
            stack.append(float(token))
        else:
            stack.append(int(token))
        trace.append(len(stack))
    return stack, trace

programs = [
    "3 4 +",
    "5 1 2 + 4 * + 3 -",
    "2 3 4 * +",
    "10 3 /",
    "-7 2 //",
    "-7 2 %",
    "2 100 **",
    "1.5 2 * 0.25 +",
    "4 dup * dup *",
    "1 2 swap -",
    "9 neg 3 +",
    "1 2 3 4 5 + + + +",
]
for prog in programs:
    stack, trace = evaluate(prog)
    print(f"{prog:<22} => {stack[-1]!r:<35} depth trace {trace}")

def to_rpn(infix):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}
    out = []
    ops = []
    for tok in infix.replace("(", " ( ").replace(")", " ) ").split():
        if tok in prec:
            while ops and ops[-1] in prec and prec[ops[-1]] >= prec[tok]:
                out.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    while ops:
        out.append(ops.pop())
    return " ".join(out)

for infix in ["1 + 2 * 3", "(1 + 2) * 3", "8 / (3 - 1) / 2", "2 * (3 + 4) - 5 * (1 + 1)"]:
    rpn = to_rpn(infix)
    print(infix, "->", rpn, "=", evaluate(rpn)[0][-1])
