namespace Portal.ServiceDefaults.OpenApi;

/// <summary>
/// A wrapper whose JSON is that of its value (a PATCH field that may be absent, for instance): the document
/// describes it as <typeparamref name="T"/>, since its own converter hides that from the schema generator.
/// </summary>
public interface IJsonValueOf<T>;
