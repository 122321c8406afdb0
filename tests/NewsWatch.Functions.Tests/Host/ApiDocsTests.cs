using System.Text.RegularExpressions;
using NewsWatch.Core.Storage.Emulator;
using NewsWatch.Functions.Http;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Host;

/// <summary>docs/api.md tells users which key opens which route: its Keys table must say what the build does.</summary>
public sealed partial class ApiDocsTests
{
    [Fact]
    public void KeysTable_NamesEveryRoute_WithItsFunctionAndRole_AsBuilt()
    {
        var built = FunctionsMetadata.Read()
            .Where(f => f.Trigger == "httpTrigger")
            .SelectMany(f => f.Methods.Select(method => $"{method} /api/{Constraint().Replace(f.Route!, "{$1}")} | {f.Name} | {Role(f.Name)}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(built, KeysTableRows().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void KeysSection_GivesTheCommandsThatCreateEachKey()
    {
        var keys = KeysSection();

        Assert.Contains("az functionapp keys set", keys, StringComparison.Ordinal);
        Assert.Contains("--key-type functionKeys --key-name admin", keys, StringComparison.Ordinal);
        foreach (var reader in ApiRoles.All.Where(r => r.Value == ApiRole.Reader).Select(r => r.Key))
            Assert.Contains(reader, keys, StringComparison.Ordinal);
        Assert.Contains("--key-name reader", keys, StringComparison.Ordinal);
        Assert.Contains("/api/alerts/feed?code=<GetAlertsFeed's reader key>", keys, StringComparison.Ordinal);
        Assert.Contains("/api/health?code=<Health's reader key>", keys, StringComparison.Ordinal);
    }

    private static string Role(string function) => ApiRoles.Of(function).ToString().ToLowerInvariant();

    /// <summary>The Keys table's rows as "METHOD path | function | role".</summary>
    private static IEnumerable<string> KeysTableRows() =>
        KeysSection().Split('\n')
            .Select(line => Row().Match(line))
            .Where(match => match.Success)
            .Select(match => $"{match.Groups["route"].Value} | {match.Groups["function"].Value} | {match.Groups["role"].Value}");

    private static string KeysSection()
    {
        var root = AzuriteInstaller.FindRepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("No repository root.");
        var api = File.ReadAllText(Path.Combine(root, "docs", "api.md")).ReplaceLineEndings("\n");
        var start = api.IndexOf("\n## Keys", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/api.md has no Keys section.");
        var end = api.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? api[start..] : api[start..end];
    }

    /// <summary>"{id:minlength(21)}" is written "{id}" in the docs, which have no route constraints, and the catch-all "{*path}" "{path}".</summary>
    [GeneratedRegex(@"\{\*?(\w+)(?::[^}]*)?\}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"^\| `(?<route>[A-Z]+ /api/[^`]+)` \| `(?<function>\w+)` \| (?<role>reader|admin|hub|page) \|$")]
    private static partial Regex Row();
}
