{1}
{1, 2, 3}
{*a, *b}
{x for x in y}
{x for x in y if x if not x}
