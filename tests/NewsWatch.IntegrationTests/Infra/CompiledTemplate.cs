using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace NewsWatch.IntegrationTests.Infra;

/// <summary>
/// infra/main.bicep compiled once per test run with the pinned Bicep CLI that NuGet restores for
/// this project (infra/tools/bicep.props), as ARM JSON with its modules nested in it.
/// </summary>
internal sealed class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> Instance = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    private CompiledTemplate(string repositoryRoot, string? skipReason, JsonObject? root, string json, string diagnostics)
    {
        RepositoryRoot = repositoryRoot;
        SkipReason = skipReason;
        this.root = root;
        Json = json;
        Diagnostics = diagnostics;
    }

    private readonly JsonObject? root;

    public string RepositoryRoot { get; }

    /// <summary>Why the template could not be compiled here (no Bicep CLI for this machine), if so.</summary>
    public string? SkipReason { get; }

    /// <summary>The whole compiled template as text.</summary>
    public string Json { get; }

    /// <summary>What <c>bicep build</c> printed: warnings and errors, if any.</summary>
    public string Diagnostics { get; }

    /// <summary>The top-level template (subscription scope).</summary>
    public JsonObject Root => root ?? throw new InvalidOperationException(SkipReason);

    /// <summary>The compiled template, or the test skips with the reason it could not be compiled.</summary>
    public static CompiledTemplate Get()
    {
        var template = Instance.Value;
        if (template.SkipReason is not null)
            Assert.Skip(template.SkipReason);
        return template;
    }

    /// <summary>Every resource in the template and in its nested module templates, with the template that declares it.</summary>
    public IEnumerable<DeclaredResource> Resources => Walk(Root, "main");

    public IReadOnlyList<DeclaredResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    public DeclaredResource Single(string type)
    {
        var matches = OfType(type);
        Assert.True(matches.Count == 1, $"Expected one {type}, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The nested template of the module deployed under <paramref name="deploymentName"/>.</summary>
    public JsonObject Module(string deploymentName)
    {
        var deployment = OfType("Microsoft.Resources/deployments")
            .SingleOrDefault(d => (string?)d.Body["name"] == deploymentName)
            ?? throw new InvalidOperationException($"No module deployment named {deploymentName}.");
        return deployment.Body["properties"]!["template"]!.AsObject();
    }

    private static IEnumerable<DeclaredResource> Walk(JsonObject template, string module)
    {
        // Without symbolic names (languageVersion 2.0) resources are an array; with them, an object.
        IEnumerable<JsonNode?> resources = template["resources"] switch
        {
            JsonArray array => array,
            JsonObject byName => byName.Select(pair => pair.Value),
            _ => [],
        };
        foreach (var node in resources)
        {
            if (node is not JsonObject resource)
                continue;
            var declared = new DeclaredResource((string)resource["type"]!, resource, template, module);
            yield return declared;
            if (declared.Type == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Walk(nested, (string?)resource["name"] ?? module))
                    yield return inner;
            }
        }
    }

    private static CompiledTemplate Compile()
    {
        var repositoryRoot = FindRepositoryRoot();
        var bicep = FindBicep(out var whyNot);
        if (bicep is null)
            return new CompiledTemplate(repositoryRoot, whyNot, null, "", "");

        var startInfo = new ProcessStartInfo(bicep)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repositoryRoot,
        };
        foreach (var argument in new[] { "build", Path.Combine("infra", "main.bicep"), "--stdout" })
            startInfo.ArgumentList.Add(argument);

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {bicep}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("bicep build infra/main.bicep took more than 3 minutes.");
        }

        var json = stdout.GetAwaiter().GetResult();
        var diagnostics = stderr.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"bicep build infra/main.bicep failed ({process.ExitCode}):\n{diagnostics}");

        var root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException("bicep build printed no template.");
        return new CompiledTemplate(repositoryRoot, null, root, json, diagnostics);
    }

    /// <summary>
    /// BICEP_CLI if set (any platform's bicep), otherwise the linux-x64 binary from the NuGet package,
    /// whose path the build wrote into this assembly's metadata.
    /// </summary>
    private static string? FindBicep(out string whyNot)
    {
        whyNot = "";
        var fromEnvironment = Environment.GetEnvironmentVariable("BICEP_CLI");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            if (File.Exists(fromEnvironment))
                return fromEnvironment;
            whyNot = $"BICEP_CLI names {fromEnvironment}, which does not exist.";
            return null;
        }

        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            whyNot = $"The Bicep CLI from NuGet (Azure.Bicep.CommandLine.linux-x64) runs on linux-x64 only, not {RuntimeInformation.RuntimeIdentifier}; set BICEP_CLI to a bicep binary to run the infrastructure tests.";
            return null;
        }

        var path = typeof(CompiledTemplate).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepCliPath")?.Value;
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            whyNot = $"The Bicep CLI was not restored from NuGet (expected at '{path}'); run `dotnet restore` with access to NuGet, or set BICEP_CLI.";
            return null;
        }

        // NuGet keeps the packed file mode; make sure the binary can run.
        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "infra", "main.bicep")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"No infra/main.bicep above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A resource in the compiled template, with the (module) template that declares it.</summary>
internal sealed record DeclaredResource(string Type, JsonObject Body, JsonObject Template, string Module)
{
    public JsonObject Properties => Body["properties"]!.AsObject();

    /// <summary>A value by path (for example <c>properties.minimumTlsVersion</c>) as text (<c>true</c> for a boolean), or null.</summary>
    public string? Value(string path) => Find(path)?.ToString();

    public JsonNode? Find(string path)
    {
        JsonNode? node = Body;
        foreach (var part in path.Split('.'))
            node = node?[part];
        return node;
    }
}
