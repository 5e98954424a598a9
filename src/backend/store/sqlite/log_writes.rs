//! The write-ahead log written a commit at a time.
//!
//! SQLite writes each frame of a commit to the log with two calls (the frame's 24-byte header,
//! then the page), so a commit of 17 pages, a typical change of a bulk run, costs 34 `pwrite`
//! calls; they were most of an embedded `enroll`'s time in the kernel. The store's writer opens
//! its database through this VFS: the platform's own, except that the log's consecutive writes
//! are gathered in memory and reach the file in one call when the commit frame (the last frame
//! of a commit, the one whose header holds the database size) is complete.
//!
//! Why that is safe:
//! - Other connections find frames only through the shared-memory index, which SQLite updates
//!   after the frame writes return; by then the commit is in the file (the file's page cache,
//!   where the plain VFS leaves it too: the log is synced when it was synced before, since a
//!   sync writes what is gathered first).
//! - Anything else done to the log first writes what is gathered: a read (a checkpoint reads
//!   frames back), a sync, a truncation, asking its size, a file control, closing it.
//! - Every run of frame writes ends with a commit frame, so nothing is left gathered once a
//!   commit returns: the writer turns off spilling dirty pages into the log in the middle of a
//!   transaction (`PRAGMA cache_spill = OFF`, see `sqlite::open`), the only way SQLite writes
//!   frames outside a commit. Were a spilled frame left gathered and its transaction rolled
//!   back, a later write of the gathered bytes could land on frames another process committed.
//! - A frame header rewritten in place (SQLite recomputing checksums after it overwrote a
//!   frame, which follows a spill) is read just before it is written; such a header is
//!   written at once, as no page follows it.
//! - A failed write of what was gathered fails the call that caused it, so the commit fails
//!   as it would have with the plain VFS.

use rusqlite::ffi;
use std::ffi::{c_char, c_int, c_void, CStr};
use std::sync::OnceLock;

/// The VFS's name, to open a connection with.
const NAME: &CStr = c"partnerctl-log-writes";

/// Bytes gathered at most before they are written anyway.
const GATHER_LIMIT: usize = 4 << 20;

/// Bytes written at most in one call: the unix VFS writes less than 128 KiB in a call (it
/// never writes more than a page and a frame header), so larger runs go in parts.
const WRITE_LIMIT: usize = 124 << 10;

/// The size of a frame's header in the log.
const FRAME_HEADER: usize = 24;

/// The VFS to open the writer with: registered the first time it is asked for. `None` when
/// SQLite has no default VFS to build on (the connection then opens with the default).
pub fn vfs() -> Option<&'static CStr> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    REGISTERED.get_or_init(register).then_some(NAME)
}

/// The platform's VFS this one forwards to.
struct Inner(*mut ffi::sqlite3_vfs);
// SAFETY: a registered VFS is immutable and shared by every connection of the process.
unsafe impl Send for Inner {}
unsafe impl Sync for Inner {}

static INNER: OnceLock<Inner> = OnceLock::new();

fn inner() -> *mut ffi::sqlite3_vfs {
    INNER.get().expect("registered before use").0
}

fn register() -> bool {
    // SAFETY: `sqlite3_vfs_find(NULL)` answers the default VFS (or NULL); the copy made of it
    // is leaked, as SQLite keeps a registered VFS for the life of the process.
    unsafe {
        if ffi::sqlite3_initialize() != ffi::SQLITE_OK {
            return false;
        }
        let base = ffi::sqlite3_vfs_find(std::ptr::null());
        if base.is_null() || INNER.set(Inner(base)).is_err() {
            return false;
        }
        let mut vfs: ffi::sqlite3_vfs = std::ptr::read(base);
        vfs.szOsFile =
            c_int::try_from(std::mem::size_of::<LogFile>()).expect("small") + (*base).szOsFile;
        vfs.zName = NAME.as_ptr();
        vfs.pNext = std::ptr::null_mut();
        vfs.xOpen = Some(open);
        let vfs = Box::into_raw(Box::new(vfs));
        ffi::sqlite3_vfs_register(vfs, 0) == ffi::SQLITE_OK
    }
}

