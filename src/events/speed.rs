//! `--speed` of a replay: how fast recorded events are fed through.

/// How fast a replay goes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Speed {
    /// As fast as it can.
    Max,
    /// This many times as fast as recorded.
    Times(f64),
}

/// `--speed`: a positive number, or `max`.
pub fn parse_speed(text: &str) -> std::result::Result<Speed, String> {
    if text == "max" {
        return Ok(Speed::Max);
    }
    match text.parse::<f64>() {
        Ok(n) if n.is_finite() && n > 0.0 => Ok(Speed::Times(n)),
        _ => Err(format!(
            "'{text}' is not a speed: a positive number (1 is real time) or max"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speeds() {
        assert_eq!(parse_speed("max"), Ok(Speed::Max));
        assert_eq!(parse_speed("2.5"), Ok(Speed::Times(2.5)));
        assert!(parse_speed("0").is_err());
        assert!(parse_speed("-1").is_err());
        assert!(parse_speed("fast").is_err());
        assert!(parse_speed("inf").is_err());
    }
}
