//! Caller id changes a channel takes from its Local partner, and when.

use serde_json::json;

use crate::state::{State, fields};

pub(super) fn emit_caller_id(st: &mut State, id: &str) {
    st.emit_channel(
        "ChannelCallerId",
        id,
        fields(&[
            ("caller_presentation", json!(0)),
            (
                "caller_presentation_txt",
                json!("Presentation Allowed, Not Screened"),
            ),
        ]),
    );
}

/// A channel takes in a caller id change its Local partner passed on.
pub(super) fn take_caller(st: &mut State, id: &str) {
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    let Some(caller) = channel.pending_caller.take() else {
        return;
    };
    channel.caller = caller;
    emit_caller_id(st, id);
}

/// Whether a channel takes in a caller id change at once: one in Stasis
/// does. In the dialplan, as a real Asterisk shows it, Answer() holds it
/// until it returns, and Wait() or Echo() until the channel goes.
pub(super) fn reading_frames(st: &State, id: &str) -> bool {
    st.channels.get(id).is_some_and(|c| c.stasis.is_some())
}
