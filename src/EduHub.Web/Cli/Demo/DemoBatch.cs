using EduHub.Core.Contents;

namespace EduHub.Web.Cli.Demo;

/// <summary>
/// Items saved in one transaction, in order. <paramref name="Announced"/> lists items of the batch that
/// others in it point at before they are saved (a school picks its mentors, whose home school it is).
/// </summary>
public sealed record DemoBatch(IReadOnlyList<ContentItem> Items, IReadOnlyList<(string ContentItemId, string ContentType)> Announced);
