using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace EduHub.BrowserTests.Infrastructure;

/// <summary>axe-core on the current page: the bar is no serious or critical violation.</summary>
public static class Axe
{
    private static readonly string[] s_failingImpacts = ["serious", "critical"];

    /// <summary>Runs axe on what the page shows now and fails with the rule, its help and the offending selectors.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var failing = result.Violations.Where(v => s_failingImpacts.Contains(v.Impact)).ToList();
        if (failing.Count == 0)
        {
            return;
        }

        var message = new StringBuilder($"axe-core found {failing.Count} serious/critical accessibility violation(s) on {page.Url}:");
        foreach (var violation in failing)
        {
            message.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                message.AppendLine().Append($"    {node.Target}  {Shorten(node.Html)}");
            }
        }

        Assert.Fail(message.ToString());
    }

    private static string Shorten(string? html) => html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
