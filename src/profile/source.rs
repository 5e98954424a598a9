//! Reading a profile file: refusing what is not a small UTF-8 text before any parsing, and
//! what is not a regular file before it is opened (a FIFO would block the read for ever, a
//! device such as `/dev/zero` never ends).

use super::{Pos, Problem};
use std::io::Read;
use std::path::Path;

/// Larger profiles are refused before they are read in full.
pub(crate) const MAX_BYTES: u64 = 1024 * 1024;

/// The file's text, without a UTF-8 byte order mark.
#[cfg(test)]
pub(crate) fn read(path: &Path) -> Result<String, Problem> {
    read_limited(path, MAX_BYTES)
}

/// The file's text, if it is at most `max_bytes` long.
pub(crate) fn read_limited(path: &Path, max_bytes: u64) -> Result<String, Problem> {
    // Symbolic links are followed: what counts is the file they lead to.
    let meta = std::fs::metadata(path).map_err(|e| file_problem(io_message(&e)))?;
    if let Some(why) = not_regular(&meta) {
        return Err(file_problem(why));
    }
    if meta.len() > max_bytes {
        return Err(too_big(max_bytes));
    }
    let file = std::fs::File::open(path).map_err(|e| file_problem(io_message(&e)))?;
    // The file opened is still a regular file (not swapped for another since).
    let meta = file.metadata().map_err(|e| file_problem(io_message(&e)))?;
    if let Some(why) = not_regular(&meta) {
        return Err(file_problem(why));
    }
    // Read at most one byte past the limit, should the file have grown.
    let mut bytes = Vec::new();
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| file_problem(io_message(&e)))?;
    text_of(bytes, max_bytes)
}

/// Why a file is not one a profile can be read from, if it is not a regular file.
pub(crate) fn not_regular(meta: &std::fs::Metadata) -> Option<String> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("is a directory; give the path of a profile file".into());
    }
    #[cfg(unix)]
    let what = {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            "a named pipe (FIFO)"
        } else if kind.is_char_device() || kind.is_block_device() {
            "a device"
        } else if kind.is_socket() {
            "a socket"
        } else {
            "not a regular file"
        }
    };
    #[cfg(not(unix))]
    let what = "not a regular file";
    Some(format!(
        "is {what}, not a regular file; a profile must be a regular file (it was not read)"
    ))
}

/// A problem with the file as a whole.
fn file_problem(message: String) -> Problem {
    Problem::at(Pos::FILE, "", message)
}

/// The text of a file's bytes, if they are at most `max_bytes` of UTF-8.
pub(crate) fn text_of(bytes: Vec<u8>, max_bytes: u64) -> Result<String, Problem> {
    if bytes.len() as u64 > max_bytes {
        return Err(too_big(max_bytes));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(file_problem(
            "the file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8"
                .into(),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let good = &bytes[..e.utf8_error().valid_up_to()];
        // The prefix is valid UTF-8 by definition, so columns can count characters.
        let prefix = std::str::from_utf8(good).unwrap_or_default();
        Problem::at(
            position_after(prefix),
            "",
            format!(
                "the file is not UTF-8 text (byte 0x{:02X} here); save it as UTF-8",
                bytes[good.len()]
            ),
        )
    })?;
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    match control_character(&text) {
        Some(problem) => Err(problem),
        None => Ok(text),
    }
}

/// The first control character YAML does not allow in a file (all but tab, line feed, carriage
/// return and next line). The parser would stop at it with a puzzling message, or keep it in
/// a quoted value.
fn control_character(text: &str) -> Option<Problem> {
    let allowed = |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{85}');
    let at = text.find(|c: char| c.is_control() && !allowed(c))?;
    let c = text[at..].chars().next().unwrap_or('\0');
    Some(Problem::at(
        position_after(&text[..at]),
        "",
        format!(
            "the file holds a control character (U+{:04X}) here; a profile is plain text \
             (write escapes such as \\t inside double quotes only where a value needs them)",
            c as u32
        ),
    ))
}

/// The line and column (in characters) just after `prefix`.
fn position_after(prefix: &str) -> Pos {
    let line = prefix.matches('\n').count() + 1;
    let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Pos::new(line, column)
}

fn too_big(max_bytes: u64) -> Problem {
    let advice = if max_bytes == MAX_BYTES {
        "a profile is far smaller"
    } else {
        "split it into several files"
    };
    Problem::at(
        Pos::FILE,
        "",
        format!(
            "the file is larger than {} MiB ({max_bytes} bytes); {advice}",
            max_bytes >> 20
        ),
    )
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied: cannot read the file".into(),
        _ => format!("cannot read the file: {e}"),
    }
}

