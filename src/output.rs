//! Rendering results: table, JSON, YAML, NDJSON or TSV on stdout; notes on stderr.
//!
//! Data goes to stdout and nothing else does. A result type says how it looks in a table by
//! implementing [`Tabular`] (in `output/tables.rs`, one place for all of them); JSON, YAML and
//! NDJSON are its serde form, so their field names are the API's camelCase names.

mod fit;
pub mod style;
mod tables;
pub use tables::{address, contact};
mod yaml;

use crate::query::{self, Query, QueryError};
use style::Label;

use jiff::Timestamp;
use serde::Serialize;
use std::io::{self, IsTerminal, Write};
use tabled::builder::Builder;
use tabled::settings::{Padding, Style};

/// `-o/--output`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Yaml,
    Ndjson,
    Tsv,
}

impl Format {
    /// The format when none is asked for: a table for people, JSON for pipes.
    /// `PARTNERCTL_FORCE_TTY=1` acts as if stdout were a terminal.
    pub fn default_for(stdout_is_terminal: bool, force_tty: bool) -> Format {
        if stdout_is_terminal || force_tty {
            Format::Table
        } else {
            Format::Json
        }
    }

    pub fn detect() -> Format {
        Format::default_for(io::stdout().is_terminal(), force_tty())
    }
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal, unless NO_COLOR is set
    #[default]
    Auto,
    Always,
    Never,
}

/// `PARTNERCTL_FORCE_TTY=1`: act as if stdout and stdin were a terminal (for tests).
pub fn force_tty() -> bool {
    crate::env_vars::FORCE_TTY
        .get()
        .is_some_and(|v| crate::env_vars::parse_bool(&v) == Some(true))
}

/// How a result type looks in a table and in TSV.
pub trait Tabular {
    /// Column headers when several are listed.
    fn columns() -> &'static [&'static str];
    /// One row under [`Tabular::columns`].
    fn row(&self) -> Vec<String>;
    /// FIELD/VALUE pairs when one is shown alone; defaults to the list columns.
    fn fields(&self) -> Vec<(&'static str, String)> {
        Self::columns().iter().copied().zip(self.row()).collect()
    }
}

/// Something that can be printed: one [`Tabular`] value, or a list of them.
pub trait Render: Serialize {
    /// The header and rows of the table and TSV forms.
    fn grid(&self) -> Grid;
    /// NDJSON: one compact JSON object per line (a list gives one line per item).
    fn ndjson(&self) -> serde_json::Result<String>;
}

/// Rows to print; `header` is `None` for a FIELD/VALUE view.
pub struct Grid {
    pub header: Option<Vec<String>>,
    pub rows: Vec<Vec<String>>,
}

impl<T: Tabular + Serialize> Render for T {
    fn grid(&self) -> Grid {
        Grid {
            header: None,
            rows: self
                .fields()
                .into_iter()
                .map(|(f, v)| vec![f.to_string(), v])
                .collect(),
        }
    }

    fn ndjson(&self) -> serde_json::Result<String> {
        Ok(serde_json::to_string(self)? + "\n")
    }
}

impl<T: Tabular + Serialize> Render for Vec<T> {
    fn grid(&self) -> Grid {
        Grid {
            header: Some(T::columns().iter().map(|c| c.to_string()).collect()),
            rows: self.iter().map(Tabular::row).collect(),
        }
    }

    fn ndjson(&self) -> serde_json::Result<String> {
        let mut out = String::new();
        for item in self {
            out += &serde_json::to_string(item)?;
            out.push('\n');
        }
        Ok(out)
    }
}

/// Renders `value` in `format`, ending with a newline (empty when there is nothing to show).
/// Tables keep every value whole; see [`render_fitted`].
pub fn render<T: Render + ?Sized>(value: &T, format: Format) -> io::Result<String> {
    render_fitted(value, format, None)
}

