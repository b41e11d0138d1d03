config = {"host": "localhost", "port": 8080}
print(config["host"], config["port"])
print(config.get("k", "missing is fine with get"))
print(config["k"])
