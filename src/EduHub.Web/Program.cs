using EduHub.Web.Cli;
using EduHub.Web.Hosting;

var (command, hostArgs) = CliCommand.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);
builder.AddEduHub(runsAsCli: command is not null);

var app = builder.Build();
app.UseEduHub();

if (command is not null)
{
    return await CliRunner.RunAsync(app, command);
}

await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
