def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][3]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    if kind == 4:
        return undefined_name
    return "ok"

for k in range(6):
    try:
        print(risky(k))
    except ZeroDivisionError as e:
        print("zero:", e)
    except (IndexError, KeyError) as e:
        print("lookup:", type(e).__name__, e)
    except ValueError as e:
        print("value:", e.args)
    except Exception as e:
        print("other:", type(e).__name__, e)
    else:
        print("no error")
    finally:
        print("finally", k)