/// What SQLite allocates for a file of this VFS: the file as SQLite sees it, then the
/// platform's file. Only the log uses the first part; any other file is the platform's alone,
/// opened at the start of the allocation.
#[repr(C)]
struct LogFile {
    base: ffi::sqlite3_file,
    gathered: *mut Gathered,
}

#[derive(Default)]
struct Gathered {
    /// Where in the log `bytes` go.
    start: i64,
    bytes: Vec<u8>,
    /// A commit frame's header was gathered: its page, the next write, ends the commit.
    commit_pending: bool,
    /// Where the last call read, when it was a read: a write there rewrites what was read.
    last_read: Option<i64>,
}

/// The platform's file inside ours.
///
/// # Safety
/// `file` is a [`LogFile`] allocation of this VFS.
unsafe fn platform(file: *mut ffi::sqlite3_file) -> *mut ffi::sqlite3_file {
    unsafe { file.cast::<u8>().add(std::mem::size_of::<LogFile>()) }.cast()
}

/// # Safety
/// `file` is an open log of this VFS.
unsafe fn parts<'a>(
    file: *mut ffi::sqlite3_file,
) -> (
    &'a mut Gathered,
    *mut ffi::sqlite3_file,
    &'a ffi::sqlite3_io_methods,
) {
    unsafe {
        let gathered = &mut *(*file.cast::<LogFile>()).gathered;
        let inner = platform(file);
        (gathered, inner, &*(*inner).pMethods)
    }
}

unsafe extern "C" fn open(
    _vfs: *mut ffi::sqlite3_vfs,
    name: *const c_char,
    file: *mut ffi::sqlite3_file,
    flags: c_int,
    out_flags: *mut c_int,
) -> c_int {
    // SAFETY: SQLite hands over an allocation of `szOsFile` bytes for the file; the platform's
    // VFS opens either at its start (any file but the log) or after our part (the log).
    unsafe {
        let base = inner();
        let platform_open = (*base).xOpen.expect("a VFS opens files");
        if flags & ffi::SQLITE_OPEN_WAL == 0 {
            return platform_open(base, name, file, flags, out_flags);
        }
        (*file).pMethods = std::ptr::null();
        let inner = platform(file);
        let rc = platform_open(base, name, inner, flags, out_flags);
        if rc != ffi::SQLITE_OK {
            // SQLite closes a file whose open failed only if it has methods: ours have none.
            if !(*inner).pMethods.is_null() {
                if let Some(close) = (*(*inner).pMethods).xClose {
                    close(inner);
                }
            }
            return rc;
        }
        let log = file.cast::<LogFile>();
        (*log).gathered = Box::into_raw(Box::default());
        (*log).base.pMethods = &LOG_METHODS;
        rc
    }
}

static LOG_METHODS: ffi::sqlite3_io_methods = ffi::sqlite3_io_methods {
    iVersion: 1,
    xClose: Some(close),
    xRead: Some(read),
    xWrite: Some(write),
    xTruncate: Some(truncate),
    xSync: Some(sync),
    xFileSize: Some(file_size),
    xLock: Some(lock),
    xUnlock: Some(unlock),
    xCheckReservedLock: Some(check_reserved_lock),
    xFileControl: Some(file_control),
    xSectorSize: Some(sector_size),
    xDeviceCharacteristics: Some(device_characteristics),
    xShmMap: None,
    xShmLock: None,
    xShmBarrier: None,
    xShmUnmap: None,
    xFetch: None,
    xUnfetch: None,
};

/// Writes what is gathered, if anything; the gathered bytes are dropped either way (a failed
/// write fails the commit, whose frames are written again by the next one).
///
/// # Safety
/// `file` is an open log of this VFS.
unsafe fn write_gathered(file: *mut ffi::sqlite3_file) -> c_int {
    unsafe {
        let (g, inner, methods) = parts(file);
        if g.bytes.is_empty() {
            return ffi::SQLITE_OK;
        }
        let platform_write = methods.xWrite.expect("a file writes");
        let mut rc = ffi::SQLITE_OK;
        let mut at = g.start;
        for chunk in g.bytes.chunks(WRITE_LIMIT) {
            rc = platform_write(inner, chunk.as_ptr().cast(), chunk.len() as c_int, at);
            if rc != ffi::SQLITE_OK {
                break;
            }
            at += chunk.len() as i64;
        }
        g.bytes.clear();
        rc
    }
}

