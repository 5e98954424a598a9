//! Fitting a table to the terminal, as `gh` does: when the columns are wider than the
//! terminal, the longest cells are cut to a common width and end with `…`; headers stay whole
//! while they can. Piped output and `-o json` keep every value whole.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Columns are two spaces apart.
pub const GAP: usize = 2;

/// The display width of a cell: its widest line.
pub fn cell_width(cell: &str) -> usize {
    cell.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

/// The widths columns get so that a table of `natural` widths fits in `width` display columns:
/// columns at most as wide as a common cap keep their width, wider ones are cut to it. A column
/// is not cut below its header (`floors`) unless even the headers do not fit, nor at all when
/// `whole` says so (values that must never be shown cut, such as one-time passwords).
pub fn widths(natural: &[usize], floors: &[usize], whole: &[bool], width: usize) -> Vec<usize> {
    let gaps = GAP * natural.len().saturating_sub(1);
    let avail = width.saturating_sub(gaps);
    if natural.iter().sum::<usize>() <= avail {
        return natural.to_vec();
    }
    let fit = |cap: usize, floors: &[usize]| -> Vec<usize> {
        natural
            .iter()
            .zip(floors)
            .zip(whole)
            .map(|((&n, &f), &w)| if w { n } else { n.min(cap.max(f)) })
            .collect()
    };
    // Headers whole if they fit, else down to a few characters each.
    let low: Vec<usize> = natural.iter().map(|&n| n.min(3)).collect();
    let floors: Vec<usize> = if fit(0, floors).iter().sum::<usize>() <= avail {
        floors
            .iter()
            .zip(natural)
            .map(|(&f, &n)| f.min(n))
            .collect()
    } else {
        low
    };
    let max = natural.iter().copied().max().unwrap_or(0);
    // The widest cap that fits; at worst every column at its floor.
    let cap = (0..=max)
        .rev()
        .find(|&cap| fit(cap, &floors).iter().sum::<usize>() <= avail)
        .unwrap_or(0);
    let mut widths = fit(cap, &floors);
    // What the common cap leaves over goes to the cut columns, one column each.
    let mut spare = avail.saturating_sub(widths.iter().sum());
    for (w, &n) in widths.iter_mut().zip(natural) {
        if spare > 0 && *w < n {
            *w += 1;
            spare -= 1;
        }
    }
    widths
}

/// `cell` with every line cut to `width` display columns, ending with `…` where cut.
pub fn truncate(cell: &str, width: usize) -> String {
    let lines: Vec<String> = cell.lines().map(|l| truncate_line(l, width)).collect();
    lines.join("\n")
}

fn truncate_line(line: &str, width: usize) -> String {
    if line.width() <= width {
        return line.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in line.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// `text` wrapped to `width` display columns, at spaces where it can, else anywhere: nothing
/// is lost (for a FIELD/VALUE view, whose values may be ids and one-time passwords).
pub fn wrap(text: &str, width: usize) -> String {
    if width == 0 {
        return text.to_string();
    }
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let mut current = String::new();
        let mut used = 0;
        for word in split_keep_spaces(line) {
            let w = word.width();
            if used + w <= width {
                current += word;
                used += w;
                continue;
            }
            if !current.trim().is_empty() {
                out.push(current.trim_end().to_string());
            }
            current = String::new();
            used = 0;
            let word = if out.is_empty() {
                word
            } else {
                word.trim_start()
            };
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > width && !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                    used = 0;
                }
                current.push(c);
                used += cw;
            }
        }
        out.push(current.trim_end().to_string());
    }
    out.join("\n")
}

/// Words with the spaces before them: `"a bc d"` gives `"a"`, `" bc"`, `" d"`.
fn split_keep_spaces(line: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut in_word = false;
    for (i, c) in line.char_indices() {
        if c == ' ' && in_word {
            parts.push(&line[start..i]);
            start = i;
            in_word = false;
        } else if c != ' ' {
            in_word = true;
        }
    }
    if start < line.len() {
        parts.push(&line[start..]);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_that_fit_keep_their_width() {
        assert_eq!(widths(&[5, 10], &[2, 2], &[false, false], 80), vec![5, 10]);
    }

    #[test]
    fn the_longest_columns_are_cut_first() {
        // 7 + 40 + 30 + 2 gaps = 81 > 60: the two long columns share what is left.
        let w = widths(&[7, 40, 30], &[6, 7, 7], &[false, false, false], 60);
        assert_eq!(w.iter().sum::<usize>() + 2 * GAP, 60);
        assert_eq!(w[0], 7);
        assert!(w[1] <= 40 && w[2] <= 30);
        assert!(w[1].abs_diff(w[2]) <= 1, "{w:?}");
    }

    #[test]
    fn headers_stay_whole_and_whole_columns_are_never_cut() {
        let w = widths(&[10, 30, 20], &[10, 3, 18], &[false, false, true], 40);
        assert_eq!(w[0], 10, "not below its header");
        assert_eq!(w[2], 20, "whole");
        assert_eq!(w[1], 40 - 2 * GAP - 30);
    }

    #[test]
    fn truncation_counts_display_columns() {
        assert_eq!(truncate("Contoso Ltd", 8), "Contoso…");
        assert_eq!(truncate("コントソ株式会社", 7), "コント…");
        assert_eq!(truncate("short", 8), "short");
        assert_eq!(
            truncate("a.com (default)\nlonger.example.com", 6),
            "a.com…\nlonge…"
        );
    }

    #[test]
    fn wrapping_keeps_every_character() {
        assert_eq!(wrap("one two three", 7), "one two\nthree");
        assert_eq!(wrap("abcdefghij", 4), "abcd\nefgh\nij");
        assert_eq!(wrap("short", 10), "short");
    }
}