/// As [`render`], with a table fitted to `width` display columns when one is given.
pub fn render_fitted<T: Render + ?Sized>(
    value: &T,
    format: Format,
    width: Option<usize>,
) -> io::Result<String> {
    let text = match format {
        Format::Json => serde_json::to_string_pretty(value)? + "\n",
        Format::Yaml => yaml::to_string(&serde_json::to_value(value)?),
        Format::Ndjson => value.ndjson()?,
        Format::Tsv => tsv(&value.grid()),
        Format::Table => table(&value.grid(), width),
    };
    Ok(text)
}

/// The width tables are fitted to: `COLUMNS` when set, else the terminal's; none when stdout
/// is not a terminal (nor `PARTNERCTL_FORCE_TTY=1`), so that piped tables keep whole values.
pub fn table_width() -> Option<usize> {
    if !(io::stdout().is_terminal() || force_tty()) {
        return None;
    }
    let columns = crate::env_vars::COLUMNS
        .get()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&c| c > 0);
    columns.or_else(|| {
        console::Term::stdout()
            .size_checked()
            .map(|(_, w)| usize::from(w))
    })
}

/// An aligned table without borders, as kubectl and gh print them. Widths count display
/// columns, so Japanese and other wide characters line up. With `width`, the longest cells of
/// a list are cut to fit (`…`), and the values of a FIELD/VALUE view wrap. A list with no rows
/// still shows its header.
fn table(grid: &Grid, width: Option<usize>) -> String {
    if grid.rows.is_empty() && grid.header.is_none() {
        return String::new();
    }
    let dash = |c: &String| {
        if c.is_empty() {
            "-".to_string()
        } else {
            c.clone()
        }
    };
    let mut records: Vec<Vec<String>> = Vec::new();
    if let Some(header) = &grid.header {
        records.push(header.iter().map(|h| h.to_uppercase()).collect());
    }
    records.extend(grid.rows.iter().map(|row| row.iter().map(dash).collect()));
    if let Some(width) = width {
        match &grid.header {
            Some(header) => fit_list(&mut records, header, width),
            None => fit_fields(&mut records, width),
        }
    }
    let mut builder = Builder::default();
    for record in records {
        builder.push_record(record);
    }
    let mut table = builder.build();
    // Columns two spaces apart, none before the first.
    table.with(Style::blank()).with(Padding::new(0, 1, 0, 0));
    let mut out = String::new();
    for line in table.to_string().lines() {
        // Blank style pads every cell; strip the padding after the last column.
        out += line.trim_end();
        out.push('\n');
    }
    out
}

/// Tab-separated values: a header line, then one line per row. Tabs, newlines and backslashes
/// inside values are escaped as `\t`, `\n`, `\\` so every record stays on one line.
fn tsv(grid: &Grid) -> String {
    let (header, rows): (Vec<String>, Vec<Vec<String>>) = match &grid.header {
        Some(h) => (
            h.iter().map(|c| c.to_uppercase()).collect(),
            grid.rows.clone(),
        ),
        // A single object: its field names are the header, its values the one row.
        None => (
            grid.rows.iter().map(|r| r[0].to_uppercase()).collect(),
            vec![grid.rows.iter().map(|r| r[1].clone()).collect()],
        ),
    };
    let mut out = String::new();
    for line in std::iter::once(&header).chain(rows.iter()) {
        let cells: Vec<String> = line.iter().map(|c| tsv_escape(c)).collect();
        out += &cells.join("\t");
        out.push('\n');
    }
    out
}

