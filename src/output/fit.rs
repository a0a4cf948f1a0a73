//! Fitting a table to the terminal: which columns a person at 80 columns
//! can do without, and how far long free-text cells are cut, so that each
//! row reads as one line. Pure: widths in, a plan out.

use super::width::text_width;

/// What a column may give up when the table is wider than the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Give {
    /// Left out at need, lowest first; `None`: always shown (what names the
    /// row, such as an id or a name).
    pub leave_out: Option<u8>,
    /// Long cells may be cut with `…` (free text; never an id, a number or
    /// a time, which a cut would make wrong rather than short).
    pub cut: bool,
}

impl Give {
    /// Always shown, always whole.
    pub const NOTHING: Give = Give {
        leave_out: None,
        cut: false,
    };
    /// Always shown; long cells cut.
    pub const TEXT: Give = Give {
        leave_out: None,
        cut: true,
    };

    /// Left out at need (rank 1 first); whole while shown.
    pub const fn column(rank: u8) -> Give {
        Give {
            leave_out: Some(rank),
            cut: false,
        }
    }

    /// Left out at need (rank 1 first); long cells cut while shown.
    pub const fn text(rank: u8) -> Give {
        Give {
            leave_out: Some(rank),
            cut: true,
        }
    }
}

/// Spaces between two columns.
pub const GAP: usize = 2;

/// A cut free-text column keeps at least this many columns while another
/// column could still be left out instead: a column cut to a few letters
/// says less than the columns kept whole.
const READABLE: usize = 10;

/// Below this nothing is cut, even when the table still does not fit.
const SHORTEST: usize = 4;

/// One column's widths: its header's and its widest cell's.
#[derive(Debug, Clone, Copy)]
pub struct Measure {
    pub header: usize,
    pub widest: usize,
    pub give: Give,
}

impl Measure {
    fn full(&self) -> usize {
        self.header.max(self.widest)
    }

    /// The narrowest the column gets when cut no further than `floor`.
    fn cut_to(&self, floor: usize) -> usize {
        if self.give.cut {
            self.full().min(self.header.max(floor))
        } else {
            self.full()
        }
    }
}

/// How a table is shown at a width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The columns shown, in their order (indices into the measures).
    pub shown: Vec<usize>,
    /// The columns left out, in the order they went.
    pub left_out: Vec<usize>,
    /// The widest a cell of each column may be (`None`: whole), by index
    /// into the measures.
    pub caps: Vec<Option<usize>>,
}

impl Plan {
    /// Everything whole: no limit, or the table fits.
    pub fn whole(columns: usize) -> Plan {
        Plan {
            shown: (0..columns).collect(),
            left_out: Vec::new(),
            caps: vec![None; columns],
        }
    }

    /// Whether anything is left out or cut.
    pub fn is_whole(&self) -> bool {
        self.left_out.is_empty() && self.caps.iter().all(Option::is_none)
    }

    /// The widest line of the table laid out by this plan.
    pub fn width(&self, measures: &[Measure]) -> usize {
        let cells: usize = self
            .shown
            .iter()
            .map(|&i| self.caps[i].unwrap_or(measures[i].full()))
            .sum();
        cells + GAP * self.shown.len().saturating_sub(1)
    }
}

fn width(measures: &[Measure], shown: &[usize], column: impl Fn(&Measure) -> usize) -> usize {
    let cells: usize = shown.iter().map(|&i| column(&measures[i])).sum();
    cells + GAP * shown.len().saturating_sub(1)
}

