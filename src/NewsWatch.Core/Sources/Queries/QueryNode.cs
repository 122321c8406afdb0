using System.Text;

namespace NewsWatch.Core.Sources.Queries;

/// <summary>One node of a parsed query: a term, a group that needs all or any of its parts, or an exclusion.</summary>
internal abstract record QueryNode
{
    public abstract bool Matches(SearchText text);

    /// <summary>Words the query spells out, phrases counted word by word, as engines count them against their caps.</summary>
    public abstract int WordCount { get; }

    /// <summary>Writes the canonical form: OR groups always in parentheses, because GDELT accepts OR nowhere else.</summary>
    public abstract void Write(StringBuilder output);
}

/// <summary>A bare word or a quoted phrase. <paramref name="Text"/> keeps the spelling for URLs; <paramref name="Words"/> is what matches.</summary>
internal sealed record TermNode(string Text, IReadOnlyList<string> Words, bool IsQuoted) : QueryNode
{
    public override bool Matches(SearchText text) => text.ContainsSequence(Words);

    public override int WordCount => Words.Count;

    public override void Write(StringBuilder output) =>
        output.Append(IsQuoted ? $"\"{Text}\"" : Text);
}

internal sealed record AllNode(IReadOnlyList<QueryNode> Parts) : QueryNode
{
    public override bool Matches(SearchText text) => Parts.All(p => p.Matches(text));

    public override int WordCount => Parts.Sum(p => p.WordCount);

    public override void Write(StringBuilder output)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (i > 0)
                output.Append(' ');
            Parts[i].Write(output);
        }
    }
}

internal sealed record AnyNode(IReadOnlyList<QueryNode> Parts) : QueryNode
{
    public override bool Matches(SearchText text) => Parts.Any(p => p.Matches(text));

    public override int WordCount => Parts.Sum(p => p.WordCount);

    public override void Write(StringBuilder output)
    {
        output.Append('(');
        for (var i = 0; i < Parts.Count; i++)
        {
            if (i > 0)
                output.Append(" OR ");
            WriteAlternative(Parts[i], output);
        }

        output.Append(')');
    }

    // "a OR (b c)" must keep its parentheses: written bare, "b c" would bind as "(a OR b) c".
    private static void WriteAlternative(QueryNode part, StringBuilder output)
    {
        if (part is not AllNode)
        {
            part.Write(output);
            return;
        }

        output.Append('(');
        part.Write(output);
        output.Append(')');
    }
}

internal sealed record ExcludeNode(TermNode Term) : QueryNode
{
    public override bool Matches(SearchText text) => !Term.Matches(text);

    public override int WordCount => Term.WordCount;

    public override void Write(StringBuilder output)
    {
        output.Append('-');
        Term.Write(output);
    }
}
