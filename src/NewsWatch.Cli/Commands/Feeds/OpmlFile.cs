using System.Diagnostics.CodeAnalysis;
using System.Xml;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Cli.Commands.Feeds;

/// <summary>Reads and writes OPML files, turning the failures a user can fix into a message instead of an exception.</summary>
internal static class OpmlFile
{
    public static bool TryRead(string path, out IReadOnlyList<OpmlFeed> feeds, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        feeds = [];
        error = null;
        try
        {
            using var stream = File.OpenRead(path);
            feeds = Opml.Read(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"Cannot read {path}: {ex.Message}";
        }
        catch (XmlException ex)
        {
            error = $"{path} is not valid OPML: {ex.Message}";
        }

        return error is null;
    }

    /// <summary>Writes the text to the file; returns why it could not, or null.</summary>
    public static async Task<string?> TryWriteAsync(string path, string opml, CancellationToken cancellationToken)
    {
        try
        {
            await File.WriteAllTextAsync(path, opml, cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"Cannot write {path}: {ex.Message}";
        }
    }
}
