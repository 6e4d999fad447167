using EduHub.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace EduHub.Web.Cli;

internal static class UserCommands
{
    public static async Task<int> CreateAsync(IServiceProvider services, CliCommand command, CancellationToken cancellationToken)
    {
        var (name, email, password) = (command.Option("--name"), command.Option("--email"), command.Option("--password"));
        if (name is null || email is null || password is null)
        {
            await Console.Error.WriteLineAsync("users create needs --name, --email and --password.");
            return 64;
        }

        var users = services.GetRequiredService<UserManager<EduHubUser>>();
        var roles = services.GetRequiredService<RoleManager<EduHubRole>>();
        var roleNames = command.Option("--roles")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        foreach (var role in roleNames)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await Console.Error.WriteLineAsync($"Unknown role '{role}'. Nothing was created.");
                return 65;
            }
        }

        var user = new EduHubUser
        {
            UserName = name,
            Email = email,
            EmailConfirmed = true,
            OrganizationContentItemId = command.Option("--organization"),
            SchoolContentItemId = command.Option("--school"),
            CreatedUtc = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await Console.Error.WriteLineAsync("Could not create the user: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            return 65;
        }

        if (roleNames.Length > 0)
        {
            await users.AddToRolesAsync(user, roleNames);
        }

        Console.WriteLine($"User '{name}' created{(roleNames.Length > 0 ? " with roles " + string.Join(", ", roleNames) : "")}.");
        return 0;
    }
}
