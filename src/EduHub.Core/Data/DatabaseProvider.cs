namespace EduHub.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
