def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "+-":
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos
def parse_term(tokens, pos):
    value, pos = parse_factor(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "*/":
        op = tokens[pos]
        rhs, pos = parse_factor(tokens, pos + 1)
        value = value * rhs if op == "*" else value // rhs
    return value, pos
def parse_factor(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    if tok == "-":
        value, pos = parse_factor(tokens, pos + 1)
        return -value, pos
    return int(tok), pos + 1
def tokenize(s):
    tokens = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
            continue
        if num:
            tokens.append(num)
            num = ""
        if ch in "+-*/()":
            tokens.append(ch)
    if num:
        tokens.append(num)
    return tokens
for expr in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + (4 - 1)) * 5", "-(7)", "100"]:
    tokens = tokenize(expr)
    print(expr, "=", parse_expr(tokens, 0)[0], tokens)
