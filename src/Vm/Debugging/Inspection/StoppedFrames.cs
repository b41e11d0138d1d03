using PyDbg.Vm.Execution;

namespace PyDbg.Vm.Debugging.Inspection;

/// <summary>
/// The stacks of the program threads that are stopped right now (a debugger registers its stop
/// while the thread is blocked), so that <see cref="FrameJumper"/> and <see cref="FrameRestarter"/>
/// can tell whether a frame may be moved, and the debugger can find which frame was moved while
/// stopped. The region of a stop is the frames its dispatch loop can continue in: from the
/// stopped frame down to the entry frame of that loop.
/// </summary>
public static class StoppedFrames
{
    public sealed class Region
    {
        public Frame Top { get; }
        /// <summary>Why no frame of this stop may be moved (stopped on an exception, inside a native call), or null.</summary>
        public string? Refusal { get; }
        internal readonly List<(Frame Frame, int Ip)> Snapshot = new();

        internal Region(Frame top, string? refusal)
        {
            Top = top;
            Refusal = refusal;
            for (Frame? f = top; f is not null; f = f.Back)
            {
                Snapshot.Add((f, f.Ip));
                if (f.IsLoopEntry) break;
            }
        }

        /// <summary>The bottom-most frame of the region whose Ip changed since the stop began (with its new Ip), or null.</summary>
        internal (Frame Frame, int Ip)? MovedFrame()
        {
            for (var i = Snapshot.Count - 1; i >= 0; i--)
            {
                var (f, ip) = Snapshot[i];
                if (f.Ip != ip) return (f, f.Ip);
            }
            return null;
        }

        internal bool Contains(Frame frame)
        {
            foreach (var (f, _) in Snapshot)
                if (ReferenceEquals(f, frame)) return true;
            return false;
        }
    }

    private static readonly List<Region> Regions = new();

    internal static Region Enter(Frame top, string? refusal)
    {
        var region = new Region(top, refusal);
        lock (Regions) Regions.Add(region);
        return region;
    }

    internal static void Exit(Region region)
    {
        lock (Regions) Regions.Remove(region);
    }

    /// <summary>The stop whose stack holds <paramref name="frame"/>, or null.</summary>
    public static Region? Find(Frame frame)
    {
        lock (Regions)
        {
            foreach (var region in Regions)
                for (Frame? f = region.Top; f is not null; f = f.Back)
                    if (ReferenceEquals(f, frame)) return region;
        }
        return null;
    }
}
