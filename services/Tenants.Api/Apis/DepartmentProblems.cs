using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Tenants.Api.Apis;

/// <summary>Why a department cannot be created or renamed as asked.</summary>
public static class DepartmentProblems
{
    /// <summary>{0}: the most characters.</summary>
    public static readonly FieldMessage NameInvalid = new(
        "department_name_invalid", "A department needs a name of 1 to {0} characters.", "Eine Abteilung braucht einen Namen mit 1 bis {0} Zeichen.");

    public static readonly FieldMessage NameTakenField = new("department_name_taken", "This name is taken.", "Dieser Name ist vergeben.");

    private static readonly LocalizedText NameExists = new("A department with this name exists.", "Es gibt bereits eine Abteilung mit diesem Namen.");

    /// <summary>On rename: the detail is the field's words.</summary>
    public static readonly ProblemMessage NameTaken = new("department_name_taken", NameExists, NameTakenField.Text);

    /// <summary>On create: {0}: the name.</summary>
    public static readonly ProblemMessage NameTakenByName = new(
        "department_name_taken",
        NameExists,
        new LocalizedText("The provider already has a department named '{0}'.", "Der Dienstleister hat bereits eine Abteilung namens „{0}“."));
}
