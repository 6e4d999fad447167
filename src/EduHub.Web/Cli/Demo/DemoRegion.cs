namespace EduHub.Web.Cli.Demo;

/// <param name="Population">2016 estimate (domain.md §1): schools are spread over regions in proportion.</param>
public sealed record DemoRegion(string Code, string TermId, double Population, IReadOnlyList<Settlement> Settlements);