/// Whether the text holds nothing but blank lines and comments.
pub(crate) fn is_empty(text: &str) -> bool {
    text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#')
    })
}

/// Lines indented with tabs, which YAML forbids. The parser stops at the first one, and points
/// at the line before in some cases; this names every such line.
pub(crate) fn tab_indentation(text: &str) -> Vec<Problem> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let content = line.trim_start_matches([' ', '\t']);
            let indent = &line[..line.len() - content.len()];
            let tab = indent.find('\t')?;
            if content.is_empty() || content.starts_with('#') {
                return None;
            }
            Some(Problem::at(
                Pos::new(i + 1, tab + 1),
                "",
                "this line is indented with a tab; YAML allows only spaces for indentation",
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn file(bytes: &[u8]) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(bytes).unwrap();
        f
    }

    #[test]
    fn missing_files_and_directories_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let p = read(&dir.path().join("nope.yaml")).unwrap_err();
        assert_eq!((p.line, p.message.as_str()), (0, "no such file"));
        let p = read(dir.path()).unwrap_err();
        assert!(p.message.contains("directory"), "{}", p.message);
    }

    #[test]
    #[cfg(unix)]
    fn fifos_and_devices_are_refused_unopened() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("f.yaml");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        // Opening the FIFO would wait for a writer for ever: the test would hang.
        let p = read(&fifo).unwrap_err();
        assert!(p.message.contains("named pipe"), "{}", p.message);
        let zero = dir.path().join("zero.yaml");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        let p = read(&zero).unwrap_err();
        assert!(p.message.contains("a device"), "{}", p.message);
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let f = file(b"\xEF\xBB\xBFkind: users\n");
        assert_eq!(read(f.path()).unwrap(), "kind: users\n");
    }

    #[test]
    fn non_utf8_is_refused_at_the_first_bad_byte() {
        let f = file(b"a: 1\nb: caf\xE9\n");
        let p = read(f.path()).unwrap_err();
        assert_eq!((p.line, p.column), (2, 7));
        assert!(p.message.contains("0xE9"), "{}", p.message);
    }

    #[test]
    fn utf16_and_control_characters_are_refused() {
        let f = file(b"\xFF\xFEk\0i\0");
        assert!(read(f.path()).unwrap_err().message.contains("UTF-16"));
        let f = file(b"a: 1\nb: \"x\x1b[2J\"\n");
        let p = read(f.path()).unwrap_err();
        assert_eq!((p.line, p.column), (2, 6));
        assert!(p.message.contains("U+001B"), "{}", p.message);
        assert!(read(file(b"a:\r\n  - \"\tx\"\r\n").path()).is_ok());
    }

    #[test]
    fn files_over_one_mib_are_refused() {
        let f = file(&vec![b'#'; MAX_BYTES as usize + 1]);
        assert!(read(f.path()).unwrap_err().message.contains("1 MiB"));
        let f = file(&vec![b'#'; MAX_BYTES as usize]);
        assert!(read(f.path()).is_ok());
    }

    #[test]
    fn comments_only_is_empty() {
        assert!(is_empty(""));
        assert!(is_empty("  \n# just a comment\n   # another\n"));
        assert!(!is_empty("# c\na: 1\n"));
    }

    #[test]
    fn tab_indented_lines_are_named() {
        let p = tab_indentation("a:\n\tb: 1\n  \tc: 2\n\t# fine\nd:\te\n");
        let at: Vec<_> = p.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(at, [(2, 1), (3, 3)]);
    }
}
