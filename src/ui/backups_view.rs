//! Backups of stored values Stackwise could not read: listed under the saved
//! decisions so nothing set aside is out of the user's reach. Each can be
//! restored as a new decision (when it can be read or repaired), downloaded, or
//! discarded for good after a confirmation. Restoring keeps the backup.

use leptos::prelude::*;

use super::services::Services;
use crate::adapters::{clock, files};
use crate::store::BackupInfo;

#[component]
pub fn Backups() -> impl IntoView {
    let services = expect_context::<Services>();
    let backups = Memo::new(move |_| {
        services.sessions_changed.track();
        services.backups()
    });
    let problem = RwSignal::new(None::<String>);
    move || {
        let list = backups.get();
        (!list.is_empty()).then(|| {
            view! {
                <section class="backups" id="backups" aria-labelledby="backups-title">
                    <h2 id="backups-title">"Backups of data that could not be read"</h2>
                    <p class="muted">
                        "Stackwise found these stored values damaged or unreadable, so it set them "
                        "aside instead of deleting them. Try to restore one as a new decision, "
                        "download it to keep or inspect, or discard it."
                    </p>
                    {move || problem.get().map(|message| view! {
                        <p class="notice error" role="alert" id="backup-error">{message}</p>
                    })}
                    <ul class="session-list" id="backup-list">
                        {list.into_iter().map(|backup| view! { <BackupRow backup=backup problem=problem/> }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

#[component]
fn BackupRow(backup: BackupInfo, problem: RwSignal<Option<String>>) -> impl IntoView {
    let services = expect_context::<Services>();
    let confirming = RwSignal::new(false);
    let key = backup.key.clone();
    let from = backup
        .original_key
        .clone()
        .unwrap_or_else(|| "an unknown key".to_owned());
    let made = backup
        .made_ms
        .map_or_else(|| "at an unknown time".to_owned(), clock::local_date_time);
    let file_name = crate::file_names::backup_file_name(backup.made_ms);
    let restore = {
        let key = key.clone();
        move |_| {
            let restored = services.read_backup(&key).and_then(|text| {
                services.import_and_open(
                    &text,
                    "Restored the backup as a new decision; the backup is kept until you discard it.",
                )
            });
            match restored {
                Ok(()) => problem.set(None),
                Err(error) => problem.set(Some(format!(
                    "This backup could not be restored: {error}. It stays here; you can download it."
                ))),
            }
        }
    };
    let download = {
        let key = key.clone();
        move |_| {
            if let Err(error) = services
                .read_backup(&key)
                .and_then(|text| files::download_text(&text, &file_name, "text/plain"))
            {
                problem.set(Some(format!(
                    "This backup could not be downloaded: {error}."
                )));
            }
        }
    };
    let discard = {
        let key = key.clone();
        move |_| match services.discard_backup(&key) {
            Ok(()) => problem.set(None),
            Err(error) => problem.set(Some(format!(
                "This backup could not be discarded: {error}."
            ))),
        }
    };
    view! {
        <li class="session-row" data-backup=key.clone()>
            <div class="session-main">
                <p class="session-name">"Set aside from " <code>{from}</code></p>
                <p class="session-meta">{format!("Backed up {made}")}</p>
            </div>
            <div class="session-actions">
                <button type="button" class="button small" data-action="restore" on:click=restore>"Restore as a new decision"</button>
                <button type="button" class="button small" data-action="download" on:click=download>"Download"</button>
                <Show when=move || confirming.get() fallback=move || view! {
                    <button type="button" class="button small danger" data-action="discard"
                        on:click=move |_| confirming.set(true)>"Discard"</button>
                }>
                    <button type="button" class="button small danger" data-action="confirm-discard"
                        on:click=discard.clone()>"Discard for good"</button>
                    <button type="button" class="button small" on:click=move |_| confirming.set(false)>"Keep it"</button>
                </Show>
            </div>
        </li>
    }
}
