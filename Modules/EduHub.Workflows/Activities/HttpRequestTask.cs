using System.Text;
using System.Text.Json.Nodes;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Http;
using Microsoft.Extensions.Configuration;

namespace EduHub.Workflows.Activities;

/// <summary>
/// Calls <c>Url</c> (Liquid) with <c>HttpMethod</c> (GET), <c>Body</c> (Liquid), <c>ContentType</c>, <c>Headers</c>
/// (name → Liquid) within <c>TimeoutSeconds</c> (10, at most 60). Outcomes: the status code when listed in
/// <c>HttpResponseCodes</c>, else <c>UnhandledHttpStatus</c>; <c>Failed</c> for refused addresses, network errors and
/// timeouts (reason in the <c>HttpError</c> property). The response is in <c>HttpResponse</c> {StatusCode, Body (64 KB)}.
/// Redirects are followed (at most 3) only to public http(s) addresses.
/// </summary>
internal sealed class HttpRequestTask(IHttpClientFactory clients, IConfiguration configuration) : WorkflowActivity
{
    public const string ClientName = "EduHub.Workflows.Http";
    private const int MaxBody = 64 * 1024;
    private const int MaxRedirects = 3;

    public override string Name => nameof(HttpRequestTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => [.. properties.List("HttpResponseCodes"), "UnhandledHttpStatus", "Failed"];

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors)
    {
        Scripts.Template(properties, "Url", expressions, errors, required: true);
        Scripts.Template(properties, "Body", expressions, errors);
        if (properties.List("HttpResponseCodes").FirstOrDefault(c => !int.TryParse(c, out var code) || code is < 100 or > 599) is { } bad)
        {
            errors.Add($"HttpResponseCodes: '{bad}' is not an HTTP status code.");
        }

        if (properties.Text("HttpMethod") is { } method && method.ToUpperInvariant() is not ("GET" or "POST" or "PUT" or "PATCH" or "DELETE" or "HEAD"))
        {
            errors.Add($"HttpMethod: '{method}' is not supported.");
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var allowPrivate = configuration.GetValue("EduHub:Workflows:Http:AllowPrivateNetworks", false);
        var timeout = TimeSpan.FromSeconds(Math.Clamp(int.TryParse(properties.Text("TimeoutSeconds"), out var s) ? s : 10, 1, 60));
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            var uri = new Uri((await context.RenderAsync(properties.Text("Url"), cancellationToken)).Trim(), UriKind.RelativeOrAbsolute);
            var method = new HttpMethod((properties.Text("HttpMethod") ?? "GET").ToUpperInvariant());
            var body = properties.Has("Body") ? await context.RenderAsync(properties.Text("Body"), cancellationToken) : null;
            var headers = new List<(string, string)>();
            foreach (var (name, value) in properties.Json["Headers"] as JsonObject ?? [])
            {
                headers.Add((name, await context.RenderAsync(value?.ToString(), cancellationToken)));
            }

            var client = clients.CreateClient(ClientName);
            for (var redirect = 0; ; redirect++)
            {
                if (OutboundAddressGuard.Refusal(uri, allowPrivate) is { } refusal)
                {
                    return Failed(context, refusal);
                }

                using var request = new HttpRequestMessage(method, uri);
                if (body is not null && method != HttpMethod.Get && method != HttpMethod.Head)
                {
                    request.Content = new StringContent(body, Encoding.UTF8, properties.Text("ContentType") ?? "application/json");
                }

                foreach (var (name, value) in headers)
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timer.Token);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location && redirect < MaxRedirects)
                {
                    uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    method = status == 303 ? HttpMethod.Get : method;
                    continue;
                }

                var text = await ReadAsync(response, timer.Token);
                context.Properties["HttpResponse"] = new JsonObject { ["StatusCode"] = status, ["Body"] = text };
                return properties.List("HttpResponseCodes").Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    ? ActivityResult.Outcome(status.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    : ActivityResult.Outcome("UnhandledHttpStatus");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(context, $"The call timed out after {timeout.TotalSeconds:N0} s.");
        }
        catch (Exception e) when (e is HttpRequestException or UriFormatException or InvalidOperationException)
        {
            return Failed(context, e.Message);
        }
    }

    private static ActivityResult Failed(WorkflowExecutionContext context, string reason)
    {
        context.Properties["HttpError"] = reason;
        return ActivityResult.Outcome("Failed");
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxBody];
        var read = 0;
        int n;
        while (read < MaxBody && (n = await stream.ReadAsync(buffer.AsMemory(read, MaxBody - read), cancellationToken)) > 0)
        {
            read += n;
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
