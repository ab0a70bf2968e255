using Portal.Contracts.Identity;

namespace Portal.Contracts.Notifications;

/// <summary>
/// A person's business e-mail categories as the notifications service now holds them (changed by the
/// person, an administrator, an unsubscribe link or an <see cref="EmailCategoriesChosen"/>). Identity keeps a
/// copy, so that an import can tell what it would change and an export can write them.
/// <paramref name="Categories"/> are the ones on (<see cref="EmailCategories"/>); <paramref name="ChangedAt"/>
/// orders the events about one person.
/// </summary>
public sealed record EmailCategoriesChanged(Guid UserId, IReadOnlyList<string> Categories, DateTimeOffset ChangedAt) : IIntegrationEvent;