unsafe extern "C" fn write(
    file: *mut ffi::sqlite3_file,
    data: *const c_void,
    amount: c_int,
    offset: i64,
) -> c_int {
    // SAFETY: SQLite passes an open log of this VFS and `amount` readable bytes at `data`.
    unsafe {
        let (g, _, _) = parts(file);
        let Ok(len) = usize::try_from(amount) else {
            return ffi::SQLITE_IOERR_WRITE;
        };
        let bytes = std::slice::from_raw_parts(data.cast::<u8>(), len);
        let rewrite = g.last_read.take() == Some(offset);
        let contiguous = g.start + g.bytes.len() as i64 == offset;
        if !g.bytes.is_empty() && !contiguous {
            let rc = write_gathered(file);
            if rc != ffi::SQLITE_OK {
                return rc;
            }
        }
        let (g, _, _) = parts(file);
        if g.bytes.is_empty() {
            g.start = offset;
        }
        g.bytes.extend_from_slice(bytes);
        let commit_header = len == FRAME_HEADER && bytes[4..8] != [0; 4];
        if commit_header && !rewrite {
            g.commit_pending = true;
            return ffi::SQLITE_OK;
        }
        if std::mem::take(&mut g.commit_pending) || commit_header || g.bytes.len() >= GATHER_LIMIT {
            return write_gathered(file);
        }
        ffi::SQLITE_OK
    }
}

unsafe extern "C" fn read(
    file: *mut ffi::sqlite3_file,
    data: *mut c_void,
    amount: c_int,
    offset: i64,
) -> c_int {
    // SAFETY: as for every method: SQLite passes an open log of this VFS.
    unsafe {
        let rc = write_gathered(file);
        if rc != ffi::SQLITE_OK {
            return rc;
        }
        let (g, inner, methods) = parts(file);
        g.last_read = Some(offset);
        methods.xRead.expect("a file reads")(inner, data, amount, offset)
    }
}

unsafe extern "C" fn close(file: *mut ffi::sqlite3_file) -> c_int {
    // SAFETY: SQLite closes an open log once; its gathered bytes are freed here.
    unsafe {
        let written = write_gathered(file);
        let log = file.cast::<LogFile>();
        drop(Box::from_raw((*log).gathered));
        (*log).gathered = std::ptr::null_mut();
        let inner = platform(file);
        let closed = (*(*inner).pMethods).xClose.expect("a file closes")(inner);
        if written != ffi::SQLITE_OK {
            written
        } else {
            closed
        }
    }
}

/// Forwards a method to the platform's file after writing what is gathered.
macro_rules! after_writing {
    ($name:ident, $method:ident $(, $arg:ident : $ty:ty)*) => {
        unsafe extern "C" fn $name(file: *mut ffi::sqlite3_file $(, $arg: $ty)*) -> c_int {
            // SAFETY: as for every method: SQLite passes an open log of this VFS.
            unsafe {
                let rc = write_gathered(file);
                if rc != ffi::SQLITE_OK {
                    return rc;
                }
                let (_, inner, methods) = parts(file);
                methods.$method.expect(stringify!($method))(inner $(, $arg)*)
            }
        }
    };
}

after_writing!(truncate, xTruncate, size: i64);
after_writing!(sync, xSync, flags: c_int);
after_writing!(file_size, xFileSize, size: *mut i64);
after_writing!(lock, xLock, level: c_int);
after_writing!(unlock, xUnlock, level: c_int);
after_writing!(check_reserved_lock, xCheckReservedLock, out: *mut c_int);
after_writing!(file_control, xFileControl, op: c_int, arg: *mut c_void);

unsafe extern "C" fn sector_size(file: *mut ffi::sqlite3_file) -> c_int {
    // SAFETY: as for every method: SQLite passes an open log of this VFS.
    unsafe {
        let (_, inner, methods) = parts(file);
        methods.xSectorSize.map_or(4096, |f| f(inner))
    }
}

