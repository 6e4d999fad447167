using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Modules;
using EduHub.Core.Recipes;
using EduHub.Core.Security;
using EduHub.Testing;
using EduHub.Web.Hosting;
using EduHub.Workflows.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Workflow benchmark: the cost the workflow engine adds to a content save (feature off / on with no workflow
// listening / on with a workflow started by every save), measured in the same run, interleaved; and review
// throughput (submissions processed per second, automated checks included), sequential and 4 at a time.
var saves = Arg("--saves", 1500);
var submissions = Arg("--submissions", 400);
var rounds = Arg("--rounds", 3);
var postgres = args.Contains("--postgres");
var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
Console.WriteLine($"Run: {saves:N0} saves per mode ({rounds} interleaved rounds), {submissions:N0} submissions sequential + {submissions:N0} with 4 in parallel");

await RunAsync("SQLite", null);
if (postgres)
{
    var server = await PostgresServer.SharedAsync();
    await RunAsync("PostgreSQL", await server.CreateDatabaseAsync("eduhub_wfbench"));
}

return 0;

async Task RunAsync(string label, string? postgresConnection)
{
    var dataPath = Path.Combine(Path.GetTempPath(), "eduhub-wfbench-" + Guid.NewGuid().ToString("n"));
    Directory.CreateDirectory(dataPath);
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = Environments.Production });
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["EduHub:DataPath"] = dataPath,
        ["EduHub:Database:Provider"] = postgresConnection is null ? "Sqlite" : "Postgres",
        ["EduHub:Database:ConnectionString"] = postgresConnection,
        ["EduHub:Setup:Demo"] = "false",
        ["EduHub:Setup:AdminPassword"] = "Bench-" + Guid.NewGuid().ToString("N"),
        ["EduHub:Workflows:WorkerInterval"] = "1.00:00:00",
    });
    builder.Logging.ClearProviders();
    builder.AddEduHub(runsAsCli: true);
    await using var app = builder.Build();
    await app.Services.GetRequiredService<SiteInitializer>().InitializeAsync(CancellationToken.None);
    var services = app.Services;
    var organization = (await CreateAsync(services, Organization(), publish: true)).ContentItemId;
    await UsersAsync(services, organization);

    var modes = new[] { "off", "on, idle", "on, listening" };
    var timings = modes.ToDictionary(m => m, _ => new List<double>());
    foreach (var mode in modes)
    {
        // Warm-up (JIT, caches, the listener's definition): not measured.
        await SetModeAsync(services, mode);
        for (var i = 0; i < 50; i++)
        {
            await CreateAsync(services, Listing(organization), publish: false);
        }
    }

    for (var round = 0; round < rounds; round++)
    {
        foreach (var mode in modes)
        {
            await SetModeAsync(services, mode);
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < saves / rounds; i++)
            {
                await CreateAsync(services, Listing(organization), publish: false);
            }

            timings[mode].Add(watch.Elapsed.TotalMicroseconds / (saves / rounds));
        }
    }

    Console.WriteLine();
    Console.WriteLine($"## {label}: content save (create a Platform draft, own transaction)");
    Console.WriteLine("| Workflows | µs per save (median of rounds) | rounds |");
    Console.WriteLine("|---|---:|---|");
    foreach (var mode in modes)
    {
        Console.WriteLine($"| {mode} | {Median(timings[mode]):N0} | {string.Join(" / ", timings[mode].Select(t => t.ToString("N0")))} |");
    }

    await SetModeAsync(services, "on, idle");
    var sequential = await SubmitAsync(services, organization, submissions, parallelism: 1);
    var parallel = await SubmitAsync(services, organization, submissions, parallelism: 4);
    Console.WriteLine();
    Console.WriteLine($"## {label}: review throughput (submit → checks → history, task, 2 notifications, 2 e-mails to the pickup folder)");
    Console.WriteLine("| Mode | submissions | seconds | submissions/s | ms each |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    Console.WriteLine($"| sequential | {submissions} | {sequential.TotalSeconds:N2} | {submissions / sequential.TotalSeconds:N0} | {sequential.TotalMilliseconds / submissions:N1} |");
    Console.WriteLine($"| 4 in parallel | {submissions} | {parallel.TotalSeconds:N2} | {submissions / parallel.TotalSeconds:N0} | {parallel.TotalMilliseconds / submissions:N1} |");
    await using var connection = await services.GetRequiredService<Database>().OpenAsync();
    var inReview = await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM WorkflowTasks WHERE Status = 'Open'");
    Console.WriteLine($"(check: {inReview} open review tasks, expected {2 * submissions})");
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(dataPath, recursive: true);
}

