namespace EduHub.Web.Endpoints;

internal static class PingEndpoints
{
    private static readonly byte[] Pong = """{"status":"ok","service":"EduHub"}"""u8.ToArray();

    /// <summary>A constant JSON answer: an uptime probe, and the ceiling benchmarks compare API endpoints against.</summary>
    public static void MapPingEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/ping", () => Results.Bytes(Pong, "application/json")).WithName("Ping").WithSummary("Constant JSON; no database access.");
}
