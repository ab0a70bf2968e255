using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application.PeopleImports;

/// <summary>What the import says about a file as a whole (400 on the field <c>file</c>) and about each of its rows.</summary>
public static class PeopleImportMessages
{
    public static readonly FieldMessage FileRequired = new(
        "file_required", "Choose a CSV file to upload (form field \"file\").", "Wählen Sie eine CSV-Datei zum Hochladen aus (Formularfeld \"file\").");

    /// <summary>{0}: the largest size in MB.</summary>
    public static readonly FieldMessage FileTooLarge = new(
        "file_too_large", "The file is larger than {0} MB.", "Die Datei ist größer als {0} MB.");

    public static readonly FieldMessage FileEmpty = new(
        "file_empty", "The file holds no people: the first line names the columns, each further line is a person.",
        "Die Datei enthält keine Personen: Die erste Zeile nennt die Spalten, jede weitere Zeile ist eine Person.");

    /// <summary>{0}: the most rows.</summary>
    public static readonly FieldMessage TooManyRows = new(
        "too_many_rows", "The file has more than {0} people. Split it into several files.",
        "Die Datei enthält mehr als {0} Personen. Teilen Sie sie auf mehrere Dateien auf.");

    /// <summary>{0}: the missing columns; {1}: every column.</summary>
    public static readonly FieldMessage MissingColumns = new(
        "missing_columns", "The first line lacks the columns {0}. It names the columns, for example: {1}.",
        "In der ersten Zeile fehlen die Spalten {0}. Sie nennt die Spalten, zum Beispiel: {1}.");

    /// <summary>{0}: the unknown headings; {1}: every column.</summary>
    public static readonly FieldMessage UnknownColumns = new(
        "unknown_columns", "Unknown columns: {0}. Known: {1}.", "Unbekannte Spalten: {0}. Bekannt sind: {1}.");

    /// <summary>{0}: the column named twice.</summary>
    public static readonly FieldMessage ColumnTwice = new(
        "duplicate_column", "The column {0} is named twice.", "Die Spalte {0} ist zweimal genannt.");

    /// <summary>{0}: the line; {1}: what is wrong.</summary>
    public static readonly FieldMessage Unreadable = new(
        "not_csv", "The file cannot be read as CSV (line {0}).", "Die Datei kann nicht als CSV gelesen werden (Zeile {0}).");

    /// <summary>{0}: the fields of the row; {1}: the columns of the file.</summary>
    public static readonly FieldMessage TooManyFields = new(
        "too_many_fields", "This row has {0} fields, the first line names {1} columns.", "Diese Zeile hat {0} Felder, die erste Zeile nennt {1} Spalten.");

    /// <summary>{0}: the first row with the address.</summary>
    public static readonly FieldMessage EmailTwiceInFile = new(
        "duplicate_in_file", "This address is in row {0} already.", "Diese Adresse steht bereits in Zeile {0}.");

    /// <summary>{0}: the first row with the account name.</summary>
    public static readonly FieldMessage AccountNameTwiceInFile = new(
        "duplicate_in_file", "This account name is in row {0} already.", "Dieser Kontoname steht bereits in Zeile {0}.");

    public static readonly FieldMessage EmailUsedElsewhere = new(
        "email_in_use", "This address belongs to a person of another organization on the platform.",
        "Diese Adresse gehört bereits einer Person einer anderen Organisation auf der Plattform.");

    public static readonly FieldMessage AccountNameTaken = new(
        "account_name_taken", "Another person signs in with this account name.", "Eine andere Person meldet sich mit diesem Kontonamen an.");

    /// <summary>{0}: the value given.</summary>
    public static readonly FieldMessage UnknownLanguage = new(
        "unknown_language", "Unknown language \"{0}\". Use de or en (German, English).", "Unbekannte Sprache \"{0}\". Verwenden Sie de oder en (Deutsch, Englisch).");

    /// <summary>{0}: the value given.</summary>
    public static readonly FieldMessage UnknownRole = new(
        "unknown_role", "Unknown role \"{0}\". Use member, moderator or administrator.",
        "Unbekannte Rolle \"{0}\". Verwenden Sie Mitglied, Moderator oder Administrator.");

    /// <summary>{0}: the value given.</summary>
    public static readonly FieldMessage UnknownAccess = new(
        "unknown_access", "Unknown access \"{0}\". Use invite or none.", "Unbekannter Zugang \"{0}\". Verwenden Sie einladen oder ohne.");

    /// <summary>{0}: the names nobody has.</summary>
    public static readonly FieldMessage UnknownObjects = new(
        "unknown_objects", "This customer has no object called {0}.", "Dieser Kunde hat kein Objekt namens {0}.");

    /// <summary>{0}: the names several objects share.</summary>
    public static readonly FieldMessage AmbiguousObjects = new(
        "ambiguous_objects", "Several objects are called {0}: give the object's id instead.",
        "Mehrere Objekte heißen {0}: Geben Sie stattdessen die ID des Objekts an.");

    public static readonly FieldMessage OwnRoleOrScope = new(
        "own_role_or_scope", "You cannot change your own role or scope.", "Sie können Ihre eigene Rolle oder Ihren eigenen Bereich nicht ändern.");

    public static readonly FieldMessage AreasNotOwn = new(
        "grant_exceeds_own_portal_areas", "You cannot open portal areas to others that you cannot open yourself.",
        "Sie können anderen keine Portalbereiche öffnen, die Sie selbst nicht öffnen können.");

    public static readonly FieldMessage ObjectsNotOwn = new(
        "grant_exceeds_own_objects", "You cannot assign objects you do not see yourself.", "Sie können keine Objekte zuweisen, die Sie selbst nicht sehen.");

    public static readonly FieldMessage NoLongerAllowed = new(
        "permission_missing", "Not imported: the person who started the import may no longer manage this organization's people.",
        "Nicht importiert: Die Person, die den Import gestartet hat, darf die Personen dieser Organisation nicht mehr verwalten.");

    public static readonly ProblemMessage ImportNotFound = new(
        "people_import_not_found",
        new LocalizedText("Import not found", "Import nicht gefunden"),
        new LocalizedText("There is no import with this id that you may see.", "Es gibt keinen Import mit dieser ID, den Sie sehen dürfen."));

    public static readonly ProblemMessage CustomersOnly = new(
        "people_import_customers_only",
        new LocalizedText("Only customers import people", "Nur Kunden importieren Personen"),
        new LocalizedText("People are imported into customers; add colleagues one by one.",
            "Personen werden in Kunden importiert; Kolleginnen und Kollegen fügen Sie einzeln hinzu."));
}
