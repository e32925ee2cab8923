//! Share-link benchmark: our payload length next to the usual alternative (the JSON
//! session, deflated at miniz_oxide's highest level, base64url-encoded), their
//! ratio, and encode + decode timings; then a reply link's payload (the same
//! answers with a 20-character name, as team decisions use). Exits non-zero if
//! either payload exceeds the 60-character budget.
//!
//! Run with `cargo bench --bench share`.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use stackwise::model::answers::Answers;
use stackwise::model::questionnaire::{QuestionKind, questions};
use stackwise::model::weights::Weights;
use stackwise::session::Session;
use stackwise::share::{self, PAYLOAD_BUDGET, base64url};

/// A complete questionnaire: every multi-choice question with all combinable
/// options, every single-choice question on its last option.
fn complete_answers() -> Result<Answers, String> {
    let mut a = Answers::new();
    for q in questions() {
        let result = match q.kind {
            QuestionKind::Single => match q.options.last() {
                Some(o) => a.set_single(q.id, o.id),
                None => Ok(()),
            },
            QuestionKind::Multi => a.set_multi(
                q.id,
                q.options.iter().filter(|o| !o.exclusive).map(|o| o.id),
            ),
        };
        result.map_err(|e| e.to_string())?;
    }
    Ok(a)
}

fn main() -> ExitCode {
    let answers = match complete_answers() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("could not build the answers: {e}");
            return ExitCode::FAILURE;
        }
    };
    let weights = Weights::from_array([10, 9, 7, 10, 3, 0, 10, 9]);

    let ours = share::encode(&answers, &weights);
    // A reply link: the same answers with a name of the longest length kept.
    let reply_name = "Alexandra Whitingham";
    let reply = share::encode_named(&answers, &weights, reply_name);

    // The JSON session with empty id and name and zero timestamps: the smallest
    // session JSON, so the comparison favours the alternative.
    let mut session = Session::new("", "", 0);
    session.answers = answers.clone();
    session.weights = weights;
    let json = session.to_json_compact();
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10);
    let theirs = base64url::encode(&deflated);

    println!("complete questionnaire, non-default weights");
    println!("  our payload:          {:>5} chars  {ours}", ours.len());
    println!(
        "  worst case (layout):  {:>5} chars  (budget {PAYLOAD_BUDGET})",
        share::max_payload_len()
    );
    println!(
        "  reply payload:        {:>5} chars  {reply}  (name \"{reply_name}\", {} chars)",
        reply.len(),
        reply_name.chars().count()
    );
    println!(
        "  worst case named (layout): {:>5} chars  (budget {PAYLOAD_BUDGET})",
        share::max_named_payload_len()
    );
    println!("  JSON session:         {:>5} bytes", json.len());
    println!(
        "  deflated (level 10):  {:>5} bytes, {:>5} chars base64url",
        deflated.len(),
        theirs.len()
    );
    println!(
        "  ratio deflate+base64url / ours: {:.1}x  (ours is {:.0}% of it)",
        theirs.len() as f64 / ours.len() as f64,
        100.0 * ours.len() as f64 / theirs.len() as f64
    );

    let rounds: u32 = 100_000;
    let started = Instant::now();
    for _ in 0..rounds {
        black_box(share::encode(black_box(&answers), black_box(&weights)));
    }
    let encode_ns = started.elapsed().as_nanos() / u128::from(rounds);
    let started = Instant::now();
    let mut ok = 0u32;
    for _ in 0..rounds {
        if share::decode(black_box(&ours)).is_ok() {
            ok += 1;
        }
    }
    let decode_ns = started.elapsed().as_nanos() / u128::from(rounds);
    println!("  encode: {encode_ns} ns/op, decode: {decode_ns} ns/op ({rounds} rounds each)");

    match share::decode(&ours) {
        Ok(d) if d.answers == answers && d.weights == weights && ok == rounds => {}
        other => {
            eprintln!("round trip failed: {other:?}");
            return ExitCode::FAILURE;
        }
    }
    match share::decode(&reply) {
        Ok(d) if d.answers == answers && d.name.as_deref() == Some(reply_name) => {}
        other => {
            eprintln!("round trip failed: {other:?}");
            return ExitCode::FAILURE;
        }
    }
    if [
        ours.len(),
        share::max_payload_len(),
        reply.len(),
        share::max_named_payload_len(),
    ]
    .iter()
    .any(|&len| len > PAYLOAD_BUDGET)
    {
        eprintln!("FAIL: payload over the {PAYLOAD_BUDGET}-character budget");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
