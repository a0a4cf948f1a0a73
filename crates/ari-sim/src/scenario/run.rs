//! Playing a scenario on a running simulator: calls placed at their times,
//! each call's steps in order, scripted phones answering the application's
//! dials; then, for `--check`, what went wrong: a step that timed out, a
//! call that ended before its steps did, a call left in Stasis.

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::format::{Answer, Awaited, Call, Destination, Pickup, Scenario, Step, WAIT_FOR};
use crate::Sim;
use crate::control::{phone_calls_in, resource_of};
use crate::dialplan::{stasis_steps, steps};
use crate::flows;
use crate::model::{CallerId, Target};
use crate::state::PhoneScript;

/// How often a waiting step looks again.
const POLL: Duration = Duration::from_millis(20);
/// Seconds between the keys of one `press`.
const KEY_GAP: f64 = 0.25;

/// What a run found.
#[derive(Debug, Default)]
pub struct Outcome {
    pub calls: usize,
    pub answered: usize,
    /// One line each; none when all went as scripted.
    pub problems: Vec<String>,
}

/// Play `scenario`; `say` gets a line per call as it starts.
pub async fn run(sim: Arc<Sim>, scenario: Scenario, say: impl Fn(String)) -> Outcome {
    let scaled = |s: f64| sim.clock.scaled(s);
    let deadline = tokio::time::Instant::now() + scaled(scenario.timeout);
    let mut outcome = Outcome::default();
    // Scripted phones: each answer runs the phone's steps. Those the
    // application must dial are waited for like the calls.
    let mut expected = tokio::task::JoinSet::new();
    let mut extra = tokio::task::JoinSet::new();
    for answer in &scenario.answers {
        let (answered, mut calls) = tokio::sync::mpsc::unbounded_channel::<String>();
        let (answer_after, busy) = match answer.how {
            Pickup::After(s) => (Some(s), false),
            Pickup::Busy => (None, true),
            Pickup::NoAnswer => (None, false),
        };
        sim.lock().scripted_phones.insert(
            answer.resource.clone(),
            PhoneScript {
                answer_after,
                busy,
                answered,
            },
        );
        let (sim, steps, name) = (sim.clone(), answer.steps.clone(), answer.resource.clone());
        let wanted = answer.calls;
        let task = async move {
            let mut problems = Vec::new();
            let mut count = 0;
            while wanted == 0 || count < wanted {
                let Some(id) = calls.recv().await else { break };
                count += 1;
                let label = format!("PJSIP/{name} (answered call {count})");
                problems.extend(play_steps(&sim, &id, &label, &steps).await);
            }
            (count, problems)
        };
        // A busy phone or one that never answers is not waited for.
        if wanted > 0 && answer_after.is_some() {
            expected.spawn(task);
        } else {
            extra.spawn(task);
        }
    }
    let started = tokio::time::Instant::now();
    let playing = async {
        let mut calls = tokio::task::JoinSet::new();
        for (n, call) in scenario.calls.iter().enumerate() {
            tokio::time::sleep_until(started + scaled(call.at)).await;
            let label = format!("call {} ({})", n + 1, call.caller);
            match place(&sim, call).await {
                Ok(id) => {
                    say(format!("ari sim: scenario: {label} is {id}"));
                    let (sim, steps) = (sim.clone(), call.steps.clone());
                    calls.spawn(async move { play_steps(&sim, &id, &label, &steps).await });
                }
                Err(e) => return vec![format!("{label}: {e}")],
            }
        }
        let mut problems = Vec::new();
        while let Some(done) = calls.join_next().await {
            problems.extend(done.unwrap_or_else(|e| vec![format!("a call's steps failed: {e}")]));
        }
        problems
    };
    match tokio::time::timeout_at(deadline, playing).await {
        Ok(problems) => outcome.problems.extend(problems),
        Err(_) => outcome.problems.push(format!(
            "the scenario did not finish within its timeout ({} s)",
            scenario.timeout
        )),
    }
    // The phones the application must dial: until they were, and their
    // steps are done.
    let dialled = async {
        let mut found = Vec::new();
        while let Some(done) = expected.join_next().await {
            found.push(done.unwrap_or((0, vec!["a phone's steps failed".into()])));
        }
        found
    };
    match tokio::time::timeout_at(deadline, dialled).await {
        Ok(found) => {
            for (count, problems) in found {
                outcome.answered += count as usize;
                outcome.problems.extend(problems);
            }
        }
        Err(_) => {
            let waited = |a: &&Answer| a.calls > 0 && matches!(a.how, Pickup::After(_));
            for answer in scenario.answers.iter().filter(waited) {
                outcome.problems.push(format!(
                    "PJSIP/{} was not dialled {} time{} within the timeout ({} s)",
                    answer.resource,
                    answer.calls,
                    if answer.calls == 1 { "" } else { "s" },
                    scenario.timeout
                ));
            }
        }
    }
    outcome.calls = scenario.calls.len();
    // The application's time to let its calls go.
    let settled = tokio::time::Instant::now() + scaled(scenario.settle);
    while in_stasis(&sim).next().is_some() && tokio::time::Instant::now() < settled {
        tokio::time::sleep(POLL).await;
    }
    for (name, app) in in_stasis(&sim) {
        outcome
            .problems
            .push(format!("{name} was left in Stasis({app})"));
    }
    // The phones stop being scripted.
    for answer in &scenario.answers {
        sim.lock().scripted_phones.remove(&answer.resource);
    }
    extra.abort_all();
    outcome
}

