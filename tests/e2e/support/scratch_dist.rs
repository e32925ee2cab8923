//! A private copy of the built app that a test may change, e.g. to stage a new
//! deployment. Removed when dropped.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct ScratchDist {
    pub root: PathBuf,
}

impl ScratchDist {
    /// Copies `dist` (see [`super::dist_dir`]) into a fresh temporary directory.
    pub fn copy_of_dist() -> ScratchDist {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let root = std::env::temp_dir().join(format!(
            "stackwise-e2e-dist-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&root);
        copy_dir(&super::dist_dir(), &root);
        ScratchDist { root }
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    /// The one file in the root whose name starts with `prefix` and ends with `suffix`
    /// (hashed names such as `main-0123abcd.css`).
    pub fn find(&self, prefix: &str, suffix: &str) -> String {
        let names: Vec<String> = std::fs::read_dir(&self.root)
            .expect("list the copied dist")
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter(|name| name.starts_with(prefix) && name.ends_with(suffix))
            .collect();
        assert_eq!(
            names.len(),
            1,
            "expected one {prefix}…{suffix} in {}: {names:?}",
            self.root.display()
        );
        names.into_iter().next().unwrap_or_default()
    }

    /// Re-runs the post-build hook on this copy, as a new deployment would: the CSP
    /// and the service worker's file list and version are written again.
    pub fn run_post_build(&self) {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/post-build");
        let status = Command::new("python3")
            .arg(&script)
            .env("TRUNK_STAGING_DIR", &self.root)
            .status()
            .expect("run python3 scripts/post-build");
        assert!(status.success(), "scripts/post-build failed on the copy");
    }
}

impl Drop for ScratchDist {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// Copies a directory tree (the built app) to `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the copy's directory");
    for entry in std::fs::read_dir(from).expect("list dist") {
        let entry = entry.expect("read a dist entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a dist file");
        }
    }
}
