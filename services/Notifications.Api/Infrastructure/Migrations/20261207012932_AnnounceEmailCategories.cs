using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Notifications.Api.Infrastructure.Migrations
{
    /// <summary>
    /// Identity keeps a copy of everyone's e-mail categories from EmailCategoriesChanged; the preferences saved
    /// before that event existed are announced once, through the outbox, so that the copy starts out right.
    /// </summary>
    public partial class AnnounceEmailCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO outbox_messages (id, message_type, body, occurred_at, next_attempt_at, attempts)
                SELECT gen_random_uuid(),
                       'Portal.Contracts.Notifications.EmailCategoriesChanged',
                       jsonb_build_object(
                           'userId', user_id,
                           'categories', to_jsonb(array_remove(ARRAY[
                               CASE WHEN devices THEN 'devices' END,
                               CASE WHEN tickets THEN 'tickets' END,
                               CASE WHEN video_sessions THEN 'videoSessions' END,
                               CASE WHEN codes THEN 'codes' END], NULL)),
                           'changedAt', updated_at),
                       now(), now(), 0
                FROM notification_preferences;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
