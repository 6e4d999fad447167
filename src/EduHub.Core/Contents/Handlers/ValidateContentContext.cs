using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Core.Contents.Handlers;

public sealed class ValidateContentContext(ContentItem item, ContentItem? previous, ContentCaller caller, ContentDefinitionSnapshot definitions, DbSession session)
    : ContentContext(item, previous, caller, definitions, session)
{
    private readonly List<ContentError> _errors = [];

    public IReadOnlyList<ContentError> Errors => _errors;

    public void AddError(string path, string message, string code = ContentErrorCodes.Invalid, IReadOnlyDictionary<string, object>? arguments = null) =>
        _errors.Add(arguments is null ? new ContentError(path, message, code) : new ContentError(path, message, code) { Arguments = arguments });
}
