using EduHub.Core.Modules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EduHub.AdminTheme.Security;

/// <summary>A module's admin pages answer 404 while its feature is switched off, like its API routes.</summary>
public sealed class FeaturePageFilter(ModuleCatalog catalog, FeatureGate features) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (catalog.OwnerOf(context.HandlerInstance.GetType()) is { } module && !features.IsEnabled(module.Manifest.Id))
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
