namespace EduHub.Core.Contents;

/// <summary>The outcome of a content operation. Nothing was changed unless <see cref="Succeeded"/>.</summary>
public sealed record ContentResult(ContentResultStatus Status, ContentItem? Item = null, IReadOnlyList<ContentError>? Errors = null, string? Message = null)
{
    public bool Succeeded => Status == ContentResultStatus.Ok;

    public IReadOnlyList<ContentError> ErrorList => Errors ?? [];

    public static ContentResult Ok(ContentItem item) => new(ContentResultStatus.Ok, item);

    public static ContentResult NotFound(string contentItemId) => new(ContentResultStatus.NotFound, Message: $"Content item '{contentItemId}' was not found.");

    public static ContentResult Invalid(IReadOnlyList<ContentError> errors) => new(ContentResultStatus.Invalid, Errors: errors, Message: "The content item is not valid.");

    public static ContentResult Invalid(string path, string message) => Invalid([new ContentError(path, message)]);

    public static ContentResult Forbidden(string message) => new(ContentResultStatus.Forbidden, Message: message);

    public static ContentResult Conflict(string message) => new(ContentResultStatus.Conflict, Message: message);

    public static ContentResult Canceled(string reason) => new(ContentResultStatus.Canceled, Message: reason);
}
