using Microsoft.Extensions.Configuration;
using NewsWatch.Cli.Hosting;
using NewsWatch.Cli.Hosting.Web;

namespace NewsWatch.Cli.Commands;

/// <summary>Starts <c>run</c>'s local server and says where it is, so the one command ends in a browser tab.</summary>
internal static class DashboardStart
{
    public static async Task<LocalServer> StartAsync(CliHost host, int port, TextWriter output, CancellationToken cancellationToken)
    {
        var configuration = host.Get<IConfiguration>();
        var keys = LocalKeys.From(configuration["NewsWatch:Dashboard:AdminKey"], configuration["NewsWatch:Dashboard:ReaderKey"]);
        var server = await LocalServer.StartAsync(host.Services, port, keys, cancellationToken);
        if (keys.IsGenerated)
        {
            // The keys live only as long as this run; the link carries one in its #fragment, which browsers never send.
            await output.WriteLineAsync($"Dashboard: {server.Dashboard}#key={keys.Admin}");
            await output.WriteLineAsync($"  as a reader (no admin views): {server.Dashboard}#key={keys.Reader}");
            await output.WriteLineAsync($"  API: {new Uri(server.Address, "api/")} (send the admin key as x-functions-key)");
        }
        else
        {
            await output.WriteLineAsync($"Dashboard: {server.Dashboard} (open it with your admin or reader key)");
        }

        return server;
    }
}