/// The plan for `limit` columns: leave out the lowest-ranked columns while
/// cutting free text (to no less than `READABLE`) cannot make the table fit,
/// take back any left out early that fits in the room a wider one left,
/// then cut the widest free text first, as little as fits. What never gives
/// (ids, names) stays whole even when the table is still too wide.
pub fn plan(measures: &[Measure], limit: usize) -> Plan {
    let mut plan = Plan::whole(measures.len());
    if width(measures, &plan.shown, Measure::full) <= limit {
        return plan;
    }
    let readable = |shown: &[usize]| width(measures, shown, |m| m.cut_to(READABLE)) <= limit;
    while !readable(&plan.shown) {
        // The lowest rank goes first; of equal ranks, the rightmost.
        let Some(next) = plan
            .shown
            .iter()
            .copied()
            .filter(|&i| measures[i].give.leave_out.is_some())
            .min_by_key(|&i| (measures[i].give.leave_out, std::cmp::Reverse(i)))
        else {
            break;
        };
        plan.shown.retain(|&i| i != next);
        plan.left_out.push(next);
    }
    for i in plan.left_out.clone().into_iter().rev() {
        let mut with = plan.shown.clone();
        with.push(i);
        with.sort_unstable();
        if readable(&with) {
            plan.shown = with;
            plan.left_out.retain(|&j| j != i);
        }
    }
    if width(measures, &plan.shown, Measure::full) <= limit {
        return plan;
    }
    let floor = if readable(&plan.shown) {
        READABLE
    } else {
        SHORTEST
    };
    let cap = widest_cap(measures, &plan.shown, limit, floor);
    for &i in &plan.shown {
        let m = &measures[i];
        let column = m.full().min(m.header.max(floor).max(cap));
        if m.give.cut && column < m.full() {
            plan.caps[i] = Some(column);
        }
    }
    // Columns cut to one cap can leave a few spare: give them back to the
    // columns cut least, which may then show whole.
    let mut spare = limit.saturating_sub(plan.width(measures));
    let mut cut: Vec<usize> = plan
        .shown
        .iter()
        .copied()
        .filter(|&i| plan.caps[i].is_some())
        .collect();
    cut.sort_by_key(|&i| measures[i].full() - plan.caps[i].unwrap_or(0));
    for i in cut {
        let Some(column) = plan.caps[i] else { continue };
        let back = spare.min(measures[i].full() - column);
        spare -= back;
        plan.caps[i] = Some(column + back).filter(|&c| c < measures[i].full());
    }
    plan
}

/// The widest cap on free-text columns (none cut below `floor` or its
/// header) with which the shown columns fit `limit`; `floor` when none does.
fn widest_cap(measures: &[Measure], shown: &[usize], limit: usize, floor: usize) -> usize {
    let with_cap = |cap: usize| {
        width(measures, shown, |m| {
            if m.give.cut {
                m.full().min(m.header.max(floor).max(cap))
            } else {
                m.full()
            }
        })
    };
    let widest = shown.iter().map(|&i| measures[i].full()).max().unwrap_or(0);
    // The width only grows with the cap: find the last cap that fits.
    let (mut fits, mut too_wide) = (floor, widest + 1);
    if with_cap(floor) > limit {
        return floor;
    }
    while too_wide - fits > 1 {
        let middle = (fits + too_wide) / 2;
        if with_cap(middle) <= limit {
            fits = middle;
        } else {
            too_wide = middle;
        }
    }
    fits
}