/// The channels in a Stasis application: (name, application).
fn in_stasis(sim: &Sim) -> std::vec::IntoIter<(String, String)> {
    sim.lock()
        .channels
        .values()
        .filter_map(|c| c.stasis.as_ref().map(|s| (c.name.clone(), s.app.clone())))
        .collect::<Vec<_>>()
        .into_iter()
}

/// Place one call: into its application once that is connected, or into
/// the dialplan.
async fn place(sim: &Arc<Sim>, call: &Call) -> Result<String, String> {
    let caller = CallerId::parse(&call.caller);
    let resource = resource_of(&caller);
    match &call.into {
        Destination::App { name, args } => {
            let until = Instant::now() + sim.clock.scaled(WAIT_FOR);
            while !sim.lock().registered(name) {
                if Instant::now() >= until {
                    return Err(format!(
                        "no application {name} connected to take it within {} s",
                        WAIT_FOR
                    ));
                }
                tokio::time::sleep(POLL).await;
            }
            let steps = stasis_steps(name, args, !call.ring);
            let mut st = sim.lock();
            Ok(phone_calls_in(
                sim,
                &mut st,
                &resource,
                caller,
                ("default", name),
                steps,
            ))
        }
        Destination::Extension { exten, context } => {
            let mut st = sim.lock();
            let steps = steps(context, exten);
            Ok(phone_calls_in(
                sim,
                &mut st,
                &resource,
                caller,
                (context, exten),
                steps,
            ))
        }
    }
}

/// Play a call's steps on channel `id`; the problems met (it stops at the
/// first).
async fn play_steps(sim: &Arc<Sim>, id: &str, label: &str, steps: &[Step]) -> Vec<String> {
    for (n, step) in steps.iter().enumerate() {
        let at = format!("{label}, step {} ({})", n + 1, describe(step));
        match step {
            Step::Wait(s) => tokio::time::sleep(sim.clock.scaled(*s)).await,
            Step::Press(keys) => {
                for (i, key) in keys.chars().enumerate() {
                    if i > 0 {
                        tokio::time::sleep(sim.clock.scaled(KEY_GAP)).await;
                    }
                    let mut st = sim.lock();
                    if !st.channels.contains_key(id) {
                        return vec![format!("{at}: the call had ended")];
                    }
                    flows::dtmf_received(&mut st, sim, id, key, 100);
                }
            }
            Step::Hangup => {
                let mut st = sim.lock();
                flows::hangup(&mut st, sim, id, 16, false);
            }
            Step::WaitFor { what, timeout } => {
                if let Err(e) = wait_for(sim, id, *what, *timeout).await {
                    return vec![format!("{at}: {e}")];
                }
            }
        }
    }
    Vec::new()
}

fn describe(step: &Step) -> String {
    match step {
        Step::Wait(s) => format!("wait {s}"),
        Step::Press(keys) => format!("press {keys}"),
        Step::Hangup => "hangup".into(),
        Step::WaitFor { what, .. } => format!("wait_for {}", what.name()),
    }
}

/// Wait until the call shows `what`, within `timeout` seconds (scaled).
async fn wait_for(sim: &Arc<Sim>, id: &str, what: Awaited, timeout: f64) -> Result<(), String> {
    let until = Instant::now() + sim.clock.scaled(timeout);
    let target = Target::Channel(id.to_string());
    // A playback is waited for in two halves: it starts, then it ends.
    let mut started = false;
    loop {
        {
            let st = sim.lock();
            let channel = st.channels.get(id);
            let done = match what {
                Awaited::Hangup => channel.is_none(),
                // A prompt that ended as its call did (the application hung
                // up after it) still played.
                Awaited::Playback => {
                    let playing = st.playbacks.values().any(|p| p.target == target);
                    started |= playing;
                    started && !playing
                }
                _ if channel.is_none() => return Err("the call had ended".into()),
                Awaited::Playing => st.playbacks.values().any(|p| p.target == target),
                Awaited::Answer => channel.is_some_and(|c| c.state == "Up"),
                Awaited::Stasis => channel.is_some_and(|c| c.stasis.is_some()),
            };
            if !done && channel.is_none() {
                return Err("the call had ended".into());
            }
            if done {
                return Ok(());
            }
        }
        if Instant::now() >= until {
            return Err(format!("nothing within {timeout} s"));
        }
        tokio::time::sleep(POLL).await;
    }
}
