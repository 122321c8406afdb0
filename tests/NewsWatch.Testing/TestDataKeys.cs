namespace NewsWatch.Testing;

/// <summary>
/// Where the hosts a test run starts keep their local data key: one owner-only file per run in
/// the temporary folder, so tests never create or read the data key of the user running them.
/// </summary>
public static class TestDataKeys
{
    public const string Setting = "NewsWatch:Secrets:KeyFile";

    public static string KeyFile { get; } = Path.Combine(Path.GetTempPath(), "newswatch-test-keys-" + Guid.NewGuid().ToString("N"), "data-keys.json");
}