/// The one line said on stderr when a table was fitted, itself within the
/// width: `ari: left out to fit 80 columns: CONNECTED, DIALPLAN (-o json has
/// all)`; without the hint, then with a count instead of the names, when
/// that is too long. A cut shows by its `…`; it is named only when nothing
/// was left out.
pub fn note(left_out: &[&str], cut: bool, limit: usize) -> Option<String> {
    let all = "(-o json has all)";
    let line = match left_out {
        [] if cut => format!("ari: long cells cut to fit {limit} columns {all}"),
        [] => return None,
        names => {
            // The names matter most: without the hint if need be.
            let named = format!("ari: left out to fit {limit} columns: {}", names.join(", "));
            let counted = match names.len() {
                1 => "1 column".to_string(),
                n => format!("{n} columns"),
            };
            [
                format!("{named} {all}"),
                named,
                format!("ari: {counted} left out to fit {limit} columns {all}"),
            ]
            .into_iter()
            .find(|line| text_width(line) <= limit)
            .unwrap_or_else(|| format!("ari: {counted} left out {all}"))
        }
    };
    Some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The channel table's columns as model_view.rs ranks them, with widths
    /// taken from a real Asterisk 22.10.1 listing of Local channels.
    fn channels(caller: usize, app: usize) -> Vec<Measure> {
        let m = |header: usize, widest: usize, give: Give| Measure {
            header,
            widest,
            give,
        };
        vec![
            m(2, 12, Give::NOTHING),     // ID
            m(4, 25, Give::NOTHING),     // NAME
            m(5, 7, Give::column(6)),    // STATE
            m(6, caller, Give::text(3)), // CALLER
            m(9, caller, Give::text(1)), // CONNECTED
            m(8, 10, Give::text(2)),     // DIALPLAN
            m(3, app, Give::text(5)),    // APP
            m(8, 8, Give::column(4)),    // DURATION
        ]
    }

    #[test]
    fn a_table_that_fits_stays_whole() {
        let measures = channels(12, 9);
        assert_eq!(Plan::whole(8).width(&measures), 109);
        assert!(plan(&measures, 109).is_whole());
        assert!(!plan(&measures, 108).is_whole());
        assert!(plan(&measures, 200).is_whole());
    }

    #[test]
    fn the_least_useful_columns_go_first() {
        // 143 columns whole, as a real Asterisk's Local channels list.
        let measures = channels(21, 25);
        let p = plan(&measures, 80);
        // CONNECTED, DIALPLAN, then CALLER; APP is cut a little rather than
        // DURATION left out.
        assert_eq!(p.left_out, [4, 5, 3]);
        assert_eq!(p.shown, [0, 1, 2, 6, 7]);
        assert_eq!(p.caps[6], Some(20));
        assert_eq!(p.width(&measures), 80);
        assert!(p.caps[0].is_none() && p.caps[1].is_none());
    }

    #[test]
    fn cutting_a_little_beats_leaving_a_column_out() {
        // After CONNECTED and DIALPLAN, a long caller cut to 12 fits 80.
        let mut measures = channels(21, 13);
        measures[1].widest = 20;
        measures[2].widest = 5;
        measures[5].widest = 15;
        let p = plan(&measures, 80);
        assert_eq!(p.left_out, [4, 5]);
        assert_eq!(p.caps[3], Some(12));
        assert_eq!(p.caps[6], None, "APP fits whole");
        assert_eq!(p.width(&measures), 80);
    }

    #[test]
    fn a_column_left_out_early_comes_back_in_the_room_a_wider_one_left() {
        // A 40-column caller goes after DIALPLAN; DIALPLAN then fits again.
        let mut measures = channels(40, 9);
        measures[5].widest = 8;
        let p = plan(&measures, 80);
        assert_eq!(p.left_out, [4, 3]);
        assert_eq!(p.shown, [0, 1, 2, 5, 6, 7]);
        assert_eq!(p.width(&measures), 79);
    }

    #[test]
    fn the_widest_free_text_is_cut_first() {
        let text = |widest| Measure {
            header: 4,
            widest,
            give: Give::TEXT,
        };
        let measures = [
            Measure {
                header: 2,
                widest: 10,
                give: Give::NOTHING,
            },
            text(30),
            text(14),
        ];
        // 10 + 2 + 30 + 2 + 14 = 58; 50 cuts the 30 to 22 and leaves 14.
        let p = plan(&measures, 50);
        assert_eq!(p.caps, [None, Some(22), None]);
        // 40: both come down to the same width.
        let p = plan(&measures, 40);
        assert_eq!(p.caps, [None, Some(13), Some(13)]);
    }

    #[test]
    fn what_names_a_row_is_never_left_out_nor_cut() {
        let measures = channels(21, 25);
        // Narrower than ID and NAME together: everything else goes, the
        // rest is as narrow as it gets, ID and NAME stay whole.
        let p = plan(&measures, 30);
        assert_eq!(p.shown, [0, 1]);
        assert_eq!(p.left_out, [4, 5, 3, 7, 6, 2]);
        assert!(p.caps.iter().all(Option::is_none));
    }

    #[test]
    fn ties_leave_the_rightmost_first() {
        let col = |rank| Measure {
            header: 5,
            widest: 10,
            give: Give::column(rank),
        };
        let measures = [col(1), col(1), col(2)];
        assert_eq!(plan(&measures, 22).left_out, [1]);
    }

    #[test]
    fn the_note_says_what_went_within_the_width() {
        assert_eq!(
            note(&["CONNECTED", "DIALPLAN"], true, 80).as_deref(),
            Some("ari: left out to fit 80 columns: CONNECTED, DIALPLAN (-o json has all)")
        );
        let bridges = ["CREATED", "TECHNOLOGY", "CREATOR", "TYPE"];
        assert_eq!(
            note(&bridges, false, 80).as_deref(),
            Some("ari: left out to fit 80 columns: CREATED, TECHNOLOGY, CREATOR, TYPE")
        );
        assert_eq!(
            note(&bridges, false, 60).as_deref(),
            Some("ari: 4 columns left out to fit 60 columns (-o json has all)")
        );
        assert_eq!(
            note(&[], true, 60).as_deref(),
            Some("ari: long cells cut to fit 60 columns (-o json has all)")
        );
        assert_eq!(note(&[], false, 80), None);
    }
}
