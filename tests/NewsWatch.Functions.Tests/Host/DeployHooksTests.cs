using System.Text.RegularExpressions;
using NewsWatch.Core.Storage.Emulator;
using NewsWatch.Functions.Http;
using YamlDotNet.RepresentationModel;

namespace NewsWatch.Functions.Tests.Host;

/// <summary>
/// The azd hooks that create the keys and the first data key: wired in azure.yaml, creating a
/// reader key for exactly the reader functions, and never writing a key's value to a (CI) log.
/// </summary>
public sealed partial class DeployHooksTests
{
    private static readonly string Root = AzuriteInstaller.FindRepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("No repository root.");

    [Theory]
    [InlineData("postprovision", "./infra/hooks/postprovision.sh")]
    [InlineData("postdeploy", "./infra/hooks/postdeploy.sh")]
    public void AzureYaml_RunsTheHook_FromAScriptThatExists(string hook, string script)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Root, "azure.yaml")))
            yaml.Load(reader);
        var hooks = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("hooks")];

        var entry = (YamlMappingNode)hooks.Children[new YamlScalarNode(hook)];

        Assert.Equal(script, ((YamlScalarNode)entry.Children[new YamlScalarNode("run")]).Value);
        Assert.Equal("sh", ((YamlScalarNode)entry.Children[new YamlScalarNode("shell")]).Value);
        Assert.True(File.Exists(Path.Combine(Root, script)), $"{script} does not exist.");
    }

    [Fact]
    public void PostdeployHook_CreatesAReaderKey_ForExactlyTheReaderFunctions()
    {
        var script = File.ReadAllText(Path.Combine(Root, "infra", "hooks", "postdeploy.sh"));

        var listed = ReaderList().Match(script);

        Assert.True(listed.Success, "postdeploy.sh has no readers=(...) list.");
        Assert.Equal(
            ApiRoles.All.Where(r => r.Value == ApiRole.Reader).Select(r => r.Key).Order(StringComparer.Ordinal),
            listed.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PostdeployHook_GivesTheDashboardOneKey_OnEveryReaderFunctionItCalls_ButTheAlertsFeed()
    {
        var script = File.ReadAllText(Path.Combine(Root, "infra", "hooks", "postdeploy.sh"));

        var listed = DashboardReaderList().Match(script);

        Assert.True(listed.Success, "postdeploy.sh has no dashboard_readers=(...) list.");
        Assert.Equal(
            ApiRoles.All.Where(r => r.Value == ApiRole.Reader && r.Key != "GetAlertsFeed").Select(r => r.Key).Order(StringComparer.Ordinal),
            listed.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        Assert.Contains("--key-value \"$dashboard_key\" --output none", script, StringComparison.Ordinal);
        Assert.DoesNotContain("echo \"$dashboard_key", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postprovision.sh")]
    [InlineData("postdeploy.sh")]
    public void Hook_NeverPrintsAKeyValue(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "infra", "hooks", name));

        // `az ... set` answers with the value it set unless told to print nothing.
        var setters = lines.Where(line => Setter().IsMatch(line)).ToList();

        Assert.NotEmpty(setters);
        Assert.All(setters, line => Assert.Contains("--output none", line, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.TrimStart().StartsWith("set -x", StringComparison.Ordinal) || line.Contains("secret show", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^readers=\(([^)]*)\)$", RegexOptions.Multiline)]
    private static partial Regex ReaderList();

    [GeneratedRegex(@"^dashboard_readers=\(([^)]*)\)$", RegexOptions.Multiline)]
    private static partial Regex DashboardReaderList();

    [GeneratedRegex(@"^\s*az (keyvault secret|functionapp (function )?keys) set ")]
    private static partial Regex Setter();
}
