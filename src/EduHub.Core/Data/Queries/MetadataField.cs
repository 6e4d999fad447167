namespace EduHub.Core.Data.Queries;

public enum MetadataField
{
    ContentItemId,
    ContentItemVersionId,
    ContentType,
    DisplayText,
    Owner,
    Author,
    CreatedUtc,
    ModifiedUtc,
    PublishedUtc,
    Culture,
    LocalizationSet,
    Path,
    Published,
    Latest,
}
