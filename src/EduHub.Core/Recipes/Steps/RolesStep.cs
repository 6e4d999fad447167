using System.Text.Json.Nodes;
using Dapper;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Core.Recipes.Steps;

/// <summary>
/// Orchard Core's <c>Roles</c> step: <c>{Name, "Description", Permissions, PermissionBehavior: Replace|Add|Remove}</c>.
/// Written with SQL in the recipe's own transaction (Identity's RoleManager would use a second connection).
/// </summary>
internal sealed class RolesStep(ContentDefinitionManager definitions, IEnumerable<IPermissionProvider> providers, RolePermissionCache cache) : IRecipeStep
{
    public string Name => "Roles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["Roles"] is not JsonArray roles)
        {
            throw context.Error("Roles", "The Roles step needs a 'Roles' array.");
        }

        var snapshot = await definitions.GetAsync(context.Session, cancellationToken);
        var known = CorePermissions.All.Concat(ContentTypePermissions.ForSecurableTypes(snapshot))
            .Concat(providers.SelectMany(p => p.GetPermissions(snapshot))).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] is not JsonObject role)
            {
                throw context.Error($"Roles[{i}]", "A role must be a JSON object.");
            }

            var name = role.GetString("Name");
            if (string.IsNullOrWhiteSpace(name))
            {
                throw context.Error($"Roles[{i}].Name", "A role needs a Name.");
            }

            var permissions = role.GetStrings("Permissions");
            var unknown = permissions.FirstOrDefault(p => !known.Contains(p));
            if (unknown is not null)
            {
                throw context.Error($"Roles[{i}].Permissions", $"Unknown permission '{unknown}'.");
            }

            var behavior = role.GetString("PermissionBehavior") ?? "Replace";
            if (behavior is not ("Replace" or "Add" or "Remove"))
            {
                throw context.Error($"Roles[{i}].PermissionBehavior", "PermissionBehavior must be Replace, Add or Remove.");
            }

            await SaveAsync(context, name!, role.GetString("Description"), permissions, behavior, cancellationToken);
        }

        await cache.InvalidateAsync(context.Session, cancellationToken);
    }

    private static async Task SaveAsync(RecipeStepContext context, string name, string? description, IReadOnlyList<string> permissions, string behavior, CancellationToken cancellationToken)
    {
        var (connection, transaction) = (context.Session.Connection, context.Session.Transaction);
        var normalized = name.ToUpperInvariant();
        var roleId = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            """SELECT "Id" FROM "AspNetRoles" WHERE "NormalizedName" = @normalized""", new { normalized }, transaction, cancellationToken: cancellationToken));
        if (roleId is null)
        {
            roleId = Guid.NewGuid().ToString();
            await connection.ExecuteAsync(new CommandDefinition(
                """INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp", "Description") VALUES (@roleId, @name, @normalized, @stamp, @description)""",
                new { roleId, name, normalized, stamp = Guid.NewGuid().ToString(), description }, transaction, cancellationToken: cancellationToken));
        }
        else if (description is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """UPDATE "AspNetRoles" SET "Description" = @description, "ConcurrencyStamp" = @stamp WHERE "Id" = @roleId""",
                new { roleId, description, stamp = Guid.NewGuid().ToString() }, transaction, cancellationToken: cancellationToken));
        }

        var type = EduHubIdentityDbContext.PermissionClaimType;
        if (behavior is "Replace" or "Remove")
        {
            await connection.ExecuteAsync(new CommandDefinition(
                behavior == "Replace"
                    ? """DELETE FROM "AspNetRoleClaims" WHERE "RoleId" = @roleId AND "ClaimType" = @type"""
                    : $"""DELETE FROM "AspNetRoleClaims" WHERE "RoleId" = @roleId AND "ClaimType" = @type AND {context.Session.Dialect.In("\"ClaimValue\"", "@permissions")}""",
                new { roleId, type, permissions }, transaction, cancellationToken: cancellationToken));
        }

        if (behavior is "Replace" or "Add")
        {
            var existing = (await connection.QueryAsync<string>(new CommandDefinition(
                """SELECT "ClaimValue" FROM "AspNetRoleClaims" WHERE "RoleId" = @roleId AND "ClaimType" = @type""", new { roleId, type }, transaction, cancellationToken: cancellationToken))).ToHashSet();
            foreach (var permission in permissions.Distinct().Where(p => !existing.Contains(p)))
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """INSERT INTO "AspNetRoleClaims" ("RoleId", "ClaimType", "ClaimValue") VALUES (@roleId, @type, @permission)""",
                    new { roleId, type, permission }, transaction, cancellationToken: cancellationToken));
            }
        }
    }
}
