//! What a run left in the data directories under a temporary home: used to show that refused
//! input wrote nothing.

use std::path::{Path, PathBuf};

/// Every `partnerctl.db` under `dir`.
pub fn databases(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(databases(&path));
        } else if path.file_name().is_some_and(|n| n == "partnerctl.db") {
            found.push(path);
        }
    }
    found
}

/// Rows in the `tenants` table; a database without the table holds none.
pub fn tenant_rows(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("SELECT COUNT(*) FROM tenants", [], |row| row.get(0))
        .unwrap_or(0)
}

/// One line per database under `dir` that holds a tenant.
pub fn tenants_written(dir: &Path) -> Vec<String> {
    databases(dir)
        .into_iter()
        .filter_map(|db| {
            let rows = tenant_rows(&db);
            (rows > 0).then(|| format!("{} holds {rows} tenant(s)", db.display()))
        })
        .collect()
}
