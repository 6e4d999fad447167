using EduHub.Core.Recipes;
using EduHub.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Infrastructure;

internal static class RecipeRunner
{
    public static async Task RunAsync(IServiceProvider services, string json)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeDocument.Parse(json), CancellationToken.None);
    }

    public static string ShippedFile(string name) => Path.Combine(AppContext.BaseDirectory, "recipes", name);

    /// <summary>Runs code in a DI scope as the system caller (what recipes and background jobs do).</summary>
    public static async Task<T> AsSystemAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
        return await work(scope.ServiceProvider);
    }
}
