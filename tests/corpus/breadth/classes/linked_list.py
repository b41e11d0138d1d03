class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, *values):
        self.head = None
        self.size = 0
        for v in reversed(values):
            self.push(v)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("list index out of range")
    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return "LinkedList(" + ", ".join(repr(v) for v in self) + ")"
    def __eq__(self, other):
        return list(self) == list(other)

l = LinkedList(1, 2, 3)
print(l, len(l), l[0], l[-1], 2 in l, 7 in l)
l.push(0)
l.reverse()
print(l, l.pop(), l)
print(l == LinkedList(2, 1, 0), l == [2, 1, 0], sorted(l))
e = LinkedList()
try:
    e.pop()
except IndexError as err:
    print("IndexError:", err)
try:
    l[10]
except IndexError as err:
    print("IndexError:", err)
