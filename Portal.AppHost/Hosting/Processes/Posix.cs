using System.Runtime.InteropServices;

namespace Portal.AppHost.Hosting;

/// <summary>The few libc calls .NET does not offer: signals to process groups, users and ownership.</summary>
internal static partial class Posix
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public static bool IsRoot => GetEffectiveUserId() == 0;

    /// <summary>Sends <paramref name="signal"/>; a negative pid addresses the process group. False if none is there.</summary>
    public static bool Signal(int pid, int signal) => Kill(pid, signal) == 0;

    public static int SignalNumber(string name) => name switch
    {
        "INT" => SigInt,
        "KILL" => SigKill,
        _ => SigTerm,
    };

    public static string SignalName(int signal) => signal switch
    {
        SigInt => "INT",
        SigKill => "KILL",
        _ => "TERM",
    };

    /// <summary>The uid and gid of a local user, or null when there is no such user.</summary>
    public static (uint Uid, uint Gid)? GetUser(string name)
    {
        var entry = GetPasswordEntry(name);
        if (entry == IntPtr.Zero)
        {
            return null;
        }

        // struct passwd { char *pw_name; char *pw_passwd; uid_t pw_uid; gid_t pw_gid; ... }
        var uid = (uint)Marshal.ReadInt32(entry, 2 * IntPtr.Size);
        var gid = (uint)Marshal.ReadInt32(entry, (2 * IntPtr.Size) + 4);
        return (uid, gid);
    }

    public static void ChangeOwner(string path, uint uid, uint gid)
    {
        if (ChangeOwnerNative(path, uid, gid) != 0)
        {
            throw new IOException($"chown {path} failed (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();

    [LibraryImport("libc", EntryPoint = "getpwnam", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr GetPasswordEntry(string name);

    [LibraryImport("libc", EntryPoint = "chown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int ChangeOwnerNative(string path, uint owner, uint group);
}
