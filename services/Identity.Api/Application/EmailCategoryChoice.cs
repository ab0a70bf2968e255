using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.Application;

/// <summary>
/// An administrator chooses a person's e-mail categories (inviting, adding or importing them). The
/// notifications service owns the preferences: identity records the choice in its copy and sends it there
/// with the rest of the change (<see cref="EmailCategoriesChosen"/>, through the outbox).
/// </summary>
public static class EmailCategoryChoice
{
    /// <summary>True when the choice changes what <paramref name="user"/> gets.</summary>
    public static bool Changes(User user, IReadOnlyCollection<string> categories) =>
        !Normalized(categories).SequenceEqual(user.EmailCategories);

    public static void Choose(IdentityDbContext db, User user, IReadOnlyCollection<string> categories, TimeProvider clock)
    {
        user.EmailCategories = Normalized(categories);
        user.EmailCategoriesChangedAt = clock.GetUtcNow();
        db.AddIntegrationEvent(new EmailCategoriesChosen(user.Id, [.. user.EmailCategories]), clock);
    }

    /// <summary>The known categories among <paramref name="categories"/>, in their usual order.</summary>
    public static List<string> Normalized(IReadOnlyCollection<string> categories) => [.. EmailCategories.All.Where(categories.Contains)];
}
