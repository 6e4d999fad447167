using System.Net;
using System.Net.Sockets;
using System.Text;
using EduHub.Core;
using EduHub.Core.Messaging;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EduHub.UnitTests.Core.Messaging;

public sealed class MailKitEmailSenderTests
{
    [Fact]
    public async Task Without_an_smtp_host_messages_land_in_the_pickup_folder()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "eduhub-mail-" + Guid.NewGuid().ToString("n"));
        try
        {
            var sender = Sender(new EmailOptions(), dataPath);

            await sender.SendAsync(new EmailMessage(["partner@example.org"], "Ձեր հայտը ընդունված է", "Բարև Ձեզ"), CancellationToken.None);

            var file = Assert.Single(Directory.GetFiles(Path.Combine(dataPath, "mail-pickup"), "*.eml"));
            var message = await MimeMessage.LoadAsync(file);
            Assert.Equal("Ձեր հայտը ընդունված է", message.Subject);
            Assert.Equal("partner@example.org", message.To.Mailboxes.Single().Address);
            Assert.Contains("Բարև Ձեզ", message.TextBody, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task With_an_smtp_host_messages_are_sent_over_smtp()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var sink = SinkAsync(listener);
        var sender = Sender(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = port, UseTls = false, From = "EduHub <no-reply@eduhub.local>" }, Path.GetTempPath());

        await sender.SendAsync(new EmailMessage(["editor@example.org"], "Listing to review", "Please review."), CancellationToken.None);

        var transcript = await sink.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("RCPT TO:<editor@example.org>", transcript, StringComparison.Ordinal);
        Assert.Contains("Subject: Listing to review", transcript, StringComparison.Ordinal);
        Assert.Contains("Please review.", transcript, StringComparison.Ordinal);
    }

    private static MailKitEmailSender Sender(EmailOptions email, string dataPath) =>
        new(Options.Create(email), Options.Create(new EduHubOptions { DataPath = dataPath }), new Environment(), TimeProvider.System);

    /// <summary>A one-message SMTP server: the "outbound network" of this test.</summary>
    private static async Task<string> SinkAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        var transcript = new StringBuilder();
        await writer.WriteLineAsync("220 sink ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            transcript.AppendLine(line);
            var verb = line.Split(' ')[0].ToUpperInvariant();
            if (verb == "EHLO")
            {
                await writer.WriteAsync("250-sink\r\n250 8BITMIME\r\n");
            }
            else if (verb == "DATA")
            {
                await writer.WriteLineAsync("354 go ahead");
                while (await reader.ReadLineAsync() is { } data && data != ".")
                {
                    transcript.AppendLine(data);
                }

                await writer.WriteLineAsync("250 queued");
            }
            else if (verb == "QUIT")
            {
                await writer.WriteLineAsync("221 bye");
                break;
            }
            else
            {
                await writer.WriteLineAsync("250 ok");
            }
        }

        return transcript.ToString();
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "EduHub.UnitTests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
