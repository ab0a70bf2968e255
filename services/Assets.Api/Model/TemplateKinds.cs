namespace Assets.Api.Model;

public static class TemplateKinds
{
    public const string Ticket = "ticket";
    public const string Checklist = "checklist";

    public static readonly IReadOnlyList<string> All = [Ticket, Checklist];
}
