using Dapper;
using EduHub.Core.Data;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Engine;

namespace EduHub.Workflows.Messaging;

/// <summary>
/// Who a notification or e-mail goes to. Each entry of <c>Recipients</c> (Liquid) is <c>role:Editor</c> (enabled
/// members of the role), <c>user:name</c>, <c>owner</c> (the owner of the instance's item) or an e-mail address.
/// </summary>
internal sealed class Recipients(WorkflowContentLoader content)
{
    public async Task<IReadOnlyList<Recipient>> ResolveAsync(WorkflowExecutionContext context, IReadOnlyList<string> specs, CancellationToken cancellationToken)
    {
        var found = new List<Recipient>();
        foreach (var spec in specs)
        {
            var text = (await context.RenderAsync(spec, cancellationToken)).Trim();
            if (text.StartsWith("role:", StringComparison.OrdinalIgnoreCase))
            {
                found.AddRange(await QueryAsync(context.Session,
                    """
                    SELECT u."UserName", u."Email" FROM "AspNetUsers" u JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id" JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
                    WHERE r."NormalizedName" = @value AND u."IsEnabled" = TRUE
                    """, text[5..].Trim().ToUpperInvariant(), cancellationToken));
            }
            else if (text.StartsWith("user:", StringComparison.OrdinalIgnoreCase) || text.Equals("owner", StringComparison.OrdinalIgnoreCase))
            {
                var name = text.Equals("owner", StringComparison.OrdinalIgnoreCase) ? (await content.LatestAsync(context, cancellationToken))?.Owner : text[5..].Trim();
                if (!string.IsNullOrEmpty(name))
                {
                    found.AddRange(await QueryAsync(context.Session, """SELECT u."UserName", u."Email" FROM "AspNetUsers" u WHERE u."NormalizedUserName" = @value""", name.ToUpperInvariant(), cancellationToken));
                }
            }
            else if (text.Contains('@', StringComparison.Ordinal))
            {
                found.Add(new Recipient(null, text));
            }
        }

        return found.DistinctBy(r => (r.UserName, r.Email)).ToList();
    }

    private static async Task<IEnumerable<Recipient>> QueryAsync(DbSession session, string sql, string value, CancellationToken cancellationToken) =>
        (await session.Connection.QueryAsync<(string UserName, string? Email)>(new CommandDefinition(sql, new { value }, session.Transaction, cancellationToken: cancellationToken)))
        .Select(r => new Recipient(r.UserName, r.Email));
}

internal sealed record Recipient(string? UserName, string? Email);
