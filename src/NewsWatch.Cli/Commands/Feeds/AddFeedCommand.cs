using System.CommandLine;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;

namespace NewsWatch.Cli.Commands.Feeds;

/// <summary><c>newswatch feeds add &lt;url&gt;</c>: start watching a feed.</summary>
internal static class AddFeedCommand
{
    public static Command Create()
    {
        var address = new Argument<string>("url") { Description = "The feed's absolute http(s) URL, or a local file's path or file:// URL." };
        var title = new Option<string?>("--title") { Description = "A title to show for the feed (the feed's own title otherwise)." };
        var language = new Option<string?>("--lang") { Description = "The feed's language as an ISO 639-1 code (e.g. en, fr), a hint for the classifier." };
        var command = new Command("add", "Watch a feed. Prints its id and URL; a URL already watched is left as it is.") { address, title, language };
        command.SetAction(async (parse, ct) =>
        {
            if (!FeedAddress.TryParse(parse.GetValue(address)!, out var url, out var error))
                return await InvalidInput.ReportAsync(parse, error);
            var declared = parse.GetValue(language);
            var code = LanguageCode.Normalise(declared);
            if (declared is not null && code is null)
                return await InvalidInput.ReportAsync(parse, $"--lang expects an ISO 639-1 code such as en or fr, got '{declared}'.");
            var shownTitle = string.IsNullOrWhiteSpace(parse.GetValue(title)) ? null : parse.GetValue(title)!.Trim();
            return await CommandRunner.RunAsync(parse, (host, output, token) => AddAsync(host.Get<FeedStore>(), url, shownTitle, code, output, token), ct);
        });
        return command;
    }

    private static async Task<int> AddAsync(FeedStore feeds, Uri url, string? title, string? language, TextWriter output, CancellationToken cancellationToken)
    {
        var existing = await feeds.FindByUrlAsync(url, cancellationToken);
        if (existing is not null)
        {
            await output.WriteLineAsync($"Already watched: {existing.Id} {existing.Url}");
            return 0;
        }

        var added = await feeds.AddAsync(url, title, language, cancellationToken);
        await output.WriteLineAsync($"Added {added.Id} {added.Url}");
        return 0;
    }
}
