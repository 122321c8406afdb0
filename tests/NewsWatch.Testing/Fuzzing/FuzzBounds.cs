namespace NewsWatch.Testing.Fuzzing;

/// <summary>
/// The fixed bounds every input must stay within, and the size each input is charged for.
/// The numbers and how they were chosen are in docs/benchmarks.md ("Hostile feeds").
/// </summary>
public static class FuzzBounds
{
    /// <summary>
    /// Time per byte against a plain feed of the same size, measured in the same run. A plain
    /// feed is the cheapest shape per byte; broken ones take the repair path (several parse
    /// attempts) and cost a few times more, so the bound leaves room for that and for noise.
    /// </summary>
    public const double TimeRatio = 10;

    /// <summary>
    /// Bytes allocated per byte charged. A plain feed allocates about 40 (the text as UTF-16, the
    /// document, the feed library's own copy, the items); real feeds of the shared corpus 15 to 40;
    /// minimal items about 150. Five times the plain feed's leaves room for those and no more.
    /// </summary>
    public const double AllocatedPerByte = 200;

    /// <summary>
    /// Characters of text that reach the result (feed title, item titles and summaries) per byte
    /// charged: entity expansion or any other amplification shows here. Untitled items repeat the
    /// start of their summary as the title, hence 2 and not 1.
    /// </summary>
    public const double OutputCharsPerByte = 2;

    /// <summary>
    /// The least a body is charged for: a tiny body still pays the parser's fixed costs (buffers,
    /// the feed library's set-up, a failed parse attempt or two), which a ratio per byte would magnify.
    /// </summary>
    public const int FloorBytes = 16 * 1024;

    /// <summary>The default <c>NewsWatch:Feeds:MaxBodyBytes</c>: a gzip body may honestly inflate this far.</summary>
    public const int BodyLimitBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The size a body is charged for: its length, or for gzip what it inflates to up to the body
    /// limit (a legitimate compressed feed costs what its text costs), and never less than the floor.
    /// </summary>
    public static long ChargedBytes(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        long length = body.Length;
        if (Gzip.IsGzip(body))
            length = Math.Max(length, Math.Min(Gzip.InflatedLength(body, BodyLimitBytes), BodyLimitBytes));
        return Math.Max(length, FloorBytes);
    }
}
