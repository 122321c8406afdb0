using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsWatch.Core;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Storage;

namespace NewsWatch.Cli.Commands.Alerts;

/// <summary><c>newswatch alerts</c>: the alerts raised in a time range, newest first.</summary>
internal static class AlertsCommand
{
    public static Command Create()
    {
        var options = new AlertFilterOptions();
        var json = new Option<bool>("--json") { Description = "Print a JSON array of the alerts (camelCase fields, with evidence and sources) for scripts." };
        var command = new Command("alerts", "List the alerts raised, newest first: time, event, score, title, how many outlets reported it and which, link, and why it fired. Old news (items first seen more than NewsWatch:Alerts:MaxAge, 14 days, after publication) raises no alert.");
        options.AddTo(command);
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            if (!options.TryRead(parse, out var filter, out var error))
                return await InvalidInput.ReportAsync(parse, error);
            return await CommandRunner.RunAsync(parse, async (host, output, token) =>
            {
                var query = filter.Query(host.Get<TimeProvider>().GetUtcNow());
                if (query.Since >= query.Until)
                    return await InvalidInput.ReportAsync(parse, "--since must be before --until.");
                var page = await host.Get<AlertStore>().QueryAsync(query, token);
                if (parse.GetValue(json))
                    await output.WriteLineAsync(JsonSerializer.Serialize(page.Alerts, NewsWatchJson.Indented));
                else
                    await AlertText.WriteAsync(output, page, host.Get<IOptions<AlertOptions>>().Value.MaxAge);
                return 0;
            }, ct);
        });
        return command;
    }
}
