//! Reading the session's answers the way the record quotes them: only visible
//! questions (what scoring saw), options as their labels, and "not sure" or "not
//! answered yet" in words, never as ids.

use crate::model::answers::{Answer, Answers};
use crate::model::questionnaire::{self, ChoiceOption, VisibleAnswers};
use crate::model::trace::AnswerRef;

/// What the user said to one question, as far as the record is concerned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Given {
    /// The question is not shown for these answers (or no longer exists).
    Hidden,
    /// Shown, but not answered.
    Open,
    /// Answered "not sure".
    NotSure,
    /// The chosen options, in questionnaire order (never empty).
    Chosen(Vec<&'static ChoiceOption>),
}

/// Text used for a visible question that has no answer.
pub(super) const NOT_ANSWERED: &str = "not answered yet";
/// Text used for a "not sure" answer.
pub(super) const NOT_SURE: &str = "not sure yet";

/// The answers, seen through the questionnaire's visibility rules.
pub(super) struct Facts<'a> {
    view: VisibleAnswers<'a>,
}

impl<'a> Facts<'a> {
    pub(super) fn new(answers: &'a Answers) -> Facts<'a> {
        Facts {
            view: VisibleAnswers::new(answers),
        }
    }

    /// What was said to a question.
    pub(super) fn given(&self, question_id: &str) -> Given {
        let Some(question) = questionnaire::question(question_id) else {
            return Given::Hidden;
        };
        if !self.view.visibility().is_visible(question_id) {
            return Given::Hidden;
        }
        match self.view.get(question_id) {
            None => Given::Open,
            Some(Answer::NotSure) => Given::NotSure,
            Some(answer) => {
                let chosen: Vec<&'static ChoiceOption> = question
                    .options
                    .iter()
                    .filter(|o| answer.includes(o.id))
                    .collect();
                if chosen.is_empty() {
                    Given::Open
                } else {
                    Given::Chosen(chosen)
                }
            }
        }
    }

    /// The chosen option id of a visible single-choice question.
    pub(super) fn single(&self, question_id: &str) -> Option<&'static str> {
        self.view.single(question_id)
    }

    /// Whether a visible answer includes this option.
    pub(super) fn has(&self, question_id: &str, option_id: &str) -> bool {
        self.view.includes(question_id, option_id)
    }

    /// Whether a visible answer includes any of these options.
    pub(super) fn has_any(&self, question_id: &str, option_ids: &[&str]) -> bool {
        option_ids.iter().any(|o| self.has(question_id, o))
    }

    /// Whether the question is shown but has no real answer (open or "not sure").
    pub(super) fn unknown(&self, question_id: &str) -> bool {
        matches!(self.given(question_id), Given::Open | Given::NotSure)
    }

    /// The answer as text: the option labels, "not sure yet" or "not answered yet".
    /// `None` when the question is hidden.
    pub(super) fn text(&self, question_id: &str) -> Option<String> {
        match self.given(question_id) {
            Given::Hidden => None,
            Given::Open => Some(NOT_ANSWERED.to_owned()),
            Given::NotSure => Some(NOT_SURE.to_owned()),
            Given::Chosen(options) => {
                let labels: Vec<&str> = options.iter().map(|o| o.label).collect();
                Some(labels.join("; "))
            }
        }
    }

    /// Like [`Facts::text`], but a hidden question reads as not answered.
    pub(super) fn text_or_open(&self, question_id: &str) -> String {
        self.text(question_id)
            .unwrap_or_else(|| NOT_ANSWERED.to_owned())
    }
}

/// A short noun phrase naming what a question is about, for running text
/// ("because of what we answered about Go experience"). Falls back to the prompt.
pub(super) fn topic(question_id: &str) -> &'static str {
    match question_id {
        "team_size_now" => "team size today",
        "team_size_12m" => "team size in 12 months",
        "proficiency_go" => "Go experience",
        "proficiency_node" => "Node.js experience",
        "proficiency_python" => "Python experience",
        "typescript_frontend" => "the frontend",
        "hiring_go" => "Go hiring",
        "hiring_node" => "Node.js hiring",
        "hiring_python" => "Python hiring",
        "time_to_hire" => "when we need new people",
        "salary_pressure" => "the salary budget",
        "services_12m" => "this year's services",
        "core_workload" => "the heart of the product",
        "ml_depth" => "how deep the ML/AI work goes",
        "heavy_work_outlook" => "heavy processing later",
        "traffic_level" => "traffic",
        "latency_target" => "response times",
        "uptime_pattern" => "always-on versus short jobs",
        "service_count" => "the number of services",
        "instance_count" => "the number of instances",
        "memory_limits" => "memory limits",
        "cloud_budget" => "the cloud bill",
        "who_deploys" => "who deploys",
        "on_call" => "on-call",
        "observability" => "observability",
        "rollback" => "rollback",
        "async_owner" => "who owns async work",
        "shared_conventions" => "a shared service template",
        "product_maturity" => "how settled the product is",
        "codebase_state" => "existing code",
        "codebase_language" => "the existing code's language",
        "rewrite_signs" => "rewrite warning signs",
        "planned_languages" => "planned languages",
        "polyglot_reason" => "why several languages",
        "decision_driver" => "what pulls us toward a language",
        other => questionnaire::question(other).map_or("an earlier answer", |q| q.prompt),
    }
}

/// An answer reference as prose: `topic ("Label")`, or just the topic when the
/// answer as a whole is meant.
pub(super) fn quote(answer: &AnswerRef) -> String {
    match answer.option_label() {
        Some(label) => format!("{} (\"{label}\")", topic(answer.question)),
        None if answer.question == "services_12m" => {
            "the overall mix of this year's services".to_owned()
        }
        None => format!("{}, taken as a whole", topic(answer.question)),
    }
}
