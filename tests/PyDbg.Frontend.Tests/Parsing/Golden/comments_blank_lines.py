# leading comment

x = 1  # trailing comment
   # indented comment

def f():
    # comment in body

    return 1
    # trailing in body
# end