static async Task<TimeSpan> SubmitAsync(IServiceProvider services, string organization, int count, int parallelism)
{
    var ids = new List<string>();
    for (var i = 0; i < count; i++)
    {
        ids.Add((await CreateAsync(services, Listing(organization), publish: false)).ContentItemId);
    }

    var trigger = services.GetRequiredService<IWorkflowTrigger>();
    var watch = Stopwatch.StartNew();
    await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (id, ct) =>
    {
        var result = await trigger.TriggerAsync("SubmittedForReviewEvent", new JsonObject
        {
            [WorkflowInput.ContentItemId] = id,
            [WorkflowInput.ContentType] = "Platform",
            [WorkflowInput.UserName] = "bench-partner",
            [WorkflowInput.Organization] = organization,
        }, id, ct);
        if (result.Started != 1)
        {
            throw new InvalidOperationException($"Submission of {id} did not start a review.");
        }
    });
    return watch.Elapsed;
}

static async Task SetModeAsync(IServiceProvider services, string mode)
{
    await using (var session = await DbSession.BeginAsync(services.GetRequiredService<Database>(), CancellationToken.None))
    {
        await services.GetRequiredService<FeatureGate>().SetAsync(session, "EduHub.Workflows", mode != "off", CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }

    if (mode == "off")
    {
        return;
    }

    // "listening": a workflow starts on every Platform save and runs two script tasks; "idle": it is disabled.
    var listener = new JsonObject
    {
        ["WorkflowTypeId"] = "bench-listener",
        ["Name"] = "Bench listener",
        ["IsEnabled"] = mode == "on, listening",
        ["DeleteFinishedWorkflows"] = true,
        ["Activities"] = new JsonArray(
            new JsonObject { ["ActivityId"] = "created", ["Name"] = "ContentCreatedEvent", ["IsStart"] = true, ["Properties"] = new JsonObject { ["ContentTypeFilter"] = new JsonArray("Platform") } },
            new JsonObject { ["ActivityId"] = "set", ["Name"] = "SetPropertyTask", ["Properties"] = new JsonObject { ["PropertyName"] = "Length", ["Value"] = "contentItem.DisplayText.length" } },
            new JsonObject { ["ActivityId"] = "if", ["Name"] = "IfElseTask", ["Properties"] = new JsonObject { ["Condition"] = "property('Length') > 3" } }),
        ["Transitions"] = new JsonArray(
            new JsonObject { ["SourceActivityId"] = "created", ["SourceOutcomeName"] = "Done", ["DestinationActivityId"] = "set" },
            new JsonObject { ["SourceActivityId"] = "set", ["SourceOutcomeName"] = "Done", ["DestinationActivityId"] = "if" }),
    };
    await using var scope = services.CreateAsyncScope();
    var recipe = new JsonObject { ["name"] = "bench", ["steps"] = new JsonArray(new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray(listener) }) };
    await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeDocument.Parse(recipe.ToJsonString()), CancellationToken.None);
}

static async Task<ContentItem> CreateAsync(IServiceProvider services, ContentItem item, bool publish)
{
    await using var scope = services.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
    var result = await scope.ServiceProvider.GetRequiredService<ContentManager>().CreateAsync(item, publish);
    return result.Item ?? throw new InvalidOperationException($"Save failed: {result.Status} {result.Message} {string.Join("; ", result.ErrorList.Select(e => e.Path + ": " + e.Message))}");
}

static async Task UsersAsync(IServiceProvider services, string organization)
{
    await using var scope = services.CreateAsyncScope();
    var users = scope.ServiceProvider.GetRequiredService<UserManager<EduHubUser>>();
    foreach (var (name, role, org) in new[] { ("bench-editor-1", "Editor", (string?)null), ("bench-editor-2", "Editor", null), ("bench-partner", "Partner", organization) })
    {
        var user = new EduHubUser { UserName = name, Email = name + "@example.org", OrganizationContentItemId = org };
        await users.CreateAsync(user, "Bench-Password-1");
        await users.AddToRoleAsync(user, role);
    }
}

static ContentItem Organization() => new()
{
    ContentType = "PartnerOrganization",
    Owner = "bench-partner",
    Content = new JsonObject
    {
        ["TitlePart"] = new JsonObject { ["Title"] = "Bench partner" },
        ["LocalizationPart"] = new JsonObject { ["Culture"] = "en" },
        ["PartnerOrganization"] = new JsonObject { ["Kind"] = new JsonObject { ["Text"] = "company" }, ["Website"] = new JsonObject { ["Url"] = "https://bench.example.am" } },
    },
};

static ContentItem Listing(string organization) => new()
{
    ContentType = "Platform",
    Owner = "bench-partner",
    Content = new JsonObject
    {
        ["TitlePart"] = new JsonObject { ["Title"] = "Bench listing " + Guid.NewGuid().ToString("n") },
        ["LocalizationPart"] = new JsonObject { ["Culture"] = "en" },
        ["Platform"] = new JsonObject
        {
            ["Summary"] = new JsonObject { ["Text"] = "Lessons for grades 5 to 9." },
            ["Website"] = new JsonObject { ["Url"] = $"https://{Guid.NewGuid():n}.example.am" },
            ["Provider"] = new JsonObject { ["ContentItemIds"] = new JsonArray(organization) },
            ["Cost"] = new JsonObject { ["Text"] = "free" },
        },
    },
};

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

int Arg(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
}
