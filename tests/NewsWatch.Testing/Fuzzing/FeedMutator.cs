using System.Globalization;
using System.Text;

namespace NewsWatch.Testing.Fuzzing;

/// <summary>
/// A seeded, deterministic mutator over real feeds: the same seeds and seed number give the same
/// sequence of bodies on every machine, so a finding can always be made again. Each body is a
/// seed with one to four mutations stacked, sometimes gzip-wrapped, never longer than the cap.
/// </summary>
public sealed class FeedMutator
{
    private static readonly byte[][] CutPoints = [.. new[] { "<![CDATA[", "<!--", "<!DOCTYPE", "<", "&", "=\"" }.Select(Encoding.ASCII.GetBytes)];

    private readonly IReadOnlyList<SeedInput> seeds;
    private readonly Random random;
    private readonly int maxLength;

    public FeedMutator(IReadOnlyList<SeedInput> seeds, int seed, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfZero(seeds.Count);
        this.seeds = seeds;
        random = new Random(seed);
        this.maxLength = maxLength;
    }

    public Mutant Next()
    {
        var start = seeds[random.Next(seeds.Count)];
        var body = start.Bytes;
        var recipe = new List<string> { start.Name };
        for (var rounds = 1 + random.Next(4); rounds > 0; rounds--)
            body = Mutate(body, recipe);
        if (body.Length > maxLength)
        {
            body = body[..maxLength];
            recipe.Add(Text($"cut to {maxLength}"));
        }

        if (random.Next(12) == 0)
        {
            body = Gzip.Compress(body);
            recipe.Add("gzip");
        }

        return new Mutant(body, string.Join(" | ", recipe));
    }

    private byte[] Mutate(byte[] body, List<string> recipe)
    {
        switch (random.Next(12))
        {
            case 0:
                return FlipBytes(body, recipe);
            case 1:
                var donor = Slice(Other());
                recipe.Add(Text($"insert {donor.Length} bytes of another seed"));
                return Insert(body, Position(body), donor);
            case 2:
                var (from, length) = Range(body);
                recipe.Add(Text($"delete {length} at {from}"));
                return [.. body[..from], .. body[(from + length)..]];
            case 3:
                var copy = Slice(body);
                recipe.Add(Text($"duplicate {copy.Length} bytes"));
                return Insert(body, Position(body), copy);
            case 4:
                var other = Other();
                int head = random.Next(body.Length + 1), tail = random.Next(other.Length + 1);
                recipe.Add(Text($"splice at {head} with another seed from {tail}"));
                return [.. body[..head], .. other[tail..]];
            case 5:
                var cut = random.Next(body.Length + 1);
                recipe.Add(Text($"truncate at {cut}"));
                return body[..cut];
            case 6:
                return TruncateInside(body, recipe);
            case 7:
                return RepeatSlice(body, recipe);
            default:
                var (name, fragment) = HostileFragments.Pick(random);
                var at = random.Next(8) == 0 ? 0 : Position(body);
                recipe.Add(Text($"insert {name} at {at}"));
                return Insert(body, at, fragment);
        }
    }

    private byte[] FlipBytes(byte[] body, List<string> recipe)
    {
        if (body.Length == 0)
            return body;
        var flipped = (byte[])body.Clone();
        var count = 1 + random.Next(8);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(flipped.Length);
            flipped[at] = random.Next(2) == 0 ? (byte)(flipped[at] ^ (1 << random.Next(8))) : (byte)random.Next(256);
        }

        recipe.Add(Text($"flip {count} bytes"));
        return flipped;
    }

    /// <summary>Cuts just inside a CDATA section, comment, DOCTYPE, tag, entity or attribute value: where a transfer breaking off hurts most.</summary>
    private byte[] TruncateInside(byte[] body, List<string> recipe)
    {
        var opener = CutPoints[random.Next(CutPoints.Length)];
        var from = random.Next(body.Length + 1);
        var found = body.AsSpan(from).IndexOf(opener);
        var start = found >= 0 ? from + found : body.AsSpan().IndexOf(opener);
        if (start < 0)
            return body;
        var cut = Math.Min(body.Length, start + opener.Length + random.Next(33));
        recipe.Add(Text($"truncate inside {Encoding.ASCII.GetString(opener)} at {cut}"));
        return body[..cut];
    }

    private byte[] RepeatSlice(byte[] body, List<string> recipe)
    {
        if (body.Length == 0)
            return body;
        var from = random.Next(body.Length);
        var unit = body[from..Math.Min(body.Length, from + 1 + random.Next(64))];
        var times = Math.Min(1 << random.Next(1, 15), Math.Max(1, (maxLength - body.Length) / unit.Length));
        var repeated = new byte[unit.Length * times];
        for (var i = 0; i < times; i++)
            unit.CopyTo(repeated, i * unit.Length);
        recipe.Add(Text($"repeat {unit.Length} bytes {times} times"));
        return Insert(body, from, repeated);
    }

    private byte[] Other() => seeds[random.Next(seeds.Count)].Bytes;

    private byte[] Slice(byte[] body)
    {
        var (from, length) = Range(body);
        return body[from..(from + length)];
    }

    private (int From, int Length) Range(byte[] body)
    {
        var from = random.Next(body.Length + 1);
        return (from, Math.Min(body.Length - from, random.Next(1 << random.Next(1, 13))));
    }

    /// <summary>Half the time a random byte, half the time the next tag boundary after one: markup mutates best at its seams.</summary>
    private int Position(byte[] body)
    {
        var at = random.Next(body.Length + 1);
        if (random.Next(2) == 0 || at == body.Length)
            return at;
        var next = body.AsSpan(at).IndexOfAny((byte)'<', (byte)'>');
        return next < 0 ? at : at + next + (body[at + next] == (byte)'>' ? 1 : 0);
    }

    private static byte[] Insert(byte[] body, int at, byte[] fragment) => [.. body[..at], .. fragment, .. body[at..]];

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
