class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, card):
        return card in self.cards
    def __iter__(self):
        return iter(self.cards)
    def __bool__(self):
        return bool(self.cards)
    def __str__(self):
        return "Deck(" + ", ".join(str(c) for c in self.cards) + ")"

class Card:
    ORDER = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __lt__(self, other):
        return Card.ORDER.index(self.rank) < Card.ORDER.index(other.rank)
    def __eq__(self, other):
        return isinstance(other, Card) and (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return self.rank + self.suit

deck = Deck(Card(r, s) for r, s in [("K", "h"), ("2", "s"), ("A", "d"), ("T", "c"), ("7", "h")])
print(len(deck), deck[0], deck[-1], Card("A", "d") in deck, Card("A", "s") in deck, bool(deck), bool(Deck([])))
print(sorted(deck), max(deck), min(deck))
print(str(deck), [c for c in deck if c.suit == "h"], len({Card("K", "h"), Card("K", "h")}))

class Counter:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n
print(list(Counter(5)), sum(Counter(100)))
