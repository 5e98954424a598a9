//! `-o yaml`: values written as block YAML, in the form libyaml's emitter gives them (as
//! serde_yaml writes them): plain scalars where they read back as the same string, single
//! quotes where a plain one would read as a number, boolean or null or start with an
//! indicator, double quotes (with escapes) for control characters, and `|` blocks for text
//! with line ends. Lines are never folded.

use serde_json::Value;

/// `value` as a YAML document, ending with a newline.
pub fn to_string(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Object(m) if !m.is_empty() => map(&mut out, m, 0, false),
        Value::Array(a) if !a.is_empty() => seq(&mut out, a, 0, false),
        other => scalar(&mut out, other, 2, false),
    }
    out.push('\n');
    out
}

/// A non-empty mapping whose keys start at column `indent`; with `inline`, the first key
/// continues the current line (after `- `).
fn map(out: &mut String, m: &serde_json::Map<String, Value>, indent: usize, inline: bool) {
    for (i, (k, v)) in m.iter().enumerate() {
        if i > 0 || !inline {
            line_at(out, indent);
        }
        string(out, k, indent, true);
        out.push(':');
        match v {
            Value::Object(inner) if !inner.is_empty() => map(out, inner, indent + 2, false),
            // A sequence in a mapping is not indented (`key:` then `- item` below it).
            Value::Array(items) if !items.is_empty() => seq(out, items, indent, false),
            _ => {
                out.push(' ');
                scalar(out, v, indent + 2, false);
            }
        }
    }
}

/// A non-empty sequence whose dashes start at column `indent`.
fn seq(out: &mut String, items: &[Value], indent: usize, inline: bool) {
    for (i, v) in items.iter().enumerate() {
        if i > 0 || !inline {
            line_at(out, indent);
        }
        out.push_str("- ");
        match v {
            Value::Object(inner) if !inner.is_empty() => map(out, inner, indent + 2, true),
            Value::Array(inner) if !inner.is_empty() => seq(out, inner, indent + 2, true),
            _ => scalar(out, v, indent + 2, false),
        }
    }
}

/// A new line (except at the very start) indented to `indent`.
fn line_at(out: &mut String, indent: usize) {
    if !out.is_empty() {
        out.push('\n');
    }
    out.extend(std::iter::repeat_n(' ', indent));
}

/// A scalar, or an empty collection; a block of text is indented to `indent`.
fn scalar(out: &mut String, v: &Value, indent: usize, key: bool) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => string(out, s, indent, key),
        Value::Array(_) => out.push_str("[]"),
        Value::Object(_) => out.push_str("{}"),
    }
}

#[derive(Debug, PartialEq)]
enum Style {
    Plain,
    Single,
    Double,
    Literal,
}

fn string(out: &mut String, s: &str, indent: usize, key: bool) {
    match style(s, key) {
        Style::Plain => out.push_str(s),
        Style::Single => {
            out.push('\'');
            out.push_str(&s.replace('\'', "''"));
            out.push('\'');
        }
        Style::Double => double_quoted(out, s),
        Style::Literal => literal(out, s, indent),
    }
}

/// The style libyaml's emitter picks for `s`, as serde_yaml asks for it: a literal block for
/// text with line ends, single quotes for what would read back as another type.
fn style(s: &str, key: bool) -> Style {
    let a = Analysis::of(s);
    if s.contains('\n') {
        return match a.block_allowed && !key {
            true => Style::Literal,
            false => Style::Double,
        };
    }
    let wanted = match reads_as_another_type(s) {
        true => Style::Single,
        false => Style::Plain,
    };
    if wanted == Style::Plain && a.block_plain_allowed && !(s.is_empty() && key) {
        return Style::Plain;
    }
    match a.single_quoted_allowed {
        true => Style::Single,
        false => Style::Double,
    }
}

/// Whether a plain `s` would read back as null, a boolean or a number (YAML 1.2 core schema,
/// with serde_yaml's extras: `0x`/`0o`/`0b` integers, `.inf`, `.nan`), or is a number with a
/// leading zero, which serde_yaml quotes as well.
fn reads_as_another_type(s: &str) -> bool {
    if s.is_empty() || matches!(s, "null" | "Null" | "NULL" | "~") {
        return true;
    }
    if matches!(s, "true" | "True" | "TRUE" | "false" | "False" | "FALSE") {
        return true;
    }
    let unsigned = s.strip_prefix('+').unwrap_or(s);
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    let radix = [("0x", 16), ("0o", 8), ("0b", 2)];
    for (prefix, radix) in radix {
        for body in [
            unsigned.strip_prefix(prefix),
            s.strip_prefix('-').and_then(|r| r.strip_prefix(prefix)),
        ]
        .into_iter()
        .flatten()
        {
            if !body.starts_with(['+', '-']) && i128::from_str_radix(body, radix).is_ok() {
                return true;
            }
        }
    }
    let leading_zero = digits.len() > 1
        && digits.starts_with('0')
        && digits[1..].bytes().all(|b| b.is_ascii_digit());
    if leading_zero || s.parse::<i128>().is_ok() || unsigned.parse::<u128>().is_ok() {
        return true;
    }
    if unsigned.len() < s.len() && unsigned.starts_with(['+', '-']) {
        return false;
    }
    matches!(unsigned, ".inf" | ".Inf" | ".INF")
        || matches!(s, "-.inf" | "-.Inf" | "-.INF" | ".nan" | ".NaN" | ".NAN")
        || unsigned.parse::<f64>().is_ok_and(f64::is_finite)
}