/// Cuts the longest cells of a list (header first in `records`) so that it fits in `width`.
fn fit_list(records: &mut [Vec<String>], header: &[String], width: usize) {
    let columns = header.len();
    let natural: Vec<usize> = (0..columns)
        .map(|i| {
            records
                .iter()
                .filter_map(|r| r.get(i))
                .map(|c| fit::cell_width(c))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let floors: Vec<usize> = header.iter().map(|h| fit::cell_width(h)).collect();
    // One-time passwords are never cut. The first column names the row (an id, a UPN, a key):
    // it stays whole too, unless the table cannot fit then.
    let password: Vec<bool> = header
        .iter()
        .map(|h| h.to_lowercase().contains("password"))
        .collect();
    let mut whole = password.clone();
    whole[0] = true;
    let mut widths = fit::widths(&natural, &floors, &whole, width);
    if widths.iter().sum::<usize>() + fit::GAP * (columns - 1) > width {
        widths = fit::widths(&natural, &floors, &password, width);
    }
    for record in records.iter_mut() {
        for (cell, &w) in record.iter_mut().zip(&widths) {
            *cell = fit::truncate(cell, w);
        }
    }
}

/// Wraps the values of a FIELD/VALUE view to what `width` leaves beside the field names.
fn fit_fields(records: &mut [Vec<String>], width: usize) {
    let names = records
        .iter()
        .map(|r| fit::cell_width(&r[0]))
        .max()
        .unwrap_or(0);
    let room = width.saturating_sub(names + fit::GAP).max(20);
    for record in records.iter_mut() {
        if let Some(value) = record.get_mut(1) {
            *value = fit::wrap(value, room);
        }
    }
}

fn tsv_escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// Where everything the tool says goes: data on stdout, notes and warnings on stderr.
#[derive(Debug, Clone)]
pub struct Printer {
    pub format: Format,
    /// 1 (`-q`): no notes; 2 (`-qq`): no warnings either.
    pub quiet: u8,
    pub verbose: u8,
    /// Whether stdout gets colour (table headers).
    pub color: bool,
    /// `--json FIELDS` and `--jq EXPR`.
    pub query: Query,
    /// The width tables are fitted to, on a terminal.
    pub width: Option<usize>,
}

/// Why data could not be printed.
#[derive(Debug)]
pub enum PrintError {
    Io(io::Error),
    Query(QueryError),
}

impl From<io::Error> for PrintError {
    fn from(e: io::Error) -> Self {
        PrintError::Io(e)
    }
}

impl Printer {
    /// `format` `None` picks by terminal; a query (`--json`, `--jq`) picks JSON then.
    pub fn new(format: Option<Format>, quiet: u8, verbose: u8) -> Printer {
        Printer {
            format: format.unwrap_or_else(Format::detect),
            quiet,
            verbose,
            color: false,
            query: Query::default(),
            width: table_width(),
        }
    }

    /// Colour: decided for stderr here, and for stdout's table headers.
    pub fn color(mut self, choice: ColorChoice) -> Printer {
        self.color = style::init(choice);
        self
    }

    /// Applies `query` to the JSON form of every result; with no format asked for, its results
    /// are JSON even on a terminal.
    pub fn query(mut self, query: Query, format_asked: bool) -> Printer {
        if !query.is_empty() && !format_asked {
            self.format = Format::Json;
        }
        self.query = query;
        self
    }

    /// Prints data on stdout.
    pub fn data<T: Render + ?Sized>(&self, value: &T) -> Result<(), PrintError> {
        let text = if self.query.is_empty() {
            let text = render_fitted(value, self.format, self.width)?;
            let header = self.format == Format::Table && value.grid().header.is_some();
            self.bold_header(text, header)
        } else {
            let json = serde_json::to_value(value).map_err(io::Error::from)?;
            match self.query.apply(json).map_err(PrintError::Query)? {
                query::Output::Lines(lines) => lines,
                query::Output::Value(value) => {
                    let fields = self.query.fields.as_deref().unwrap_or_default();
                    let selected = Selected { value, fields };
                    let text = render_fitted(&selected, self.format, self.width)?;
                    let header = self.format == Format::Table && selected.grid().header.is_some();
                    self.bold_header(text, header)
                }
            }
        };
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()?;
        Ok(())
    }

    /// `note: ...` on stderr, unless `-q`.
    pub fn note(&self, msg: impl std::fmt::Display) {
        if self.quiet == 0 {
            to_stderr(format_args!("{} {msg}", style::label(Label::Note)));
        }
    }

    /// A line for people on stderr, with no label (`no locations`), unless `-q`.
    pub fn info(&self, msg: impl std::fmt::Display) {
        if self.quiet == 0 {
            to_stderr(format_args!("{msg}"));
        }
    }

    /// `warning: ...` on stderr, unless `-qq`.
    pub fn warn(&self, msg: impl std::fmt::Display) {
        if self.quiet < 2 {
            to_stderr(format_args!("{} {msg}", style::label(Label::Warning)));
        }
    }

    /// `debug: ...` on stderr with `-v`: what the command talks to and does (the data dir or
    /// backend, the session, a line per HTTP request). Never pass a secret.
    pub fn debug(&self, msg: impl std::fmt::Display) {
        self.detail(1, msg);
    }

    /// `debug: ...` on stderr from `-v` repeated `level` times: `-vv` adds where each setting
    /// came from and how long things took; `-vvv` the headers of HTTP requests and answers
    /// (secrets redacted). Never pass a secret.
    pub fn detail(&self, level: u8, msg: impl std::fmt::Display) {
        if self.verbose >= level {
            to_stderr(format_args!("{} {msg}", style::label(Label::Debug)));
        }
    }
}

impl Printer {
    /// A table's header in bold, when stdout gets colour.
    fn bold_header(&self, text: String, has_header: bool) -> String {
        match has_header && self.color {
            true => bold_first_line(&text),
            false => text,
        }
    }
}

fn bold_first_line(text: &str) -> String {
    match text.split_once('\n') {
        Some((first, rest)) => format!("{}\n{rest}", style::paint(style::HEADER, first, true)),
        None => text.to_string(),
    }
}

/// What `--json FIELDS` left of a result: rendered as it is in JSON, YAML and NDJSON, and as
/// a table of its fields (a list of objects: one row each) with the headers and cells of the
/// usual tables (`UPN`, `MPN ID`; lists joined, times to the minute).
#[derive(serde::Serialize)]
#[serde(transparent)]
struct Selected<'a> {
    value: serde_json::Value,
    /// The fields asked for: the header of an empty list.
    #[serde(skip)]
    fields: &'a [String],
}

impl Render for Selected<'_> {
    fn grid(&self) -> Grid {
        use serde_json::Value;
        let cell = tables::json_cell;
        let header_of = |k: &String| tables::json_header(k);
        match &self.value {
            Value::Array(items) => {
                let mut keys: Vec<String> = Vec::new();
                for item in items.iter().filter_map(Value::as_object) {
                    for k in item.keys() {
                        if !keys.contains(k) {
                            keys.push(k.clone());
                        }
                    }
                }
                if items.is_empty() {
                    keys = self.fields.to_vec();
                }
                let rows = items
                    .iter()
                    .map(|item| keys.iter().map(|k| cell(&item[k.as_str()])).collect())
                    .collect();
                Grid {
                    header: Some(keys.iter().map(header_of).collect()),
                    rows,
                }
            }
            Value::Object(m) => Grid {
                header: None,
                rows: m.iter().map(|(k, v)| vec![header_of(k), cell(v)]).collect(),
            },
            other => Grid {
                header: None,
                rows: vec![vec!["Value".into(), cell(other)]],
            },
        }
    }

    fn ndjson(&self) -> serde_json::Result<String> {
        match &self.value {
            serde_json::Value::Array(items) => items
                .iter()
                .map(|i| serde_json::to_string(i).map(|s| s + "\n"))
                .collect(),
            other => Ok(serde_json::to_string(other)? + "\n"),
        }
    }
}

// Cell helpers shared by the Tabular impls.

/// A time in a table: UTC, to the minute, as in messages ([`crate::clock::shown`]).
pub fn time(t: &Timestamp) -> String {
    crate::clock::shown(t)
}

pub fn opt_time(t: &Option<Timestamp>) -> String {
    t.as_ref().map(time).unwrap_or_default()
}

pub use crate::words::{name, state, vetting};

/// A line on stderr in one write: `eprintln!` writes each piece of its format apart, stderr
/// being unbuffered (a note was four system calls).
fn to_stderr(line: std::fmt::Arguments) {
    use std::io::Write;
    let mut text = line.to_string();
    text.push('\n');
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

#[cfg(test)]
mod tests;
