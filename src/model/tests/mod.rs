//! Scenario tests and property tests for the whole model.

mod scenarios;
