# collections-style containers written as built-in subclasses
class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self.factory()
        self[key] = value
        return value

    def __repr__(self):
        return f"DefaultDict({self.factory.__name__}, {dict.__repr__(self)})"


groups = DefaultDict(list)
for word in "apple avocado banana blueberry cherry cranberry apricot".split():
    groups[word[0]].append(word)
print(groups)
print(len(groups), sorted(groups), groups["a"], "z" in groups, groups.get("z"))
print(groups["z"], "z" in groups, len(groups))

counts = DefaultDict(int, {"x": 5}, y=2)
for ch in "xyzzy":
    counts[ch] += 1
print(counts, sorted(counts.items()), counts.factory is int)


class Counter(dict):
    def __missing__(self, key):
        return 0

    def update_from(self, iterable):
        for item in iterable:
            self[item] += 1
        return self

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return items if n is None else items[:n]

    def __add__(self, other):
        result = Counter(self)
        for k, v in other.items():
            result[k] += v
        return result


c = Counter().update_from("mississippi")
print(c, c["s"], c["q"], "q" in c, len(c))
print(c.most_common(2), c.most_common())
both = c + Counter(s=10, z=1)
print(type(both).__name__, both.most_common(3), isinstance(both, dict))


class OrderedSet(list):
    def add(self, x):
        if x not in self:
            self.append(x)
        return self

    def __contains__(self, x):
        return list.__contains__(self, x)


o = OrderedSet()
for x in [3, 1, 3, 2, 1, 5]:
    o.add(x)
print(o, 2 in o, 9 in o, len(o), o[::-1], sorted(o))


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug, cfg, sorted(cfg.keys()))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


ld = LowerDict()
ld["Name"] = "Ada"
ld["AGE"] = 36
print(ld, ld["NAME"], ld["age"], list(ld))
try:
    ld["other"]
except KeyError as e:
    print("KeyError:", e)