/// What libyaml's scalar analysis finds in a string (`yaml_emitter_analyze_scalar`).
struct Analysis {
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

impl Analysis {
    fn of(s: &str) -> Analysis {
        if s.is_empty() {
            return Analysis {
                block_plain_allowed: true,
                single_quoted_allowed: true,
                block_allowed: false,
            };
        }
        let chars: Vec<char> = s.chars().collect();
        let blankz = |i: usize| {
            chars
                .get(i)
                .is_none_or(|&c| c == ' ' || c == '\t' || is_break(c))
        };
        let mut block_indicators = s.starts_with("---") || s.starts_with("...");
        let (mut line_breaks, mut special) = (false, false);
        let (mut leading_space, mut leading_break) = (false, false);
        let (mut trailing_space, mut trailing_break) = (false, false);
        let (mut break_space, mut space_break) = (false, false);
        let (mut previous_space, mut previous_break) = (false, false);
        let mut preceded_by_whitespace = true;
        for (i, &c) in chars.iter().enumerate() {
            let followed_by_whitespace = blankz(i + 1);
            if i == 0 {
                if "#,[]{}&*!|>'\"%@`".contains(c) {
                    block_indicators = true;
                }
                if (c == '?' || c == ':' || c == '-') && followed_by_whitespace {
                    block_indicators = true;
                }
            } else if (c == ':' && followed_by_whitespace) || (c == '#' && preceded_by_whitespace) {
                block_indicators = true;
            }
            if !printable(c) {
                special = true;
            }
            let last = i + 1 == chars.len();
            if c == ' ' {
                leading_space |= i == 0;
                trailing_space |= last;
                break_space |= previous_break;
                (previous_space, previous_break) = (true, false);
            } else if is_break(c) {
                line_breaks = true;
                leading_break |= i == 0;
                trailing_break |= last;
                space_break |= previous_space;
                (previous_space, previous_break) = (false, true);
            } else {
                (previous_space, previous_break) = (false, false);
            }
            preceded_by_whitespace = c == ' ' || c == '\t' || is_break(c);
        }
        let edges = leading_space || leading_break || trailing_space || trailing_break;
        let mixed = space_break || special;
        Analysis {
            block_plain_allowed: !(edges
                || break_space
                || mixed
                || line_breaks
                || block_indicators),
            single_quoted_allowed: !(break_space || mixed),
            block_allowed: !(trailing_space || mixed),
        }
    }
}

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// libyaml's printable characters (`IS_PRINTABLE`).
fn printable(c: char) -> bool {
    matches!(c, '\n' | ' '..='~' | '\u{85}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        && c != '\u{FEFF}'
}

fn double_quoted(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        if printable(c) && !is_break(c) && c != '"' && c != '\\' {
            out.push(c);
            continue;
        }
        out.push('\\');
        match c {
            '\0' => out.push('0'),
            '\u{7}' => out.push('a'),
            '\u{8}' => out.push('b'),
            '\t' => out.push('t'),
            '\n' => out.push('n'),
            '\u{b}' => out.push('v'),
            '\u{c}' => out.push('f'),
            '\r' => out.push('r'),
            '\u{1b}' => out.push('e'),
            '"' => out.push('"'),
            '\\' => out.push('\\'),
            '\u{85}' => out.push('N'),
            '\u{a0}' => out.push('_'),
            '\u{2028}' => out.push('L'),
            '\u{2029}' => out.push('P'),
            c if (c as u32) <= 0xff => out.push_str(&format!("x{:02X}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("u{:04X}", c as u32)),
            c => out.push_str(&format!("U{:08X}", c as u32)),
        }
    }
    out.push('"');
}

/// A `|` block: an indentation digit when the text starts with a space or line end, `-` when
/// it has no final line end, `+` when it has more than one.
fn literal(out: &mut String, s: &str, indent: usize) {
    out.push('|');
    if s.starts_with([' ', '\n']) {
        out.push('2');
    }
    if !s.ends_with('\n') {
        out.push('-');
    } else if s == "\n" || s[..s.len() - 1].ends_with('\n') {
        out.push('+');
    }
    let body = s.strip_suffix('\n').unwrap_or(s);
    for line in body.split('\n') {
        out.push('\n');
        if !line.is_empty() {
            out.extend(std::iter::repeat_n(' ', indent));
            out.push_str(line);
        }
    }
}

#[cfg(test)]
mod tests {
    /// Every case beside its form as serde_yaml (libyaml) writes it, recorded from it.
    #[test]
    fn values_are_written_as_libyaml_writes_them() {
        let input: serde_json::Value =
            serde_json::from_str(include_str!("testdata/yaml-cases.json")).unwrap();
        let expected = include_str!("testdata/yaml-cases.yaml");
        let mut written = String::new();
        for case in input.as_array().unwrap() {
            if !written.is_empty() {
                written.push_str("===\n");
            }
            written.push_str(&super::to_string(case));
        }
        assert_eq!(written, expected);
    }
}
