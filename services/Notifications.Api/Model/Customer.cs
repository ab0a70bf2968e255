namespace Notifications.Api.Model;

/// <summary>
/// Notifications' copy of a customer (from the tenants events): whose it is, and whether its provider
/// still administers its users (a managed customer) or it administers itself (independent).
/// </summary>
public sealed class Customer
{
    public Guid Id { get; set; }
    public Guid ProviderId { get; set; }
    public Guid? DepartmentId { get; set; }
    public bool Independent { get; set; }
}