unsafe extern "C" fn device_characteristics(file: *mut ffi::sqlite3_file) -> c_int {
    // SAFETY: as for every method: SQLite passes an open log of this VFS.
    unsafe {
        let (_, inner, methods) = parts(file);
        methods.xDeviceCharacteristics.map_or(0, |f| f(inner))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::{Connection, OpenFlags};
    use std::path::Path;

    fn writer(path: &Path, spill: bool) -> Connection {
        let flags = OpenFlags::default();
        let conn = Connection::open_with_flags_and_vfs(path, flags, vfs().unwrap()).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.pragma_update(None, "synchronous", "NORMAL").unwrap();
        conn.pragma_update(None, "cache_spill", spill).unwrap();
        conn.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
            .unwrap();
        conn
    }

    fn count(conn: &Connection) -> i64 {
        conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap()
    }

    /// What a process that crashed now would leave: the database and its log as they are in
    /// the files, opened elsewhere (without the shared-memory index, so SQLite recovers the
    /// log from the file, checking every frame).
    fn as_left_on_disk(path: &Path) -> Connection {
        let copy = path.with_extension("copy.db");
        std::fs::copy(path, &copy).unwrap();
        let log = |p: &Path| super::super::beside(p, "-wal");
        std::fs::copy(log(path), log(&copy)).unwrap();
        let conn = Connection::open(&copy).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        conn
    }

    #[test]
    fn every_commit_is_in_the_file_and_seen_by_others_when_it_returns() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let w = writer(&path, false);
        let other = Connection::open(&path).unwrap();
        for i in 1..=50 {
            w.execute("INSERT INTO t (body) VALUES (?1)", [format!("{i:0>500}")])
                .unwrap();
            assert_eq!(count(&other), i);
            assert_eq!(count(&as_left_on_disk(&path)), i);
        }
    }

    #[test]
    fn writers_taking_turns_on_one_log_each_find_the_others_commits() {
        // Two connections through the VFS, as two processes writing one data dir: each appends
        // after the other's frames, which it never wrote itself.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let a = writer(&path, false);
        let b = Connection::open_with_flags_and_vfs(&path, OpenFlags::default(), vfs().unwrap())
            .unwrap();
        b.pragma_update(None, "cache_spill", false).unwrap();
        for i in 0..40 {
            let w = if i % 3 == 0 { &a } else { &b };
            w.execute("INSERT INTO t (body) VALUES (?1)", [format!("{i:0>700}")])
                .unwrap();
        }
        assert_eq!(count(&a), 40);
        assert_eq!(count(&b), 40);
        assert_eq!(count(&as_left_on_disk(&path)), 40);
    }

    #[test]
    fn a_commit_larger_than_one_write_goes_in_parts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let w = writer(&path, false);
        let body = "x".repeat(3000);
        let tx = w.unchecked_transaction().unwrap();
        for _ in 0..400 {
            tx.execute("INSERT INTO t (body) VALUES (?1)", [&body])
                .unwrap();
        }
        tx.commit().unwrap();
        assert_eq!(count(&Connection::open(&path).unwrap()), 400);
        assert_eq!(count(&as_left_on_disk(&path)), 400);
    }

    #[test]
    fn frames_rewritten_in_place_after_a_spill_stay_whole() {
        // A transaction larger than its page cache spills pages into the log and then writes
        // some of them again in place, recomputing the checksums of the frames after them (the
        // store's writer does not spill; this checks the VFS with a connection that does).
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let w = writer(&path, true);
        w.pragma_update(None, "cache_size", 10).unwrap();
        let tx = w.unchecked_transaction().unwrap();
        for round in 0..3 {
            for i in 0..300 {
                tx.execute(
                    "INSERT OR REPLACE INTO t (id, body) VALUES (?1, ?2)",
                    (i, format!("{round}{i:0>900}")),
                )
                .unwrap();
            }
        }
        tx.commit().unwrap();
        assert_eq!(count(&as_left_on_disk(&path)), 300);
        w.execute("INSERT INTO t (body) VALUES ('after')", [])
            .unwrap();
        let disk = as_left_on_disk(&path);
        assert_eq!(count(&disk), 301);
        let last: String = disk
            .query_row("SELECT body FROM t WHERE id = 299", [], |r| r.get(0))
            .unwrap();
        assert!(last.starts_with('2'), "{last}");
    }
}
