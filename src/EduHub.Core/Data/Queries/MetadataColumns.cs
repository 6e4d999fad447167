namespace EduHub.Core.Data.Queries;

internal static class MetadataColumns
{
    public static (string Column, SortValueKind Kind) Of(MetadataField field) => field switch
    {
        MetadataField.ContentItemId => ("c.ContentItemId", SortValueKind.Text),
        MetadataField.ContentItemVersionId => ("c.ContentItemVersionId", SortValueKind.Text),
        MetadataField.ContentType => ("c.ContentType", SortValueKind.Text),
        MetadataField.DisplayText => ("c.DisplayTextNormalized", SortValueKind.Text),
        MetadataField.Owner => ("c.Owner", SortValueKind.Text),
        MetadataField.Author => ("c.Author", SortValueKind.Text),
        MetadataField.CreatedUtc => ("c.CreatedUtc", SortValueKind.Date),
        MetadataField.ModifiedUtc => ("c.ModifiedUtc", SortValueKind.Date),
        MetadataField.PublishedUtc => ("c.PublishedUtc", SortValueKind.Date),
        MetadataField.Culture => ("c.Culture", SortValueKind.Text),
        MetadataField.LocalizationSet => ("c.LocalizationSet", SortValueKind.Text),
        MetadataField.Path => ("c.Path", SortValueKind.Text),
        MetadataField.Published => ("c.Published", SortValueKind.Boolean),
        _ => ("c.Latest", SortValueKind.Boolean),
    };
}
