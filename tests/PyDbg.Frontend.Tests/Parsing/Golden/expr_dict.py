{}
{1: 2}
{1: 2, 3: 4,}
{**a}
{**a, 1: 2, **b}
{a: b for a, b in c}
{a: b for a in c if a for b in d}
{
    'k': 'v',
    'k2': [1, 2],
}
