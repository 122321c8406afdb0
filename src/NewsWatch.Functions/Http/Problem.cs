namespace NewsWatch.Functions.Http;

/// <summary>An RFC 9457 problem details body; <see cref="Errors"/> lists what is wrong with each field.</summary>
public sealed record Problem(Uri Type, string Title, int Status, string Detail)
{
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }
}
