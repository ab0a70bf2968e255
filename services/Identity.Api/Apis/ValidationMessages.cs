using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Apis;

/// <summary>Why a field of an identity request is refused, where the shared <see cref="CommonFieldMessages"/> do not say it.</summary>
public static class ValidationMessages
{
    /// <summary>{0}: the most characters allowed.</summary>
    public static readonly FieldMessage NameLength = new("name_length", "Give 1 to {0} characters.", "Geben Sie 1 bis {0} Zeichen an.");

    public static readonly FieldMessage Language = new(
        "language_not_supported", "The language is \"de\" or \"en\".", "Die Sprache ist „de“ oder „en“.");

    /// <summary>{0}: the unknown areas; {1}: the known ones.</summary>
    public static readonly FieldMessage UnknownPortalAreas = new(
        "unknown_portal_areas", "Unknown portal areas: {0}. Known: {1}.", "Unbekannte Portalbereiche: {0}. Bekannt sind: {1}.");

    /// <summary>{0}: the roles, comma-separated.</summary>
    public static readonly FieldMessage RoleNotOneOf = new("unknown_role", "The role is one of: {0}.", "Die Rolle ist eine dieser: {0}.");

    public static readonly FieldMessage TokenRequired = new(
        "token_required", "Give the token from the link.", "Geben Sie das Token aus dem Link an.");

    public static readonly FieldMessage NotOurToken = new(
        "token_invalid", "This is not a token from one of our links.", "Dies ist kein Token aus einem unserer Links.");

    public static readonly FieldMessage CurrentPasswordRequired = new(
        "current_password_required", "Give your current password.", "Geben Sie Ihr aktuelles Passwort an.");

    public static readonly FieldMessage PasswordRequired = new("password_required", "Give your password.", "Geben Sie Ihr Passwort an.");

    public static readonly FieldMessage TrueOrFalse = new("true_or_false_required", "Give true or false.", "Geben Sie true oder false an.");

    /// <summary>{0}: the most objects allowed.</summary>
    /// <summary>{0}: the unknown names; {1}: the known ones.</summary>
    public static readonly FieldMessage UnknownEmailCategories = new(
        "unknown_email_categories", "Unknown e-mail categories: {0}. Known: {1}.", "Unbekannte E-Mail-Kategorien: {0}. Bekannt sind: {1}.");

    public static readonly FieldMessage TooManyObjects = new("too_many_items", "At most {0} objects.", "Höchstens {0} Objekte.");

    /// <summary>{0}: the most customers allowed.</summary>
    public static readonly FieldMessage TooManyCustomers = new("too_many_items", "At most {0} customers.", "Höchstens {0} Kunden.");

    /// <summary>{0}: the most departments allowed.</summary>
    public static readonly FieldMessage TooManyDepartments = new("too_many_items", "At most {0} departments.", "Höchstens {0} Abteilungen.");

    public static readonly FieldMessage ForeignObjects = new(
        "unknown_objects", "Give only objects of this customer.", "Geben Sie nur Objekte dieses Kunden an.");

    public static readonly FieldMessage ForeignCustomers = new(
        "unknown_customers", "Give only customers you can access yourself.", "Geben Sie nur Kunden an, auf die Sie selbst zugreifen können.");

    public static readonly FieldMessage ForeignDepartments = new(
        "unknown_departments", "Give only departments of your provider.", "Geben Sie nur Abteilungen Ihres Anbieters an.");
}
