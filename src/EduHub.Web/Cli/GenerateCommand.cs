using System.Globalization;
using EduHub.Core.Contents;
using EduHub.Core.Security;
using EduHub.Web.Cli.Demo;

namespace EduHub.Web.Cli;

/// <summary><c>generate --platforms N --schools N --mentors N [--organizations N] [--seed N] [--batch N]</c>: demo data at scale.</summary>
internal static class GenerateCommand
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(IServiceProvider services, CliCommand command, CancellationToken ct)
    {
        if (!TryParse(command, out var plan, out var batchSize, out var error))
        {
            await Console.Error.WriteLineAsync(error);
            return 64;
        }

        var data = new DemoDataSet(plan, batchSize);
        if (await AlreadyGeneratedAsync(services, data, ct) is { } existing)
        {
            await Console.Error.WriteLineAsync($"Seed {plan.Seed} was already generated here (item {existing} exists). Pass another --seed.");
            return 65;
        }

        Console.WriteLine($"Generating {plan.Total:N0} items (seed {plan.Seed}): {plan.Organizations:N0} organisations, {plan.Platforms:N0} platforms, "
            + $"{plan.Schools:N0} schools, {plan.Mentors:N0} mentors; {batchSize:N0} items per transaction.");
        var lastReport = TimeSpan.Zero;
        try
        {
            var done = await new DemoImporter(services.GetRequiredService<IServiceScopeFactory>()).ImportAsync(data.Batches(), publish: true, progress =>
            {
                if (progress.Elapsed - lastReport >= ProgressInterval || progress.Items == plan.Total)
                {
                    lastReport = progress.Elapsed;
                    Console.WriteLine($"  {progress.Items,10:N0} / {plan.Total:N0}  {progress.ItemsPerSecond,8:N0} items/s");
                }
            }, ct);
            Console.WriteLine($"Generated {done.Items:N0} published items in {done.Elapsed.TotalSeconds:N1} s: {done.ItemsPerSecond:N0} items/s.");
            await services.GetRequiredService<Core.Data.Database>().OptimizeAsync(ct);
            return 0;
        }
        catch (DemoImportException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 70;
        }
    }

    private static async Task<string?> AlreadyGeneratedAsync(IServiceProvider services, DemoDataSet data, CancellationToken ct)
    {
        if (data.Batches().FirstOrDefault()?.Items.FirstOrDefault()?.ContentItemId is not { } first)
        {
            return null;
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
        var item = await scope.ServiceProvider.GetRequiredService<ContentManager>().GetAsync(first, VersionOptions.Latest, ct);
        return item?.ContentItemId;
    }

    private static bool TryParse(CliCommand command, out DemoPlan plan, out int batchSize, out string error)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["--platforms"] = 40, ["--schools"] = 1400, ["--mentors"] = 700, ["--seed"] = 2020, ["--batch"] = 1000,
        };
        error = "";
        foreach (var name in values.Keys.Append("--organizations").ToList())
        {
            if (command.Option(name) is not { } text)
            {
                continue;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || (name == "--batch" && value == 0))
            {
                error = $"{name} takes a whole number{(name == "--batch" ? " above 0" : "")} ('{text}' is not).";
                plan = new DemoPlan(0, 0, 0, 0, 0);
                batchSize = 0;
                return false;
            }

            values[name] = value;
        }

        // By default one organisation per four platforms, so that providers run several platforms each.
        var organizations = values.GetValueOrDefault("--organizations", Math.Max(values["--platforms"] > 0 ? 1 : 0, (values["--platforms"] + 3) / 4));
        plan = new DemoPlan(organizations, values["--platforms"], values["--schools"], values["--mentors"], values["--seed"]);
        batchSize = values["--batch"];
        if (plan.Platforms > 0 && plan.Organizations == 0)
        {
            error = "Platforms need a provider: --organizations must be at least 1.";
            return false;
        }

        return true;
    }
}
