"""A text adventure driven by a fixed list of commands."""


class GameOver(Exception):
    pass


class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = []
        self.locked = {}

    def connect(self, direction, other, back=None, key=None):
        self.exits[direction] = other
        if key:
            self.locked[direction] = key
        if back:
            other.exits[back] = self

    def describe(self):
        lines = [f"== {self.name} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)))
        lines.append("Exits: " + " ".join(sorted(self.exits)))
        return "\n".join(lines)


class Player:
    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0
        self.score = 0


class Game:
    ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}

    def __init__(self):
        hall = Room("Hall", "A dusty entrance hall.")
        library = Room("Library", "Shelves of crumbling books.")
        cellar = Room("Cellar", "It is damp and dark.")
        vault = Room("Vault", "Gold glitters everywhere.")
        garden = Room("Garden", "Overgrown roses.")
        hall.connect("north", library, "south")
        hall.connect("down", cellar, "up")
        hall.connect("east", garden, "west")
        cellar.connect("east", vault, "west", key="iron key")
        library.items += ["lamp", "book"]
        garden.items.append("iron key")
        vault.items.append("treasure")
        self.player = Player(hall)
        self.handlers = {
            "look": self.look, "go": self.go, "take": self.take, "drop": self.drop,
            "inventory": self.show_inventory, "read": self.read, "quit": self.quit,
        }

    def look(self, *args):
        return self.player.room.describe()

    def go(self, direction=None):
        if direction is None:
            raise ValueError("go where?")
        direction = self.ALIASES.get(direction, direction)
        room = self.player.room
        if direction not in room.exits:
            return f"You can't go {direction}."
        key = room.locked.get(direction)
        if key and key not in self.player.inventory:
            return f"The way {direction} is locked."
        if key:
            del room.locked[direction]
            self.player.score += 10
        target = room.exits[direction]
        if target.name == "Cellar" and "lamp" not in self.player.inventory:
            return "It is too dark to go down without a light."
        self.player.room = target
        self.player.moves += 1
        return target.describe()

    def take(self, *words):
        item = " ".join(words)
        if not item:
            raise ValueError("take what?")
        if item not in self.player.room.items:
            return f"There is no {item} here."
        self.player.room.items.remove(item)
        self.player.inventory.append(item)
        self.player.score += 5
        if item == "treasure":
            raise GameOver("You found the treasure!")
        return f"Taken: {item}."

    def drop(self, *words):
        item = " ".join(words)
        try:
            self.player.inventory.remove(item)
        except ValueError:
            return f"You don't have {item or 'that'}."
        self.player.room.items.append(item)
        return f"Dropped: {item}."

    def show_inventory(self):
        if not self.player.inventory:
            return "You carry nothing."
        return "You carry: " + ", ".join(self.player.inventory)

    def read(self, what=""):
        if what != "book" or "book" not in self.player.inventory:
            return "Nothing to read."
        return 'The book says: "The key grows among the roses."'

    def quit(self):
        raise GameOver("You gave up.")

    def execute(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, args = words[0], words[1:]
        if verb in self.ALIASES or verb in self.ALIASES.values():
            verb, args = "go", [verb]
        handler = self.handlers.get(verb)
        if handler is None:
            return f"I don't know how to {verb!r}."
        try:
            return handler(*args)
        except TypeError:
            return f"'{verb}' does not take {len(args)} word(s)."


COMMANDS = [
    "look", "down", "north", "take lamp", "take book", "read book", "take sword", "s",
    "inventory", "go", "dance", "east", "take iron key", "look at", "w", "d", "e",
    "drop book", "inventory", "", "take treasure", "look",
]

game = Game()
for number, command in enumerate(COMMANDS, 1):
    print(f"> {command}")
    try:
        print(game.execute(command))
    except ValueError as e:
        print(f"Error: {e}")
    except GameOver as e:
        print(e)
        break
p = game.player
print(f"Moves: {p.moves}, score: {p.score}, commands used: {number}/{len(COMMANDS)}")
print(f"Inventory: {sorted(p.inventory)}")
