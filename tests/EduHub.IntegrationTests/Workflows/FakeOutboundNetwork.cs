using System.Collections.Concurrent;
using System.Net;

namespace EduHub.IntegrationTests.Workflows;

/// <summary>The outside world as workflows see it in tests: a partner API that answers, redirects inward or hangs.</summary>
internal sealed class FakeOutboundNetwork : HttpMessageHandler
{
    public ConcurrentQueue<Uri> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request.RequestUri!);
        switch (request.RequestUri!.AbsolutePath)
        {
            case "/ok":
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"ok\":true}") };
            case "/redirect":
                var redirect = new HttpResponseMessage(HttpStatusCode.Found);
                redirect.Headers.Location = new Uri("http://169.254.169.254/latest/meta-data");
                return redirect;
            case "/slow":
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }
}
