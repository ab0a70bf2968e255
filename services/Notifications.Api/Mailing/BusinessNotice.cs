namespace Notifications.Api.Mailing;

/// <summary>
/// Something that happened to a customer's device, ticket, video session or code, for the users who
/// may see it. <paramref name="Values"/> gives the template values in a recipient's language.
/// </summary>
/// <param name="ActorId">Who did it: they do not need to be told.</param>
public sealed record BusinessNotice(
    string Kind,
    string Category,
    Guid CustomerId,
    Guid ObjectId,
    Guid? ActorId,
    Func<string, Dictionary<string, string>> Values);
