namespace Tenants.Api.Model;

public static class CustomerAuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Archived = "archived";
    public const string BecameIndependent = "became-independent";
    public const string IndependenceReverted = "independence-reverted";
}
