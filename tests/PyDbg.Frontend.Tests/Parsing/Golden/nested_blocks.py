def outer():
    def inner():
        for i in x:
            while i:
                if i:
                    try:
                        pass
                    except E:
                        with a:
                            pass
                    finally:
                        return
    return inner
class A:
    class B:
        def m(self):
            pass
x = 1
