using System.Text;
using System.Text.RegularExpressions;

namespace NewsWatch.Dashboard.Tests;

/// <summary>The page's files as the app carries them: all there, typed, and nothing that reaches outside the app.</summary>
public sealed partial class DashboardAssetsTests
{
    [Fact]
    public void ThePage_IsServedForTheEmptyPath_AsHtml()
    {
        var page = DashboardAssets.Find("");

        Assert.NotNull(page);
        Assert.Equal(DashboardAssets.Index, page.Path);
        Assert.StartsWith("text/html", page.ContentType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../NewsWatch.Dashboard.csproj")]
    [InlineData("js/../../secrets.json")]
    [InlineData("/etc/passwd")]
    [InlineData("missing.js")]
    [InlineData("INDEX.HTML")]
    public void APathThatIsNotABuiltInFile_FindsNothing(string path) => Assert.Null(DashboardAssets.Find(path));

    [Fact]
    public void EveryFileUnderWwwroot_IsBuiltIn_WithAMediaTypeAndAValidator()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "NewsWatch.Dashboard", "wwwroot");
        var onDisk = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(onDisk, DashboardAssets.Paths.Order(StringComparer.Ordinal));
        Assert.All(onDisk, path =>
        {
            var asset = DashboardAssets.Find(path)!;
            Assert.False(string.IsNullOrEmpty(asset.ContentType));
            Assert.Matches("^\"[A-Za-z0-9+/=]+\"$", asset.ETag);
        });
    }

    [Fact]
    public void NoFile_LoadsAnythingFromOutsideTheApp_OrRunsInlineCode()
    {
        foreach (var path in DashboardAssets.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".js", StringComparison.Ordinal) || p.EndsWith(".css", StringComparison.Ordinal)))
        {
            var text = Encoding.UTF8.GetString(DashboardAssets.Find(path)!.Content.Span);
            Assert.DoesNotMatch(RemoteReference(), text);
            if (path.EndsWith(".html", StringComparison.Ordinal))
            {
                Assert.DoesNotMatch(InlineScript(), text);
                Assert.DoesNotMatch(InlineHandlerOrStyle(), text);
            }
        }
    }

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsWatch.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException("The tests run outside the repository: no NewsWatch.sln above " + AppContext.BaseDirectory);
    }

    // src=, href=, url( or import from an absolute http(s) or protocol-relative address.
    [GeneratedRegex("""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//|import\s[^;]*?["'](?:https?:)?//""", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex RemoteReference();

    [GeneratedRegex("""<script(?![^>]*\bsrc=)[^>]*>""", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex InlineScript();

    [GeneratedRegex("""\s(?:on[a-z]+|style)\s*=""", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex InlineHandlerOrStyle();
}
