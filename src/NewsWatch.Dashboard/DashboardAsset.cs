namespace NewsWatch.Dashboard;

/// <summary>One file of the dashboard, ready to send: its bytes, media type and validator.</summary>
public sealed record DashboardAsset(string Path, string ContentType, ReadOnlyMemory<byte> Content, string ETag);
