#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Scenario tests and property tests for the whole model, and the answer
//! generators other modules' tests reuse.

mod advice;
mod partial_answers;
mod principles;
mod probe_kit;
mod probes;
mod probes_conflicts;
mod probes_operations;
mod probes_twists;
mod probes_unseen;
mod properties;
pub(crate) mod scenarios;
mod sparse_scenarios;
pub(crate) mod strategies;
mod wording;
