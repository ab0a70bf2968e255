using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Assets.Api.Apis.Access;

/// <summary>
/// Why someone who passes the permission and the portal area still does not see a record: the scope
/// query (<c>VisibleTo</c>) leaves it out. The other reasons are <see cref="Scoping.AccessProblems"/>, as the request would get them.
/// </summary>
public static class AccessExplanations
{
    private static readonly LocalizedText Title = new("Does not see it", "Sieht es nicht");

    public static readonly ProblemMessage NotAnAccessibleCustomer = new(
        "customer_not_accessible", Title,
        new("The customer is not among the customers this person may access.", "Der Kunde gehört nicht zu den Kunden, auf die diese Person zugreifen darf."));

    public static readonly ProblemMessage NotAssignedToObject = new(
        "object_not_assigned", Title,
        new("This person is assigned to other objects only.", "Diese Person ist nur anderen Objekten zugeordnet."));
}
