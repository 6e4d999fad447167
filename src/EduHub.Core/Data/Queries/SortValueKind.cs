namespace EduHub.Core.Data.Queries;

internal enum SortValueKind
{
    Text,
    Number,
    Boolean,
    Date,
}
