using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Iom.SharedKernel.Data;

/// <summary>
/// Whether the file a SQLite connection has open is still the file at its path. A pooled connection keeps writing to a
/// file that was deleted or replaced under it, and every such write is lost at the next restart; SQLite's unix VFS
/// answers the question itself (it compares the open descriptor's inode with the path's), but Microsoft.Data.Sqlite and
/// SQLitePCLRaw do not expose <c>sqlite3_file_control</c>, so it is called here from the same native library.
/// </summary>
internal static class SqliteFileIdentity
{
    private const int SqliteOk = 0;
    private const int HasMovedOpcode = 20; // SQLITE_FCNTL_HAS_MOVED

    /// <summary>True when <paramref name="schema"/>'s file was removed or replaced since the connection opened it.</summary>
    public static bool HasMoved(SqliteConnection connection, string schema)
    {
        var moved = 0;
        // A VFS that cannot tell (Windows, where an open file cannot be deleted) answers SQLITE_NOTFOUND: not moved.
        return NativeMethods.sqlite3_file_control(connection.Handle!.DangerousGetHandle(), schema, HasMovedOpcode, ref moved) == SqliteOk
            && moved != 0;
    }

    /// <summary>
    /// True when the file cannot be written (write-protected, immutable, on a read-only mount), asked of the kernel with
    /// access(2). Not by opening it: SQLite reuses a descriptor the process already has open on the same file, which
    /// keeps the access it had, and a descriptor opened by .NET would drop SQLite's locks when closed.
    /// </summary>
    public static bool IsReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly);
        }

        const int writeOk = 2; // W_OK
        return NativeMethods.access(path, writeOk) != 0 && File.Exists(path);
    }

    private static class NativeMethods
    {
        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
        public static extern int sqlite3_file_control(IntPtr db, [MarshalAs(UnmanagedType.LPUTF8Str)] string schema, int op, ref int result);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);
    }
}
