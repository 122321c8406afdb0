namespace NewsWatch.Core.Feeds;

/// <summary>
/// A <see cref="StringReader"/> that stops when its token is cancelled. XmlReader has no
/// cancellation of its own, but it pulls its input in small blocks, so checking here bounds how
/// long a parse can outlive its deadline.
/// </summary>
internal sealed class CancellableStringReader(string text, CancellationToken cancellationToken) : StringReader(text)
{
    public override int Read(char[] buffer, int index, int count)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return base.Read(buffer, index, count);
    }

    public override int Read(Span<char> buffer)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return base.Read(buffer);
    }
}
