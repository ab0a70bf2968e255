namespace Portal.ServiceDefaults.Errors;

/// <summary>Why a field is refused, in words every service uses the same way.</summary>
public static class CommonFieldMessages
{
    public static readonly FieldMessage Required = new("required", "Required.", "Pflichtfeld.");

    /// <summary>{0}: the most characters allowed.</summary>
    public static readonly FieldMessage RequiredText = new(
        "required_text", "Required, 1 to {0} characters.", "Pflichtfeld, 1 bis {0} Zeichen.");

    /// <summary>{0}: the most characters allowed.</summary>
    public static readonly FieldMessage TooLong = new("too_long", "At most {0} characters.", "Höchstens {0} Zeichen.");

    /// <summary>{0}: the allowed values, comma-separated.</summary>
    public static readonly FieldMessage NotOneOf = new("not_one_of", "Must be one of: {0}.", "Muss einer dieser Werte sein: {0}.");

    /// <summary>{0}: the allowed values, comma-separated.</summary>
    public static readonly FieldMessage RequiredOneOf = new("required_one_of", "Required, one of: {0}.", "Pflichtfeld, einer dieser Werte: {0}.");

    public static readonly FieldMessage NotAnId = new("not_an_id", "Must be an id (GUID).", "Muss eine ID (GUID) sein.");

    public static readonly FieldMessage InvalidEmail = new(
        "invalid_email", "Give a valid e-mail address.", "Geben Sie eine gültige E-Mail-Adresse an.");

    public static readonly FieldMessage ControlCharacter = new(
        "control_character",
        "The text holds a control character, which is not allowed.",
        "Der Text enthält ein Steuerzeichen; das ist nicht erlaubt.");

    public static readonly FieldMessage NotJson = new("not_json", "The body is not valid JSON.", "Der Inhalt ist kein gültiges JSON.");

    public static readonly FieldMessage NotAnObject = new(
        "not_an_object", "The body must be a JSON object.", "Der Inhalt muss ein JSON-Objekt sein.");

    /// <summary>{0}: what the value must be (<see cref="ValueKinds"/>).</summary>
    public static readonly FieldMessage WrongType = new("wrong_type", "Must be {0}.", "Muss {0} sein.");

    public static readonly FieldMessage WrongTypeUnknown = new(
        "wrong_type", "This value has the wrong type.", "Dieser Wert hat den falschen Typ.");

    public static readonly FieldMessage BodyRequired = new("body_required", "A JSON body is required.", "Ein JSON-Inhalt ist erforderlich.");

    public static readonly FieldMessage Unreadable = new(
        "unreadable_request", "The request could not be read.", "Die Anfrage konnte nicht gelesen werden.");

    public static readonly FieldMessage SendJson = new(
        "unsupported_media_type",
        "Send the body as JSON (Content-Type: application/json).",
        "Senden Sie den Inhalt als JSON (Content-Type: application/json).");

    public static readonly FieldMessage TextNotStorable = new(
        "text_not_storable", "The text holds a character that cannot be stored.", "Der Text enthält ein Zeichen, das nicht gespeichert werden kann.");

    public static readonly FieldMessage TextTooLongToStore = new(
        "too_long", "A text is longer than allowed.", "Ein Text ist länger als erlaubt.");
}
