using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Dapper;
using EduHub.Core.Data;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.IntegrationTests.Admin;

/// <summary>
/// The forgot-password page records the request and answers at once; the mail goes out from the outbox worker.
/// Requests are limited per address and per client. Each test runs its own node (host) over the site's database,
/// so its limiter and mail settings are its own.
/// </summary>
public sealed class AccountsResetDeliveryTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Limited = "Too many new-password requests for this address or from your connection. Nothing was sent. Wait an hour, then try again.";

    [Fact]
    public async Task Requests_over_the_limit_for_one_address_get_429_with_a_clear_message_and_send_nothing_whether_or_not_the_account_exists()
    {
        await site.UserAsync("limit-known", ["Editor"]);
        await using var node = Node(new() { ["EduHub:Accounts:PasswordResetsPerHourPerAddress"] = "2" });
        var client = Client(node);

        var known = new List<HttpStatusCode>();
        var unknown = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 3; i++)
        {
            known.Add((refused = await RequestAsync(client, "limit-known@example.org")).StatusCode);
            unknown.Add((await RequestAsync(client, "limit-nobody@example.org")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], known);
        Assert.Equal(known, unknown);
        Assert.Equal("3600", refused!.Headers.RetryAfter!.ToString());
        var page = await AdminBrowser.ParseAsync(refused);
        Assert.Equal(Limited, page.QuerySelector("main .alert-error[role=alert]")!.TextContent);
        Assert.NotNull(page.QuerySelector("main form input[name=Email]"));
        await AccountsMailbox.DeliveredAsync(node.Services);
        Assert.Equal(2, AccountsMailbox.To(site, "limit-known@example.org").Count);
        Assert.Empty(AccountsMailbox.To(site, "limit-nobody@example.org"));

        // Another address from the same client is not affected by this address's limit.
        Assert.Equal(HttpStatusCode.OK, (await RequestAsync(client, "limit-other@example.org")).StatusCode);
    }

    [Fact]
    public async Task Requests_over_the_limit_from_one_client_get_429_in_the_page_language_and_send_nothing()
    {
        await site.UserAsync("limit-client", ["Editor"]);
        await using var node = Node(new() { ["EduHub:Accounts:PasswordResetsPerHourPerClient"] = "3" });
        var client = Client(node);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await RequestAsync(client, $"limit-client-{i}@example.org")).StatusCode);
        }

        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("hy");
        var refused = await RequestAsync(client, "limit-client@example.org");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(
            "Չափից շատ նոր գաղտնաբառի հայցեր այս հասցեի համար կամ ձեր կապից։ Ոչինչ չի ուղարկվել։ Սպասեք մեկ ժամ, ապա նորից փորձեք։",
            (await AdminBrowser.ParseAsync(refused)).QuerySelector("main .alert-error")!.TextContent);
        await AccountsMailbox.DeliveredAsync(node.Services);
        Assert.Empty(AccountsMailbox.To(site, "limit-client@example.org"));
    }

    [Fact]
    public async Task The_page_answers_without_waiting_for_the_mail_server_and_the_request_survives_its_failure()
    {
        await site.UserAsync("outbox-known", ["Editor"]);
        var clock = new FakeTimeProvider(site.Clock.GetUtcNow());

        // Nothing listens on port 1: every attempt of this node to send fails.
        await using var node = Node(new() { ["EduHub:Email:SmtpHost"] = "127.0.0.1", ["EduHub:Email:SmtpPort"] = "1", ["EduHub:Email:UseTls"] = "false" }, clock);
        var client = Client(node);

        var known = await RequestAsync(client, "outbox-known@example.org");
        var unknown = await RequestAsync(client, "outbox-nobody@example.org");

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var knownText = (await AdminBrowser.ParseAsync(known)).QuerySelector("main")!.TextContent;
        Assert.Equal(knownText, (await AdminBrowser.ParseAsync(unknown)).QuerySelector("main")!.TextContent);
        Assert.Contains("If an account uses this address", knownText, StringComparison.Ordinal);

        // The known address's request failed on this node and waits for a retry; the unknown one is done (no mail).
        // Both are carried out by this node's worker in the background: wait for the state, not for a time.
        var failed = await WaitForAsync(async () =>
        {
            var rows = await OutboxRowsAsync();
            return rows.Any(r => r.Payload.Contains("outbox-nobody@", StringComparison.Ordinal))
                ? null
                : rows.SingleOrDefault(r => r.Payload.Contains("outbox-known@", StringComparison.Ordinal) && r.LastError is not null);
        });
        Assert.Equal(1, failed.Attempts);
        Assert.Empty(AccountsMailbox.To(site, "outbox-known@example.org"));

        // Another node, with a working mail set-up, delivers it once the retry is due.
        await node.DisposeAsync();
        site.Clock.Advance(TimeSpan.FromMinutes(2));
        await AccountsMailbox.DeliveredAsync(site.Services);
        var mail = Assert.Single(AccountsMailbox.To(site, "outbox-known@example.org"));
        Assert.Equal("Reset your EduHub password", mail.Subject);
        Assert.DoesNotContain(await OutboxRowsAsync(), r => r.Payload.Contains("outbox-known@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reset_mail_is_written_in_the_language_of_the_page()
    {
        await site.UserAsync("outbox-russian", ["Editor"]);
        await using var node = Node([]);
        var client = Client(node);
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        Assert.Equal(HttpStatusCode.OK, (await RequestAsync(client, "outbox-russian@example.org")).StatusCode);
        await AccountsMailbox.DeliveredAsync(node.Services);

        var mail = Assert.Single(AccountsMailbox.To(site, "outbox-russian@example.org"));
        Assert.Equal("Сброс пароля EduHub", mail.Subject);
    }

    private EduHubApplicationFactory Node(Dictionary<string, string?> settings, FakeTimeProvider? clock = null) =>
        site.CreateFactory(clock ?? new FakeTimeProvider(site.Clock.GetUtcNow()), settings);

    private static HttpClient Client(EduHubApplicationFactory node)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    private static async Task<HttpResponseMessage> RequestAsync(HttpClient client, string email)
    {
        var page = await AdminBrowser.ParseAsync(await client.GetStringAsync("/admin/account/forgot-password"), "/admin/account/forgot-password");
        var form = page.QuerySelector<IHtmlFormElement>("main form")!;
        var fields = AdminBrowser.FormFields(form).Where(f => f.Key != "Email").Append(new("Email", email));
        return await client.PostAsync("/admin/account/forgot-password", new FormUrlEncodedContent(fields));
    }

    private async Task<List<OutboxRow>> OutboxRowsAsync()
    {
        await using var connection = await site.Services.GetRequiredService<Database>().OpenAsync();
        return [.. await connection.QueryAsync<OutboxRow>("SELECT Payload, Attempts, LastError FROM Outbox")];
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        // Up to a minute: the machines running CI are shared and sometimes very slow.
        for (var i = 0; i < 1200; i++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The outbox did not reach the expected state.");
    }

    private sealed record OutboxRow(string Payload, long Attempts, string? LastError);
}
