"""An interpreter for a tiny expression-and-statement language."""


class LangError(Exception):
    def __init__(self, message, line):
        super().__init__(f"line {line}: {message}")
        self.line = line


class Token:
    def __init__(self, kind, value, line):
        self.kind, self.value, self.line = kind, value, line

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"


KEYWORDS = {"let", "print", "while", "end", "if"}


def tokenize(source):
    tokens = []
    for lineno, line in enumerate(source.splitlines(), 1):
        i = 0
        while i < len(line):
            ch = line[i]
            if ch.isspace():
                i += 1
            elif ch == "#":
                break
            elif ch.isdigit():
                j = i
                while j < len(line) and line[j].isdigit():
                    j += 1
                tokens.append(Token("num", int(line[i:j]), lineno))
                i = j
            elif ch.isalpha() or ch == "_":
                j = i
                while j < len(line) and (line[j].isalnum() or line[j] == "_"):
                    j += 1
                word = line[i:j]
                tokens.append(Token("kw" if word in KEYWORDS else "name", word, lineno))
                i = j
            elif line.startswith(("==", "!=", "<=", ">="), i):
                tokens.append(Token("op", line[i:i + 2], lineno))
                i += 2
            elif ch in "+-*/%()=<>":
                tokens.append(Token("op", ch, lineno))
                i += 1
            else:
                raise LangError(f"unexpected character {ch!r}", lineno)
        tokens.append(Token("nl", None, lineno))
    return tokens


class Parser:
    PRECEDENCE = [("==", "!=", "<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else Token("eof", None, -1)

    def take(self, kind=None, value=None):
        tok = self.peek()
        if (kind and tok.kind != kind) or (value and tok.value != value):
            raise LangError(f"expected {value or kind}, got {tok.value!r}", tok.line)
        self.pos += 1
        return tok

    def program(self):
        stmts = []
        while self.peek().kind != "eof":
            if self.peek().kind == "nl":
                self.pos += 1
                continue
            stmts.append(self.statement())
        return stmts

    def block(self):
        body = []
        while not (self.peek().kind == "kw" and self.peek().value == "end"):
            if self.peek().kind == "eof":
                raise LangError("missing 'end'", self.tokens[-1].line)
            if self.peek().kind == "nl":
                self.pos += 1
                continue
            body.append(self.statement())
        self.take("kw", "end")
        return body

    def statement(self):
        tok = self.peek()
        if tok.kind == "kw" and tok.value == "let":
            self.take()
            name = self.take("name").value
            self.take("op", "=")
            return ("let", name, self.expr(0), tok.line)
        if tok.kind == "kw" and tok.value == "print":
            self.take()
            return ("print", self.expr(0), tok.line)
        if tok.kind == "kw" and tok.value in ("while", "if"):
            self.take()
            cond = self.expr(0)
            return (tok.value, cond, self.block(), tok.line)
        raise LangError(f"unexpected {tok.value!r}", tok.line)

    def expr(self, level):
        if level == len(self.PRECEDENCE):
            return self.atom()
        left = self.expr(level + 1)
        while self.peek().kind == "op" and self.peek().value in self.PRECEDENCE[level]:
            op = self.take().value
            left = ("bin", op, left, self.expr(level + 1))
        return left

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return ("num", tok.value)
        if tok.kind == "name":
            return ("var", tok.value, tok.line)
        if tok.kind == "op" and tok.value == "(":
            inner = self.expr(0)
            self.take("op", ")")
            return inner
        if tok.kind == "op" and tok.value == "-":
            return ("bin", "-", ("num", 0), self.atom())
        raise LangError(f"bad expression at {tok.value!r}", tok.line)


OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a // b, "%": lambda a, b: a % b,
    "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b),
}


class Machine:
    def __init__(self):
        self.env = {}
        self.output = []
        self.steps = 0

    def eval(self, node):
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "var":
            if node[1] not in self.env:
                raise LangError(f"undefined variable {node[1]}", node[2])
            return self.env[node[1]]
        _, op, left, right = node
        a, b = self.eval(left), self.eval(right)
        try:
            return OPS[op](a, b)
        except ZeroDivisionError:
            raise LangError("division by zero", 0) from None

    def run(self, stmts):
        for stmt in stmts:
            self.steps += 1
            if self.steps > 10000:
                raise LangError("too many steps", stmt[-1])
            if stmt[0] == "let":
                self.env[stmt[1]] = self.eval(stmt[2])
            elif stmt[0] == "print":
                self.output.append(str(self.eval(stmt[1])))
            elif stmt[0] == "if":
                if self.eval(stmt[1]):
                    self.run(stmt[2])
            else:
                while self.eval(stmt[1]):
                    self.run(stmt[2])


PROGRAMS = {
    "factorial": """
let n = 10
let acc = 1
while n > 1
  let acc = acc * n
  let n = n - 1
end
print acc
""",
    "primes": """
let i = 2
while i < 30
  let d = 2
  let prime = 1
  while d * d <= i
    if i % d == 0
      let prime = 0
    end
    let d = d + 1
  end
  if prime
    print i
  end
  let i = i + 1
end
""",
    "collatz": "let n = 27\nlet steps = 0\nwhile n != 1\n if n % 2 == 0\n let n = n / 2\n end\n if n % 2 == 1\n if n != 1\n let n = 3 * n + 1\n end\n end\n let steps = steps + 1\nend\nprint steps\nprint -(2 + 3) * 4",
    "undefined": "let a = 1\nprint a + b",
    "badchar": "let a = 1 $ 2",
    "unclosed": "while 1\nprint 1",
    "divzero": "print 10 / (5 - 5)",
    "forever": "while 1\nlet x = 1\nend",
}

for name, source in PROGRAMS.items():
    machine = Machine()
    try:
        machine.run(Parser(tokenize(source)).program())
        print(f"{name}: {' '.join(machine.output)}")
    except LangError as e:
        print(f"{name}: error {e} (after {len(machine.output)} outputs)")
print(tokenize("let x = 1")[:3])
