//! On Linux with glibc: links libgcc's unwinder into the binary (`libgcc_eh.a`), as
//! `gcc -static-libgcc` does, instead of loading `libgcc_s.so.1` at every start. Rust's
//! standard library asks for `-lgcc_s` by name; a linker script of that name in this
//! package's first search directory answers with the static archive. With `pow` defined in
//! the binary (src/main.rs), a command loads libc alone: loading the two other libraries was
//! a sixth of `partnerctl --version`'s time.
//!
//! Skipped, leaving the shared library, when cross-compiling (the linker is then another
//! compiler's) and where the C compiler has no `libgcc_eh.a`.

// Cargo speaks to a build script through the environment; `crate::env_vars` lists the user's
// variables, which this reads none of.
#![allow(clippy::disallowed_methods)]

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=CC");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let native = std::env::var("TARGET").ok() == std::env::var("HOST").ok();
    if os != "linux" || env != "gnu" || !native || !has_libgcc_eh() {
        return;
    }
    let dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("libgcc");
    std::fs::create_dir_all(&dir).expect("OUT_DIR is writable");
    std::fs::write(dir.join("libgcc_s.so"), "INPUT(-lgcc_eh)\n").expect("OUT_DIR is writable");
    println!("cargo:rustc-link-search=native={}", dir.display());
}

/// Whether the C compiler that links the binary knows a `libgcc_eh.a` (it answers the bare
/// name when it has none).
fn has_libgcc_eh() -> bool {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    Command::new(cc)
        .arg("-print-file-name=libgcc_eh.a")
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
        .is_some_and(|path| path.is_absolute() && path.exists())
}
