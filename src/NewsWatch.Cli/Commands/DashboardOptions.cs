using System.CommandLine;

namespace NewsWatch.Cli.Commands;

/// <summary>The options of <c>run</c> for its local dashboard and API.</summary>
internal static class DashboardOptions
{
    public const int DefaultPort = 7180;

    public static Option<int> Port() => new("--port")
    {
        Description = $"Loopback port of the dashboard and API (0: any free port; default {DefaultPort}).",
        DefaultValueFactory = _ => DefaultPort,
        Validators = { result => { if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port must be 0 to 65535."); } },
    };

    public static Option<bool> NoDashboard() => new("--no-dashboard") { Description = "Serve neither the dashboard nor the API: only poll and deliver." };
}
