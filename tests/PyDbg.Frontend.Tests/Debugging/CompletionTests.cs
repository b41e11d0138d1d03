using PyDbg.Frontend.Debugging;

namespace PyDbg.Frontend.Tests.Debugging;

/// <summary>Debug-console completions in a stopped frame (names as rlcompleter proposes them).</summary>
public class CompletionTests
{
    private const string Program = """
import math
counter = 0
class Box:
    limit = 3
    def __init__(self):
        self.value = 1
        self._hidden = 2
    def grow(self):
        return self.value
def work(items, item_count):
    box = Box()
    stop()
work([1], 1)
""";

    private static List<Completion> At(string text, int? cursor = null)
    {
        List<Completion>? result = null;
        var s = DebugHarness.Run(Program, (frame, _) => result = Completions.For(new FrameEvaluator(), frame, text, cursor ?? text.Length));
        s.Error.Should().BeNull();
        return result!;
    }

    [Fact]
    public void NamesOfTheFrameMatchingThePrefix()
    {
        var found = At("ite");
        found.Select(c => c.Label).Should().Equal("items", "item_count", "iter");
        found.Should().AllSatisfy(c => { c.Start.Should().Be(0); c.Length.Should().Be(3); });
        found[0].Kind.Should().Be("variable");
        found[2].Kind.Should().Be("function");
    }

    [Fact]
    public void GlobalsBuiltinsAndKeywordsWithTheirKinds()
    {
        At("ma").Should().ContainEquivalentOf(new Completion("math", "module", 0, 2));
        At("ma").Should().ContainEquivalentOf(new Completion("map", "class", 0, 2));
        At("ma").Should().ContainEquivalentOf(new Completion("max", "function", 0, 2));
        At("Bo").Should().Equal(new Completion("Box", "class", 0, 2));
        At("x = wh").Should().Equal(new Completion("while", "keyword", 4, 2));
        At("cou").Should().Equal(new Completion("counter", "variable", 0, 3));
        At("lam").Select(c => c.Label).Should().Equal("lambda");
    }

    [Fact]
    public void AttributesAfterADottedName()
    {
        var box = At("box.");
        box.Select(c => c.Label).Should().Equal("grow", "limit", "value");
        box.Should().AllSatisfy(c => { c.Start.Should().Be(4); c.Length.Should().Be(0); });
        box.Single(c => c.Label == "grow").Kind.Should().Be("function");
        box.Single(c => c.Label == "limit").Kind.Should().Be("variable");
        At("box._").Select(c => c.Label).Should().Equal("_hidden");
        At("box.__in").Select(c => c.Label).Should().Contain("__init__").And.OnlyContain(l => l.StartsWith("__in"));
        At("print(math.sq").Should().Equal(new Completion("sqrt", "function", 11, 2));
        At("items.ap").Should().Equal(new Completion("append", "function", 6, 2));
        At("box.value.bit_").Select(c => c.Label).Should().Equal("bit_count", "bit_length");
    }

    [Fact]
    public void CursorInTheMiddleAndNothingForCallsSubscriptsNumbersOrErrors()
    {
        At("ite + 1", 3).Select(c => c.Label).Should().Equal("items", "item_count", "iter");
        At("Box().").Should().BeEmpty();
        At("items[0].").Should().BeEmpty();
        At("1.").Should().BeEmpty();
        At("12").Should().BeEmpty();
        At("nothere.").Should().BeEmpty();
        At("'text'.").Should().BeEmpty();
    }
}
