using EduHub.Core.Data;
using EduHub.Core.Security;

namespace EduHub.Web.Endpoints;

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit");
        group.MapGet("/", async (string? contentItemId, int? take, HttpContext http, ContentCallerAccessor callers, AuditLogReader audit, CancellationToken ct) =>
        {
            if (!(await callers.GetAsync(ct)).Has(CorePermissions.ViewAuditLog))
            {
                return ContentResults.Denied(http, "You may not read the audit log.");
            }

            if (take is < 1 or > 1000)
            {
                return ContentResults.BadRequest("Invalid page size", "take must be between 1 and 1000.");
            }

            return TypedResults.Ok(await audit.ListAsync(contentItemId, take ?? 100, ct));
        }).WithName("ListAuditLog").WithSummary("Who changed what and when, newest first; optionally for one item.");
    }
}
