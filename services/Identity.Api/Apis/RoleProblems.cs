using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;
using static Identity.Api.Application.Problems;

namespace Identity.Api.Apis;

/// <summary>Why composing or deleting a custom role is refused.</summary>
public static class RoleProblems
{
    public static readonly ProblemMessage ProviderRolesForStaff = ForbiddenBecause(
        "provider_staff_only", "Provider roles are for provider staff.", "Rollen des Anbieters sind für Mitarbeitende des Anbieters.");

    public static readonly ProblemMessage InUse = new(
        "role_in_use",
        new LocalizedText("The role is in use.", "Die Rolle wird verwendet."),
        new LocalizedText("Give its holders another role first.", "Geben Sie ihren Inhabern zuerst eine andere Rolle."));

    /// <summary>{0}: the unknown permissions.</summary>
    public static readonly FieldMessage UnknownPermissions = new(
        "unknown_permissions", "Unknown permissions: {0}.", "Unbekannte Berechtigungen: {0}.");
}
