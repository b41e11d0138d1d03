for attempt in range(2):
    try:
        import failing_mod
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e)
