using EduHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EduHub.Core.Security;

internal static class IdentityDbContextOptions
{
    public static void Configure(DbContextOptionsBuilder builder, Database database)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(database.ConnectionString);
        }
        else
        {
            builder.UseSqlite(database.ConnectionString);
        }
    }
}
