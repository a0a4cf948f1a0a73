//! How wide a line may be (the terminal's width, `COLUMNS`, or no limit
//! into a pipe) and how wide a text is on a terminal: what every view that
//! fits the screen (tables, event summaries) measures with.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Where the line width comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Width {
    /// Into a pipe or a file: nothing is cut.
    Unlimited,
    /// A fixed width (`COLUMNS`, or a test).
    Fixed(usize),
    /// The terminal's, read when needed (it changes when the window does).
    Terminal,
}

impl Width {
    /// `COLUMNS` when set, else the terminal's when stdout is one, else none.
    pub fn detect(stdout_is_terminal: bool) -> Width {
        if let Some(columns) = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|c| *c > 0)
        {
            return Width::Fixed(columns);
        }
        if stdout_is_terminal {
            Width::Terminal
        } else {
            Width::Unlimited
        }
    }

    /// The columns a line may take now; none when there is no limit (or the
    /// terminal does not say its size).
    pub fn columns(self) -> Option<usize> {
        match self {
            Width::Unlimited => None,
            Width::Fixed(columns) => Some(columns),
            // A pty nobody sized says 0: no limit rather than nothing fits.
            Width::Terminal => terminal_columns().filter(|c| *c > 0),
        }
    }
}

pub fn terminal_columns() -> Option<usize> {
    terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| usize::from(w.0))
}

/// Columns a text takes on a terminal (ASCII, the usual case, is quick).
pub fn text_width(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.width()
    }
}

/// `value` in at most `columns`, cut at its end with `…`.
pub fn cut_end(out: &mut String, value: &str, columns: usize) {
    if text_width(value) <= columns {
        out.push_str(value);
        return;
    }
    if columns == 0 {
        return;
    }
    let mut used = 0;
    for c in value.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > columns - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_end_counts_columns_not_bytes() {
        let mut out = String::new();
        cut_end(&mut out, "Stasis(hello,world)", 8);
        assert_eq!(out, "Stasis(…");
        out.clear();
        cut_end(&mut out, "日本語の名前", 7);
        assert_eq!((out.as_str(), text_width(&out)), ("日本語…", 7));
        out.clear();
        cut_end(&mut out, "short", 8);
        assert_eq!(out, "short");
    }
}
