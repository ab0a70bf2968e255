namespace Notifications.Api.Mailing;

/// <summary>A mail's content in the language it was rendered in.</summary>
public sealed record RenderedMail(string Language, string Subject, string HtmlBody, string TextBody);
