namespace Notifications.Api.Apis;

/// <summary>The business e-mail categories, each on or off.</summary>
public sealed record CategoriesResponse(bool Devices, bool Tickets, bool VideoSessions, bool Codes);

public sealed record PreferencesResponse(CategoriesResponse Categories);

/// <summary>Every category must be given: a missing one is a 400, never silently switched off.</summary>
public sealed record CategoriesRequest(bool? Devices, bool? Tickets, bool? VideoSessions, bool? Codes);

public sealed record PreferencesRequest(CategoriesRequest? Categories);
