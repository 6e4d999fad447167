using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace EduHub.AdminTheme.Rendering;

/// <summary>
/// Renders no validation summary while there is nothing to summarize. ASP.NET Core's own renders an empty
/// summary with <c>&lt;li style="display:none"&gt;</c>, which the admin's CSP (no inline styles) blocks: the page
/// then showed an empty error box and the browser logged a CSP violation.
/// </summary>
internal sealed class AdminHtmlGenerator(
    IAntiforgery antiforgery,
    IOptions<MvcViewOptions> options,
    IModelMetadataProvider metadataProvider,
    IUrlHelperFactory urlHelperFactory,
    HtmlEncoder htmlEncoder,
    ValidationHtmlAttributeProvider validationAttributeProvider)
    : DefaultHtmlGenerator(antiforgery, options, metadataProvider, urlHelperFactory, htmlEncoder, validationAttributeProvider)
{
    public override TagBuilder? GenerateValidationSummary(ViewContext viewContext, bool excludePropertyErrors, string? message, string? headerTag, object? htmlAttributes)
    {
        var modelState = viewContext.ViewData.ModelState;
        var hasErrors = excludePropertyErrors
            ? modelState.TryGetValue(viewContext.ViewData.TemplateInfo.HtmlFieldPrefix, out var entry) && entry.Errors.Count > 0
            : modelState.ErrorCount > 0;
        return hasErrors ? base.GenerateValidationSummary(viewContext, excludePropertyErrors, message, headerTag, htmlAttributes) : null;
    }
}
