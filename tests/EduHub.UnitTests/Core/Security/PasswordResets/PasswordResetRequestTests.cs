using EduHub.Core.Security.PasswordResets;

namespace EduHub.UnitTests.Core.Security.PasswordResets;

public sealed class PasswordResetRequestTests
{
    // As the admin's and the partner area's forgot-password pages wrote it before they shared the flow: a message
    // queued before a deploy is still read after it.
    private const string Queued = """{"Email":"ana@example.org","Culture":"ru","SiteUrl":"https://eduhub.example/base"}""";

    [Fact]
    public void Parse_ReadsAMessageQueuedBeforeTheFlowWasShared() =>
        Assert.Equal(new PasswordResetRequest("ana@example.org", "ru", "https://eduhub.example/base"), PasswordResetRequest.Parse(Queued));

    [Fact]
    public void ToPayload_WritesTheSameJsonAsBefore() =>
        Assert.Equal(Queued, new PasswordResetRequest("ana@example.org", "ru", "https://eduhub.example/base").ToPayload());
}
