namespace NewsWatch.Core.Tests.Secrets;

/// <summary>A key file path in a folder of its own, removed afterwards.</summary>
internal sealed class TemporaryKeyFile : IDisposable
{
    public TemporaryKeyFile()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newswatch-keys-" + Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Folder, "keys", "data-keys.json");
    }

    public string Folder { get; }

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }
}
