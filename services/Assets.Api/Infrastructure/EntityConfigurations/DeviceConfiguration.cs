using Assets.Api.Apis.Devices;
using Assets.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assets.Api.Infrastructure.EntityConfigurations;

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    public const string UniqueSerialNumberIndex = "ix_devices_provider_id_serial_number";
    public const string UniqueCodeIndex = "ix_devices_code";

    public void Configure(EntityTypeBuilder<Device> device)
    {
        device.ToTable("devices");
        device.Property(d => d.Id).ValueGeneratedNever();
        device.Property(d => d.Name).HasMaxLength(Device.NameMaxLength);
        device.Property(d => d.SerialNumber).HasMaxLength(Device.SerialNumberMaxLength);
        device.Property(d => d.Model).HasMaxLength(Device.ModelMaxLength);
        device.Property(d => d.Status).HasMaxLength(20);
        device.Property(d => d.Code).HasMaxLength(DeviceCodes.Length);
        device.Property(d => d.SearchText).HasComputedColumnSql(DeviceSearch.SearchTextSql, stored: true);
        device.HasOne<Site>().WithMany().HasForeignKey(d => d.ObjectId).OnDelete(DeleteBehavior.Restrict);
        device.HasOne<Customer>().WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.Restrict);

        device.HasIndex(d => d.Code).IsUnique().HasDatabaseName(UniqueCodeIndex);
        // Serial numbers are unique per provider, among devices that still exist.
        device.HasIndex(d => new { d.ProviderId, d.SerialNumber }).IsUnique()
            .HasFilter("serial_number IS NOT NULL AND archived_at IS NULL")
            .HasDatabaseName(UniqueSerialNumberIndex);
        // Lists (by name, filtered by object or status) and the dashboard (by status, overdue services).
        device.HasIndex(d => new { d.CustomerId, d.Name }).HasFilter("archived_at IS NULL");
        device.HasIndex(d => new { d.ObjectId, d.Name }).HasFilter("archived_at IS NULL");
        device.HasIndex(d => new { d.CustomerId, d.Status }).HasFilter("archived_at IS NULL");
        device.HasIndex(d => new { d.CustomerId, d.NextServiceOn }).HasFilter("archived_at IS NULL");
        // The dashboard's overdue services: only devices that can be due at all.
        device.HasIndex(d => new { d.CustomerId, d.NextServiceOn }, "ix_devices_service_due").HasDatabaseName("ix_devices_service_due")
            .HasFilter($"archived_at IS NULL AND next_service_on IS NOT NULL AND status <> '{DeviceStatuses.Decommissioned}'");
        // The same for staff who see the whole provider (filtered by provider, not by a list of customers); the
        // customer is included for the per-customer breakdown, counted from the index alone.
        device.HasIndex(d => new { d.ProviderId, d.NextServiceOn }, "ix_devices_service_due_per_provider").HasDatabaseName("ix_devices_service_due_per_provider")
            .IncludeProperties(d => d.CustomerId)
            .HasFilter($"archived_at IS NULL AND next_service_on IS NOT NULL AND status <> '{DeviceStatuses.Decommissioned}'");
        // Provider staff's lists across many customers, one index per sort key (key, id): read forwards or backwards.
        device.HasIndex(d => new { d.Name, d.Id }).HasFilter("archived_at IS NULL").HasDatabaseName("ix_devices_name_live");
        device.HasIndex(d => new { d.Status, d.Id }).HasFilter("archived_at IS NULL").HasDatabaseName("ix_devices_status_live");
        device.HasIndex(d => new { d.CreatedAt, d.Id }).HasFilter("archived_at IS NULL").HasDatabaseName("ix_devices_created_at_live");
        device.HasIndex(d => new { d.NextServiceOn, d.Id }).HasFilter("archived_at IS NULL").HasDatabaseName("ix_devices_next_service_on_live");
        device.HasIndex(d => new { d.SerialNumber, d.Id }).HasFilter("archived_at IS NULL").HasDatabaseName("ix_devices_serial_number_live");
        // A search's page walks the names of the provider's live devices and tests the search text held in the index
        // (an index-only scan: no device row read per name passed); the list then reads the page's rows by id.
        device.HasIndex(d => new { d.ProviderId, d.Name, d.Id }).IncludeProperties(d => new { d.CustomerId, d.SearchText })
            .HasFilter("archived_at IS NULL").HasDatabaseName("ix_devices_provider_name_search");
        device.HasIndex(d => d.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_devices_search_text_trgm");
    }
}
