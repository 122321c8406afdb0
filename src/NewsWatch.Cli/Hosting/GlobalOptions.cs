using System.CommandLine;

namespace NewsWatch.Cli.Hosting;

/// <summary>Options every verb takes, turned into configuration overrides.</summary>
internal sealed class GlobalOptions
{
    public static readonly Option<string?> Storage = new("--storage")
    {
        Description = "Storage connection string or table service URI (overrides NewsWatch:Storage).",
        Recursive = true,
    };

    public static readonly Option<string[]> Settings = new("--set")
    {
        Description = "Any configuration value, as Key=Value (e.g. --set NewsWatch:Classification:MinScore=0.6). Repeatable.",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly ParseResult parse;

    public GlobalOptions(ParseResult parse) => this.parse = parse;

    public IEnumerable<KeyValuePair<string, string?>> ConfigurationOverrides()
    {
        foreach (var setting in parse.GetValue(Settings) ?? [])
        {
            var parts = setting.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0)
                throw new ArgumentException($"--set expects Key=Value, got '{setting}'.");
            yield return new(parts[0].Trim(), parts[1]);
        }

        if (parse.GetValue(Storage) is { Length: > 0 } storage)
            yield return new("NewsWatch:Storage", storage);
    }
}
